/**
 * Names and modes of the files in a data dir. The data dir holds logins, messages and tokens:
 * it is created 0700 and every file in it 0600 (nothing readable by other users). Files of
 * older data dirs are tightened when they are opened. Kept free of package imports so that the
 * package's public types can name DB_FILE without pulling in SQLite's types.
 */
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';

/** Name of the database file inside a data dir. */
export const DB_FILE = 'luatd.db';

/** Mode of a data dir (and of the folders in it). */
export const DIR_MODE = 0o700;

/** Mode of every file in a data dir. */
export const FILE_MODE = 0o600;

/** Creates `dir` (and missing parents) with DIR_MODE; an existing folder is left as it is. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
}

/**
 * Makes sure `file` exists with FILE_MODE before SQLite opens it (SQLite gives its -wal and -shm
 * files the mode of the database file), and tightens an existing file and its -wal/-shm that
 * others could read (data dirs of older versions). A file system without modes is left alone.
 */
export function makePrivateFile(file: string): void {
  try {
    closeSync(openSync(file, 'a', FILE_MODE));
  } catch {
    return; // the open that follows reports the real problem
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((statSync(f).mode & 0o077) !== 0) chmodSync(f, FILE_MODE);
    } catch {
      // absent, or not ours to change
    }
  }
}
