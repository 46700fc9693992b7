/**
 * A chat's place in the account's chat list beyond its messages: drafts (kept per chat and
 * account, shown in the chat object, lifting the chat as a message would) and pinned chats
 * (first in the list, in their own order, at most MAX_PINNED). Every session and process of the
 * account hears of a change (updateChatDraftMessage, updateChatIsPinned, updateChatOrder).
 */
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type DialogRow, isMember, sql } from '../network/model.js';
import { dialogByChat, nextActivity } from '../network/ops.js';
import { PINNED_ORDER_BASE, chatOrder } from '../network/render.js';
import { formatText, isTextError } from '../text/index.js';
import { type Ctx, type HandlerEntry, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { noteHashtags } from './recent.js';

/** Most chats an account may pin (the option pinned_chat_count_max). */
export const MAX_PINNED = 5;
/** Longest draft text, in UTF-16 code units after markup is removed (as a message's). */
const MAX_DRAFT_LENGTH = 4096;

/**
 * Saves (or, with null, clears) the draft of a dialog and tells every session of the account.
 * A saved draft takes the next activity value, so the chat moves up as a message would move it;
 * a cleared one leaves the chat where its messages put it.
 */
export function setDraft(c: Ctx, d: DialogRow, draft: T.draftMessage | null): void {
  const json = draft === null ? null : JSON.stringify(draft);
  const order = draft === null ? 0 : nextActivity(c.db);
  sql(c.db, 'UPDATE dialogs SET draft = ?, draft_order = ? WHERE owner = ? AND conv = ?').run(json, order, d.owner, d.conv);
  feedAccount(c.db, d.owner, { _: 'updateChatDraftMessage', chat_id: d.chat_id, draft_message: draft, order: String(chatOrder({ ...d, draft: json, draft_order: order })) });
}

/**
 * After this account sent a message to dialog `d`: an inputMessageText with clear_draft clears
 * the chat's draft, and the text's hashtags become recent ones.
 */
export function noteSent(c: Ctx, d: DialogRow, input: T.InputMessageContent, content: T.MessageContent): void {
  if (input._ === 'inputMessageText' && input.clear_draft && d.draft !== null) setDraft(c, d, null);
  noteHashtags(c, content);
}

/** The draft to store for a changeChatDraftMessage request, null to clear; or the error to answer. */
function checkDraft(c: Ctx, conv: number, draft: T.draftMessage | null): T.draftMessage | null | TdError {
  if (draft === null) return null;
  const input = draft.input_message_text;
  if (input !== null && input._ !== 'inputMessageText') return badRequest('Input message content type must be InputMessageText');
  let text = '';
  let entities: T.textEntity[] = [];
  if (input !== null && input.text.trim() !== '') {
    const r = formatText(input.text, { entities: input.entities ?? [], parseMode: input.parse_mode ?? null });
    if (isTextError(r)) return badRequest(`Can't parse entities: ${r.error}`);
    if (r.text.length > MAX_DRAFT_LENGTH) return err('MESSAGE_TOO_LONG');
    text = r.text;
    entities = r.entities as T.textEntity[];
  }
  // a reply to a message the account cannot see is dropped, as TD drops it
  const replyTo =
    draft.reply_to_message_id > 0 &&
    sql(c.db, 'SELECT 1 FROM messages m WHERE conv = ? AND id = ? AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.owner = ? AND h.conv = m.conv AND h.id = m.id)').get(conv, draft.reply_to_message_id, c.me) !== undefined
      ? draft.reply_to_message_id
      : 0;
  if (text === '' && replyTo === 0) return null;
  return {
    _: 'draftMessage',
    reply_to_message_id: replyTo,
    input_message_text: { _: 'inputMessageText', text, disable_web_page_preview: input?.disable_web_page_preview ?? false, clear_draft: false, entities, parse_mode: null },
  };
}

/** Pinned dialogs of the account, top first. */
function pinnedDialogs(c: Ctx): DialogRow[] {
  return sql(c.db, 'SELECT * FROM dialogs WHERE owner = ? AND pin_order > 0 ORDER BY pin_order DESC').all(c.me) as DialogRow[];
}

function announcePin(c: Ctx, d: DialogRow, pinOrder: number): void {
  feedAccount(c.db, c.me, { _: 'updateChatIsPinned', chat_id: d.chat_id, is_pinned: pinOrder > 0, order: String(chatOrder({ ...d, pin_order: pinOrder })) });
}

/** Draft and pinned-chat methods. */
export const draftHandlers: HandlerEntry[] = [
  write('changeChatDraftMessage', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (!isMember(r.d.status)) return err('CHAT_WRITE_FORBIDDEN');
    const draft = checkDraft(c, r.conv.id, p.draft_message);
    if (draft !== null && draft._ === 'error') return draft;
    if ((draft === null ? null : JSON.stringify(draft)) === r.d.draft) return { _: 'ok' };
    setDraft(c, r.d, draft);
    return { _: 'ok' };
  }),

  write('toggleChatIsPinned', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (p.is_pinned === r.d.pin_order > 0) return { _: 'ok' };
    let order = 0;
    if (p.is_pinned) {
      const pinned = pinnedDialogs(c);
      if (pinned.length >= MAX_PINNED) return badRequest('Maximum number of pinned chats exceeded');
      // a newly pinned chat goes on top of the pinned ones
      order = Math.max(PINNED_ORDER_BASE, pinned[0]?.pin_order ?? 0) + 1;
    }
    sql(c.db, 'UPDATE dialogs SET pin_order = ? WHERE owner = ? AND conv = ?').run(order, c.me, r.conv.id);
    announcePin(c, r.d, order);
    return { _: 'ok' };
  }),

  write('setPinnedChats', (c, p) => {
    if (p.chat_ids.length > MAX_PINNED) return badRequest('Wrong number of pinned chats');
    if (new Set(p.chat_ids).size !== p.chat_ids.length) return badRequest('Duplicate chats in the list of pinned chats');
    const wanted: DialogRow[] = [];
    for (const id of p.chat_ids) {
      const d = dialogByChat(c.db, c.me, id);
      if (!d) return err('CHAT_NOT_FOUND');
      wanted.push(d);
    }
    const set = sql(c.db, 'UPDATE dialogs SET pin_order = ? WHERE owner = ? AND conv = ?');
    for (const d of pinnedDialogs(c)) {
      if (wanted.some((w) => w.conv === d.conv)) continue;
      set.run(0, c.me, d.conv);
      announcePin(c, d, 0);
    }
    // the first chat of the list is the top one
    wanted.forEach((d, i) => {
      const order = PINNED_ORDER_BASE + wanted.length - i;
      if (d.pin_order === order) return;
      set.run(order, c.me, d.conv);
      if (d.pin_order > 0) feedAccount(c.db, c.me, { _: 'updateChatOrder', chat_id: d.chat_id, order: String(order) });
      else announcePin(c, d, order);
    });
    return { _: 'ok' };
  }),
];
