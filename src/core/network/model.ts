/**
 * Rows of the network tables and a prepared-statement cache. Every query of the engine goes
 * through `sql(db, text)`, which prepares each distinct text once per connection: the hot
 * paths then cost one lookup in a Map plus SQLite's own work.
 */
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The prepared statement for a query text on this connection (prepared on first use). */
export function sql(db: Database.Database, text: string): Database.Statement {
  let m = cache.get(db);
  if (!m) {
    m = new Map();
    cache.set(db, m);
  }
  let s = m.get(text);
  if (!s) {
    s = db.prepare(text);
    m.set(text, s);
  }
  return s;
}

/** An account (user or bot) of the network. */
export interface AccountRow {
  id: number;
  phone: string | null;
  first_name: string;
  last_name: string;
  username: string | null;
  about: string;
  is_bot: number;
  bot_token: string | null;
  pw_hash: string | null;
  pw_hint: string;
  recovery_email: string;
  created: number;
  /** 1 once the account was deleted: it keeps its id and nothing else (migration 7). */
  deleted: number;
  /** Days without activity after which the account deletes itself. */
  ttl_days: number;
  /** Last activity (Unix seconds) as touchSession records it; 0 before any. */
  active: number;
  /** The current profile photo (profile_photos.id); 0 for none. */
  photo: number;
}

/** A conversation: private (user_a <= user_b), basic group channel (more columns: engine/channels.ts), or secret (user_a started it with user_b: engine/secret-chats.ts). */
export interface ConvRow {
  id: number;
  kind: 'private' | 'group' | 'channel' | 'secret';
  title: string;
  user_a: number | null;
  user_b: number | null;
  last_msg_id: number;
  created: number;
  /** A group's photo (a file id); 0 for none. */
  photo: number;
}

/** One account's view of a conversation. */
export interface DialogRow {
  owner: number;
  conv: number;
  chat_id: number;
  status: 'creator' | 'administrator' | 'member' | 'left' | 'banned';
  inviter: number;
  join_date: number;
  last_read_inbox: number;
  unread_count: number;
  order_key: number;
  client_data: string;
  /** The saved draft (a draftMessage, JSON), or null. */
  draft: string | null;
  /** Activity value when the draft was saved (0: no draft); the chat's order is at least this. */
  draft_order: number;
  /** Order of a pinned chat (above every activity value), 0 when not pinned. */
  pin_order: number;
  /** The account's answer to the report-spam offer: 'spam', 'not_spam', or null (none yet). */
  spam_state: string | null;
}

/** A stored message; `content`, `fwd` and `markup` are JSON. */
export interface MessageRow {
  conv: number;
  id: number;
  sender: number;
  date: number;
  edit_date: number;
  reply_to: number;
  content: string;
  search: string;
  fwd: string | null;
  markup: string | null;
  /** The bot whose inline result this message was sent from; 0 for none. */
  via_bot: number;
  /** Self-destruct delay in seconds (secret chats with a TTL); 0 for none. Absent before migration 11. */
  ttl?: number;
}

/** A client's local data: its authorization state machine and feed position. */
export interface ClientRow {
  name: string;
  state: 'wait_phone' | 'wait_code' | 'wait_password' | 'ok';
  phone: string | null;
  code: string | null;
  code_type: number;
  code_sent: number;
  code_first: number;
  /** Wrong tries of the current login code. */
  code_tries: number;
  /** Wrong tries of the current password-recovery code. */
  recovery_tries: number;
  account_id: number | null;
  auth_id: string | null;
  recovery_code: string | null;
  last_seq: number;
  login_seq: number;
}

/** The account of that id, or undefined. */
export function getAccount(db: Database.Database, id: number): AccountRow | undefined {
  return sql(db, 'SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
}

/** True when a member status counts as being in the chat. */
export function isMember(status: string | undefined): boolean {
  return status === 'creator' || status === 'administrator' || status === 'member';
}
