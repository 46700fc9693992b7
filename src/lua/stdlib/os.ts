/**
 * The os functions that reach outside the VM: getenv, remove, rename, tmpname (each behind its
 * permission, refusing with the flag's name) and exit (ends the script with a code; never the
 * host process: the host decides what an exit code means).
 */
import { closeSync, openSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { lua, lauxlib, pushString, decodeLenient, raise, key, type LuaState } from '../fengari.js';
import { Grants, realPath, refusal, PERMISSION_FLAGS } from '../permissions.js';
import { errnoOf, isFsError } from './files.js';

/** The path of a directory entry itself (its folder resolved, the last component kept): what remove and rename act on. */
export function entryPath(p: string): string {
  const abs = path.resolve(p);
  return path.join(realPath(path.dirname(abs)), path.basename(abs));
}

function fileResult(L: LuaState, e: unknown, fname: string): number {
  const { message, errno } = errnoOf(e);
  lua.lua_pushnil(L);
  pushString(L, `${fname}: ${message}`);
  lua.lua_pushinteger(L, errno);
  return 3;
}

/** Install os.getenv/remove/rename/tmpname in the `os` table on top of the stack. */
export function openOsDoors(L: LuaState, grants: Grants): void {
  const set = (name: string, f: (L1: LuaState) => number) => {
    lua.lua_pushcfunction(L, f);
    lua.lua_setfield(L, -2, key(name));
  };
  set('getenv', (L1) => {
    const name = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
    if (!grants.canEnv(name)) raise(L1, refusal('os.getenv', 'reading', name, PERMISSION_FLAGS.env));
    const v = process.env[name];
    if (v === undefined) lua.lua_pushnil(L1);
    else pushString(L1, v);
    return 1;
  });
  set('remove', (L1) => {
    const name = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
    const entry = entryPath(name);
    if (!grants.canWrite(entry)) raise(L1, refusal('os.remove', 'removing', name, PERMISSION_FLAGS.write));
    try {
      try {
        unlinkSync(entry);
      } catch (e) {
        if (!isFsError(e)) throw e;
        // C's remove() removes an empty folder too
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EISDIR' || code === 'EPERM') rmdirSync(entry);
        else throw e;
      }
    } catch (e) {
      if (!isFsError(e)) throw e;
      return fileResult(L1, e, name);
    }
    lua.lua_pushboolean(L1, true);
    return 1;
  });
  set('rename', (L1) => {
    const from = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
    const to = decodeLenient(lauxlib.luaL_checkstring(L1, 2));
    const a = entryPath(from);
    const b = entryPath(to);
    if (!grants.canWrite(a)) raise(L1, refusal('os.rename', 'renaming', from, PERMISSION_FLAGS.write));
    if (!grants.canWrite(b)) raise(L1, refusal('os.rename', 'writing', to, PERMISSION_FLAGS.write));
    try {
      renameSync(a, b);
    } catch (e) {
      if (!isFsError(e)) throw e;
      return fileResult(L1, e, from);
    }
    lua.lua_pushboolean(L1, true);
    return 1;
  });
  set('tmpname', (L1) => {
    // as C Lua's mkstemp: the file is created (empty), so the name cannot be taken by someone else
    const name = path.join(tmpdir(), `lua_${randomBytes(6).toString('hex')}`);
    if (!grants.canWrite(realPath(name))) raise(L1, refusal('os.tmpname', 'creating', name, PERMISSION_FLAGS.write));
    try {
      closeSync(openSync(name, 'wx', 0o600));
    } catch (e) {
      if (!isFsError(e)) throw e;
      return raise(L1, `unable to generate a unique filename (${errnoOf(e).message})`);
    }
    pushString(L1, name);
    return 1;
  });
}

const LOCALE_CATEGORIES = ['all', 'collate', 'ctype', 'monetary', 'numeric', 'time'];

/**
 * Install os.setlocale in the `os` table on top of the stack. The VM knows one locale, "C" (number
 * formatting and character classes are always C's), so, as the manual allows for a locale that
 * cannot be honoured: a query answers "C", setting "C" or "" (the native locale, here C) answers
 * "C", any other name answers nil. Safe in every VM: it changes nothing.
 */
export function openOsSetlocale(L: LuaState): void {
  lua.lua_pushcfunction(L, (L1: LuaState) => {
    const name = lauxlib.luaL_optstring(L1, 1, null);
    lauxlib.luaL_checkoption(L1, 2, key('all'), LOCALE_CATEGORIES.map((c) => key(c)));
    const s = name === null ? 'C' : decodeLenient(name);
    if (s === 'C' || s === '' || s === 'POSIX') pushString(L1, 'C');
    else lua.lua_pushnil(L1);
    return 1;
  });
  lua.lua_setfield(L, -2, key('setlocale'));
}

/** Install os.exit in the `os` table on top of the stack: `exit(L1, code)` ends the script (never returns). */
export function openOsExit(L: LuaState, exit: (L1: LuaState, code: number) => number): void {
  lua.lua_pushcfunction(L, (L1: LuaState) => {
    let code: number;
    if (lua.lua_type(L1, 1) === lua.LUA_TBOOLEAN) code = lua.lua_toboolean(L1, 1) ? 0 : 1;
    else code = Number(lauxlib.luaL_optinteger(L1, 1, 0));
    return exit(L1, code);
  });
  lua.lua_setfield(L, -2, key('exit'));
}
