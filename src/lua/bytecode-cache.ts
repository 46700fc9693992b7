/**
 * Compiled Lua of the host's own files (the prelude), kept across processes. A fresh process then
 * loads bytecode instead of compiling the source with a cold engine, the largest part of the
 * first VM's start (`luatd run` starts one VM per process).
 *
 * Where: `dist/.cache/` of the package, beside the code it speeds up and with the same trust (as
 * Python's __pycache__): whoever can write there can already rewrite the host's JavaScript. It
 * is never in a user folder or a module root, so a script's io or require cannot reach it by the
 * sandbox's file rule, and a read-only install simply has no cache. The file name says what the
 * bytecode was made from (source size and mtime, engine patch level), so an edited prelude or
 * another engine never loads a stale file; one that does not load is ignored and replaced.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';

const cacheDir = path.join(packageRoot, 'dist', '.cache');

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
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Store bytecode (write, then rename: a reader never sees half a file); failures are ignored (no cache). */
export function writeBytecode(file: string, bytes: Uint8Array): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(tmp, bytes, { mode: 0o644 });
    renameSync(tmp, file);
  } catch {
    // a read-only install, a full disk: every process compiles the source, as without a cache
  }
}
