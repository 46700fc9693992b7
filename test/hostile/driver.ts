/**
 * Runs hostile cases through the host library and judges them.
 *
 * The host (src/lua/runtime.ts) and the core (src/core/) are loaded at run time, so this suite
 * compiles and reports "not built yet" cleanly while those parts are missing.
 *
 * Standing checks around every script case:
 *  - a canary script runs alongside the hostile one, in another VM on the same client, and must
 *    finish with everything intact (string methods, its globals, API calls answering right);
 *  - the host is alive: a fresh VM runs a small script afterwards;
 *  - the core's data is intact: a sentinel message written before the suite reads back unchanged.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import type { Client, TdObject } from '../../src/core/client.js';
import type { SchemaIR } from '../../src/schema/ir.js';
import type { LuatdError } from '../../src/errors.js';
import type { Expectation, ScriptCase } from './cases.js';

/** What we use of a LuaRuntime (src/lua/runtime.ts). */
export interface RuntimeLike {
  run(source: string | Uint8Array, opts?: { chunkName?: string }): Promise<{ status: 'ok' | 'error' | 'killed'; error?: LuatdError }>;
  close(): void;
}

/** Options the suite gives every VM: small limits so the whole suite stays fast. */
export const HOSTILE_LIMITS = { sliceMs: 200, totalMs: 10_000, maxStringBytes: 16 * 1024 * 1024, hardStopGraceMs: 500 };

/** The loaded host and core, or why the suite cannot run yet. */
export interface Host {
  schema: SchemaIR;
  client: Client;
  newRuntime(limits?: Partial<typeof HOSTILE_LIMITS>): RuntimeLike;
  /** The sentinel written before the suite; checkData() compares against it. */
  sentinel: { chatId: number; messageId: number; text: string } | undefined;
  close(): Promise<void>;
}

const dist = path.join(packageRoot, 'dist');

async function importIf(rel: string): Promise<Record<string, unknown> | string> {
  const file = path.join(dist, rel);
  if (!existsSync(file)) return `not built yet: ${rel.replace(/\.js$/, '.ts')}`;
  try {
    return (await import(`file://${file}`)) as Record<string, unknown>;
  } catch (e) {
    return `${rel} failed to load: ${(e as Error).message.split('\n')[0]}`;
  }
}

/** Open the host on a fresh in-memory core. Resolves with a reason string when a part is missing. */
export async function openHost(): Promise<Host | string> {
  const rt = await importIf('src/lua/runtime.js');
  if (typeof rt === 'string') return rt;
  const parser = await importIf('src/schema/parser.js');
  if (typeof parser === 'string') return parser;
  const core = await importIf('src/core/index.js');
  if (typeof core === 'string') return core;
  const LuaRuntime = rt.LuaRuntime as new (o: Record<string, unknown>) => RuntimeLike;
  const ourSchema = parser.ourSchema as () => SchemaIR;
  const openEmbeddedCore = core.openEmbeddedCore as ((o: Record<string, unknown>) => Promise<Client> | Client) | undefined;
  if (typeof LuaRuntime !== 'function' || typeof ourSchema !== 'function') return 'not built yet: LuaRuntime / ourSchema';
  if (typeof openEmbeddedCore !== 'function') return 'not built yet: openEmbeddedCore in src/core/index.ts';
  const schema = ourSchema();
  const client = await openEmbeddedCore({ memory: true });
  const host: Host = {
    schema,
    client,
    sentinel: undefined,
    newRuntime: (limits = {}) => new LuaRuntime({ client, schema, limits: { ...HOSTILE_LIMITS, ...limits } }),
    close: () => client.close(),
  };
  return host;
}

/** The canary: runs next to each hostile script and checks that nothing it relies on changed. */
export const CANARY = `
for i = 1, 5 do
  assert(testSquareInt{x = i}.value == i * i, "API answers changed")
  assert(("abc"):upper() == "ABC", "string methods changed")
  assert(string.rep("ab", 2) == "abab", "string.rep changed")
  assert(SHARED_SECRET == nil, "a global of another script leaked in")
  assert(type(coroutine.wrap) == "function" and type(table.insert) == "function", "standard library changed")
  assert(type(getMe) == "function", "API globals changed")
  local mine = "canary" .. i
  CANARY_OWN = mine
  sleep(0.01)
  assert(CANARY_OWN == mine, "own global overwritten")
end
`;

/** Outcome of judging one case: empty problems means passed. */
export interface Verdict {
  problems: string[];
  /** What the script produced, for the report. */
  got: string;
}

function describeOutcome(o: { status: string; error?: LuatdError }): string {
  return o.error ? `${o.status} ${o.error.code}: ${o.error.message}` : o.status;
}

/** Compare an outcome to an expectation; returns the problems found. */
export function judge(expect: Expectation, o: { status: string; error?: LuatdError }): string[] {
  if ('ok' in expect) {
    return o.status === 'ok' ? [] : [`expected the script to finish, got ${describeOutcome(o)}`];
  }
  if (o.status === 'ok' || !o.error) return [`expected an error ${[expect.code].flat().join('|')} ${expect.message}, but the script finished`];
  const problems: string[] = [];
  const codes = [expect.code].flat();
  if (!codes.includes(o.error.code)) problems.push(`expected code ${codes.join('|')}, got ${o.error.code} (${o.error.message})`);
  if (!expect.message.test(o.error.message)) problems.push(`message ${JSON.stringify(o.error.message)} does not match ${expect.message}`);
  // a clear error names what happened in one line of reasonable length, not a JS stack
  if (o.error.message.length > 2000) problems.push(`message is ${o.error.message.length} characters long`);
  if (/\n\s+at .*\.js:\d+/.test(o.error.message)) problems.push('message carries a JS stack trace');
  return problems;
}

/** Write the sentinel message the data check reads back (needs the core's chat API). */
export async function writeSentinel(host: Host): Promise<string | undefined> {
  const me = (await host.client.invoke({ _: 'getMe' })) as TdObject;
  if (me._ === 'error') return `getMe failed: ${String(me.message)}`;
  const chat = (await host.client.invoke({ _: 'createPrivateChat', user_id: me.id })) as TdObject;
  if (chat._ === 'error') return `createPrivateChat failed: ${String(chat.message)}`;
  const text = 'sentinel: must survive every hostile case';
  const msg = (await host.client.invoke({
    _: 'sendMessage',
    chat_id: chat.id,
    reply_to_message_id: 0,
    disable_notification: false,
    from_background: false,
    reply_markup: null,
    input_message_content: { _: 'inputMessageText', text, disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null },
  })) as TdObject;
  if (msg._ === 'error') return `sendMessage failed: ${String(msg.message)}`;
  host.sentinel = { chatId: chat.id as number, messageId: msg.id as number, text };
  return undefined;
}

/** Problems with the core's data (sentinel missing or changed). */
export async function checkData(host: Host): Promise<string[]> {
  const s = host.sentinel;
  if (!s) return [];
  const m = (await host.client.invoke({ _: 'getMessage', chat_id: s.chatId, message_id: s.messageId })) as TdObject;
  if (m._ === 'error') return [`core data: the sentinel message is gone (${String(m.message)})`];
  if (!JSON.stringify(m.content).includes(s.text)) return [`core data: the sentinel message changed: ${JSON.stringify(m.content)}`];
  return [];
}

/** Run one script case with the canary alongside, then the liveness and data checks. */
export async function runScriptCase(host: Host, c: ScriptCase): Promise<Verdict> {
  const hostile = host.newRuntime();
  const canary = host.newRuntime({ sliceMs: 5_000 });
  const problems: string[] = [];
  let got = '';
  try {
    const [o, k] = await Promise.all([hostile.run(c.script, { chunkName: 'hostile.lua' }), canary.run(CANARY, { chunkName: 'canary.lua' })]);
    got = describeOutcome(o);
    problems.push(...judge(c.expect, o));
    if (k.status !== 'ok') problems.push(`the canary script was affected: ${describeOutcome(k)}`);
  } finally {
    hostile.close();
    canary.close();
  }
  const fresh = host.newRuntime();
  try {
    const r = await fresh.run('assert(testSquareInt{x = 7}.value == 49); assert(("x"):rep(3) == "xxx")', { chunkName: 'after.lua' });
    if (r.status !== 'ok') problems.push(`a fresh VM after the case failed: ${describeOutcome(r)}`);
  } finally {
    fresh.close();
  }
  problems.push(...(await checkData(host)));
  return { problems, got };
}
