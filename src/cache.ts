/**
 * Files the host derives from its own shipped files and keeps across processes: the bytecode of
 * its Lua files (src/lua/bytecode-cache.ts), our schema's IR (src/schema/parser.ts), the migrated
 * empty database of `--memory` (src/core/store/store.ts) and the script worker's compiled code
 * (src/cli/script-worker-boot.cts, a V8 code cache).
 *
 * Where: `dist/.cache/` of the package, beside the code it speeds up and with the same trust (as
 * Python's __pycache__): whoever can write there can already rewrite the host's JavaScript. It
 * is never in a user folder or a module root, so a script's io or require cannot reach it by the
 * sandbox's file rule, and a read-only install simply has no cache. Each file's name says what it
 * was made from, so a changed source never loads a stale entry.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './paths.js';

/** The folder of the cache. */
export const cacheDir = path.join(packageRoot, 'dist', '.cache');

/** A cached file's bytes, if there is one. */
export function readCached(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Store a file (write, then rename: a reader never sees half a file); failures are ignored (no cache).
 * `replaces`: a name prefix of older entries this one supersedes (removed, so rebuilds do not pile up).
 */
export function writeCached(file: string, bytes: Uint8Array | string, replaces?: string): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, bytes, { mode: 0o644 });
    renameSync(tmp, file);
  } catch {
    // a read-only install, a full disk: every process derives the file again, as without a cache
    return;
  }
  if (replaces === undefined) return;
  try {
    const dir = path.dirname(file);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(replaces) && !name.endsWith('.tmp') && path.join(dir, name) !== file) unlinkSync(path.join(dir, name));
    }
  } catch {
    // another process removed it first
  }
}
