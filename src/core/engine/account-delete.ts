/**
 * Deleting an account, by deleteAccount or by its self-destruct delay (changeAccountTtl). The
 * account keeps its id, so messages and member lists still name it, and becomes a deleted user
 * for everyone (userTypeDeleted, no name, no phone); every session of it is logged out, and its
 * phone number and username are free again (a login with the number makes a new account).
 */
import type Database from 'better-sqlite3';
import { type AccountRow, getAccount, sql } from '../network/model.js';
import { feedAccount } from '../network/feed.js';
import { watchersOf } from '../network/ops.js';
import { renderUser } from '../network/render.js';
import { accountByPhone, terminateAuthorization } from './auth.js';
import type { Ctx } from './context.js';

/** Seconds in a day (account TTLs are in days). */
export const DAY_SEC = 24 * 60 * 60;

/** Deletes account `id` as described above (inside the caller's transaction). */
export function deleteAccountData(db: Database.Database, id: number, nowSec: number): void {
  const a = getAccount(db, id);
  if (!a || a.deleted) return;
  // who sees the account now, before its contacts and phone go
  const watchers = watchersOf(db, id).filter((w) => w !== id);
  const sessions = sql(db, 'SELECT id FROM authorizations WHERE account_id = ?').pluck().all(id) as string[];
  for (const s of sessions) terminateAuthorization(db, s);
  sql(
    db,
    "UPDATE accounts SET deleted = 1, phone = NULL, username = NULL, first_name = '', last_name = '', about = '', pw_hash = NULL, pw_hint = '', recovery_email = '', bot_token = NULL WHERE id = ?",
  ).run(id);
  for (const t of ['contacts', 'blocks', 'privacy', 'notify_settings']) sql(db, `DELETE FROM ${t} WHERE owner = ?`).run(id);
  sql(db, 'DELETE FROM phone_changes WHERE account = ?').run(id);
  sql(db, 'DELETE FROM temp_passwords WHERE account = ?').run(id);
  // the watchers are those found before the deletion: a deleted account has no contacts left
  const gone = getAccount(db, id)!;
  for (const w of watchers) feedAccount(db, w, { _: 'updateUser', user: renderUser(db, w, gone, nowSec) });
}

/** Last sign of life of an account: its newest session activity, its last recorded activity, or its creation. */
export function lastActivity(db: Database.Database, a: AccountRow): number {
  const session = (sql(db, 'SELECT MAX(last_active_date) FROM authorizations WHERE account_id = ?').pluck().get(a.id) as number | null) ?? 0;
  return Math.max(session, a.active, a.created);
}

/**
 * Deletes the account of `phone` when it was idle longer than its self-destruct delay, as Telegram
 * does; checked when someone logs in with the number (the only moment it matters offline).
 */
export function expireIdleAccount(c: Ctx, phone: string): void {
  const a = accountByPhone(c.db, phone);
  if (!a || a.is_bot) return;
  if (c.now() - lastActivity(c.db, a) > a.ttl_days * DAY_SEC) deleteAccountData(c.db, a.id, c.now());
}
