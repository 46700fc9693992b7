/**
 * Rows that measure whole processes: how fast an update crosses from one process to another on a
 * data dir (update-hop), what an idle bot costs (idle-cpu), and how long `luatd run` takes to
 * start (startup). Each spawns real `luatd` / node processes; timing is by wall clock around
 * round trips or whole runs, interleaved with the baseline as everywhere else.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs, { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { median, notAvailable, type BenchRow } from '../harness.js';
import { acquireStore, releaseStore } from '../../src/core/store/store.js';
import { openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { sendTextRequest } from '../../src/core/requests.js';
import { packageRoot } from '../../src/paths.js';
import { logIn } from './fixtures.js';

const bin = path.join(packageRoot, 'dist', 'src', 'cli', 'luatd.cjs');

/** Starts a child and resolves once its stdout matched `ready` (with the match), or rejects when it exits first. */
function startChild(args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve({ child, match: m });
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before it was ready: ${out} ${err}`.slice(0, 300))));
  });
}

/**
 * The Lua bot of update-hop. Its handler's first act is to read the monotonic clock (CLOCK_MONOTONIC,
 * the same for every process of the machine; through --allow-js, the bridge to JS), and it answers
 * each "ping" with that time, so the bench process can tell when the handler started running.
 */
const PONG_BOT = `
local hrtime = require("js").global.process.hrtime
check(setAuthPhoneNumber({phone_number = "9996622222"}))
check(checkAuthCode({code = "22222", first_name = "Pong"}))
local me = check(getMe())
on("updateNewMessage", function(u)
  local t = hrtime()
  local m = u.message
  if m.sender_user_id ~= me.id and m.content.text == "ping" then
    sendMessage({chat_id = m.chat_id, input_message_content = {_ = "inputMessageText", text = string.format("pong %d %d", t[0], t[1])}})
  end
end)
print("ready " .. me.id)
`;

/** process.hrtime.bigint() of a pong's "pong SECONDS NANOSECONDS". */
function pongTime(text: string): bigint | undefined {
  const m = /^pong (\d+) (\d+)$/.exec(text);
  return m ? BigInt(m[1]) * 1_000_000_000n + BigInt(m[2]) : undefined;
}

/**
 * The bare mechanism of update-hop, one side of it: a better-sqlite3 connection on a WAL file and
 * fs.watch on the dir; on a wake it reads the newest row, and a row addressed to it is handled.
 * Mode `row`: the handling is the read itself (the clock is read right after it). Mode `lua`: the
 * least that puts the same update into a Lua handler: JSON.parse of the row's body (the same
 * updateNewMessage our core delivers), a plain recursive push into a bare fengari state (the same
 * engine), and a call of a Lua function whose first act is to read the clock. Either way the time
 * goes back in a row of its own plus one byte to the wake file. No schema, no feed, no rendering,
 * no scheduler, no sandbox or limits.
 */
const BARE_SIDE = `
import { createRequire } from 'node:module';
import fs from 'node:fs';
const require = createRequire(${JSON.stringify(path.join(packageRoot, 'package.json'))});
const Database = require('better-sqlite3');
const { lua, lauxlib, lualib, to_luastring } = require('fengari');
const [dir, me, mode] = process.argv.slice(2);
const db = new Database(dir + '/bare.db');
db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
const fd = fs.openSync(dir + '/bare.wake', fs.constants.O_WRONLY | fs.constants.O_CREAT);
const one = Buffer.from([42]);
const newest = db.prepare('SELECT id, dest, body FROM rows ORDER BY id DESC LIMIT 1');
const insert = db.prepare('INSERT INTO rows (dest, body) VALUES (?, ?)');
const L = lauxlib.luaL_newstate();
lualib.luaL_openlibs(L);
lua.lua_pushcfunction(L, (L1) => { const t = process.hrtime(); lua.lua_pushinteger(L1, t[0]); lua.lua_pushinteger(L1, t[1]); return 2; });
lua.lua_setglobal(L, to_luastring('hrtime'));
if (lauxlib.luaL_dostring(L, to_luastring('function handler(u) local s, ns = hrtime() if u.message.content.text == "ping" then return s, ns end end')) !== 0) throw new Error('handler');
// strings made once and kept in a Lua table (index n): pushing one is a table read, not a new string
lua.lua_createtable(L, 0, 0);
const keyTable = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
const keys = new Map();
function pushKey(s) {
  let i = keys.get(s);
  lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, keyTable);
  if (i === undefined) {
    keys.set(s, (i = keys.size + 1));
    lua.lua_pushstring(L, to_luastring(s));
    lua.lua_rawseti(L, -2, i);
  }
  lua.lua_rawgeti(L, -1, i);
  lua.lua_remove(L, -2);
}
function push(v) {
  if (v === null || v === undefined) return lua.lua_pushnil(L);
  switch (typeof v) {
    case 'string': return v.length < 32 ? pushKey(v) : lua.lua_pushstring(L, to_luastring(v));
    case 'number': return Number.isInteger(v) ? lua.lua_pushinteger(L, v) : lua.lua_pushnumber(L, v);
    case 'boolean': return lua.lua_pushboolean(L, v);
  }
  lua.lua_createtable(L, 0, 0);
  if (Array.isArray(v)) { v.forEach((x, i) => { push(x); lua.lua_rawseti(L, -2, i + 1); }); return; }
  for (const k in v) { if (v[k] === null) continue; pushKey(k); push(v[k]); lua.lua_rawset(L, -3); }
}
let last = 0;
fs.watch(dir, (e, name) => {
  if (name !== 'bare.wake') return;
  const r = newest.get();
  if (!r || r.id <= last) return;
  last = r.id;
  if (r.dest !== me) return;
  let t;
  if (mode === 'lua') {
    lua.lua_getglobal(L, to_luastring('handler'));
    push(JSON.parse(r.body));
    if (lua.lua_pcall(L, 1, 2, 0) !== 0) throw new Error('handler failed');
    t = [lua.lua_tointeger(L, -2), lua.lua_tointeger(L, -1)];
    lua.lua_settop(L, 0);
  } else t = process.hrtime();
  insert.run('parent', 'pong ' + t[0] + ' ' + t[1]);
  fs.writeSync(fd, one, 0, 1, 0);
});
console.log('ready');
`;

/** The parent side of the bare baseline: a row for the child (the commit), then the child's answer. */
class BareParent {
  private readonly db: Database.Database;
  private readonly fd: number;
  private readonly watcher: fs.FSWatcher;
  private readonly newest: Database.Statement;
  private readonly insert: Database.Statement;
  private waiting: ((body: string) => void) | undefined;
  private last = 0;

  constructor(
    dir: string,
    private readonly dest: string,
    private readonly body: string,
  ) {
    this.db = new Database(path.join(dir, 'bare.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec('CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, dest TEXT, body TEXT)');
    this.fd = fs.openSync(path.join(dir, 'bare.wake'), fs.constants.O_WRONLY | fs.constants.O_CREAT);
    this.newest = this.db.prepare('SELECT id, dest, body FROM rows ORDER BY id DESC LIMIT 1');
    this.insert = this.db.prepare('INSERT INTO rows (dest, body) VALUES (?, ?)');
    this.watcher = fs.watch(dir, (_e, name) => {
      if (name !== 'bare.wake') return;
      const r = this.newest.get() as { id: number; dest: string; body: string } | undefined;
      if (!r || r.id <= this.last) return;
      this.last = r.id;
      if (r.dest === 'parent' && this.waiting) {
        const w = this.waiting;
        this.waiting = undefined;
        w(r.body);
      }
    });
  }

  /** One hop: ns from the commit of a row here to the child's handling of it. */
  async hop(): Promise<number> {
    const answer = new Promise<string>((resolve) => (this.waiting = resolve));
    this.insert.run(this.dest, this.body);
    const t0 = process.hrtime.bigint();
    fs.writeSync(this.fd, ONE, 0, 1, 0);
    return Number(pongTime(await answer)! - t0);
  }

  close(): void {
    this.watcher.close();
    fs.closeSync(this.fd);
    this.db.close();
  }
}

const ONE = Buffer.from([42]);

const updateHopRow: BenchRow = {
  name: 'update-hop',
  title: 'commit in one process → update handler running in another (embedded core + a luatd run Lua bot) vs the same wake-up on bare SQLite',
  target: 2,
  async run(ctx) {
    const dir = mkdtempSync(path.join(tmpdir(), 'luatd-bench-hop-'));
    const bareDir = mkdtempSync(path.join(tmpdir(), 'luatd-bench-bare-'));
    const children: ChildProcess[] = [];
    const a = openEmbeddedCore({ dataDir: dir, session: 'bench' });
    // the moment of our commit: the store tells the other processes right after it (store/wake.ts)
    const store = acquireStore(dir);
    const bares: BareParent[] = [];
    try {
      await logIn(a, 1, 'Bench');
      // ours: a Lua bot in its own `luatd run` process answers each ping from its handler
      const botFile = path.join(dir, 'pong.lua');
      writeFileSync(botFile, PONG_BOT);
      const bot = await startChild([bin, 'run', '--data', dir, '--session', 'bot', '--no-user-plugins', '--allow-js', botFile], /ready (\d+)/);
      children.push(bot.child);
      const chat = (await a.invoke({ _: 'createPrivateChat', user_id: Number(bot.match[1]) })) as TdObject & { id: number };
      let waiting: ((text: string) => void) | undefined;
      // the update the bot's handler gets, as our core renders it: the bare baseline's payload
      let payload: string | undefined;
      a.onUpdate((u) => {
        const text = u._ === 'updateNewMessage' ? (((u.message as TdObject).content as TdObject).text as string) : '';
        if (text === 'ping') payload ??= JSON.stringify(u);
        if (text.startsWith('pong') && waiting) {
          const w = waiting;
          waiting = undefined;
          w(text);
        }
      });
      const waker = store.waker;
      if (!waker?.watching) return notAvailable('skipped: the data dir cannot be watched (no push wake-ups here)');
      let committed: bigint | undefined;
      const poke = waker.poke.bind(waker);
      waker.poke = () => {
        committed ??= process.hrtime.bigint();
        poke();
      };
      const ping = sendTextRequest(chat.id, 'ping');
      const ours = async (): Promise<number> => {
        committed = undefined;
        const answer = new Promise<string>((resolve) => (waiting = resolve));
        await a.invoke(ping);
        const handled = pongTime(await answer);
        if (handled === undefined || committed === undefined) throw new Error('update-hop: no pong time or no commit seen');
        return Number(handled - committed);
      };
      const n = ctx.mode.quick ? 40 : 400;
      // warm-up (JIT, page cache), and the payload
      for (let i = 0; i < n / 4; i++) await ours();
      if (payload === undefined) throw new Error('update-hop: the ping update never came back to its sender');
      // the baselines: the same hop on bare SQLite rows with the same wake file + watch, the row
      // read alone and the row delivered into a bare Lua handler (BARE_SIDE)
      const sides: BareParent[] = [];
      for (const mode of ['row', 'lua']) {
        const sideDir = path.join(bareDir, mode);
        mkdirSync(sideDir);
        writeFileSync(path.join(sideDir, 'side.mjs'), BARE_SIDE);
        const side = new BareParent(sideDir, 'child', payload);
        bares.push(side);
        children.push((await startChild([path.join(sideDir, 'side.mjs'), sideDir, 'child', mode], /ready/)).child);
        sides.push(side);
      }
      const [row, luaSide] = sides;
      for (let i = 0; i < n / 4; i++) {
        await row.hop();
        await luaSide.hop();
      }
      // hops one at a time, the three alternating
      const so: number[] = [];
      const sr: number[] = [];
      const sb: number[] = [];
      for (let i = 0; i < n; i++) {
        so.push(await ours());
        sr.push(await row.hop());
        sb.push(await luaSide.hop());
      }
      const rowMedian = median(sr);
      return {
        status: 'ok',
        ours: median(so),
        baseline: median(sb),
        note: `median of ${n} hops each, alternating; commit (wake-up written) → first line of a Lua handler in the other process, CLOCK_MONOTONIC; baseline: bare row + bare Lua handler; the row read alone: ${(rowMedian / 1000).toFixed(1)} µs (ours ${(median(so) / rowMedian).toFixed(2)}×); target also ≤5 ms`,
      };
    } finally {
      for (const c of children) c.kill('SIGKILL');
      for (const b of bares) b.close();
      releaseStore(store);
      await a.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(bareDir, { recursive: true, force: true });
    }
  },
};

/** CPU time (user + system) of a process so far, in ms, from /proc (Linux). */
function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 14 and 15 of stat (utime, stime), counted from the state field (3) here; clock ticks of 10 ms
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return undefined;
  }
}

const idleRow: BenchRow = {
  name: 'idle-cpu',
  title: 'CPU of an idle `luatd run` bot (a handler, no traffic) per second, vs the budget of 1% of a core',
  target: 1,
  async run(ctx) {
    const dir = mkdtempSync(path.join(tmpdir(), 'luatd-bench-idle-'));
    let child: ChildProcess | undefined;
    try {
      const started = await startChild([bin, 'run', '--data', dir, '--no-user-plugins', '-e', 'on(function() end) print("ready")'], /ready/);
      child = started.child;
      if (cpuMs(child.pid!) === undefined) return notAvailable('skipped: needs /proc (Linux)');
      await new Promise((r) => setTimeout(r, 1000)); // start-up work settles
      const seconds = ctx.mode.quick ? 2 : 10;
      const c0 = cpuMs(child.pid!)!;
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, seconds * 1000));
      const used = cpuMs(child.pid!)! - c0;
      const wall = performance.now() - t0;
      const perSecondNs = (used / wall) * 1e6 * 1000; // ns of CPU per second of wall time
      return { status: 'ok', ours: perSecondNs, baseline: 10e6, note: `CPU time per second over ${seconds} s (${((used / wall) * 100).toFixed(2)}% of a core); baseline = the 1% budget; /proc ticks are 10 ms` };
    } finally {
      child?.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const startupRow: BenchRow = {
  name: 'startup',
  title: "the whole `luatd run --memory -e 'print(1)'` process vs `node -e 0`, alternating runs",
  target: 2.5,
  async run(ctx) {
    const n = ctx.mode.quick ? 3 : 15;
    // an empty home: no user plugins, as on a fresh install
    const home = mkdtempSync(path.join(tmpdir(), 'luatd-bench-home-'));
    const env = { ...process.env, LUATD_HOME: home };
    const time = (args: string[]): number => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', env });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
      return ms * 1e6;
    };
    const ours: number[] = [];
    const base: number[] = [];
    const luatd = [bin, 'run', '--memory', '-e', 'print(1)'];
    try {
      time(luatd); // warm the file cache (and any start-up cache) once
      time(['-e', '0']);
      for (let i = 0; i < n; i++) {
        ours.push(time(luatd));
        base.push(time(['-e', '0']));
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    return { status: 'ok', ours: median(ours), baseline: median(base), note: `median of ${n} runs each, interleaved` };
  },
};

export const processRows: BenchRow[] = [updateHopRow, idleRow, startupRow];
