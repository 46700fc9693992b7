/**
 * The debug library. The sandbox keeps only `traceback`; the other functions are there as stubs
 * that raise an error naming --allow-debug. With --allow-debug, fengari's whole library is
 * opened, with one change: `debug.sethook` chains the script's hook with the host's count hook,
 * so a trusted script can trace lines and calls but cannot switch off its time limits.
 */
import { lua, lauxlib, lualib, key, raise, type LuaState } from '../fengari.js';
import { PERMISSION_FLAGS } from '../permissions.js';
import { isHostChunk } from '../hook.js';

const NAMES = [
  'debug', 'gethook', 'getlocal', 'getmetatable', 'getregistry', 'getupvalue', 'getuservalue',
  'sethook', 'setlocal', 'setmetatable', 'setupvalue', 'setuservalue', 'upvalueid', 'upvaluejoin',
];

const SOURCE = key('S');

type Hook = (L: LuaState, ar: { event?: number } | unknown) => void;

/** Replace the global `debug` (and package.loaded.debug) by the sandbox's or the full library. */
export function openDebug(L: LuaState, full: boolean): void {
  lauxlib.luaL_requiref(L, key('debug'), lualib.luaopen_debug, 1);
  if (full) {
    chainSethook(L);
    lua.lua_pop(L, 1);
    return;
  }
  lua.lua_getfield(L, -1, key('traceback'));
  lua.lua_createtable(L, 0, NAMES.length + 2);
  lua.lua_insert(L, -2);
  lua.lua_setfield(L, -2, key('traceback'));
  // getinfo without 'f' and 'L' (the function objects and lines of every level, host frames included):
  // what strict.lua and `debug.getinfo(1, "S").source` need, nothing that reaches a value
  lua.lua_getfield(L, -2, key('getinfo'));
  lua.lua_pushcclosure(L, sandboxGetinfo, 1);
  lua.lua_setfield(L, -2, key('getinfo'));
  for (const n of NAMES) {
    lua.lua_pushcfunction(L, (L1: LuaState) => raise(L1, `debug.${n} needs ${PERMISSION_FLAGS.debug}`));
    lua.lua_setfield(L, -2, key(n));
  }
  lua.lua_pushvalue(L, -1);
  lua.lua_setglobal(L, key('debug'));
  lua.lua_getfield(L, lua.LUA_REGISTRYINDEX, key('_LOADED'));
  lua.lua_insert(L, -2);
  lua.lua_setfield(L, -2, key('debug'));
  lua.lua_pop(L, 2);
}

/** debug.getinfo([thread,] f, [what]) of the sandbox: fengari's (upvalue 1), refusing the options 'f' and 'L'. */
function sandboxGetinfo(L1: LuaState): number {
  const at = lua.lua_type(L1, 1) === lua.LUA_TTHREAD ? 3 : 2;
  if (lua.lua_isnoneornil(L1, at)) {
    lua.lua_settop(L1, at);
    lua.lua_pushstring(L1, key('nSltu'));
    lua.lua_replace(L1, at);
  } else {
    const what = lua.lua_tolstring(L1, at) as Uint8Array | null;
    if (what && (what.includes(0x66) || what.includes(0x4c))) raise(L1, `debug.getinfo: options 'f' and 'L' need ${PERMISSION_FLAGS.debug}`);
  }
  // a level counts from the caller: this wrapper is one more frame between it and fengari's getinfo
  if (lua.lua_type(L1, at - 1) === lua.LUA_TNUMBER) {
    lua.lua_pushinteger(L1, lauxlib.luaL_checkinteger(L1, at - 1) + 1);
    lua.lua_replace(L1, at - 1);
  }
  const n = lua.lua_gettop(L1);
  lua.lua_pushvalue(L1, lua.lua_upvalueindex(1));
  lua.lua_insert(L1, 1);
  lua.lua_call(L1, n, 1);
  return 1;
}

/**
 * Wrap debug.sethook/gethook (library table on top of the stack). The host's hook (already set on
 * L, inherited by every coroutine) stays in place: a script hook is installed by fengari's own
 * sethook, then folded into one JS hook that calls both.
 */
function chainSethook(L: LuaState): void {
  const hostHook = lua.lua_gethook(L) as Hook | null;
  const hostCount = lua.lua_gethookcount(L) as number;
  if (!hostHook) return;
  // what the script asked for, per thread, to answer gethook
  const asked = new WeakMap<object, { hook: Hook; mask: number; count: number }>();
  // fengari's own sethook/gethook, called as plain JS on the caller's stack: a lua_call would be
  // one more call and return that the script's call/return hook sees (db.lua counts them)
  lua.lua_getfield(L, -1, key('sethook'));
  const rawSethook = lua.lua_tocfunction(L, -1) as (L1: LuaState) => number;
  lua.lua_getfield(L, -2, key('gethook'));
  const rawGethook = lua.lua_tocfunction(L, -1) as (L1: LuaState) => number;
  lua.lua_pop(L, 2);

  /** The thread a debug.sethook/gethook call is about (first argument, or the caller). */
  const target = (L1: LuaState): LuaState => (lua.lua_type(L1, 1) === lua.LUA_TTHREAD ? lua.lua_tothread(L1, 1) : L1);

  lua.lua_pushcfunction(L, (L1: LuaState) => {
    const T = target(L1);
    rawSethook(L1);
    const userHook = lua.lua_gethook(T) as Hook | null;
    const mask = lua.lua_gethookmask(T) as number;
    const count = lua.lua_gethookcount(T) as number;
    if (!userHook || userHook === hostHook || mask === 0) {
      asked.delete(T);
      lua.lua_sethook(T, hostHook, lua.LUA_MASKCOUNT, hostCount);
      return 0;
    }
    asked.set(T, { hook: userHook, mask, count });
    const wantsCount = (mask & lua.LUA_MASKCOUNT) !== 0 && count > 0;
    let pending = 0;
    const step = wantsCount ? Math.min(count, hostCount) : hostCount;
    const chained: Hook = (L2, ar) => {
      const ev = (ar as { event?: number } | null)?.event;
      if (ev === undefined || ev === lua.LUA_HOOKCOUNT) {
        hostHook(L2, ar);
        if (ev === lua.LUA_HOOKCOUNT && wantsCount) {
          pending += step;
          if (pending >= count) {
            pending = 0;
            userHook(L2, ar);
          }
        }
        return;
      }
      // luatd's own Lua chunks (the prelude's load, pcall, coroutine wrappers) stand where C
      // functions stand in Lua: a line hook never sees their lines
      if (ev === lua.LUA_HOOKLINE) {
        lua.lua_getinfo(L2, SOURCE, ar);
        if (isHostChunk((ar as { source?: Uint8Array }).source)) return;
      }
      userHook(L2, ar);
    };
    lua.lua_sethook(T, chained, mask | lua.LUA_MASKCOUNT, step);
    return 0;
  });
  lua.lua_setfield(L, -2, key('sethook'));

  lua.lua_pushcfunction(L, (L1: LuaState) => {
    const T = target(L1);
    const a = asked.get(T);
    if (!a) {
      lua.lua_pushnil(L1);
      return 1;
    }
    // answer as fengari would for the script's own hook: put it back for the call, then chain again
    const cur = lua.lua_gethook(T);
    const curMask = lua.lua_gethookmask(T);
    const curCount = lua.lua_gethookcount(T);
    lua.lua_sethook(T, a.hook, a.mask, a.count);
    try {
      return rawGethook(L1);
    } finally {
      lua.lua_sethook(T, cur, curMask, curCount);
    }
  });
  lua.lua_setfield(L, -2, key('gethook'));
}
