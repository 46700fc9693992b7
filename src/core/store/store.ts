/**
 * Opening the data file: one SQLite database (`luatd.db` in the data dir, or in memory), in WAL
 * mode so that several processes can read while one writes, with migrations applied and the
 * file checked to be ours. In one process, every client of a data dir shares one connection
 * (reference-counted), which also gives them an immediate in-process change notification.
 */
import type Database from 'better-sqlite3';
import { openSqlite } from './sqlite.js';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { LuatdError } from '../../errors.js';
import { cacheDir, readCached, writeCached } from '../../cache.js';
import { DB_FILE, FILE_MODE, makePrivateDir, makePrivateFile } from './files.js';
import { APP_MARK, MIGRATIONS } from './migrations.js';
import { closeBlobStore } from './blobs.js';
import { type Waker, openWaker } from './wake.js';

export { DB_FILE };

/** How long a writer waits for another process's write lock before failing (less in a supervised worker: store/native.ts). */
export const BUSY_TIMEOUT_MS = 5000;

/** An open data file, shared by the clients of one process. */
export interface Store {
  readonly db: Database.Database;
  /** Path of the file, or ':memory:'. */
  readonly file: string;
  /** Called after every committed write (of this process, or another one's seen by the watch), to wake the clients of this process. */
  readonly listeners: Set<() => void>;
  /** Session names with an open client in this process: one client per session at a time. */
  readonly sessions: Set<string>;
  /** Wake-ups from and to the other processes on the data dir (none in memory). */
  waker?: Waker;
  refs: number;
}

const open = new Map<string, Store>();

function corrupt(file: string, why: string): LuatdError {
  return new LuatdError('DATA_CORRUPT', `${file}: ${why}`, { path: file });
}

function isSqliteError(e: unknown): e is Error & { code: string } {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string' && (e as unknown as { code: string }).code.startsWith('SQLITE_');
}

/**
 * Maps a SQLite corruption error to DATA_CORRUPT, a lock held too long to IO; returns anything
 * else unchanged. `waitedMs`: the lock wait that was in force (see store/native.ts).
 */
export function mapStorageError(file: string, e: unknown, waitedMs: number = BUSY_TIMEOUT_MS): unknown {
  if (isSqliteError(e) && /^SQLITE_(CORRUPT|NOTADB)/.test(e.code)) {
    return corrupt(file, `the data file is damaged or is not a luatd data file (${e.message}); move it away to start afresh`);
  }
  if (isSqliteError(e) && /^SQLITE_(BUSY|LOCKED)/.test(e.code)) {
    const waited = waitedMs >= BUSY_TIMEOUT_MS ? `for over ${BUSY_TIMEOUT_MS / 1000} s` : `for the ${waitedMs} ms left before the script's hard stop (--max-slice + --hard-stop-grace)`;
    return new LuatdError('IO', `${file}: the data file stayed locked by another process ${waited}; try again`, { path: file });
  }
  if (isSqliteError(e) && /^SQLITE_(READONLY|CANTOPEN|IOERR|FULL|PERM)/.test(e.code)) {
    return new LuatdError('IO', `${file}: ${e.message}`, { path: file });
  }
  return e;
}

function prepare(db: Database.Database, file: string, migrations: readonly string[]): void {
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // used by migration 4 to hash the bot tokens of older data dirs
    db.function('luatd_sha256', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? secretHash(s) : null));
    // Reading the schema is the first access to the file's pages: a foreign or damaged file fails here.
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    const version = db.pragma('user_version', { simple: true }) as number;
    if (tables.length > 0) {
      let mark: unknown;
      try {
        mark = tables.includes('meta') ? db.prepare("SELECT value FROM meta WHERE key = 'app'").pluck().get() : undefined;
      } catch {
        mark = undefined;
      }
      if (mark !== APP_MARK) throw corrupt(file, 'this SQLite database was not written by luatd (no luatd marker); refusing to touch it');
      if (version > migrations.length) {
        throw corrupt(file, `written by a newer luatd (data version ${version}, this one knows up to ${migrations.length}); upgrade luatd`);
      }
    }
    if (file !== ':memory:') {
      // WAL: readers in other processes never block the writer; NORMAL sync keeps every
      // committed transaction across a process crash (kill -9); only an OS crash may lose the last ones.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = OFF');
    for (let v = tables.length > 0 ? version : 0; v < migrations.length; v++) {
      db.transaction(() => {
        db.exec(migrations[v]);
        db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
  } catch (e) {
    throw mapStorageError(file, e);
  }
}

/** SHA-256 of a high-entropy secret (bot tokens), hex: what the data file keeps instead of it. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * The cache file of the shipped migrations' empty database (see openMemory); its name is a hash of
 * their text (64 bits of two simple hashes: not for secrets, for telling versions apart without loading
 * node:crypto, which a `--memory` start would not load otherwise).
 */
let memoryImage: string | undefined;
function memoryImageFile(): string {
  if (memoryImage === undefined) {
    // two 32-bit lanes (FNV-1a, and a multiply-xorshift one) for 64 bits
    let a = 0x811c9dc5;
    let b = 0x5bd1e995;
    for (const m of MIGRATIONS) {
      for (let i = 0; i < m.length; i++) {
        const c = m.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
      }
    }
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    memoryImage = path.join(cacheDir, `memory-db-${MIGRATIONS.length}-${hex(a)}${hex(b)}.sqlite`);
  }
  return memoryImage;
}

/**
 * A fresh private in-memory database. Applying the migrations is most of a `--memory` start-up's
 * core (a cold SQLite parsing every CREATE), and their result is the same every time: it is kept
 * in the package's cache (src/cache.ts) and later opened from that image. The image goes through
 * the same checks as any data file (our marker, the version); one that fails them is replaced.
 */
function openMemory(migrations: readonly string[]): Database.Database {
  const shipped = migrations === MIGRATIONS;
  const image = shipped ? readCached(memoryImageFile()) : undefined;
  if (image) {
    let db: Database.Database | undefined;
    try {
      db = openSqlite(image);
      prepare(db, ':memory:', migrations);
      if (db.pragma('user_version', { simple: true }) === migrations.length) return db;
    } catch {
      // a damaged or foreign image: migrate afresh below, and replace it
    }
    db?.close();
  }
  const db = openSqlite(':memory:');
  prepare(db, ':memory:', migrations);
  if (shipped) writeCached(memoryImageFile(), db.serialize(), 'memory-db-');
  return db;
}

/**
 * Opens (or shares) the store of a data dir; `undefined` opens a fresh private in-memory store.
 * `migrations` is for tests of the upgrade path; everything else uses the shipped list.
 */
export function acquireStore(dataDir: string | undefined, migrations: readonly string[] = MIGRATIONS): Store {
  if (dataDir === undefined) {
    return { db: openMemory(migrations), file: ':memory:', listeners: new Set(), sessions: new Set(), refs: 1 };
  }
  const dir = path.resolve(dataDir);
  const file = path.join(dir, DB_FILE);
  const shared = open.get(file);
  if (shared) {
    shared.refs++;
    return shared;
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw corrupt(dir, 'the data dir is a file, not a directory');
  try {
    makePrivateDir(dir);
  } catch (e) {
    throw new LuatdError('IO', `cannot create the data dir ${dir}: ${(e as Error).message}`, { path: dir });
  }
  let db: Database.Database;
  makePrivateFile(file);
  try {
    db = openSqlite(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    const mapped = mapStorageError(file, e);
    if (mapped instanceof LuatdError) throw mapped;
    throw new LuatdError('IO', `cannot open ${file}: ${(e as Error).message}`, { path: file });
  }
  try {
    prepare(db, file, migrations);
  } catch (e) {
    db.close();
    throw e;
  }
  const store: Store = { db, file, listeners: new Set(), sessions: new Set(), refs: 1 };
  store.waker = openWaker(dir, () => wakeListeners(store));
  open.set(file, store);
  return store;
}

/** Drops one reference; the connection closes with the last one. */
export function releaseStore(store: Store): void {
  store.refs--;
  if (store.refs > 0) return;
  open.delete(store.file);
  store.waker?.close();
  closeBlobStore(store);
  if (store.db.open) store.db.close();
}

/** Wakes every client of this process that shares the store, and the other processes on its data dir (after a commit). */
export function notifyStore(store: Store): void {
  // the other processes first: they are woken by the kernel and start at once, while this
  // process's own clients only run after the current task (setImmediate)
  store.waker?.poke();
  wakeListeners(store);
}

function wakeListeners(store: Store): void {
  for (const l of store.listeners) l();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims a session of a data dir for this process (a lock file holding our pid), so that two
 * processes never run one session at once (each would deliver every update and fight over its
 * position). A lock left by a dead process (kill -9) is taken over. Answers the release function.
 */
export function lockSession(store: Store, session: string): () => void {
  if (store.file === ':memory:') return () => {};
  const dir = path.join(path.dirname(store.file), 'locks');
  const file = path.join(dir, `${session}.lock`);
  try {
    makePrivateDir(dir);
  } catch (e) {
    throw new LuatdError('IO', `cannot create ${dir}: ${(e as Error).message}`, { path: dir });
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', FILE_MODE);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new LuatdError('IO', `cannot create ${file}: ${(e as Error).message}`, { path: file });
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(file, 'utf8').trim());
    } catch {
      // vanished meanwhile: retry
    }
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
      throw new LuatdError('USAGE', `session '${session}' of ${path.dirname(store.file)} is in use by process ${holder}; use another session name`, {
        session,
        pid: holder,
      });
    }
    try {
      unlinkSync(file);
    } catch {
      // someone else removed the stale lock first
    }
  }
  throw new LuatdError('IO', `cannot lock session '${session}' (${file})`, { path: file });
}
