/**
 * Turning what a failed Lua task left behind into a LuatdError (`chunk:line: message` plus a
 * traceback), and JS errors into readable text. Every Lua call made here is protected: a value
 * whose `__tostring` raises, or a traceback too long for the string cap, gives a placeholder
 * instead of an unprotected error (which would abort the process with a fengari PANIC).
 */
import { lua, lauxlib, decodeLenient, key, type LuaState } from './fengari.js';
import { luaTypeName } from './convert.js';
import { LuatdError, type ErrorCode } from '../errors.js';

/** A readable message for anything thrown by JS code (never `[object Object]`). */
export function describeJsError(e: unknown): string {
  if (e instanceof LuatdError) return e.message;
  if (e instanceof Error) return `${e.name === 'Error' ? '' : e.name + ': '}${e.message}`;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

export { formatError } from '../errors.js';

/**
 * Run `body` on L under lua_pcall: its Lua calls may raise (a user's __tostring, the string cap)
 * without escaping as an unprotected error. `body` pushes `nresults` values; on failure nothing
 * is left on the stack and false is returned.
 */
export function protect(L: LuaState, nargs: number, nresults: number, body: (L1: LuaState) => number): boolean {
  lua.lua_pushcfunction(L, body);
  if (nargs > 0) lua.lua_insert(L, -(nargs + 1));
  if (lua.lua_pcall(L, nargs, nresults, 0) === lua.LUA_OK) return true;
  lua.lua_pop(L, 1);
  return false;
}

/** luaL_tolstring (honours __tostring/__name) of the value on top of L, protected; pops it. */
export function safeToString(L: LuaState, fallback: (typeName: string) => string): string {
  const type = luaTypeName(L, -1);
  let s: string | undefined;
  if (protect(L, 1, 1, (L1) => {
    lauxlib.luaL_tolstring(L1, 1);
    return 1;
  })) {
    s = lua.lua_type(L, -1) === lua.LUA_TSTRING ? decodeLenient(lua.lua_tolstring(L, -1)) : undefined;
    lua.lua_pop(L, 1);
  }
  return s ?? fallback(type);
}

/**
 * The LuatdError of a task that ended with `status`: its error value (on top of `co`) as text,
 * plus a traceback of `co`. Works on the main thread L: a dead coroutine cannot run __tostring.
 */
export function errorFromTask(L: LuaState, co: LuaState, status: number): LuatdError {
  lua.lua_xmove(co, L, 1);
  const t = lua.lua_type(L, -1);
  let msg: string;
  if (t === lua.LUA_TSTRING || t === lua.LUA_TNUMBER) {
    msg = decodeLenient(lua.lua_tolstring(L, -1));
    lua.lua_pop(L, 1);
  } else if (hasToString(L)) {
    msg = safeToString(L, () => '(error object whose __tostring failed)');
  } else {
    msg = `(error object is a ${luaTypeName(L, -1)} value)`;
    lua.lua_pop(L, 1);
  }
  let traceback = '';
  lua.lua_pushthread(co);
  lua.lua_xmove(co, L, 1);
  if (protect(L, 1, 1, (L1) => {
    lauxlib.luaL_traceback(L1, lua.lua_tothread(L1, 1), null, 0);
    return 1;
  })) {
    traceback = decodeLenient(lua.lua_tolstring(L, -1));
    lua.lua_pop(L, 1);
  }
  lua.lua_settop(co, 0);
  const code: ErrorCode = status === lua.LUA_ERRMEM ? 'LIMIT_MEMORY' : 'LUA_RUNTIME';
  return new LuatdError(code, msg, traceback ? { traceback } : {});
}

/** True when the value on top of L has a __tostring metafield (luaL_getmetafield reads raw: no metamethod runs). */
function hasToString(L: LuaState): boolean {
  if (lauxlib.luaL_getmetafield(L, -1, key('__tostring')) === lua.LUA_TNIL) return false;
  lua.lua_pop(L, 1);
  return true;
}
