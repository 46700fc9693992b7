/**
 * The baselines: the least work that could possibly do the same job, written straight on
 * fengari / better-sqlite3 / JSON, with none of our validation, conversion or dispatch.
 */
import Database from 'better-sqlite3';
import { lua, lauxlib, lualib, to_luastring, to_jsstring } from 'fengari';

/** Iterations of the Lua loop inside one timed operation, so per-call JS overhead is amortised. */
export const CALLS_PER_OP = 1000;

/** Throw the Lua error on top of the stack as a JS Error. */
export function luaFail(L: any, what: string): never {
  const msg = lua.lua_type(L, -1) === lua.LUA_TSTRING ? to_jsstring(lua.lua_tolstring(L, -1)) : '(non-string error)';
  throw new Error(`${what}: ${msg}`);
}

/** Load `src` in L and leave the compiled function on the stack. */
export function loadChunk(L: any, src: string, name: string): void {
  if (lauxlib.luaL_loadbuffer(L, to_luastring(src), null, to_luastring(`=${name}`)) !== lua.LUA_OK) luaFail(L, name);
}

/**
 * Row 3 baseline: a bare JS function registered in fengari, taking one small table
 * (`{x=5}`) and returning one (`{_="testInt", value=25}`), called CALLS_PER_OP times by a Lua loop.
 * Returns the op (one loop) and a closer.
 */
export function bareTableCall(): { op: () => void; close: () => void } {
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  const X = to_luastring('x');
  const TAG = to_luastring('_');
  const VALUE = to_luastring('value');
  const TEST_INT = to_luastring('testInt');
  lua.lua_pushcfunction(L, (L1: any) => {
    lauxlib.luaL_checktype(L1, 1, lua.LUA_TTABLE);
    lua.lua_getfield(L1, 1, X);
    const x = lua.lua_tointeger(L1, -1);
    lua.lua_createtable(L1, 0, 2);
    lua.lua_pushstring(L1, TEST_INT);
    lua.lua_setfield(L1, -2, TAG);
    lua.lua_pushinteger(L1, x * x);
    lua.lua_setfield(L1, -2, VALUE);
    return 1;
  });
  lua.lua_setglobal(L, to_luastring('bare'));
  loadChunk(L, `local bare = bare; return function() for _ = 1, ${CALLS_PER_OP} do local r = bare{x = 5}; assert(r.value == 25) end end`, 'bare-call');
  if (lua.lua_pcall(L, 0, 1, 0) !== lua.LUA_OK) luaFail(L, 'bare-call');
  const ref = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  return {
    op: () => {
      lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, ref);
      if (lua.lua_pcall(L, 0, 0, 0) !== lua.LUA_OK) luaFail(L, 'bare-call');
    },
    close: () => lua.lua_close(L),
  };
}

/** Resolve on the next tick, the way a fast asynchronous backend answers. */
export function nextTick<T>(value: T): Promise<T> {
  return new Promise((resolve) => process.nextTick(() => resolve(value)));
}

/**
 * Row 4 baseline: the bare yield-await-resume cycle. A coroutine calls a JS function that
 * yields its table argument; the driver awaits a promise resolved on the next tick, pushes a
 * small result table and resumes. No validation, no conversion beyond one field.
 * One op = CALLS_PER_OP / 10 cycles (a cycle costs a promise and a tick, far more than a call).
 */
export function bareYieldLoop(cycles: number): { op: () => Promise<void>; close: () => void } {
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  const VALUE = to_luastring('value');
  lua.lua_pushcfunction(L, (L1: any) => lua.lua_yield(L1, 1));
  lua.lua_setglobal(L, to_luastring('wait'));
  loadChunk(L, `local wait = wait; return function() for _ = 1, ${cycles} do local r = wait{x = 5}; assert(r.value == 25) end end`, 'bare-yield');
  if (lua.lua_pcall(L, 0, 1, 0) !== lua.LUA_OK) luaFail(L, 'bare-yield');
  const ref = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  return {
    op: async () => {
      const co = lua.lua_newthread(L);
      lua.lua_rawgeti(co, lua.LUA_REGISTRYINDEX, ref);
      let nargs = 0;
      for (;;) {
        const status = lua.lua_resume(co, L, nargs);
        if (status === lua.LUA_OK) break;
        if (status !== lua.LUA_YIELD) luaFail(co, 'bare-yield');
        const answer = await nextTick(25);
        lua.lua_settop(co, 0);
        lua.lua_createtable(co, 0, 1);
        lua.lua_pushinteger(co, answer);
        lua.lua_setfield(co, -2, VALUE);
        nargs = 1;
      }
      lua.lua_pop(L, 1); // the thread
    },
    close: () => lua.lua_close(L),
  };
}

/** Row 6 baseline: a bare state with the standard libraries, then closed. */
export function bareNewState(): void {
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  lua.lua_close(L);
}

/**
 * Row 7 baseline: one prepared INSERT per op into a table shaped like the core's message table,
 * in a file database with the core's pragmas (WAL, synchronous=NORMAL), one row per statement
 * (autocommit), `contentBytes` of JSON content per row.
 */
export function bareInsert(file: string, contentBytes: number): { op: () => void; close: () => void } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE IF NOT EXISTS messages (
    conv INTEGER NOT NULL, id INTEGER NOT NULL, sender INTEGER NOT NULL, date INTEGER NOT NULL,
    content TEXT NOT NULL, PRIMARY KEY (conv, id)) WITHOUT ROWID`);
  const insert = db.prepare('INSERT INTO messages (conv, id, sender, date, content) VALUES (?, ?, ?, ?, ?)');
  const content = JSON.stringify({ _: 'messageText', text: { _: 'formattedText', text: 'x'.repeat(Math.max(0, contentBytes - 60)), entities: [] } });
  let id = 0;
  return {
    op: () => {
      id++;
      insert.run(1, id, 1000, 1700000000 + id, content);
    },
    close: () => db.close(),
  };
}
