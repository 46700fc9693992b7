/**
 * The sandbox of a script VM: which standard libraries exist, what is removed from them, how code
 * is loaded (text only), where `require` looks, and the prelude (lua/luatd/prelude.lua) that makes
 * pcall and coroutines cooperate with the host.
 *
 * Why selective opening: in Node, fengari's luaL_openlibs gives real `os.execute`, `os.getenv`,
 * `io`, `package.loadlib` (loads any .js) and JS searchers; fengari-interop's `js` library would
 * expose the JS prototype chain (`obj.constructor.constructor("return process")()`). None is opened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { lua, lauxlib, lualib, pushString, decodeLenient, toDisplayString, raise, key, utf8, requireInterop, type LuaState } from './fengari.js';
import { loadHostLua } from './bytecode-cache.js';
import { LuatdError } from '../errors.js';
import { luaLibDir } from '../paths.js';
import type { Grants } from './permissions.js';
import { openIo } from './stdlib/io.js';
import type { StdWriter } from './stdlib/files.js';
import { openOsDoors, openOsExit, openOsSetlocale } from './stdlib/os.js';
import { openDebug } from './stdlib/debug.js';
import { openLoaders, defaultPackagePath, setPackagePath, type CompileFn } from './stdlib/loaders.js';
import { installGlobalsMetatable } from './globals-metatable.js';

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
  /** What a script VM has beyond a plugin's: io, os.exit, and the doors its permissions open. Plugins leave it out. */
  script?: ScriptDoors;
}

/** The doors of a script VM (run, repl, library): permissions, where its standard output goes, how it exits. */
export interface ScriptDoors {
  grants: Grants;
  /** Standard output (1) and error (2) of io.write/io.stdout/io.stderr. */
  write: StdWriter;
  /** Run a read that may block (stdin) with the time slice paused. */
  blocking<T>(fn: () => T): T;
  /** os.exit: end the script with this code (never returns; raises through the script like a kill). */
  exit(L1: LuaState, code: number): number;
  /** Largest string a read may return (--max-string; 0: none). */
  maxString: number;
}

/** The handle a runtime keeps on its sandbox. */
export interface Sandbox {
  /** Set package.path for the module roots of the run starting now. */
  resetPackagePath(): void;
  /** Close the files the script left open. */
  close(): void;
}

const SAFE_LIBS: [string, unknown][] = [
  ['_G', lualib.luaopen_base],
  ['coroutine', lualib.luaopen_coroutine],
  ['table', lualib.luaopen_table],
  ['string', lualib.luaopen_string],
  ['math', lualib.luaopen_math],
  ['utf8', lualib.luaopen_utf8],
  ['os', lualib.luaopen_os],
  ['package', lualib.luaopen_package],
];

/** Open the safe libraries in L, remove the escapes, install the loaders and the prelude. */
export function openSandbox(L: LuaState, hooks: SandboxHooks): Sandbox {
  for (const [name, open] of SAFE_LIBS) {
    lauxlib.luaL_requiref(L, key(name), open, 1);
    lua.lua_pop(L, 1);
  }
  const script = hooks.script;
  // string.dump and binary chunks come with the debug grant: fengari does not verify bytecode, so
  // a crafted chunk can break the VM's invariants, as debug.setlocal or upvaluejoin can
  const binary = script?.grants.debug === true;
  trimLibraries(L, binary);
  openDebug(L, script?.grants.debug === true);
  lua.lua_getglobal(L, key('os'));
  openOsSetlocale(L);
  lua.lua_pop(L, 1);
  if (script) {
    lua.lua_getglobal(L, key('os'));
    openOsDoors(L, script.grants);
    openOsExit(L, script.exit);
    lua.lua_pop(L, 1);
  }
  if (script?.grants.js) {
    // fengari-interop, loaded only when granted
    const interop = requireInterop();
    lauxlib.luaL_getsubtable(L, lua.LUA_REGISTRYINDEX, key('_PRELOAD'));
    lua.lua_pushcfunction(L, interop.luaopen_js);
    lua.lua_setfield(L, -2, key('js'));
    lua.lua_pop(L, 1);
  }
  const closeIo = script ? openIo(L, script) : () => undefined;
  installCollectgarbage(L);
  installLoaders(L, hooks, binary ? compileAny : compileText);
  installGlobalsMetatable(L);
  runPrelude(L, hooks, binary);
  protectStringMetatable(L);
  const grants = script?.grants;
  const sandbox: Sandbox = {
    resetPackagePath: () => setPackagePath(L, defaultPackagePath(hooks.moduleRoots(), grants ?? NO_GRANTS)),
    close: closeIo,
  };
  sandbox.resetPackagePath();
  return sandbox;
}

/** Grants of a plugin VM: none. */
const NO_GRANTS = { anyRead: false, js: false, debug: false, canRead: () => false, canWrite: () => false, canEnv: () => false } as unknown as Grants;

/** Skip a UTF-8 BOM, then a first line starting with '#' (keeping its newline, so line numbers stay right), as `lua` does for files. */
function skipPreamble(src: Uint8Array): Uint8Array {
  if (src.length >= 3 && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) src = src.subarray(3);
  if (src.length > 0 && src[0] === 0x23) {
    const nl = src.indexOf(0x0a);
    // a binary chunk after the comment starts right at its signature (ESC)
    src = nl < 0 ? new Uint8Array(0) : src.subarray(src[nl + 1] === 0x1b ? nl + 1 : nl);
  }
  return src;
}

/** The loaders' compile step: text only whatever the mode asks (a binary chunk could crash the VM). */
const compileText: CompileFn = (L, src, chunkName, mode) => {
  const body = skipPreamble(src);
  return lauxlib.luaL_loadbufferx(L, body, body.length, utf8(chunkName), utf8(mode.includes('t') ? 't' : mode));
};

/** The loaders' compile step with the debug grant: the mode as asked, binary chunks included (as `lua` loads them). */
const compileAny: CompileFn = (L, src, chunkName, mode) => {
  const body = skipPreamble(src);
  return lauxlib.luaL_loadbufferx(L, body, body.length, utf8(chunkName), utf8(mode));
};

/** Compile text (never bytecode) onto the stack of L. A BOM and a first `#` line are skipped. Throws LuatdError(LUA_SYNTAX). */
export function compileChunk(L: LuaState, src: Uint8Array, chunkName: string): void {
  const status = compileText(L, src, chunkName, 't');
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

/** Remove os.execute & co, string.dump, native loaders (the doors a script may be granted are added back by openSandbox). */
function trimLibraries(L: LuaState, keepDump: boolean): void {
  const clear = (lib: string, names: string[]) => {
    lua.lua_getglobal(L, key(lib));
    for (const n of names) {
      lua.lua_pushnil(L);
      lua.lua_setfield(L, -2, key(n));
    }
    lua.lua_pop(L, 1);
  };
  clear('os', ['execute', 'exit', 'remove', 'rename', 'getenv', 'tmpname', 'setlocale']);
  // (os.setlocale comes back as ours: stdlib/os.ts)
  if (!keepDump) clear('string', ['dump']);
  clear('package', ['loadlib', 'cpath', 'searchpath', 'path']);
}

/**
 * fengari has no lua_gc: its collectgarbage raises "lua_gc not implemented". Scripts call it
 * routinely, so ours answers like Lua 5.3: "count" is the JS heap in use (the VM's own in a worker,
 * the process's in the library), a collection is JS's business (it runs on its own), and a step
 * reports a finished cycle so `repeat ... until collectgarbage("step")` ends.
 */
function installCollectgarbage(L: LuaState): void {
  const options = ['collect', 'stop', 'restart', 'count', 'step', 'setpause', 'setstepmul', 'isrunning'];
  const settings = { setpause: 200, setstepmul: 200 };
  let running = true;
  setGlobalFn(L, 'collectgarbage', (L1) => {
    const opt = options[lauxlib.luaL_checkoption(L1, 1, key('collect'), options.map((o) => key(o)))];
    const arg = Number(lauxlib.luaL_optinteger(L1, 2, 0));
    switch (opt) {
      case 'count':
        lua.lua_pushnumber(L1, v8.getHeapStatistics().used_heap_size / 1024);
        return 1;
      case 'step':
        lua.lua_pushboolean(L1, true);
        return 1;
      case 'isrunning':
        lua.lua_pushboolean(L1, running);
        return 1;
      case 'setpause':
      case 'setstepmul': {
        const prev = settings[opt];
        settings[opt] = arg;
        lua.lua_pushinteger(L1, prev);
        return 1;
      }
      default:
        if (opt === 'stop') running = false;
        if (opt === 'restart') running = true;
        lua.lua_pushinteger(L1, 0);
        return 1;
    }
  });
}

/** dofile, loadfile, package.path/cpath/searchpath and require's file searcher (stdlib/loaders.ts), preload first. */
function installLoaders(L: LuaState, hooks: SandboxHooks, compile: CompileFn): void {
  lua.lua_getglobal(L, key('package'));
  lua.lua_getfield(L, -1, key('searchers'));
  lua.lua_rawgeti(L, -1, 1);
  lua.lua_createtable(L, 2, 0);
  lua.lua_insert(L, -2);
  lua.lua_rawseti(L, -2, 1);
  lua.lua_setfield(L, -3, key('searchers'));
  lua.lua_pop(L, 2);
  openLoaders(L, { moduleRoots: () => hooks.moduleRoots(), grants: hooks.script?.grants ?? NO_GRANTS }, compile);
}

/** The string print shows for argument `i`, through the global `tostring` (as Lua 5.3's print does). */
export function printString(L: LuaState, i: number): string {
  lua.lua_getglobal(L, key('tostring'));
  lua.lua_pushvalue(L, i);
  lua.lua_call(L, 1, 1);
  const s = lua.lua_tolstring(L, -1);
  if (s === null || s === undefined) raise(L, "'tostring' must return a string to 'print'");
  lua.lua_pop(L, 1);
  return decodeLenient(s);
}

/** Run the prelude with the raw functions it wraps and the host's private helpers. */
function runPrelude(L: LuaState, hooks: SandboxHooks, binary: boolean): void {
  // compiled once per process, and kept across processes (bytecode-cache.ts): VM start-up is dominated by it
  loadHostLua(L, path.join(luaLibDir, 'luatd', 'prelude.lua'), '=luatd prelude');
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
  lua.lua_createtable(L, 0, 6);
  lua.lua_pushcfunction(L, (L1: LuaState) => hooks.afterCatch(L1));
  lua.lua_setfield(L, -2, key('after_catch'));
  lua.lua_pushcfunction(L, (L1: LuaState) => {
    lua.lua_pushboolean(L1, hooks.isHostThread(L1));
    return 1;
  });
  lua.lua_setfield(L, -2, key('is_host_thread'));
  // coroutine.yield for scripts: refuses the host's own threads (the main chunk, handlers), whose
  // yields mean "waiting for the core"; in JS so that it is a C frame, as in Lua, not a Lua one
  lua.lua_pushcfunction(L, (L1: LuaState) => {
    if (hooks.isHostThread(L1)) return lauxlib.luaL_error(L1, key('attempt to yield from outside a coroutine'));
    return lua.lua_yield(L1, lua.lua_gettop(L1));
  });
  lua.lua_setfield(L, -2, key('yield'));
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
  lua.lua_pushboolean(L, binary);
  lua.lua_setfield(L, -2, key('binary'));
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
