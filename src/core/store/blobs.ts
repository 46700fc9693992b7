/**
 * The file store of a data dir: `files/` next to `luatd.db`, 0700, every file in it 0600.
 * Uploaded contents live once each under their SHA-256 (`files/blobs/ab/abcdef…`, the network's
 * side); an account's downloaded copies live under `files/local/<account>/` (the client's cache);
 * generated files under `files/gen/`. Everything is copied in fixed-size chunks through one
 * reused buffer, so a file of any size costs CHUNK bytes of memory. An in-memory core (--memory)
 * gets a private temporary folder instead, removed when its last client closes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeSync, existsSync } from 'node:fs';
import { open as openAsync } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIR_MODE, FILE_MODE, makePrivateDir } from './files.js';
import type { Store } from './store.js';

/** Bytes read and written per step; also the memory a copy costs. */
export const CHUNK = 1 << 20;

/** Largest file the store takes (Telegram's 2017 limit: 1500 MiB). */
export const MAX_FILE_SIZE = 1500 * 1024 * 1024;

/** Default quota of a data dir's file store (uploaded contents plus downloaded copies): 4 GiB. */
export const DEFAULT_FILE_QUOTA = 4 * 1024 * 1024 * 1024;

/** Default quota of an in-memory core's temporary file store: 1 GiB. */
export const DEFAULT_MEMORY_FILE_QUOTA = 1024 * 1024 * 1024;

/** The file store of one open data file. */
export interface BlobStore {
  /** Root folder (`<data dir>/files`, or a temporary folder for an in-memory core). */
  readonly dir: string;
  /** Most bytes the store may hold (contents plus copies). */
  quota: number;
  /** True for an in-memory core's folder: removed with the store. */
  readonly temporary: boolean;
}

const stores = new WeakMap<Store, BlobStore>();

/** The quota from LUATD_FILE_QUOTA_MB when set to a positive number. */
function envQuota(): number | undefined {
  const v = Number(process.env.LUATD_FILE_QUOTA_MB);
  return Number.isFinite(v) && v > 0 ? Math.floor(v * 1024 * 1024) : undefined;
}

/** The file store of `store`, created on first use; `quota` (bytes) overrides the default when given. */
export function blobStoreOf(store: Store, quota?: number): BlobStore {
  let bs = stores.get(store);
  if (!bs) {
    const temporary = store.file === ':memory:';
    const dir = temporary ? mkdtempSync(path.join(tmpdir(), 'luatd-files-')) : path.join(path.dirname(store.file), 'files');
    makePrivateDir(dir);
    bs = { dir, temporary, quota: quota ?? envQuota() ?? (temporary ? DEFAULT_MEMORY_FILE_QUOTA : DEFAULT_FILE_QUOTA) };
    stores.set(store, bs);
  } else if (quota !== undefined) bs.quota = quota;
  return bs;
}

/** Removes an in-memory core's temporary folder (called when its store closes). */
export function closeBlobStore(store: Store): void {
  const bs = stores.get(store);
  if (bs?.temporary) rmSync(bs.dir, { recursive: true, force: true });
  stores.delete(store);
}

/** Path of a stored content by its SHA-256 (hex). */
export function blobPath(bs: BlobStore, sha: string): string {
  return path.join(bs.dir, 'blobs', sha.slice(0, 2), sha);
}

/** A folder of the store (created 0700 with its parents). */
export function storeDir(bs: BlobStore, ...parts: string[]): string {
  const d = path.join(bs.dir, ...parts);
  mkdirSync(d, { recursive: true, mode: DIR_MODE });
  return d;
}

/** A fresh temporary path in the store. */
function tempPath(bs: BlobStore): string {
  return path.join(storeDir(bs, 'tmp'), randomBytes(12).toString('hex'));
}

/** Moves a finished temporary file to its content path; a content already stored is kept and the copy dropped. */
function settle(bs: BlobStore, temp: string, sha: string): void {
  const dest = blobPath(bs, sha);
  if (existsSync(dest)) {
    unlinkSync(temp);
    return;
  }
  mkdirSync(path.dirname(dest), { recursive: true, mode: DIR_MODE });
  renameSync(temp, dest);
}

/** Size of a regular file, or an error message naming the path. */
export function fileSize(p: string): number | string {
  try {
    const st = statSync(p);
    if (!st.isFile()) return `${p} is not a regular file`;
    return st.size;
  } catch (e) {
    return `can't read ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
  }
}

/** Stores a local file now (chunk by chunk, blocking); answers its hash and size. */
export function ingestSync(bs: BlobStore, source: string): { sha: string; size: number } {
  const temp = tempPath(bs);
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(CHUNK);
  const src = openSync(source, 'r');
  let out: number | undefined;
  let size = 0;
  try {
    out = openSync(temp, 'wx', FILE_MODE);
    for (;;) {
      const n = readSync(src, buf, 0, CHUNK, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      writeSync(out, buf, 0, n);
      size += n;
      if (size > MAX_FILE_SIZE) throw new Error(`${source} is larger than ${MAX_FILE_SIZE} bytes`);
    }
  } catch (e) {
    if (out !== undefined) closeSync(out);
    out = undefined;
    rmSync(temp, { force: true });
    throw e;
  } finally {
    closeSync(src);
    if (out !== undefined) closeSync(out);
  }
  const sha = hash.digest('hex');
  settle(bs, temp, sha);
  return { sha, size };
}

/**
 * Called after each chunk with the bytes done so far; answers false to stop the copy (a
 * cancelled transfer). Called at most every `step` bytes and once at the end.
 */
export type Progress = (done: number) => boolean | Promise<boolean>;

/** Copies `source` to `dest` (created 0600) chunk by chunk; answers the hash and size, or undefined when stopped. */
async function copy(source: string, dest: string, step: number, progress: Progress): Promise<{ sha: string; size: number } | undefined> {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(CHUNK);
  const src = await openAsync(source, 'r');
  let out;
  try {
    out = await openAsync(dest, 'w', FILE_MODE);
    let size = 0;
    let reported = 0;
    for (;;) {
      const { bytesRead } = await src.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
      await out.write(buf, 0, bytesRead);
      size += bytesRead;
      if (size > MAX_FILE_SIZE) throw new Error(`${source} is larger than ${MAX_FILE_SIZE} bytes`);
      if (size - reported >= step) {
        reported = size;
        if (!(await progress(size))) return undefined;
      }
    }
    return { sha: hash.digest('hex'), size };
  } finally {
    await src.close();
    await out?.close();
  }
}

/** Stores a local file, streamed; answers its hash and size, or undefined when `progress` stopped it. */
export async function ingest(bs: BlobStore, source: string, step: number, progress: Progress): Promise<{ sha: string; size: number } | undefined> {
  const temp = tempPath(bs);
  let r;
  try {
    r = await copy(source, temp, step, progress);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  if (!r) {
    rmSync(temp, { force: true });
    return undefined;
  }
  settle(bs, temp, r.sha);
  return r;
}

/** Copies a stored content to `dest`, streamed; answers false when `progress` stopped it (the partial copy is removed). */
export async function extract(bs: BlobStore, sha: string, dest: string, step: number, progress: Progress): Promise<boolean> {
  mkdirSync(path.dirname(dest), { recursive: true, mode: DIR_MODE });
  let r;
  try {
    r = await copy(blobPath(bs, sha), dest, step, progress);
  } catch (e) {
    rmSync(dest, { force: true });
    throw e;
  }
  if (!r) rmSync(dest, { force: true });
  return r !== undefined;
}

/** Removes a file of the store, if present. */
export function removeStored(p: string): void {
  rmSync(p, { force: true });
}
