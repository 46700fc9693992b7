/**
 * Compiled Lua of the host's own files (the prelude, the legacy callbacks), kept in memory for
 * later VMs of the process and across processes in `dist/.cache/` (src/cache.ts says where and why
 * it is safe). A fresh process then loads bytecode instead of compiling the source with a cold
 * engine, the largest part of the first VM's start (`luatd run` starts one VM per process). The
 * file name says what the bytecode was made from (source size and mtime, engine patch level), so
 * an edited file or another engine never loads a stale entry; one that does not load is ignored
 * and replaced. Bytecode is loaded by the host only: scripts get text-only load.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, readCached, writeCached } from '../cache.js';
import { lua, lauxlib, utf8, toDisplayString, ENGINE_PATCH, type LuaState } from './fengari.js';
import { LuatdError } from '../errors.js';

/** The cache file for `source` under engine patch `engine`; undefined when the source cannot be stat'ed. */
export function bytecodeCacheFile(source: string, engine: string): string | undefined {
  try {
    const st = statSync(source);
    return path.join(cacheDir, `${path.basename(source, '.lua')}-${engine}-${st.size}-${Math.trunc(st.mtimeMs)}.luac`);
  } catch {
    return undefined;
  }
}

/** Bytecode of each host file this process loaded, by path. */
const loaded = new Map<string, Uint8Array>();

/**
 * Push the main function of the host's Lua file `file` (compiled from bytecode when this process
 * or the cache has it). Throws LuatdError(LUA_SYNTAX) when the source does not compile.
 */
export function loadHostLua(L: LuaState, file: string, chunkName: string): void {
  let bytes = loaded.get(file);
  const cacheFile = bytes ? undefined : bytecodeCacheFile(file, ENGINE_PATCH);
  bytes ??= cacheFile ? readCached(cacheFile) : undefined;
  if (bytes) {
    if (lauxlib.luaL_loadbufferx(L, bytes, bytes.length, utf8(chunkName), utf8('b')) === lua.LUA_OK) {
      loaded.set(file, bytes);
      return;
    }
    // a cache file of another engine build: compile the source, and replace the file below
    lua.lua_pop(L, 1);
    loaded.delete(file);
  }
  const src = readFileSync(file);
  if (lauxlib.luaL_loadbufferx(L, src, src.length, utf8(chunkName), utf8('t')) !== lua.LUA_OK) {
    throw new LuatdError('LUA_SYNTAX', `${chunkName.replace(/^=/, '')} (${file}): ${toDisplayString(L, -1)}`);
  }
  const parts: Uint8Array[] = [];
  lua.lua_dump(L, (_L: LuaState, b: Uint8Array, size: number) => (parts.push(b.slice(0, size)), 0), null, false);
  bytes = Buffer.concat(parts);
  loaded.set(file, bytes);
  const out = cacheFile ?? bytecodeCacheFile(file, ENGINE_PATCH);
  if (out) writeCached(out, bytes, `${path.basename(file, '.lua')}-`);
}
