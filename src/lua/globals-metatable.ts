/**
 * The metatable of a script's globals table: the host's own (its __index reaches the API
 * functions, api-globals.ts) stays out of reach, while `setmetatable(_G, mt)` and
 * `getmetatable(_G)` work as in Lua for the script, so strict.lua runs. Installed by the sandbox.
 */
import { lua, lauxlib, raise, key, utf8, type LuaState } from './fengari.js';

function setGlobalFn(L: LuaState, name: string, f: (L: LuaState) => number): void {
  lua.lua_pushcfunction(L, f);
  lua.lua_setglobal(L, key(name));
}

/**
 * The host's __index/__newindex of the globals once a script gave _G a metatable: the API first,
 * then the script's own metamethods, read at each access (strict.lua fills its metatable after
 * setting it) and reached by tail calls, so that `error(msg, 2)` and `debug.getinfo(3)` inside them
 * see the script's code, as when Lua calls a metamethod directly.
 */
const GLOBALS_MT_LUA = `
local api, rawget, rawset, type = ...
local umt
local function index(t, k)
  local v = api[k]
  if v ~= nil then return v end
  local h = rawget(umt, "__index")
  if h == nil then return nil end
  if type(h) == "function" then return h(t, k) end
  return h[k]
end
local function newindex(t, k, v)
  local h = rawget(umt, "__newindex")
  if h == nil then return rawset(t, k, v) end
  if type(h) == "function" then return h(t, k, v) end
  h[k] = v
end
return index, newindex, function(m) umt = m end
`;

/**
 * `setmetatable(_G, mt)` and `getmetatable(_G)` work as in Lua (strict.lua runs), while the host's
 * own metatable of the globals (whose __index reaches the API functions) stays out of reach: the
 * script's metatable is kept aside, and the host's __index/__newindex consult it after the API.
 */
export function installGlobalsMetatable(L: LuaState): void {
  const NOREF = lauxlib.LUA_REFNIL as number;
  let userMt = NOREF;
  let hostMt = NOREF;
  let apiIndex = NOREF;
  let chained = NOREF; // a table {index, newindex, setUserMt}
  // the raw functions, before any script can replace the globals
  const raws: number[] = [];
  for (const name of ['rawget', 'rawset', 'type']) {
    lua.lua_getglobal(L, key(name));
    raws.push(lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX));
  }
  const isGlobals = (L1: LuaState, idx: number): boolean => {
    lua.lua_pushglobaltable(L1);
    const same = lua.lua_rawequal(L1, idx, -1);
    lua.lua_pop(L1, 1);
    return same;
  };
  /** Push the script's metatable field `name` (rawget) or nil. */
  const userField = (L1: LuaState, name: string): number => {
    if (userMt === NOREF) {
      lua.lua_pushnil(L1);
      return lua.LUA_TNIL;
    }
    lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, userMt);
    lua.lua_pushstring(L1, key(name));
    const t = lua.lua_rawget(L1, -2);
    lua.lua_remove(L1, -2);
    return t;
  };
  /** The host's metatable of the globals and the chained metamethods, made on first use (the API globals are installed after the sandbox). */
  const capture = (L1: LuaState): void => {
    if (hostMt !== NOREF) return;
    lua.lua_pushglobaltable(L1);
    if (!lua.lua_getmetatable(L1, -1)) lua.lua_createtable(L1, 0, 2);
    lua.lua_getfield(L1, -1, key('__index'));
    apiIndex = lauxlib.luaL_ref(L1, lua.LUA_REGISTRYINDEX);
    lua.lua_pushvalue(L1, -1);
    hostMt = lauxlib.luaL_ref(L1, lua.LUA_REGISTRYINDEX);
    lua.lua_setmetatable(L1, -2);
    lua.lua_pop(L1, 1);
    const src = utf8(GLOBALS_MT_LUA);
    if (lauxlib.luaL_loadbufferx(L1, src, src.length, utf8('=luatd globals'), utf8('t')) !== lua.LUA_OK) lua.lua_error(L1);
    lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, apiIndex);
    for (const r of raws) lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, r);
    lua.lua_call(L1, 4, 3);
    lua.lua_createtable(L1, 3, 0);
    lua.lua_insert(L1, -4);
    for (let i = 3; i >= 1; i--) lua.lua_rawseti(L1, -1 - i, i); // T, index, newindex, setter: pop into T[3], T[2], T[1]
    chained = lauxlib.luaL_ref(L1, lua.LUA_REGISTRYINDEX);
  };
  // both as lbaselib.c writes them, plus the case of the globals table (no call to the originals: the REPL's printer calls getmetatable a lot)
  setGlobalFn(L, 'getmetatable', (L1) => {
    lauxlib.luaL_checkany(L1, 1);
    if (lua.lua_type(L1, 1) === lua.LUA_TTABLE && isGlobals(L1, 1)) {
      if (userField(L1, '__metatable') !== lua.LUA_TNIL) return 1;
      lua.lua_pop(L1, 1);
      lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, userMt);
      return 1;
    }
    if (!lua.lua_getmetatable(L1, 1)) {
      lua.lua_pushnil(L1);
      return 1;
    }
    lauxlib.luaL_getmetafield(L1, 1, key('__metatable'));
    return 1;
  });
  setGlobalFn(L, 'setmetatable', (L1) => {
    const t = lua.lua_type(L1, 2);
    lauxlib.luaL_checktype(L1, 1, lua.LUA_TTABLE);
    lauxlib.luaL_argcheck(L1, t === lua.LUA_TNIL || t === lua.LUA_TTABLE, 2, key('nil or table expected'));
    if (!isGlobals(L1, 1)) {
      if (lauxlib.luaL_getmetafield(L1, 1, key('__metatable')) !== lua.LUA_TNIL) return raise(L1, 'cannot change a protected metatable');
      lua.lua_settop(L1, 2);
      lua.lua_setmetatable(L1, 1);
      return 1;
    }
    if (userField(L1, '__metatable') !== lua.LUA_TNIL) return raise(L1, 'cannot change a protected metatable');
    lua.lua_settop(L1, 2);
    capture(L1);
    lauxlib.luaL_unref(L1, lua.LUA_REGISTRYINDEX, userMt);
    lua.lua_pushvalue(L1, 2);
    userMt = lauxlib.luaL_ref(L1, lua.LUA_REGISTRYINDEX); // nil gives LUA_REFNIL
    // tell the chained metamethods, then point the host's metatable at them (or back at the API alone)
    lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, chained);
    lua.lua_rawgeti(L1, -1, 3);
    lua.lua_pushvalue(L1, 2);
    lua.lua_call(L1, 1, 0);
    lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, hostMt);
    if (t === lua.LUA_TNIL) {
      lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, apiIndex);
      lua.lua_setfield(L1, -2, key('__index'));
      lua.lua_pushnil(L1);
      lua.lua_setfield(L1, -2, key('__newindex'));
    } else {
      lua.lua_rawgeti(L1, -2, 1);
      lua.lua_setfield(L1, -2, key('__index'));
      lua.lua_rawgeti(L1, -2, 2);
      lua.lua_setfield(L1, -2, key('__newindex'));
    }
    lua.lua_settop(L1, 1);
    return 1;
  });
}

