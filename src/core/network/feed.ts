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

/** Highest seq written so far (0 for an empty feed; pruning keeps the newest row, so it never goes back). */
export function feedHead(db: Database.Database): number {
  return (sql(db, 'SELECT COALESCE(MAX(seq), 0) FROM feed').pluck().get() as number) ?? 0;
}

/**
 * Next value of the global activity counter (a chat's `order`): the seq of a row addressed to
 * nobody. It lands on the feed's last page, which the transaction writes anyway, so a counter
 * kept elsewhere would cost one more page per commit; and it grows like the feed, never back.
 */
export function nextActivity(db: Database.Database): number {
  return Number(sql(db, "INSERT INTO feed (client, account, auth, body) VALUES (NULL, NULL, NULL, '') RETURNING seq").pluck().get());
}

/**
 * Drops feed rows every client has already passed: history nobody needs. The newest row stays,
 * so seq (and chat order) never restart below a value already handed out.
 */
export function pruneFeed(db: Database.Database): void {
  sql(db, 'DELETE FROM feed WHERE seq <= (SELECT MIN(last_seq) FROM clients) AND seq < (SELECT MAX(seq) FROM feed)').run();
}
