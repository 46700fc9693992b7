/** Users, contacts and blocks: getMe, getUser, changeName/Username/About, contacts, blocks. */
import type Database from 'better-sqlite3';
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type AccountRow, getAccount, sql } from '../network/model.js';
import { announceUser } from '../network/ops.js';
import { privacyAllows } from '../network/privacy.js';
import { fullName, renderUser } from '../network/render.js';
import { USERNAME_RE, normalizePhone } from './auth.js';
import { usernameTaken } from './channels.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';

/** Longest self-description changeAbout accepts. */
const ABOUT_MAX = 70;

function user(c: Ctx, id: number): T.user | TdError {
  const a = getAccount(c.db, id);
  return a ? renderUser(c.db, c.me, a, c.now()) : err('USER_NOT_FOUND');
}

/** A positive limit, as TD checks it. */
export function checkLimit(limit: number): TdError | undefined {
  return limit <= 0 ? badRequest('Parameter limit must be positive') : undefined;
}

/** The `userFull` of account `a` as `viewer` sees it (getUserFull, updateUserFull). */
export function userFullOf(db: Database.Database, viewer: number, a: AccountRow): T.userFull {
  const common = sql(
    db,
    "SELECT COUNT(*) FROM dialogs d1 JOIN dialogs d2 ON d1.conv = d2.conv JOIN convs v ON v.id = d1.conv WHERE d1.owner = ? AND d2.owner = ? AND v.kind IN ('group', 'channel') AND d1.status IN ('creator', 'administrator', 'member') AND d2.status IN ('creator', 'administrator', 'member')",
  )
    .pluck()
    .get(viewer, a.id) as number;
  // the call privacy rules decide, for this viewer
  const refusesCalls = a.id !== viewer && !privacyAllows(db, a.id, viewer, 'privacyKeyCall');
  return {
    _: 'userFull',
    is_blocked: sql(db, 'SELECT 1 FROM blocks WHERE owner = ? AND user_id = ?').pluck().get(viewer, a.id) !== undefined,
    can_be_called: !a.is_bot && !a.deleted && a.id !== viewer && !refusesCalls,
    has_private_calls: !a.is_bot && refusesCalls,
    about: a.about,
    common_chat_count: a.id === viewer ? 0 : common,
    bot_info: a.is_bot ? { _: 'botInfo', description: a.about, commands: [] } : null,
  };
}

/** User methods. */
export const userHandlers: HandlerEntry[] = [
  read('getMe', (c) => user(c, c.me)),
  read('getUser', (c, p) => user(c, p.user_id)),

  read('getUserFull', (c, p) => {
    const a = getAccount(c.db, p.user_id);
    return a ? userFullOf(c.db, c.me, a) : err('USER_NOT_FOUND');
  }),

  write('changeName', (c, p) => {
    const first = p.first_name.trim();
    const last = p.last_name.trim();
    if (first === '' || first.length > 64) return err('FIRST_NAME_INVALID');
    if (last.length > 64) return err('LASTNAME_INVALID');
    sql(c.db, 'UPDATE accounts SET first_name = ?, last_name = ? WHERE id = ?').run(first, last, c.me);
    announceUser(c.db, c.me, c.now());
    return { _: 'ok' };
  }),

  write('changeUsername', (c, p) => {
    const name = p.username.trim().replace(/^@/, '');
    const me = getAccount(c.db, c.me)!;
    if (name !== '') {
      if (!USERNAME_RE.test(name)) return err('USERNAME_INVALID');
      if (usernameTaken(c.db, name, 0, c.me)) return err('USERNAME_OCCUPIED');
    }
    if ((me.username ?? '') === name) return { _: 'ok' };
    sql(c.db, 'UPDATE accounts SET username = ? WHERE id = ?').run(name === '' ? null : name, c.me);
    announceUser(c.db, c.me, c.now());
    return { _: 'ok' };
  }),

  write('changeAbout', (c, p) => {
    const about = p.about.trim();
    if (about.length > ABOUT_MAX) return err('ABOUT_TOO_LONG');
    sql(c.db, 'UPDATE accounts SET about = ? WHERE id = ?').run(about, c.me);
    return { _: 'ok' };
  }),

  write('importContacts', (c, p) => {
    const user_ids: number[] = [];
    const importer_count: number[] = [];
    const matched: AccountRow[] = [];
    for (const ct of p.contacts) {
      const phone = normalizePhone(ct.phone_number);
      if (phone === undefined) {
        user_ids.push(0);
        importer_count.push(0);
        continue;
      }
      const found = sql(c.db, 'SELECT * FROM accounts WHERE phone = ?').get(phone) as AccountRow | undefined;
      // an account that does not let the importer find it by its number looks unregistered, and is not linked
      const hidden = found !== undefined && !privacyAllows(c.db, found.id, c.me, 'privacyKeyAllowFindingByPhoneNumber');
      const a = hidden ? undefined : found;
      if (!hidden) sql(c.db, 'INSERT OR REPLACE INTO contacts (owner, phone, first_name, last_name) VALUES (?, ?, ?, ?)').run(c.me, phone, ct.first_name, ct.last_name);
      if (a) matched.push(a);
      user_ids.push(a ? a.id : 0);
      importer_count.push(a ? 0 : (sql(c.db, 'SELECT COUNT(*) FROM contacts WHERE phone = ? AND owner <> ?').pluck().get(phone, c.me) as number));
    }
    for (const a of matched) feedAccount(c.db, c.me, { _: 'updateUser', user: renderUser(c.db, c.me, a, c.now()) });
    return { _: 'importedContacts', user_ids, importer_count };
  }),

  read('searchContacts', (c, p) => {
    const bad = checkLimit(p.limit);
    if (bad) return bad;
    const q = p.query.trim().toLowerCase();
    const rows = sql(c.db, 'SELECT a.* FROM contacts ct JOIN accounts a ON a.phone = ct.phone WHERE ct.owner = ? ORDER BY a.first_name, a.last_name, a.id').all(c.me) as AccountRow[];
    const found = rows.filter((a) => q === '' || fullName(a).toLowerCase().includes(q) || (a.username ?? '').toLowerCase().includes(q));
    return { _: 'users', total_count: found.length, user_ids: found.slice(0, p.limit).map((a) => a.id) };
  }),

  write('deleteContacts', (c, p) => {
    const phones: string[] = [];
    for (const id of p.user_ids) {
      const a = getAccount(c.db, id);
      if (!a) return err('USER_NOT_FOUND');
      if (a.phone !== null) phones.push(a.phone);
    }
    for (const ph of phones) sql(c.db, 'DELETE FROM contacts WHERE owner = ? AND phone = ?').run(c.me, ph);
    for (const id of p.user_ids) feedAccount(c.db, c.me, { _: 'updateUser', user: renderUser(c.db, c.me, getAccount(c.db, id)!, c.now()) });
    return { _: 'ok' };
  }),

  write('blockUser', (c, p) => {
    if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
    if (p.user_id === c.me) return badRequest("Can't block self");
    sql(c.db, 'INSERT OR IGNORE INTO blocks (owner, user_id) VALUES (?, ?)').run(c.me, p.user_id);
    return { _: 'ok' };
  }),

  write('unblockUser', (c, p) => {
    if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
    sql(c.db, 'DELETE FROM blocks WHERE owner = ? AND user_id = ?').run(c.me, p.user_id);
    return { _: 'ok' };
  }),

  read('getBlockedUsers', (c, p) => {
    const bad = checkLimit(p.limit);
    if (bad) return bad;
    if (p.offset < 0) return badRequest('Parameter offset must be non-negative');
    const ids = sql(c.db, 'SELECT user_id FROM blocks WHERE owner = ? ORDER BY user_id').pluck().all(c.me) as number[];
    return { _: 'users', total_count: ids.length, user_ids: ids.slice(p.offset, p.offset + p.limit) };
  }),
];
