/**
 * Compiled Lua of the host's own files (the prelude), kept across processes in `dist/.cache/`
 * (src/cache.ts says where and why it is safe). A fresh process then loads bytecode instead of
 * compiling the source with a cold engine, the largest part of the first VM's start (`luatd run`
 * starts one VM per process). The file name says what the bytecode was made from (source size and
 * mtime, engine patch level), so an edited prelude or another engine never loads a stale file; one
 * that does not load is ignored and replaced.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, readCached, writeCached } from '../cache.js';

/** The cache file for `source` under engine patch `engine`; undefined when the source cannot be stat'ed. */
export function bytecodeCacheFile(source: string, engine: string): string | undefined {
  try {
    const st = statSync(source);
    return path.join(cacheDir, `${path.basename(source, '.lua')}-${engine}-${st.size}-${Math.trunc(st.mtimeMs)}.luac`);
  } catch {
    return undefined;
  }
}

/** The cached bytecode, if there is some. */
export function readBytecode(file: string): Uint8Array | undefined {
  return readCached(file);
}

/** Store bytecode; failures are ignored (no cache). */
export function writeBytecode(file: string, bytes: Uint8Array): void {
  writeCached(file, bytes);
}
