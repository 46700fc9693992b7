/**
 * Messages: send, get, history paging (TD's from_message_id/offset/limit), edit, delete,
 * forward, search, read state, and text entities through the text module (src/core/text/).
 */
import type Database from 'better-sqlite3';
import type { TdObject, TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err, required } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type DialogRow, type MessageRow, sql } from '../network/model.js';
import { countUnread, dialogOf, memberDialogs, postMessage, retireMessageId } from '../network/ops.js';
import { SENT_CONTENTS, lastReadOutbox, renderMessage, searchKey } from '../network/render.js';
import { findEntities, formatText as formatInput, isTextError, parseTextEntities } from '../text/index.js';
import { refuseDeleted } from './refusals.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { checkMarkup } from './markup.js';
import { noteSent } from './drafts.js';
import { canDeleteOthers, canEditOthers, logDeleted, logEdited, writeDenied } from './channels.js';
import { MEDIA_INPUTS, mediaContent } from './media.js';
import { getAccount } from '../network/model.js';
import { gameContent } from './games.js';
import { invoiceContent } from './payments.js';

/** Longest message text, in UTF-16 code units after markup is removed. */
export const MAX_TEXT_LENGTH = 4096;
/** Most messages one history or search page returns. */
export const MAX_PAGE = 100;

/** The text module's refusal of an empty message, which TD answers with the same words. */
const EMPTY = 'Message must be non-empty';

const VISIBLE = 'NOT EXISTS (SELECT 1 FROM hidden h WHERE h.owner = @me AND h.conv = m.conv AND h.id = m.id)';

/** A message of a conversation that `me` can see (not hidden for them), or undefined. */
export function messageRow(db: Database.Database, me: number, conv: number, id: number): MessageRow | undefined {
  return sql(db, `SELECT * FROM messages m WHERE conv = @conv AND id = @id AND ${VISIBLE}`).get({ conv, id, me }) as MessageRow | undefined;
}

function render(c: Ctx, d: DialogRow, m: MessageRow): T.message {
  return renderMessage(c.me, m, d.chat_id, d.status === 'creator');
}

/** Plain text and entities of an inputMessageText (markup parsed, entities checked, links found); or the error to answer. */
function formatText(input: T.inputMessageText): { text: string; entities: T.textEntity[] } | TdError {
  const parseMode = input.parse_mode ?? null;
  const r = formatInput(input.text, { entities: input.entities ?? [], parseMode });
  if (isTextError(r)) return badRequest(parseMode !== null && r.error !== EMPTY ? `Can't parse entities: ${r.error}` : r.error);
  if (r.text.length > MAX_TEXT_LENGTH) return err('MESSAGE_TOO_LONG');
  return { text: r.text, entities: r.entities as T.textEntity[] };
}

/**
 * The stored content of an input content (not forwards); or the error to answer. Contents with
 * files need the client (`c`) to store them, and `conv`, the conversation they go to.
 */
export function contentOf(input: T.InputMessageContent, c?: Ctx, conv = 0): T.MessageContent | TdError {
  switch (input._) {
    case 'inputMessageText': {
      const f = formatText(input);
      if ('_' in f) return f;
      return { _: 'messageText', text: f.text, entities: f.entities };
    }
    case 'inputMessageLocation': {
      const loc = input.location as T.location | null;
      if (!loc || Math.abs(loc.latitude) > 90 || Math.abs(loc.longitude) > 180) return badRequest('Invalid location');
      return { _: 'messageLocation', location: { _: 'location', latitude: loc.latitude, longitude: loc.longitude } };
    }
    case 'inputMessageContact': {
      const ct = input.contact as T.contact | null;
      if (!ct || ct.first_name.trim() === '') return badRequest('Contact must have a first name');
      return { _: 'messageContact', contact: { _: 'contact', phone_number: ct.phone_number, first_name: ct.first_name, last_name: ct.last_name, user_id: ct.user_id } };
    }
    default:
      if (c !== undefined && MEDIA_INPUTS.has(input._)) return mediaContent(c, input, conv);
      return badRequest(`Unsupported input message content: ${String((input as { _: string })._)}`);
  }
}


/** Copies visible messages `ids` of one chat into another as forwards; or the error to answer. */
function forward(c: Ctx, chatId: number, fromChatId: number, ids: number[], disableNotification: boolean): T.message[] | TdError {
  const to = resolveChat(c, chatId);
  if (isErr(to)) return to;
  const from = resolveChat(c, fromChatId);
  if (isErr(from)) return from;
  const denied = writeDenied(c, to, 'inputMessageForwarded');
  if (denied) return denied;
  if (ids.length === 0) return badRequest('No messages to forward');
  const rows: MessageRow[] = [];
  for (const id of ids) {
    const m = messageRow(c.db, c.me, from.conv.id, id);
    if (!m) return err('MESSAGE_NOT_FOUND');
    const kind = (JSON.parse(m.content) as TdObject)._;
    if (!SENT_CONTENTS.has(kind)) return badRequest(`Message ${id} can't be forwarded`);
    rows.push(m);
  }
  const now = c.now();
  return rows.map((m) => {
    const fwd: T.MessageForwardInfo = m.fwd !== null ? (JSON.parse(m.fwd) as T.MessageForwardInfo) : { _: 'messageForwardedFromUser', sender_user_id: m.sender, date: m.date };
    const row = postMessage(c.db, to.conv, c.me, JSON.parse(m.content) as T.MessageContent, now, { fwd, disableNotification });
    return render(c, dialogOf(c.db, c.me, to.conv.id)!, row);
  });
}

/** TD's history page: up to -offset messages newer than `from` (oldest last), then older ones, newest first. */
function page(
  c: Ctx,
  conv: number,
  fromId: number,
  offset: number,
  limit: number,
  extra = '',
  args: Record<string, unknown> = {},
): MessageRow[] | TdError {
  if (limit <= 0) return badRequest('Parameter limit must be positive');
  if (offset > 0) return badRequest('Parameter offset must be non-positive');
  if (offset <= -limit) return badRequest('Parameter offset must be greater than -limit');
  limit = Math.min(limit, MAX_PAGE);
  const from = fromId <= 0 ? Number.MAX_SAFE_INTEGER : fromId;
  const bind = { ...args, conv, me: c.me, from, n: 0 };
  // Most chats have no message deleted for self only: then skip the per-row visibility check.
  const anyHidden = sql(c.db, 'SELECT 1 FROM hidden WHERE owner = ? AND conv = ? LIMIT 1').pluck().get(c.me, conv) !== undefined;
  const visible = anyHidden ? ` AND ${VISIBLE}` : '';
  const newer =
    offset < 0
      ? (sql(c.db, `SELECT * FROM messages m WHERE conv = @conv AND id > @from${visible}${extra} ORDER BY id ASC LIMIT @n`).all({
          ...bind,
          n: -offset,
        }) as MessageRow[])
      : [];
  const older = sql(c.db, `SELECT * FROM messages m WHERE conv = @conv AND id <= @from${visible}${extra} ORDER BY id DESC LIMIT @n`).all({
    ...bind,
    n: limit - newer.length,
  }) as MessageRow[];
  return [...newer.reverse(), ...older];
}

function messages(c: Ctx, d: DialogRow, rows: MessageRow[]): T.messages {
  return { _: 'messages', total_count: rows.length, messages: rows.map((m) => render(c, d, m)) };
}

/** Message methods. */
export const messageHandlers: HandlerEntry[] = [
  write('sendMessage', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (r.conv.kind === 'private') {
      const gone = refuseDeleted(c, r.d.chat_id);
      if (gone) return gone;
    }
    const input = p.input_message_content;
    if (input === null) return required('input_message_content');
    const denied = writeDenied(c, r, input._);
    if (denied) return denied;
    if (input._ === 'inputMessageForwarded') {
      const f = forward(c, p.chat_id, Number(input.from_chat_id), [Number(input.message_id)], p.disable_notification);
      return Array.isArray(f) ? f[0] : f;
    }
    // a game names its bot (games.ts checks and registers it); an invoice keeps its details (payments.ts)
    const content = input._ === 'inputMessageGame' ? gameContent(c, input) : input._ === 'inputMessageInvoice' ? invoiceContent(c, r.conv, input) : contentOf(input, c, r.conv.id);
    if (content._ === 'error') return content;
    const replyTo = p.reply_to_message_id > 0 && messageRow(c.db, c.me, r.conv.id, p.reply_to_message_id) ? p.reply_to_message_id : 0;
    // Only bots attach keyboards; the network drops a person's reply markup, as Telegram does.
    const markup = p.reply_markup !== null && getAccount(c.db, c.me)?.is_bot ? p.reply_markup : null;
    const badMarkup = checkMarkup(markup);
    if (badMarkup) return badMarkup;
    const row = postMessage(c.db, r.conv, c.me, content, c.now(), { replyTo, markup, disableNotification: p.disable_notification });
    noteSent(c, r.d, input, content);
    return render(c, r.d, row);
  }),

  read('getMessage', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const m = messageRow(c.db, c.me, r.conv.id, p.message_id);
    return m ? render(c, r.d, m) : err('MESSAGE_NOT_FOUND');
  }),

  read('getMessages', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const list = p.message_ids.map((id) => {
      const m = messageRow(c.db, c.me, r.conv.id, id);
      return m ? render(c, r.d, m) : null;
    });
    // TD answers null for a missing id, in place; the generated vector type has no nullable elements.
    return { _: 'messages', total_count: list.filter((m) => m !== null).length, messages: list as T.message[] };
  }),

  read('getChatHistory', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const rows = page(c, r.conv.id, p.from_message_id, p.offset, p.limit);
    return Array.isArray(rows) ? messages(c, r.d, rows) : rows;
  }),

  read('searchChatMessages', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const q = p.query.trim().toLowerCase();
    let extra = '';
    if (q !== '') extra += ' AND instr(search, @q) > 0';
    if (p.sender_user_id !== 0) extra += ' AND sender = @sender';
    const rows = page(c, r.conv.id, p.from_message_id, p.offset, p.limit, extra, { q, sender: p.sender_user_id });
    return Array.isArray(rows) ? messages(c, r.d, rows) : rows;
  }),

  read('searchMessages', (c, p) => {
    if (p.limit <= 0) return badRequest('Parameter limit must be positive');
    const q = p.query.trim().toLowerCase();
    const after = p.offset_date > 0 ? ' AND (m.date, d.chat_id, m.id) < (@date, @chat, @id)' : '';
    const rows = sql(
      c.db,
      `SELECT m.*, d.chat_id AS chat_id, d.status AS status FROM messages m JOIN dialogs d ON d.conv = m.conv AND d.owner = @me
       WHERE instr(m.search, @q) > 0 AND ${VISIBLE}${after} ORDER BY m.date DESC, d.chat_id DESC, m.id DESC LIMIT @n`,
    ).all({ me: c.me, q, date: p.offset_date, chat: p.offset_chat_id, id: p.offset_message_id, n: Math.min(p.limit, MAX_PAGE) }) as (MessageRow & {
      chat_id: number;
      status: string;
    })[];
    return { _: 'messages', total_count: rows.length, messages: rows.map((m) => renderMessage(c.me, m, m.chat_id, m.status === 'creator')) };
  }),

  write('editMessageText', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (p.input_message_content === null) return required('input_message_content');
    if (p.input_message_content._ !== 'inputMessageText') return badRequest('editMessageText needs an inputMessageText content');
    const m = messageRow(c.db, c.me, r.conv.id, p.message_id);
    if (!m) return err('MESSAGE_NOT_FOUND');
    if (m.sender !== c.me && !canEditOthers(c, r)) return err('MESSAGE_AUTHOR_REQUIRED');
    const old = JSON.parse(m.content) as TdObject;
    if (old._ !== 'messageText') return badRequest('There is no text in the message to edit');
    const content = contentOf(p.input_message_content);
    if (content._ === 'error') return content;
    // a bot's edit replaces its inline keyboard too (null removes it); a person's has none to give
    let markup = m.markup;
    if (getAccount(c.db, c.me)?.is_bot) {
      if (p.reply_markup !== null && p.reply_markup._ !== 'replyMarkupInlineKeyboard') return badRequest('REPLY_MARKUP_INVALID');
      const bad = checkMarkup(p.reply_markup);
      if (bad) return bad;
      markup = p.reply_markup === null ? null : JSON.stringify(p.reply_markup);
    }
    if (JSON.stringify(content) === m.content && markup === m.markup) return err('MESSAGE_NOT_MODIFIED');
    const now = c.now();
    sql(c.db, 'UPDATE messages SET content = ?, search = ?, edit_date = ?, markup = ? WHERE conv = ? AND id = ?').run(JSON.stringify(content), searchKey(content), now, markup, r.conv.id, m.id);
    logEdited(c, r.conv, r.d.chat_id, m, messageRow(c.db, c.me, r.conv.id, m.id)!);
    for (const d of memberDialogs(c.db, r.conv.id)) {
      if (!messageRow(c.db, d.owner, r.conv.id, m.id)) continue;
      feedAccount(c.db, d.owner, { _: 'updateMessageContent', chat_id: d.chat_id, message_id: m.id, new_content: content });
      feedAccount(c.db, d.owner, { _: 'updateMessageEdited', chat_id: d.chat_id, message_id: m.id, edit_date: now, reply_markup: markup === null ? null : JSON.parse(markup) });
    }
    return render(c, r.d, messageRow(c.db, c.me, r.conv.id, m.id)!);
  }),

  write('deleteMessages', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (p.message_ids.length === 0) return badRequest('No messages to delete');
    const rows: MessageRow[] = [];
    for (const id of new Set(p.message_ids)) {
      const m = messageRow(c.db, c.me, r.conv.id, id);
      if (!m) return err('MESSAGE_NOT_FOUND');
      rows.push(m);
    }
    const members = memberDialogs(c.db, r.conv.id);
    const gone = new Map<number, number[]>(); // owner → ids removed from their view
    const note = (owner: number, id: number): void => {
      const l = gone.get(owner) ?? [];
      l.push(id);
      gone.set(owner, l);
    };
    for (const m of rows) {
      // group administrators may delete anyone's messages, as the creator may
      // in a channel a message goes for everyone or not at all (TD: revoke is always true there)
      const inChannel = r.conv.kind === 'channel';
      const forAll = (p.revoke || inChannel) && (m.sender === c.me || canDeleteOthers(c, r));
      if (inChannel && !forAll) return badRequest(`Message ${m.id} can't be deleted: it is another member's and the right to delete others' messages is missing`);
      if (forAll) {
        logDeleted(c, r.conv, r.d.chat_id, m);
        for (const d of members) if (messageRow(c.db, d.owner, r.conv.id, m.id)) note(d.owner, m.id);
        retireMessageId(c.db, r.conv, m.id);
        sql(c.db, 'DELETE FROM messages WHERE conv = ? AND id = ?').run(r.conv.id, m.id);
        sql(c.db, 'DELETE FROM hidden WHERE conv = ? AND id = ?').run(r.conv.id, m.id);
      } else {
        sql(c.db, 'INSERT OR IGNORE INTO hidden (owner, conv, id) VALUES (?, ?, ?)').run(c.me, r.conv.id, m.id);
        note(c.me, m.id);
      }
    }
    for (const [owner, ids] of gone) {
      const d = dialogOf(c.db, owner, r.conv.id);
      if (!d) continue;
      feedAccount(c.db, owner, { _: 'updateDeleteMessages', chat_id: d.chat_id, message_ids: ids });
      const unread = countUnread(c.db, d);
      if (unread !== d.unread_count) {
        sql(c.db, 'UPDATE dialogs SET unread_count = ? WHERE owner = ? AND conv = ?').run(unread, owner, r.conv.id);
        feedAccount(c.db, owner, { _: 'updateChatReadInbox', chat_id: d.chat_id, last_read_inbox_message_id: d.last_read_inbox, unread_count: unread });
      }
    }
    return { _: 'ok' };
  }),

  write('forwardMessages', (c, p) => {
    const f = forward(c, p.chat_id, p.from_chat_id, p.message_ids, p.disable_notification);
    return Array.isArray(f) ? { _: 'messages', total_count: f.length, messages: f } : f;
  }),

  write('viewMessages', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    // Like TD, ids that do not exist are ignored: reading is a hint, not a command.
    let max = 0;
    for (const id of p.message_ids) if (id > max && messageRow(c.db, c.me, r.conv.id, id)) max = id;
    if (max <= r.d.last_read_inbox) return { _: 'ok' };
    const others = memberDialogs(c.db, r.conv.id).filter((d) => d.owner !== c.me);
    const before = new Map(others.map((d) => [d.owner, lastReadOutbox(c.db, d.owner, r.conv, d)]));
    const d = { ...r.d, last_read_inbox: max };
    const unread = countUnread(c.db, d);
    sql(c.db, 'UPDATE dialogs SET last_read_inbox = ?, unread_count = ? WHERE owner = ? AND conv = ?').run(max, unread, c.me, r.conv.id);
    feedAccount(c.db, c.me, { _: 'updateChatReadInbox', chat_id: r.d.chat_id, last_read_inbox_message_id: max, unread_count: unread });
    for (const o of others) {
      const now = lastReadOutbox(c.db, o.owner, r.conv, o);
      if (now > (before.get(o.owner) ?? 0)) feedAccount(c.db, o.owner, { _: 'updateChatReadOutbox', chat_id: o.chat_id, last_read_outbox_message_id: now });
    }
    return { _: 'ok' };
  }),

  read('getTextEntities', (_c, p) => ({ _: 'textEntities', entities: findEntities(p.text) })),

  read('parseTextEntities', (_c, p) => {
    const r = parseTextEntities(p.text, p.parse_mode);
    if (isTextError(r)) return badRequest(`Can't parse entities: ${r.error}`);
    return { _: 'formattedText', text: r.text, entities: r.entities };
  }),
];
