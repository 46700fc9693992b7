/**
 * How scripts load Lua files: `dofile`, `loadfile`, `require`'s file searcher, `package.path`,
 * `package.cpath` and `package.searchpath`.
 *
 * The file rule of the sandbox: only regular `.lua` files inside a module root (the script's
 * folder, --module-path folders, the package's lua/), never a dot-file or a file under a
 * dot-folder (`.env`, `.git/config`), judged on the real path (symlinks and `..` resolved).
 * `--allow-read` (for that real path) lifts the rule, as the `lua` command would read the file.
 * A file that is not a `.lua` file never has its contents quoted in an error message: a syntax
 * error in it says where, not what (a credential file would otherwise leak its first token).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { lua, lauxlib, pushString, decodeLenient, raise, key, toDisplayString, type LuaState } from '../fengari.js';
import { Grants, realPath, PERMISSION_FLAGS } from '../permissions.js';
import { errnoOf } from './files.js';

/** What the loaders need from the sandbox. */
export interface LoaderHost {
  /** Module roots, in search order (absolute paths). */
  moduleRoots(): string[];
  grants: Grants;
}

/** Why a file may not be loaded, or undefined when it may (`real` is its real path). */
function refusedBecause(real: string, host: LoaderHost): string | undefined {
  if (host.grants.canRead(real)) return undefined;
  const roots = host.moduleRoots().map(realPath);
  const root = roots.find((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  if (!root) return `it is outside the module roots; reading it needs ${PERMISSION_FLAGS.read}`;
  const rel = path.relative(root, real);
  if (rel.split(path.sep).some((part) => part.startsWith('.'))) return `dot-files and dot-folders are never loaded; reading it needs ${PERMISSION_FLAGS.read}`;
  if (!real.endsWith('.lua')) return `only .lua files are loaded; reading it needs ${PERMISSION_FLAGS.read}`;
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The outcome of finding a file for dofile/loadfile: its path to read, or the message to give. */
type Found = { file: string } | { error: string };

/**
 * Find `given` as dofile/loadfile name it: relative to the current folder when --allow-read covers
 * it (as `lua` does), else inside each module root; an absolute path must lie in a module root.
 */
function findScriptFile(given: string, host: LoaderHost): Found {
  const cands = path.isAbsolute(given) ? [given] : [...(host.grants.anyRead ? [path.resolve(given)] : []), ...host.moduleRoots().map((r) => path.join(r, given))];
  let why: string | undefined;
  for (const cand of cands) {
    const real = realPath(cand);
    if (!isFile(real)) continue;
    const refused = refusedBecause(real, host);
    if (refused === undefined) return { file: real };
    why ??= refused;
  }
  if (why) return { error: `cannot open ${given}: ${why}` };
  return { error: `cannot open ${given}: No such file or directory` };
}

/** A syntax error of a non-Lua file, with the quoted token removed (`near '<secret>'` → `near <token>`). */
function hideTokens(msg: string): string {
  return msg.replace(/ near '[^]*$/, ' near a token (not shown: the file is not a .lua file)').replace(/ near <eof>.*$/, ' near <eof>');
}

/** Compile a file found by the loaders; pushes the function, or returns an error message (nothing pushed). */
function compileFound(L: LuaState, file: string, shownName: string, mode: string, compile: CompileFn): string | undefined {
  let src: Buffer;
  try {
    src = readFileSync(file);
  } catch (e) {
    return `cannot read ${shownName}: ${errnoOf(e).message}`;
  }
  const status = compile(L, src, '@' + shownName, mode);
  if (status === lua.LUA_OK) return undefined;
  const msg = toDisplayString(L, -1);
  lua.lua_pop(L, 1);
  return file.endsWith('.lua') ? msg : hideTokens(msg);
}

/** Loads source bytes as a chunk onto the stack, skipping a BOM and a `#` line; returns a lua status. */
export type CompileFn = (L: LuaState, src: Uint8Array, chunkName: string, mode: string) => number;

/** Install dofile, loadfile, package.path/cpath/searchpath and require's file searcher (package.searchers[2]). */
export function openLoaders(L: LuaState, host: LoaderHost, compile: CompileFn): void {
  const setGlobal = (name: string, f: (L1: LuaState) => number) => {
    lua.lua_pushcfunction(L, f);
    lua.lua_setglobal(L, key(name));
  };

  setGlobal('loadfile', (L1) => {
    const given = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
    const mode = decodeLenient(lauxlib.luaL_optstring(L1, 2, key('bt')));
    const hasEnv = !lua.lua_isnone(L1, 3);
    const found = findScriptFile(given, host);
    const err = 'error' in found ? found.error : compileFound(L1, found.file, given, mode, compile);
    if (err !== undefined) {
      lua.lua_pushnil(L1);
      pushString(L1, err);
      return 2;
    }
    if (hasEnv) {
      // as luaB_loadfile: the env becomes the chunk's first upvalue (_ENV)
      lua.lua_pushvalue(L1, 3);
      if (!lua.lua_setupvalue(L1, -2, 1)) lua.lua_pop(L1, 1);
    }
    return 1;
  });

  setGlobal('dofile', (L1) => {
    const given = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
    lua.lua_settop(L1, 1);
    const found = findScriptFile(given, host);
    const err = 'error' in found ? found.error : compileFound(L1, found.file, given, 'bt', compile);
    if (err !== undefined) return raise(L1, err, 0);
    // yieldable, so the file may call API functions that wait
    lua.lua_callk(L1, 0, lua.LUA_MULTRET, 0, (L2: LuaState) => lua.lua_gettop(L2) - 1);
    return lua.lua_gettop(L1) - 1;
  });

  lua.lua_getglobal(L, key('package'));
  pushString(L, ''); // no C modules: the field exists so `package.cpath = package.cpath .. ";..."` works
  lua.lua_setfield(L, -2, key('cpath'));
  lua.lua_pushcfunction(L, (L1: LuaState) => {
    const name = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
    const p = decodeLenient(lauxlib.luaL_checkstring(L1, 2));
    const sep = decodeLenient(lauxlib.luaL_optstring(L1, 3, key('.')));
    const rep = decodeLenient(lauxlib.luaL_optstring(L1, 4, key(path.sep)));
    const r = searchPath(name, p, sep, rep, host);
    if ('file' in r) {
      pushString(L1, r.file);
      return 1;
    }
    lua.lua_pushnil(L1);
    pushString(L1, r.tried);
    return 2;
  });
  lua.lua_setfield(L, -2, key('searchpath'));
  lua.lua_getfield(L, -1, key('searchers'));
  lua.lua_pushcfunction(L, (L1: LuaState) => searchLua(L1, host, compile));
  lua.lua_rawseti(L, -2, 2);
  lua.lua_pop(L, 2);
}

/** package.path for these roots: `<root>/?.lua;<root>/?/init.lua` each, then `./?.lua;./?/init.lua` when reading is granted. */
export function defaultPackagePath(roots: string[], grants: Grants): string {
  const t = roots.flatMap((r) => [path.join(r, '?.lua'), path.join(r, '?', 'init.lua')]);
  if (grants.anyRead) t.push('./?.lua', './?/init.lua');
  return t.join(';');
}

/** Set package.path (a run's module roots are known only when it starts). */
export function setPackagePath(L: LuaState, value: string): void {
  lua.lua_getglobal(L, key('package'));
  if (lua.lua_type(L, -1) === lua.LUA_TTABLE) {
    pushString(L, value);
    lua.lua_setfield(L, -2, key('path'));
  }
  lua.lua_pop(L, 1);
}

/** package.searchpath: the first template that gives a loadable file (by the sandbox rule or --allow-read). */
function searchPath(name: string, templates: string, sep: string, rep: string, host: LoaderHost): { file: string } | { tried: string } {
  if (sep !== '') name = name.split(sep).join(rep);
  let tried = '';
  for (const t of templates.split(';')) {
    if (t === '') continue;
    const file = t.split('?').join(name);
    const real = realPath(file);
    if (isFile(real)) {
      const why = refusedBecause(real, host);
      if (why === undefined) return { file };
      tried += `\n\tno file '${file}' (${why})`;
      continue;
    }
    tried += `\n\tno file '${file}'`;
  }
  return { tried };
}

/** package.searchers[2]: a module from package.path (text only), under the file rule. */
function searchLua(L1: LuaState, host: LoaderHost, compile: CompileFn): number {
  const name = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
  if (name === 'js' && !host.grants.js) {
    pushString(L1, `\n\tmodule 'js' (the bridge to JavaScript) needs ${PERMISSION_FLAGS.js}`);
    return 1;
  }
  if (!host.grants.anyRead && !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(name)) {
    pushString(L1, `\n\tluatd: '${name}' is not a valid module name (letters, digits, _ - and dots)`);
    return 1;
  }
  lua.lua_getglobal(L1, key('package'));
  lua.lua_getfield(L1, -1, key('path'));
  if (lua.lua_type(L1, -1) !== lua.LUA_TSTRING) return raise(L1, "'package.path' must be a string");
  const templates = decodeLenient(lua.lua_tolstring(L1, -1));
  lua.lua_pop(L1, 2);
  const r = searchPath(name, templates, '.', path.sep, host);
  if (!('file' in r)) {
    pushString(L1, r.tried);
    return 1;
  }
  const err = compileFound(L1, realPath(r.file), r.file, 'bt', compile);
  if (err !== undefined) return raise(L1, `error loading module '${name}' from file '${r.file}':\n\t${err}`);
  pushString(L1, r.file);
  return 2;
}
