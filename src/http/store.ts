/**
 * The gateway's own state, in `http.db` next to the core's file in the data dir (or in memory):
 * user tokens (hashed), and per bot the Bot API update queue, webhook settings and commands.
 * A separate file keeps the core's migrations untouched; WAL lets `luatd token` write while
 * `luatd serve` runs.
 */
import type Database from 'better-sqlite3';
import { openSqlite } from '../core/store/sqlite.js';
import { chmodSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LuatdError } from '../errors.js';
import { HTTP_DB_FILE } from './files.js';

export { HTTP_DB_FILE };

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS tokens (
    id TEXT PRIMARY KEY,
    session TEXT NOT NULL,
    hash TEXT NOT NULL,
    created INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS bots (
    bot INTEGER PRIMARY KEY,
    next_update_id INTEGER NOT NULL DEFAULT 1,
    webhook_url TEXT NOT NULL DEFAULT '',
    webhook_secret TEXT NOT NULL DEFAULT '',
    max_connections INTEGER NOT NULL DEFAULT 40,
    allowed_updates TEXT NOT NULL DEFAULT '[]',
    last_error_date INTEGER NOT NULL DEFAULT 0,
    last_error_message TEXT NOT NULL DEFAULT '',
    commands TEXT NOT NULL DEFAULT '{}'
  );
  CREATE TABLE IF NOT EXISTS updates (
    bot INTEGER NOT NULL,
    update_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (bot, update_id)
  ) WITHOUT ROWID;
`;

/** Opens (creating when missing) the gateway's file of a data dir, or an in-memory one. */
export function openHttpStore(dataDir: string | undefined): Database.Database {
  const file = dataDir === undefined ? ':memory:' : path.join(dataDir, HTTP_DB_FILE);
  const fresh = file !== ':memory:' && !existsSync(file);
  let db: Database.Database;
  try {
    db = openSqlite(file);
    db.pragma('busy_timeout = 5000');
    if (file !== ':memory:') {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.exec(SCHEMA);
  } catch (e) {
    throw new LuatdError('IO', `${file}: cannot open the gateway's data file: ${(e as Error).message}`, { path: file });
  }
  // Token hashes are not secrets, but nothing in the data dir needs to be readable by others.
  if (fresh) {
    try {
      chmodSync(file, 0o600);
    } catch {
      // a file system without modes: nothing to do
    }
  }
  return db;
}
