/**
 * Runs hostile cases through the host library (`createHost`, `runIsolated` from src/index.ts)
 * and judges them.
 *
 * Standing checks around every script case:
 *  - a canary script runs alongside the hostile one, in another VM on the same client, and must
 *    finish with everything intact (string methods, its globals, API calls answering right);
 *  - the host is alive: a fresh VM runs a small script afterwards;
 *  - the core's data is intact: a sentinel message written before the suite reads back unchanged.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHost, runIsolated, type Host as LuaHost, type RunOutcome } from '../../src/index.js';
import Database from 'better-sqlite3';
import { DB_FILE, openEmbeddedCore } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import type { Limits } from '../../src/lua/limits.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
import type { Expectation, ScriptCase } from './cases.js';
import { sendTextRequest } from '../../src/core/requests.js';

/**
 * Limits of every hostile VM: small, so the whole suite stays fast. The slice is counted in Lua
 * steps (5 million, a fraction of a second on an idle machine), so a runaway is stopped at the same
 * point however busy the machine is and a legitimate case never loses a race against the clock;
 * the time limits are hang guards only.
 */
export const HOSTILE_LIMITS: Partial<Limits> = { sliceSteps: 5_000_000, sliceMs: 600_000, totalMs: 600_000, maxStringBytes: 16 * 1024 * 1024, hardStopGraceMs: 300, memoryMb: 256 };

/** Session of the suite's account in its temporary data dir (workers of isolated cases log in as it too). */
const SESSION = 'hostile';

/** The suite's core: one logged-in client on a temporary data dir, and a sentinel message. */
export interface Suite {
  dataDir: string;
  client: Client;
  sentinel: { chatId: number; messageId: number; text: string };
  close(): Promise<void>;
}

function check(r: TdObject, what: string): TdObject {
  if (r._ === 'error') throw new Error(`${what} failed: ${String(r.message)}`);
  return r;
}

/**
 * Open the suite's core, log in a test account and write the sentinel message. The data dir is
 * made under `parent` (default: the system temp folder) and removed by close().
 */
export async function openSuite(parent: string = tmpdir()): Promise<Suite> {
  const dataDir = mkdtempSync(path.join(parent, 'luatd-hostile-data-'));
  const client = openEmbeddedCore({ dataDir, session: SESSION });
  try {
    // test numbers 99966XYYYY get the code XXXXX
    check(await client.invoke({ _: 'setAuthPhoneNumber', phone_number: '9996617777', allow_flash_call: false, is_current_phone_number: false }), 'setAuthPhoneNumber');
    check(await client.invoke({ _: 'checkAuthCode', code: '11111', first_name: 'Hostile', last_name: 'Suite' }), 'checkAuthCode');
    const me = check(await client.invoke({ _: 'getMe' }), 'getMe');
    const chat = check(await client.invoke({ _: 'createPrivateChat', user_id: me.id }), 'createPrivateChat');
    const text = 'sentinel: must survive every hostile case';
    const msg = check(
      await client.invoke(sendTextRequest(chat.id as number, text)),
      'sendMessage',
    );
    return {
      dataDir,
      client,
      sentinel: { chatId: chat.id as number, messageId: msg.id as number, text },
      close: async () => {
        await client.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await client.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}

/** The canary: runs next to each hostile script and checks that nothing it relies on changed. */
export const CANARY = `
for i = 1, 5 do
  assert(testSquareInt{x = i}.value == i * i, "API answers changed")
  assert(("abc"):upper() == "ABC", "string methods changed")
  assert(string.rep("ab", 2) == "abab", "string.rep changed")
  assert(SHARED_SECRET == nil, "a global of another script leaked in")
  assert(type(coroutine.wrap) == "function" and type(table.insert) == "function", "standard library changed")
  assert(getMe().first_name == "Hostile" and td.getMe().first_name == "Hostile", "API functions changed")
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

function describeOutcome(o: RunOutcome): string {
  return o.error ? `${o.status} ${o.error.code}: ${o.error.message}` : o.status;
}

/** Compare an outcome to an expectation; returns the problems found. */
export function judge(expect: Expectation, o: RunOutcome): string[] {
  if ('ok' in expect) {
    return o.status === 'ok' ? [] : [`expected the script to finish, got ${describeOutcome(o)}`];
  }
  if (o.status === 'ok' || !o.error) return [`expected an error ${[expect.code].flat().join('|')} ${expect.message}, but the script finished`];
  const problems: string[] = [];
  const codes = [expect.code].flat();
  if (!codes.includes(o.error.code)) problems.push(`expected code ${codes.join('|')}, got ${o.error.code} (${o.error.message})`);
  if (!expect.message.test(o.error.message)) problems.push(`message ${JSON.stringify(o.error.message)} does not match ${expect.message}`);
  // a clear error names what happened in a message of reasonable length, not a JS stack
  if (o.error.message.length > 2000) problems.push(`message is ${o.error.message.length} characters long`);
  if (/\n\s+at .*\.js:\d+/.test(o.error.message)) problems.push('message carries a JS stack trace');
  return problems;
}

/** Problems with the core's data: the sentinel missing or changed, or the database file damaged. */
export async function checkData(suite: Suite): Promise<string[]> {
  const problems: string[] = [];
  const s = suite.sentinel;
  const m = await suite.client.invoke({ _: 'getMessage', chat_id: s.chatId, message_id: s.messageId });
  if (m._ === 'error') problems.push(`core data: the sentinel message is gone (${String(m.message)})`);
  else if (!JSON.stringify(m.content).includes(s.text)) problems.push(`core data: the sentinel message changed: ${JSON.stringify(m.content)}`);
  // a second, read-only connection: what another process would find in the file
  const db = new Database(path.join(suite.dataDir, DB_FILE), { readonly: true });
  try {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') problems.push(`core data: SQLite quick_check says ${String(result)}`);
  } finally {
    db.close();
  }
  return problems;
}

function newHost(suite: Suite, limits: Partial<Limits> = {}): Promise<LuaHost> {
  return createHost({ client: suite.client, limits: { ...HOSTILE_LIMITS, ...limits } });
}

/**
 * Another process that takes the data file's write lock (BEGIN IMMEDIATE), creates `flag` once it
 * holds it, and keeps it until killed.
 */
function holdWriteLock(file: string, flag: string): ChildProcess {
  const code = `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
const db = new D(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE');
require('node:fs').writeFileSync(${JSON.stringify(flag)}, 'locked');
setInterval(() => {}, 1 << 30);`;
  return spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
}

/** What `around` does to the data file when the script prints `ready` (see ScriptCase.around); answers the cleanup. */
function aroundCase(suite: Suite, c: ScriptCase, problems: string[]): { print: (line: string) => void; script: string; warn: (m: string) => void; done: () => Promise<void> } {
  const tmp = mkdtempSync(path.join(tmpdir(), 'luatd-hostile-around-'));
  const flag = path.join(tmp, 'locked');
  const warnings: string[] = [];
  let locker: ChildProcess | undefined;
  let work: Promise<unknown> = Promise.resolve();
  const print = (line: string): void => {
    if (line !== 'ready') return;
    if (c.around === 'write-lock') locker = holdWriteLock(path.join(suite.dataDir, DB_FILE), flag);
    if (c.around === 'damaged-feed') {
      const db = new Database(path.join(suite.dataDir, DB_FILE));
      try {
        const account = db.prepare('SELECT account_id FROM clients WHERE account_id IS NOT NULL LIMIT 1').pluck().get();
        const put = db.prepare('INSERT INTO feed (client, account, auth, body) VALUES (NULL, ?, NULL, ?)');
        put.run(account, 'null');
        put.run(account, '{"_":"updateOption","name":"x","value":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}');
        put.run(account, '['.repeat(200_000) + ']'.repeat(200_000));
      } finally {
        db.close();
      }
      work = suite.client.invoke(sendTextRequest(suite.sentinel.chatId, 'after the damage'));
    }
  };
  return {
    print,
    warn: (m) => warnings.push(m),
    script: c.around === 'write-lock' ? `LOCKED = ${JSON.stringify(flag)}
${c.script}` : c.script,
    done: async () => {
      await work;
      if (locker && locker.exitCode === null) {
        const gone = new Promise((resolve) => locker!.once('exit', resolve));
        locker.kill('SIGKILL');
        await gone;
      }
      if (c.around === 'write-lock' && !existsSync(flag)) problems.push('the other process never took the write lock');
      if (c.around === 'damaged-feed' && !warnings.some((w) => /skipped a damaged update/.test(w))) problems.push(`no warning about the damaged rows (warnings: ${JSON.stringify(warnings)})`);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Run one script case with the canary alongside, then the liveness and data checks. */
export async function runScriptCase(suite: Suite, c: ScriptCase): Promise<Verdict> {
  const limits = { ...HOSTILE_LIMITS, ...c.limits };
  const canary = await newHost(suite);
  const problems: string[] = [];
  let got = '';
  let hostile: LuaHost | undefined;
  const around = c.around ? aroundCase(suite, c, problems) : undefined;
  try {
    let run: Promise<RunOutcome>;
    if (c.isolated) {
      // in its own worker, on the same data dir and session: the supervisor can terminate it
      run = runIsolated({
        source: around?.script ?? c.script,
        chunkName: 'hostile.lua',
        core: { dataDir: suite.dataDir, session: SESSION },
        limits,
        print: around?.print,
        onWarning: around?.warn,
        permissions: around ? { read: [tmpdir()] } : undefined,
      });
    } else {
      hostile = await newHost(suite, limits);
      run = hostile.run(c.script, { chunkName: 'hostile.lua' });
    }
    const [o, k] = await Promise.all([run, canary.run(CANARY, { chunkName: 'canary.lua' })]);
    got = describeOutcome(o);
    problems.push(...judge(c.expect, o));
    if (k.status !== 'ok') problems.push(`the canary script was affected: ${describeOutcome(k)}`);
  } finally {
    await around?.done();
    await hostile?.close();
    await canary.close();
  }
  const fresh = await newHost(suite);
  try {
    const r = await fresh.run('assert(testSquareInt{x = 7}.value == 49); assert(("x"):rep(3) == "xxx")', { chunkName: 'after.lua' });
    if (r.status !== 'ok') problems.push(`a fresh VM after the case failed: ${describeOutcome(r)}`);
  } finally {
    await fresh.close();
  }
  problems.push(...(await checkData(suite)));
  return { problems, got };
}
