/**
 * The eight rows of the issues: each measures one of our subsystems against its baseline.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lua, lauxlib, lualib } from 'fengari';
import { compareAsync, compareSync, notAvailable, type BenchContext, type BenchRow } from '../harness.js';
import type { SchemaIR } from '../../src/schema/ir.js';
import { parseTl, ourSchema } from '../../src/schema/parser.js';
import { generateSite } from '../../src/docs/site.js';
import { pushJs } from '../../src/lua/convert.js';
import { ApiSchema } from '../../src/lua/schema-view.js';
import { createHost, LuaRuntime } from '../../src/index.js';
import { bulkFillChat } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { bareInsert, bareNewState, bareTableCall, bareYieldLoop, CALLS_PER_OP } from './baselines.js';
import { chatWithNewUser, idleClient, nextTickClient, openBenchCore, textMessage } from './fixtures.js';

const SCHEMA_1866 = 'td_api_1.8.66.tl';

/** The 1.8.66 schema file: --schema, else the shared fixtures; undefined when absent. */
export function schema1866Path(ctx: BenchContext): string | undefined {
  if (ctx.schemaPath) return ctx.schemaPath;
  if (!ctx.schemasDir) return undefined;
  const p = path.join(ctx.schemasDir, SCHEMA_1866);
  return existsSync(p) ? p : undefined;
}

const NO_SCHEMA = `skipped: ${SCHEMA_1866} absent (pass --schema FILE, or provide ../shared/fixtures/schemas)`;

/** Parse the 1.8.66 schema, or undefined when the file is absent. */
function schema1866(ctx: BenchContext): { ir: SchemaIR; text: string; file: string } | undefined {
  const file = schema1866Path(ctx);
  if (!file) return undefined;
  const text = readFileSync(file, 'utf8');
  return { ir: parseTl(text, file), text, file };
}

const parseRow: BenchRow = {
  name: 'parse-schema',
  title: 'parseTl(td_api_1.8.66.tl) vs JSON.parse of the IR dump',
  target: 5,
  async run(ctx) {
    const s = schema1866(ctx);
    if (!s) return notAvailable(NO_SCHEMA);
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

const docsRow: BenchRow = {
  name: 'docs-site',
  title: 'render every docs page in memory (1.8.66) vs JSON.stringify(IR)',
  target: 10,
  async run(ctx) {
    const s = schema1866(ctx);
    if (!s) return notAvailable(NO_SCHEMA);
    const site = generateSite(s.ir);
    let bytes = 0;
    for (const page of site.values()) bytes += page.length;
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
    return { status: 'ok', ...m, note: `${site.size} pages, ${(bytes / 1024 / 1024).toFixed(1)} MiB` };
  },
};

/** Lua source defining a global loop of `n` calls of testSquareInt, asserting each answer. */
function callLoop(n: number): string {
  return `function __bench() for _ = 1, ${n} do local r = testSquareInt{x = 5}; assert(r.value == 25) end end`;
}

const callRow: BenchRow = {
  name: 'lua-call',
  title: 'testSquareInt{x=5} from Lua, answered at once vs a bare fengari JS function on a small table',
  target: 3,
  async run(ctx) {
    // the host opens its own in-memory core, as `createHost({memory: true})` users get it
    // (requests validated once, by the host; test methods need no login)
    const host = await createHost({ memory: true });
    const bare = bareTableCall();
    try {
      await host.exec(callLoop(CALLS_PER_OP));
      // the bare side runs inside an async wrapper too, so both pay the same per-op await
      const m = await compareAsync(
        async () => {
          await host.exec('__bench()');
        },
        async () => bare.op(),
        ctx.mode,
      );
      return { status: 'ok', ours: m.ours / CALLS_PER_OP, baseline: m.baseline / CALLS_PER_OP, note: `per call; embedded core (invokeSync), ${CALLS_PER_OP} calls per sample op` };
    } finally {
      bare.close();
      await host.close();
    }
  },
};

const yieldRow: BenchRow = {
  name: 'lua-yield',
  title: 'a call that yields (answer on the next tick) vs bare yield-await-resume',
  target: 1.5,
  async run(ctx) {
    const cycles = CALLS_PER_OP / 10;
    const host = await createHost({ client: nextTickClient() });
    const bare = bareYieldLoop(cycles);
    try {
      await host.exec(callLoop(cycles));
      const m = await compareAsync(
        async () => {
          await host.exec('__bench()');
        },
        bare.op,
        ctx.mode,
      );
      return { status: 'ok', ours: m.ours / cycles, baseline: m.baseline / cycles, note: `per call; client answers on process.nextTick, ${cycles} calls per sample op` };
    } finally {
      bare.close();
      await host.close();
    }
  },
};

/** A 1,000-message getChatHistory result from the core (pages of 100 joined), and its schema. */
async function historyResult(n: number): Promise<{ value: TdObject; ir: SchemaIR }> {
  const core = await openBenchCore();
  try {
    const chatId = await chatWithNewUser(core, 2, 'Peer');
    bulkFillChat(core.client, chatId, n, (i) => `message number ${i}: the quick brown fox jumps over the lazy dog`);
    const messages: unknown[] = [];
    let from = 0;
    while (messages.length < n) {
      const page = await core.client.invoke({ _: 'getChatHistory', chat_id: chatId, from_message_id: from, offset: 0, limit: 100 });
      const list = (page.messages ?? []) as TdObject[];
      if (page._ === 'error' || list.length === 0) throw new Error(`getChatHistory stopped after ${messages.length} messages: ${JSON.stringify(page).slice(0, 200)}`);
      messages.push(...list);
      from = list[list.length - 1].id as number;
    }
    return { value: { _: 'messages', total_count: messages.length, messages }, ir: ourSchema() };
  } finally {
    await core.close();
  }
}

const historyConvRow: BenchRow = {
  name: 'history-to-lua',
  title: '1,000-message getChatHistory result into Lua tables vs JSON.parse(JSON.stringify(x))',
  target: 4,
  async run(ctx) {
    const history = await historyResult(1000);
    const schema = new ApiSchema(history.ir);
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
      return { status: 'ok', ...m, note: `messages from the embedded core, ${(JSON.stringify(history.value).length / 1024).toFixed(0)} KiB JSON` };
    } finally {
      lua.lua_close(L);
    }
  },
};

const vmStartRow: BenchRow = {
  name: 'vm-start',
  title: 'sandboxed VM with every 1.8.66 function as a global vs luaL_newstate+luaL_openlibs',
  target: 3,
  async run(ctx) {
    const s = schema1866(ctx);
    if (!s) return notAvailable(NO_SCHEMA);
    const client = idleClient();
    // prove the globals are there before timing (they are created on first use: see the note)
    const probe = new LuaRuntime({ client, schema: s.ir });
    const seen = await probe.exec('return type(getChatHistory), type(sendMessage), type(noSuchMethod)');
    probe.close();
    if (seen.values.join(',') !== 'function,function,nil') return notAvailable(`API globals missing in the VM: ${seen.values.join(',')}`);
    const m = compareSync(
      () => new LuaRuntime({ client, schema: s.ir }).close(),
      bareNewState,
      ctx.mode,
    );
    // for context: what a script pays if it reaches every API global once
    const all = new LuaRuntime({ client, schema: s.ir });
    const names = s.ir.functions.map((f) => JSON.stringify(f.name)).join(',');
    // compiled first, so that the timed call is only the globals' creation
    await all.exec(`local names = {${names}}; function __touch() for _, n in ipairs(names) do assert(type(_G[n]) == "function") end end`);
    const t0 = performance.now();
    await all.exec('__touch()');
    const touchMs = performance.now() - t0;
    all.close();
    return {
      status: 'ok',
      ...m,
      note: `${s.ir.functions.length} functions; globals are made on first use (touching all once: ${touchMs.toFixed(1)} ms)`,
    };
  },
};

const sendRow: BenchRow = {
  name: 'send-message',
  title: 'sendMessage through invoke vs a bare better-sqlite3 INSERT of a same-size row',
  target: 5,
  async run(ctx) {
    const core = await openBenchCore();
    const chatId = await chatWithNewUser(core, 2, 'Peer');
    const request = textMessage(chatId, 'hello from the bench: a short text message');
    const first = await core.client.invoke(request);
    if (first._ === 'error') return notAvailable(`sendMessage failed: ${String(first.message)}`);
    // same size as the content the core stores for this message
    const bare = bareInsert(path.join(core.dir, 'bare.db'), JSON.stringify(first.content).length);
    try {
      const m = await compareAsync(
        async () => {
          await core.client.invoke(request);
        },
        async () => bare.op(),
        ctx.mode,
      );
      return { status: 'ok', ...m, note: `file data dir (WAL), one transaction per message` };
    } finally {
      bare.close();
      await core.close();
    }
  },
};

const historyScaleRow: BenchRow = {
  name: 'history-scale',
  title: 'getChatHistory(100) in a 1,000,000-message chat vs in a 1,000-message chat',
  target: 1,
  approx: true,
  async run(ctx) {
    const big = ctx.mode.quick ? 100_000 : 1_000_000;
    const core = await openBenchCore();
    try {
      const bigChat = await chatWithNewUser(core, 2, 'Big');
      const smallChat = await chatWithNewUser(core, 3, 'Small');
      const t0 = performance.now();
      bulkFillChat(core.client, bigChat, big);
      const fillMs = performance.now() - t0;
      bulkFillChat(core.client, smallChat, 1000);
      const history = (chatId: number) => async () => {
        const r = await core.client.invoke({ _: 'getChatHistory', chat_id: chatId, from_message_id: 0, offset: 0, limit: 100 });
        if ((r.messages as unknown[] | undefined)?.length !== 100) throw new Error(`getChatHistory answered ${JSON.stringify(r).slice(0, 200)}`);
      };
      const m = await compareAsync(history(bigChat), history(smallChat), ctx.mode);
      return { status: 'ok', ...m, note: `${big.toLocaleString('en')} messages bulk-filled in ${(fillMs / 1000).toFixed(1)} s` };
    } finally {
      await core.close();
    }
  },
};

/** Rows 1–8 of the issues, in order. */
export const subjectRows: BenchRow[] = [parseRow, docsRow, callRow, yieldRow, historyConvRow, vmStartRow, sendRow, historyScaleRow];
