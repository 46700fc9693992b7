/**
 * Writing to the change feed. Updates are rendered once per recipient account at write time
 * (a message looks different to its sender and to its readers: chat id, send state, rights),
 * inside the transaction of the change, so the feed and the data never disagree.
 */
import type Database from 'better-sqlite3';
import type { TdObject } from '../client.js';
import type * as T from '../api-types.generated.js';
import { type MessageRow, sql } from './model.js';
import { messageObject } from './render.js';
import { MAX_NESTING } from '../../schema/builtins.js';

/** Queues an update for one client (by session name): its auth state and options. */
export function feedClient(db: Database.Database, client: string, update: TdObject): void {
  sql(db, 'INSERT INTO feed (client, account, auth, body) VALUES (?, NULL, NULL, ?)').run(client, JSON.stringify(update));
}

/** Queues an update for every logged-in session of an account, or only one of its sessions. */
export function feedAccount(db: Database.Database, account: number, update: TdObject, authId: string | null = null): void {
  sql(db, 'INSERT INTO feed (client, account, auth, body) VALUES (NULL, ?, ?, ?)').run(account, authId, JSON.stringify(update));
}

/** First element of a compact updateNewMessage body (see feedNewMessage). */
const NEW_MESSAGE = 'm';

/**
 * Queues updateNewMessage for every session of `account`, compactly: the message row's columns
 * and the viewer's bits instead of the rendered object (a fifth of the bytes, so the feed's pages
 * fill slower; the stored JSON columns are copied in as they are, not parsed and re-serialised).
 * `feedBody` renders it at delivery exactly as renderMessage would have at write time.
 */
export function feedNewMessage(db: Database.Database, account: number, chatId: number, viewerIsCreator: boolean, m: MessageRow, disableNotification: boolean): void {
  const body = `["${NEW_MESSAGE}",${chatId},${viewerIsCreator ? 1 : 0},${disableNotification ? 1 : 0},${m.conv},${m.id},${m.sender},${m.date},${m.edit_date},${m.reply_to},${m.content},${m.fwd ?? 'null'},${m.markup ?? 'null'},${m.via_bot},${m.ttl ?? 0}]`;
  sql(db, 'INSERT INTO feed (client, account, auth, body) VALUES (NULL, ?, NULL, ?)').run(account, body);
}

/** Nesting deeper than this is damage: what the core writes stays within MAX_NESTING plus its own envelope. */
const MAX_FEED_DEPTH = MAX_NESTING + 8;

/** True when `v` nests arrays/objects deeper than `limit` levels (stops at the first one too deep). */
function tooDeep(v: unknown, limit: number): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (limit <= 0) return true;
  for (const x of Array.isArray(v) ? v : Object.values(v)) if (tooDeep(x, limit - 1)) return true;
  return false;
}

/**
 * The update of a feed row's body as `viewer` (the row's account) receives it. Throws on a body
 * that is not an update (a damaged row: `null`, nesting no writer of ours produces): the reader
 * skips such a row with a warning rather than hand it to a script.
 */
export function feedBody(body: string, viewer: number): TdObject {
  const v = JSON.parse(body) as unknown;
  if (tooDeep(v, MAX_FEED_DEPTH)) throw new Error(`nested more than ${MAX_FEED_DEPTH} levels deep`);
  if (!Array.isArray(v)) {
    if (typeof v !== 'object' || v === null || typeof (v as { _?: unknown })._ !== 'string') throw new Error(`not an update object (${body.length > 40 ? body.slice(0, 40) + '...' : body})`);
    return v as TdObject;
  }
  if (v[0] !== NEW_MESSAGE) throw new Error(`unknown compact feed body '${String(v[0])}'`);
  const [, chatId, creator, silent, conv, id, sender, date, editDate, replyTo, content, fwd, markup, viaBot, ttl] = v as [
    string, number, number, number, number, number, number, number, number, number, T.MessageContent, T.MessageForwardInfo | null, T.ReplyMarkup | null, number | undefined, number | undefined,
  ];
  // renderMessage reads only these columns; the JSON ones are passed parsed (rows written
  // before migration 5 have no via_bot element)
  const row = { conv, id, sender, date, edit_date: editDate, reply_to: replyTo, via_bot: viaBot ?? 0, ttl: ttl ?? 0 } as MessageRow;
  return {
    _: 'updateNewMessage',
    message: messageObject(viewer, row, chatId, creator === 1, content, fwd, markup),
    disable_notification: silent === 1,
    contains_mention: false,
  };
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
