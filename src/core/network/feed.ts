/**
 * Writing to the change feed. Updates are rendered once per recipient account at write time
 * (a message looks different to its sender and to its readers: chat id, send state, rights),
 * inside the transaction of the change, so the feed and the data never disagree.
 */
import type Database from 'better-sqlite3';
import type { TdObject } from '../client.js';
import { sql } from './model.js';

/** Queues an update for one client (by session name): its auth state and options. */
export function feedClient(db: Database.Database, client: string, update: TdObject): void {
  sql(db, 'INSERT INTO feed (client, account, auth, body) VALUES (?, NULL, NULL, ?)').run(client, JSON.stringify(update));
}

/** Queues an update for every logged-in session of an account, or only one of its sessions. */
export function feedAccount(db: Database.Database, account: number, update: TdObject, authId: string | null = null): void {
  sql(db, 'INSERT INTO feed (client, account, auth, body) VALUES (NULL, ?, ?, ?)').run(account, authId, JSON.stringify(update));
}

/** Highest seq written so far (0 for an empty feed). */
export function feedHead(db: Database.Database): number {
  return (sql(db, "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'feed'), 0)").pluck().get() as number) ?? 0;
}
