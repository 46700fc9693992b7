/**
 * The sandbox of a script VM: which standard libraries exist, what is removed from them, how code
 * is loaded (text only), where `require` looks, and the prelude (lua/luatd/prelude.lua) that makes
 * pcall and coroutines cooperate with the host.
 *
 * Why selective opening: in Node, fengari's luaL_openlibs gives real `os.execute`, `os.getenv`,
 * `io`, `package.loadlib` (loads any .js) and JS searchers; fengari-interop's `js` library would
 * expose the JS prototype chain (`obj.constructor.constructor("return process")()`). None is opened.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { lua, lauxlib, lualib, pushString, decodeLenient, toDisplayString, raise, key, utf8, type LuaState } from './fengari.js';
import { LuatdError } from '../errors.js';
import { luaLibDir } from '../paths.js';

/** The value an API call yields to ask the host to wait (first of two values: HOST_YIELD, operation id). */
export const HOST_YIELD = { luatd: 'host-yield' };

/** What the sandbox needs from its runtime. */
export interface SandboxHooks {
  /** Folders `require`, `dofile` and `loadfile` search, in order. */
  moduleRoots(): string[];
  /** Called after pcall/xpcall/coroutine.resume caught an error: re-raises when the script was killed, else returns its arguments. */
  afterCatch(L: LuaState): number;
  /** True when `co` is a host task (the main chunk, a handler call), not a coroutine of the script. */
  isHostThread(co: LuaState): boolean;
  /** True once a limit killed the script. */
  isKilled(): boolean;
}

const SAFE_LIBS: [string, unknown][] = [
  ['_G', lualib.luaopen_base],
  ['coroutine', lualib.luaopen_coroutine],
  ['table', lualib.luaopen_table],
  ['string', lualib.luaopen_string],
  ['math', lualib.luaopen_math],
  ['utf8', lualib.luaopen_utf8],
  ['os', lualib.luaopen_os],
  ['debug', lualib.luaopen_debug],
  ['package', lualib.luaopen_package],
];

/** Open the safe libraries in L, remove the escapes, install the loaders and the prelude. */
export function openSandbox(L: LuaState, hooks: SandboxHooks): void {
  for (const [name, open] of SAFE_LIBS) {
    lauxlib.luaL_requiref(L, key(name), open, 1);
    lua.lua_pop(L, 1);
  }
  trimLibraries(L);
  installCollectgarbage(L);
  installLoaders(L, hooks);
  runPrelude(L, hooks);
  protectStringMetatable(L);
}

/** Compile text (never bytecode) onto the stack of L. A first `#` line is skipped. Throws LuatdError(LUA_SYNTAX). */
export function compileChunk(L: LuaState, src: Uint8Array, chunkName: string): void {
  // a first line starting with '#' (a shebang) is skipped, as the `lua` command does; keep the newline so line numbers stay right
  if (src.length > 0 && src[0] === 0x23) {
    const nl = src.indexOf(0x0a);
    src = nl < 0 ? new Uint8Array(0) : src.subarray(nl);
  }
  const status = lauxlib.luaL_loadbufferx(L, src, src.length, utf8(chunkName), utf8('t'));
  if (status !== lua.LUA_OK) {
    const msg = toDisplayString(L, -1);
    lua.lua_pop(L, 1);
    throw new LuatdError(status === lua.LUA_ERRSYNTAX ? 'LUA_SYNTAX' : 'SANDBOX', msg);
  }
}

/** Compile a text file onto the stack of L; throws LuatdError(IO|LUA_SYNTAX). */
export function compileFile(L: LuaState, file: string, chunkName: string): void {
  let src: Buffer;
  try {
    src = readFileSync(file);
  } catch (e) {
    throw new LuatdError('IO', `cannot read ${file}: ${(e as Error).message}`, { file });
  }
  compileChunk(L, src, chunkName);
}

function setGlobalFn(L: LuaState, name: string, f: (L: LuaState) => number): void {
  lua.lua_pushcfunction(L, f);
  lua.lua_setglobal(L, key(name));
}

/** Remove os.execute & co, string.dump, native loaders; debug keeps only traceback. */
function trimLibraries(L: LuaState): void {
  const clear = (lib: string, names: string[]) => {
    lua.lua_getglobal(L, key(lib));
    for (const n of names) {
      lua.lua_pushnil(L);
      lua.lua_setfield(L, -2, key(n));
    }
    lua.lua_pop(L, 1);
  };
  clear('os', ['execute', 'exit', 'remove', 'rename', 'getenv', 'tmpname', 'setlocale']);
  clear('string', ['dump']);
  clear('package', ['loadlib', 'cpath', 'searchpath', 'path']);
  // debug: a fresh table with traceback only (sethook/getinfo/upvalue access would reach host internals)
  lua.lua_getglobal(L, key('debug'));
  lua.lua_getfield(L, -1, key('traceback'));
  lua.lua_createtable(L, 0, 1);
  lua.lua_insert(L, -2);
  lua.lua_setfield(L, -2, key('traceback'));
  lua.lua_pushvalue(L, -1);
  lua.lua_setglobal(L, key('debug'));
  lua.lua_getfield(L, lua.LUA_REGISTRYINDEX, key('_LOADED'));
  lua.lua_insert(L, -2);
  lua.lua_setfield(L, -2, key('debug'));
  lua.lua_pop(L, 2);
}

/**
 * fengari has no lua_gc: its collectgarbage raises "lua_gc not implemented". Scripts call it
 * routinely, so ours answers like Lua 5.3 (JS's garbage collector runs on its own).
 */
function installCollectgarbage(L: LuaState): void {
  const options = ['collect', 'stop', 'restart', 'count', 'step', 'setpause', 'setstepmul', 'isrunning'];
  setGlobalFn(L, 'collectgarbage', (L1) => {
    const opt = lauxlib.luaL_checkoption(L1, 1, key('collect'), options.map((o) => key(o)));
    lauxlib.luaL_optinteger(L1, 2, 0);
    switch (options[opt]) {
      case 'count':
        lua.lua_pushnumber(L1, v8.getHeapStatistics().used_heap_size / 1024);
        return 1;
      case 'step':
      case 'isrunning':
        lua.lua_pushboolean(L1, true);
        return 1;
      default:
        lua.lua_pushinteger(L1, 0);
        return 1;
    }
  });
}

/** require's searchers (preload, then text-only Lua files in the module roots), dofile, loadfile. */
function installLoaders(L: LuaState, hooks: SandboxHooks): void {
  lua.lua_getglobal(L, key('package'));
  lua.lua_getfield(L, -1, key('searchers'));
  lua.lua_rawgeti(L, -1, 1);
  lua.lua_createtable(L, 2, 0);
  lua.lua_insert(L, -2);
  lua.lua_rawseti(L, -2, 1);
  lua.lua_pushcfunction(L, (L1: LuaState) => searchModule(L1, hooks));
  lua.lua_rawseti(L, -2, 2);
  lua.lua_setfield(L, -3, key('searchers'));
  lua.lua_pop(L, 2);
  setGlobalFn(L, 'dofile', (L1) => {
    const file = resolveScriptFile(L1, 1, hooks);
    compileFile(L1, file, '@' + file);
    // yieldable, so the file may call API functions that wait
    lua.lua_callk(L1, 0, lua.LUA_MULTRET, 0, (L2: LuaState) => lua.lua_gettop(L2) - 1);
    return lua.lua_gettop(L1) - 1;
  });
  setGlobalFn(L, 'loadfile', (L1) => {
    const file = resolveScriptFile(L1, 1, hooks);
    try {
      compileFile(L1, file, '@' + file);
    } catch (e) {
      if (e instanceof LuatdError) {
        lua.lua_pushnil(L1);
        pushString(L1, e.message);
        return 2;
      }
      throw e;
    }
    return 1;
  });
}

/** package.searchers[2]: `a.b` → <root>/a/b.lua or <root>/a/b/init.lua, text only. */
function searchModule(L1: LuaState, hooks: SandboxHooks): number {
  const name = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(name)) {
    pushString(L1, `\n\tluatd: '${name}' is not a valid module name (letters, digits, _ - and dots)`);
    return 1;
  }
  const rel = name.split('.').join(path.sep);
  const tried: string[] = [];
  for (const root of hooks.moduleRoots()) {
    for (const cand of [path.join(root, rel + '.lua'), path.join(root, rel, 'init.lua')]) {
      tried.push(cand);
      if (existsSync(cand) && statSync(cand).isFile()) {
        try {
          compileFile(L1, cand, '@' + cand);
        } catch (e) {
          raise(L1, `error loading module '${name}' from ${cand}:\n\t${(e as Error).message}`);
        }
        pushString(L1, cand);
        return 2;
      }
    }
  }
  pushString(L1, tried.map((t) => `\n\tno file '${t}'`).join(''));
  return 1;
}

/** dofile/loadfile argument: a relative path inside a module root, no `..`, not absolute. */
function resolveScriptFile(L1: LuaState, idx: number, hooks: SandboxHooks): string {
  const given = decodeLenient(lauxlib.luaL_checkstring(L1, idx));
  const norm = path.normalize(given);
  if (path.isAbsolute(norm) || norm.split(path.sep).includes('..')) {
    raise(L1, `luatd: '${given}' must be a relative path inside the script's folder or a module path (no '..', not absolute)`);
  }
  for (const root of hooks.moduleRoots()) {
    const cand = path.join(root, norm);
    if (existsSync(cand) && statSync(cand).isFile()) return cand;
  }
  return raise(L1, `cannot open ${given}`);
}

/**
 * The prelude, compiled once per process: later VMs load its bytecode, 5x faster than parsing
 * (VM start-up is dominated by it). Bytecode is loaded by the host only: scripts get text-only load.
 */
let preludeBytecode: Uint8Array | undefined;
function loadPrelude(L: LuaState): void {
  if (preludeBytecode) {
    if (lauxlib.luaL_loadbufferx(L, preludeBytecode, preludeBytecode.length, utf8('=luatd prelude'), utf8('b')) === lua.LUA_OK) return;
    lua.lua_pop(L, 1);
  }
  const file = path.join(luaLibDir, 'luatd', 'prelude.lua');
  const src = readFileSync(file);
  if (lauxlib.luaL_loadbufferx(L, src, src.length, utf8('=luatd prelude'), utf8('t')) !== lua.LUA_OK) {
    throw new LuatdError('LUA_SYNTAX', `luatd prelude (${file}): ${toDisplayString(L, -1)}`);
  }
  const parts: Uint8Array[] = [];
  lua.lua_dump(L, (_L: LuaState, b: Uint8Array, size: number) => (parts.push(b.slice(0, size)), 0), null, false);
  preludeBytecode = Buffer.concat(parts);
}

/** Run the prelude with the raw functions it wraps and the host's private helpers. */
function runPrelude(L: LuaState, hooks: SandboxHooks): void {
  loadPrelude(L);
  lua.lua_pushlightuserdata(L, HOST_YIELD);
  // raw coroutine/pcall/load functions, captured before the prelude replaces them
  lua.lua_createtable(L, 0, 9);
  for (const [lib, name] of [
    ['coroutine', 'create'],
    ['coroutine', 'resume'],
    ['coroutine', 'yield'],
    ['coroutine', 'status'],
    ['coroutine', 'isyieldable'],
    ['coroutine', 'running'],
    ['_G', 'pcall'],
    ['_G', 'xpcall'],
    ['_G', 'load'],
  ] as const) {
    if (lib === '_G') lua.lua_getglobal(L, key(name));
    else {
      lua.lua_getglobal(L, key(lib));
      lua.lua_getfield(L, -1, key(name));
      lua.lua_remove(L, -2);
    }
    lua.lua_setfield(L, -2, key(name));
  }
  lua.lua_createtable(L, 0, 4);
  lua.lua_pushcfunction(L, (L1: LuaState) => hooks.afterCatch(L1));
  lua.lua_setfield(L, -2, key('after_catch'));
  lua.lua_pushcfunction(L, (L1: LuaState) => {
    lua.lua_pushboolean(L1, hooks.isHostThread(L1));
    return 1;
  });
  lua.lua_setfield(L, -2, key('is_host_thread'));
  lua.lua_pushcfunction(L, (L1: LuaState) => {
    lua.lua_pushboolean(L1, lua.lua_type(L1, 1) === lua.LUA_TTHREAD && hooks.isHostThread(lua.lua_tothread(L1, 1)));
    return 1;
  });
  lua.lua_setfield(L, -2, key('is_task'));
  lua.lua_pushcfunction(L, (L1: LuaState) => {
    lua.lua_pushboolean(L1, hooks.isKilled());
    return 1;
  });
  lua.lua_setfield(L, -2, key('is_killed'));
  if (lua.lua_pcall(L, 3, 0, 0) !== lua.LUA_OK) {
    throw new LuatdError('LUA_RUNTIME', `luatd prelude failed: ${toDisplayString(L, -1)}`);
  }
}

/** Scripts see a decoy string metatable, so `getmetatable("").__index = ...` cannot reach the real one. */
function protectStringMetatable(L: LuaState): void {
  pushString(L, '');
  lua.lua_getmetatable(L, -1);
  lua.lua_createtable(L, 0, 1);
  lua.lua_getglobal(L, key('string'));
  lua.lua_setfield(L, -2, key('__index'));
  lua.lua_setfield(L, -2, key('__metatable'));
  lua.lua_pop(L, 2);
}
