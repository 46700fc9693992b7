/**
 * The eight rows of the issues: each measures one of our subsystems against its baseline.
 * Subjects are loaded late (see ../load.ts): a missing one makes its row n/a, not the run fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareAsync, compareSync, notAvailable, type BenchContext, type BenchRow, type RowOutcome } from '../harness.js';
import { loadExports } from '../load.js';
import type { SchemaIR } from '../../src/schema/ir.js';
import { lua, lauxlib, lualib } from 'fengari';
import { bareNewState, bareTableCall, bareYieldLoop, CALLS_PER_OP, sampleMessage } from './baselines.js';

const SCHEMA_1866 = 'td_api_1.8.66.tl';

/** The 1.8.66 schema file: --schema, else the shared fixtures; undefined when absent. */
export function schema1866Path(ctx: BenchContext): string | undefined {
  if (ctx.schemaPath) return ctx.schemaPath;
  if (!ctx.schemasDir) return undefined;
  const p = path.join(ctx.schemasDir, SCHEMA_1866);
  return existsSync(p) ? p : undefined;
}

const NO_SCHEMA = `${SCHEMA_1866} absent (pass --schema FILE or provide ../shared/fixtures/schemas)`;

type ParseTl = (text: string, source: string) => SchemaIR;

async function loadParser() {
  return loadExports<{ parseTl: ParseTl }>('src/schema/parser.js', ['parseTl']);
}

/** Parse the 1.8.66 schema, or say why not. */
async function schema1866(ctx: BenchContext): Promise<{ ok: true; ir: SchemaIR; text: string; file: string } | { ok: false; reason: string }> {
  const file = schema1866Path(ctx);
  if (!file) return { ok: false, reason: NO_SCHEMA };
  const parser = await loadParser();
  if (!parser.ok) return parser;
  const text = readFileSync(file, 'utf8');
  return { ok: true, ir: parser.value.parseTl(text, file), text, file };
}

const parseRow: BenchRow = {
  name: 'parse-schema',
  title: 'parseTl(td_api_1.8.66.tl) vs JSON.parse of the IR dump',
  target: 5,
  async run(ctx) {
    const s = await schema1866(ctx);
    if (!s.ok) return notAvailable(s.reason);
    const parser = await loadParser();
    if (!parser.ok) return notAvailable(parser.reason);
    const { parseTl } = parser.value;
    const json = JSON.stringify(s.ir);
    let sink: unknown;
    const m = compareSync(
      () => {
        sink = parseTl(s.text, s.file);
      },
      () => {
        sink = JSON.parse(json);
      },
      ctx.mode,
    );
    void sink;
    return { status: 'ok', ...m, note: `${s.ir.functions.length} functions, ${s.ir.constructors.length} constructors, ${(s.text.length / 1024).toFixed(0)} KiB TL` };
  },
};

/** Count pages and bytes of whatever generateSite returned (Map, array of pages, or object). */
function sitePages(site: unknown): { pages: number; bytes: number } {
  const contentOf = (v: unknown): string =>
    typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { content?: unknown }).content === 'string' ? (v as { content: string }).content : '';
  let values: unknown[] = [];
  if (site instanceof Map) values = [...site.values()];
  else if (Array.isArray(site)) values = site;
  else if (site && typeof site === 'object') {
    const pages = (site as { pages?: unknown }).pages;
    if (pages instanceof Map) values = [...pages.values()];
    else if (Array.isArray(pages)) values = pages;
    else if (pages && typeof pages === 'object') values = Object.values(pages);
    else values = Object.values(site);
  }
  return { pages: values.length, bytes: values.reduce<number>((n, v) => n + contentOf(v).length, 0) };
}

const docsRow: BenchRow = {
  name: 'docs-site',
  title: 'render every docs page in memory (1.8.66) vs JSON.stringify(IR)',
  target: 10,
  async run(ctx) {
    const s = await schema1866(ctx);
    if (!s.ok) return notAvailable(s.reason);
    const docs = await loadExports<{ generateSite: (ir: SchemaIR, opts?: unknown) => unknown }>('src/docs/site.js', ['generateSite']);
    if (!docs.ok) return notAvailable(docs.reason);
    const { generateSite } = docs.value;
    const first = generateSite(s.ir);
    if (first instanceof Promise) return notAvailable('generateSite returns a promise; this row expects in-memory rendering');
    const { pages, bytes } = sitePages(first);
    if (pages === 0) return notAvailable('generateSite returned no pages');
    let sink: unknown;
    const m = compareSync(
      () => {
        sink = generateSite(s.ir);
      },
      () => {
        sink = JSON.stringify(s.ir);
      },
      ctx.mode,
    );
    void sink;
    return { status: 'ok', ...m, note: `${pages} pages, ${(bytes / 1024 / 1024).toFixed(1)} MiB` };
  },
};

const callRow: BenchRow = {
  name: 'lua-call',
  title: 'testSquareInt{x=5} from Lua, answered at once vs a bare fengari JS function on a small table',
  target: 3,
  async run(_ctx) {
    const bare = bareTableCall();
    try {
      return notAvailable('not built yet: src/index.ts createHost');
    } finally {
      bare.close();
    }
  },
};

const yieldRow: BenchRow = {
  name: 'lua-yield',
  title: 'a call that yields (answer on the next tick) vs bare yield-await-resume',
  target: 1.5,
  async run(_ctx) {
    const cycles = CALLS_PER_OP / 10;
    const bare = bareYieldLoop(cycles);
    try {
      return notAvailable('not built yet: src/index.ts createHost');
    } finally {
      bare.close();
    }
  },
};

/**
 * A getChatHistory result of `n` messages and the schema it belongs to.
 * Synthesised TDLib 1.8.x messages checked against the 1.8.66 IR (falls back to our own schema,
 * whose shapes differ but whose conversion work is the same, when the fixture is absent).
 */
async function historyResult(
  ctx: BenchContext,
  n: number,
): Promise<{ ok: true; value: Record<string, unknown>; ir: SchemaIR; source: string } | { ok: false; reason: string }> {
  const messages = Array.from({ length: n }, (_, i) => sampleMessage(n - i, -1001234567890));
  const value = { _: 'messages', total_count: n, messages };
  const s = await schema1866(ctx);
  if (s.ok) return { ok: true, value, ir: s.ir, source: `${n} synthetic 1.8.x messages` };
  const parser = await loadExports<{ ourSchema: () => SchemaIR }>('src/schema/parser.js', ['ourSchema']);
  if (!parser.ok) return parser;
  return { ok: true, value, ir: parser.value.ourSchema(), source: `${n} synthetic messages (our schema)` };
}

type PushJs = (L: unknown, v: unknown, schema: unknown) => void;

const historyConvRow: BenchRow = {
  name: 'history-to-lua',
  title: '1,000-message getChatHistory result into Lua tables vs JSON.parse(JSON.stringify(x))',
  target: 4,
  async run(ctx) {
    const conv = await loadExports<{ pushJs: PushJs }>('src/lua/convert.js', ['pushJs']);
    if (!conv.ok) return notAvailable(conv.reason);
    const view = await loadExports<{ ApiSchema: new (ir: SchemaIR) => unknown }>('src/lua/schema-view.js', ['ApiSchema']);
    if (!view.ok) return notAvailable(view.reason);
    const history = await historyResult(ctx, 1000);
    if (!history.ok) return notAvailable(history.reason);
    const schema = new view.value.ApiSchema(history.ir);
    const { pushJs } = conv.value;
    const L = lauxlib.luaL_newstate();
    lualib.luaL_openlibs(L);
    let sink: unknown;
    try {
      const m = compareSync(
        () => {
          pushJs(L, history.value, schema);
          lua.lua_pop(L, 1);
        },
        () => {
          sink = JSON.parse(JSON.stringify(history.value));
        },
        ctx.mode,
      );
      void sink;
      return { status: 'ok', ...m, note: `${history.source}, ${(JSON.stringify(history.value).length / 1024).toFixed(0)} KiB JSON` };
    } finally {
      lua.lua_close(L);
    }
  },
};

const vmStartRow: BenchRow = {
  name: 'vm-start',
  title: 'sandboxed VM with every 1.8.66 function as a global vs luaL_newstate+luaL_openlibs',
  target: 3,
  async run() {
    void bareNewState;
    return notAvailable('not built yet: src/index.ts createHost');
  },
};

const sendRow: BenchRow = {
  name: 'send-message',
  title: 'sendMessage through invoke vs a bare better-sqlite3 INSERT of a same-size row',
  target: 5,
  async run() {
    void compareAsync;
    return notAvailable('not built yet: src/core openEmbeddedCore');
  },
};

const historyScaleRow: BenchRow = {
  name: 'history-scale',
  title: 'getChatHistory(100) in a 1,000,000-message chat vs in a 1,000-message chat',
  target: 1,
  approx: true,
  async run() {
    return notAvailable('not built yet: src/core openEmbeddedCore + bulk fill');
  },
};

/** Rows 1–8 of the issues, in order. */
export const subjectRows: BenchRow[] = [parseRow, docsRow, callRow, yieldRow, historyConvRow, vmStartRow, sendRow, historyScaleRow];

/** Exposed for rows that need a result of the right type while the subject is missing. */
export type { RowOutcome };
