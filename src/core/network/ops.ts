/**
 * Shared changes of the network: conversations, dialogs and messages, and the updates each
 * change sends to the accounts concerned. Called by handlers inside their transaction.
 */
import type Database from 'better-sqlite3';
import type * as T from '../api-types.generated.js';
import { feedAccount, feedNewMessage, nextActivity } from './feed.js';
import { type ConvRow, type DialogRow, type MessageRow, sql } from './model.js';
import { mutedMembers } from './notify.js';
import { renderChat, renderUser, searchKey } from './render.js';
import { getAccount } from './model.js';

/** The conversation of that id. */
export function getConv(db: Database.Database, id: number): ConvRow | undefined {
  return sql(db, 'SELECT * FROM convs WHERE id = ?').get(id) as ConvRow | undefined;
}

/** `owner`'s dialog with chat id `chatId`, or undefined. */
export function dialogByChat(db: Database.Database, owner: number, chatId: number): DialogRow | undefined {
  return sql(db, 'SELECT * FROM dialogs WHERE owner = ? AND chat_id = ?').get(owner, chatId) as DialogRow | undefined;
}

/** `owner`'s dialog of conversation `conv`, or undefined. */
export function dialogOf(db: Database.Database, owner: number, conv: number): DialogRow | undefined {
  return sql(db, 'SELECT * FROM dialogs WHERE owner = ? AND conv = ?').get(owner, conv) as DialogRow | undefined;
}

/** The dialogs of a conversation whose owners are in it. */
export function memberDialogs(db: Database.Database, conv: number): DialogRow[] {
  return sql(db, "SELECT * FROM dialogs WHERE conv = ? AND status IN ('creator', 'administrator', 'member')").all(conv) as DialogRow[];
}

export { nextActivity } from './feed.js';

/**
 * Highest message id ever issued in a conversation: the newest stored message, or the floor kept
 * in `convs.last_msg_id` when newer ones were deleted (ids are never reused).
 */
export function lastMessageId(db: Database.Database, conv: ConvRow): number {
  const newest = (sql(db, 'SELECT MAX(id) FROM messages WHERE conv = ?').pluck().get(conv.id) as number | null) ?? 0;
  return Math.max(newest, conv.last_msg_id);
}

/** Keeps the id of a message about to be deleted for everyone from being issued again. */
export function retireMessageId(db: Database.Database, conv: ConvRow, id: number): void {
  if (id <= conv.last_msg_id) return;
  sql(db, 'UPDATE convs SET last_msg_id = ? WHERE id = ? AND last_msg_id < ?').run(id, conv.id, id);
  conv.last_msg_id = id;
}

/** Chat ids of secret chats are this plus the secret chat's id (TDLib's numbering). */
export const SECRET_CHAT_ID_BASE = -2_000_000_000_000;

/** The private conversation of two users, created when missing. */
export function privateConv(db: Database.Database, u: number, v: number, nowSec: number): ConvRow {
  const a = Math.min(u, v);
  const b = Math.max(u, v);
  let conv = sql(db, "SELECT * FROM convs WHERE kind = 'private' AND user_a = ? AND user_b = ?").get(a, b) as ConvRow | undefined;
  if (!conv) {
    const id = Number(sql(db, "INSERT INTO convs (kind, user_a, user_b, created) VALUES ('private', ?, ?, ?)").run(a, b, nowSec).lastInsertRowid);
    conv = getConv(db, id)!;
  }
  return conv;
}

/** A channel's chat id is this minus its id (TD's -100… ids, which tdcli bots cut apart as strings). */
export const CHANNEL_CHAT_BASE = -1_000_000_000_000;

/** Chat id of a conversation as `owner` sees it. */
export function chatIdFor(owner: number, conv: ConvRow): number {
  if (conv.kind === 'group') return -conv.id;
  if (conv.kind === 'channel') return CHANNEL_CHAT_BASE - conv.id;
  if (conv.kind === 'secret') return SECRET_CHAT_ID_BASE + conv.id;
  return conv.user_a === owner ? conv.user_b! : conv.user_a!;
}

/**
 * `owner`'s dialog of `conv`, created when missing (then updateChat tells the owner's sessions).
 * An existing dialog gets `status` when given (re-joining a group).
 */
export function ensureDialog(
  db: Database.Database,
  owner: number,
  conv: ConvRow,
  nowSec: number,
  opts: { status?: DialogRow['status']; inviter?: number; order?: boolean } = {},
): { dialog: DialogRow; created: boolean } {
  const existing = dialogOf(db, owner, conv.id);
  if (existing) {
    if (opts.status && existing.status !== opts.status) {
      sql(db, 'UPDATE dialogs SET status = ?, inviter = ?, join_date = ? WHERE owner = ? AND conv = ?').run(opts.status, opts.inviter ?? 0, nowSec, owner, conv.id);
    }
    return { dialog: dialogOf(db, owner, conv.id)!, created: false };
  }
  sql(db, 'INSERT INTO dialogs (owner, conv, chat_id, status, inviter, join_date, order_key) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    owner,
    conv.id,
    chatIdFor(owner, conv),
    opts.status ?? 'member',
    opts.inviter ?? 0,
    nowSec,
    opts.order ? nextActivity(db) : 0,
  );
  return { dialog: dialogOf(db, owner, conv.id)!, created: true };
}

/** Sends updateChat with the dialog as it is now. */
export function announceChat(db: Database.Database, owner: number, conv: ConvRow, nowSec: number): void {
  const d = dialogOf(db, owner, conv.id);
  if (!d) return;
  // As TD does, a client learns a user (updateUser) before the first chat or message that names them.
  if (conv.kind === 'private' || conv.kind === 'secret') {
    const peer = getAccount(db, conv.user_a === owner ? conv.user_b! : conv.user_a!);
    if (peer) feedAccount(db, owner, { _: 'updateUser', user: renderUser(db, owner, peer, nowSec) });
  }
  feedAccount(db, owner, { _: 'updateChat', chat: renderChat(db, d, conv) });
}

/** True when `blocker` has blocked `user`. */
export function isBlocked(db: Database.Database, blocker: number, user: number): boolean {
  return sql(db, 'SELECT 1 FROM blocks WHERE owner = ? AND user_id = ?').pluck().get(blocker, user) !== undefined;
}

/** The self-destruct delay of a secret chat (0 for none). */
function secretChatTtl(db: Database.Database, conv: number): number {
  return (sql(db, 'SELECT ttl FROM secret_chats WHERE conv = ?').pluck().get(conv) as number | undefined) ?? 0;
}

/** Options of postMessage. */
export interface PostOptions {
  replyTo?: number;
  fwd?: T.MessageForwardInfo | null;
  markup?: T.ReplyMarkup | null;
  disableNotification?: boolean;
  /** The bot whose inline result is sent (message.via_bot_user_id). */
  viaBot?: number;
}

/**
 * Appends a message to a conversation and delivers it: each member's chat moves to the top,
 * unread counts grow for the others, and every member account gets updateNewMessage (after an
 * updateChat when the chat is new to it). A private message to someone who blocked the sender
 * is kept for the sender only, as Telegram does.
 */
export function postMessage(db: Database.Database, conv: ConvRow, sender: number, content: T.MessageContent, nowSec: number, o: PostOptions = {}): MessageRow {
  // The id comes from the messages' own primary key (the newest row is one b-tree descent away):
  // storing a counter on the conversation would rewrite its page on every message.
  const id = lastMessageId(db, conv) + 1;
  const row: MessageRow = {
    conv: conv.id,
    id,
    sender,
    date: nowSec,
    edit_date: 0,
    reply_to: o.replyTo ?? 0,
    content: JSON.stringify(content),
    search: searchKey(content),
    fwd: o.fwd ? JSON.stringify(o.fwd) : null,
    markup: o.markup ? JSON.stringify(o.markup) : null,
    via_bot: o.viaBot ?? 0,
    // a secret chat's messages carry its self-destruct delay (its service messages do not)
    ttl: conv.kind === 'secret' && (content._ === 'messageText' || content._ === 'messageLocation' || content._ === 'messageContact') ? secretChatTtl(db, conv.id) : 0,
  };
  sql(db, 'INSERT INTO messages (conv, id, sender, date, reply_to, content, search, fwd, markup, via_bot, ttl) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    row.conv,
    id,
    sender,
    nowSec,
    row.reply_to,
    row.content,
    row.search,
    row.fwd,
    row.markup,
    row.via_bot,
    row.ttl,
  );
  const hiddenFor = new Set<number>();
  const fresh = new Set<number>();
  let members = memberDialogs(db, conv.id);
  if (conv.kind === 'private') {
    for (const u of conv.user_a === conv.user_b ? [conv.user_a!] : [conv.user_a!, conv.user_b!]) {
      if (u !== sender && isBlocked(db, u, sender)) {
        sql(db, 'INSERT OR IGNORE INTO hidden (owner, conv, id) VALUES (?, ?, ?)').run(u, conv.id, id);
        hiddenFor.add(u);
        continue;
      }
      if (!members.some((d) => d.owner === u) && ensureDialog(db, u, conv, nowSec).created) fresh.add(u);
    }
    if (fresh.size > 0) members = memberDialogs(db, conv.id);
  }
  const muted = o.disableNotification ? undefined : mutedMembers(db, conv.id, conv.kind, nowSec);
  // One activity value per message: every member's chat moves to the top of their own list.
  const order = nextActivity(db);
  for (const d of members) {
    if (hiddenFor.has(d.owner)) continue;
    sql(db, 'UPDATE dialogs SET order_key = ?, unread_count = unread_count + ? WHERE owner = ? AND conv = ?').run(order, d.owner === sender ? 0 : 1, d.owner, conv.id);
    if (fresh.has(d.owner)) announceChat(db, d.owner, conv, nowSec);
    // as TD does, a message in a chat the member muted generates no notification for them
    feedNewMessage(db, d.owner, d.chat_id, d.status === 'creator', row, (o.disableNotification ?? false) || (muted?.has(d.owner) ?? false));
  }
  return row;
}

/** Accounts that see `user` (share a chat or have them as a contact), the user included. */
export function watchersOf(db: Database.Database, user: number): number[] {
  const a = getAccount(db, user);
  const ids = sql(
    db,
    'SELECT DISTINCT owner FROM dialogs WHERE conv IN (SELECT conv FROM dialogs WHERE owner = ?) UNION SELECT owner FROM contacts WHERE phone = ?',
  )
    .pluck()
    .all(user, a?.phone ?? '') as number[];
  return [...new Set([user, ...ids])];
}

/** Sends updateUser about `user` to everyone who sees them. */
export function announceUser(db: Database.Database, user: number, nowSec: number): void {
  const a = getAccount(db, user);
  if (!a) return;
  for (const w of watchersOf(db, user)) feedAccount(db, w, { _: 'updateUser', user: renderUser(db, w, a, nowSec) });
}

/** Unread incoming messages of a dialog, counted from its read position. */
export function countUnread(db: Database.Database, d: DialogRow): number {
  return sql(
    db,
    'SELECT COUNT(*) FROM messages m WHERE conv = ? AND id > ? AND sender <> ? AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.owner = ? AND h.conv = m.conv AND h.id = m.id)',
  )
    .pluck()
    .get(d.conv, d.last_read_inbox, d.owner, d.owner) as number;
}

