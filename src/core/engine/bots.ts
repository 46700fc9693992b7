/**
 * Bots: keyboards on their messages, callback queries (a user presses an inline button, the bot
 * answers), inline queries (a user asks an inline bot, the bot answers with results, the user
 * sends one), editing a bot's keyboard, /start with a parameter, and the bot's update status.
 *
 * A query waits in `bot_queries` (migration 5) for the bot's answer, so the asker and the bot may
 * run in different processes on one data dir: the asker's call polls the row (HandlerEntry.ask)
 * and gives up with BOT_RESPONSE_TIMEOUT, after which a late answer is refused (QUERY_ID_INVALID).
 */
import type Database from 'better-sqlite3';
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err, required } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { writeDenied } from './channels.js';
import { type AccountRow, type MessageRow, getAccount, isMember, sql } from '../network/model.js';
import { dialogOf, getConv, memberDialogs, postMessage } from '../network/ops.js';
import { renderMessage, searchKey } from '../network/render.js';
import { type Ctx, type HandlerEntry, ask, pending, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { BUTTON_URL, checkMarkup } from './markup.js';
import { contentOf, messageRow } from './messages.js';
import { checkCaption, withCaption } from './media.js';
import { botGame, gameContent } from './games.js';

/** A row of bot_queries. */
interface QueryRow {
  id: number;
  kind: 'callback' | 'inline';
  bot: number;
  sender: number;
  conv: number;
  msg: number;
  chat_id: number;
  payload: string;
  state: 'open' | 'answered' | 'expired';
  answer: string | null;
  created: number;
}

/** What answerInlineQuery stores: the results as the user will see them, and how to send each. */
interface InlineAnswer {
  results: { shown: T.InlineQueryResult; content: T.InputMessageContent | null; markup: T.ReplyMarkup | null }[];
  next_offset: string;
  switch_pm_text: string;
  switch_pm_parameter: string;
}

const QUERY_ID_INVALID = (): TdError => badRequest('QUERY_ID_INVALID');
const BOT_RESPONSE_TIMEOUT = (): TdError => badRequest('BOT_RESPONSE_TIMEOUT');
const BOTS_ONLY = (): TdError => badRequest('The method is available only for bots');
/** Longest text of a callback answer (Telegram's limit). */
const MAX_ANSWER_TEXT = 200;
/** Most results of one inline answer (Telegram's limit). */
const MAX_INLINE_RESULTS = 50;
const START_PARAMETER = /^[A-Za-z0-9_-]{1,64}$/;

function me(c: Ctx): AccountRow | undefined {
  return getAccount(c.db, c.me);
}

function query(db: Database.Database, id: number): QueryRow | undefined {
  return sql(db, 'SELECT * FROM bot_queries WHERE id = ?').get(id) as QueryRow | undefined;
}

function newQuery(c: Ctx, q: Omit<QueryRow, 'id' | 'state' | 'answer' | 'created'>): number {
  return Number(
    sql(c.db, 'INSERT INTO bot_queries (kind, bot, sender, conv, msg, chat_id, payload, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      q.kind,
      q.bot,
      q.sender,
      q.conv,
      q.msg,
      q.chat_id,
      q.payload,
      c.now(),
    ).lastInsertRowid,
  );
}

/** The bot's open query of that id and kind, or undefined (answered, expired, someone else's). */
function openQuery(c: Ctx, idText: string, kind: QueryRow['kind']): QueryRow | undefined {
  const id = Number(idText);
  if (!Number.isSafeInteger(id)) return undefined;
  const q = query(c.db, id);
  return q && q.kind === kind && q.bot === c.me && q.state === 'open' ? q : undefined;
}

/** Marks a query answered. */
function answer(c: Ctx, q: QueryRow, value: unknown): void {
  sql(c.db, "UPDATE bot_queries SET state = 'answered', answer = ? WHERE id = ?").run(JSON.stringify(value), q.id);
}

/** The final answer of an asking call whose wait ran out: the answer if it came meanwhile. */
function expireQuery<R>(c: Ctx, id: number, read: (q: QueryRow) => R): R | TdError {
  const q = query(c.db, id);
  if (q && q.state === 'answered') return read(q);
  sql(c.db, "UPDATE bot_queries SET state = 'expired' WHERE id = ? AND state = 'open'").run(id);
  return BOT_RESPONSE_TIMEOUT();
}

/** The buttons of an inline keyboard, flattened. */
function inlineButtons(markup: string | null): T.inlineKeyboardButton[] {
  if (markup === null) return [];
  const m = JSON.parse(markup) as T.ReplyMarkup;
  return m._ === 'replyMarkupInlineKeyboard' ? m.rows.flat() : [];
}

/** True when a pressed payload matches a button of the message (Telegram refuses made-up data). */
function matchesButton(buttons: T.inlineKeyboardButton[], payload: T.CallbackQueryPayload): boolean {
  return buttons.some((b) => {
    const t = b.type;
    if (payload._ === 'callbackQueryPayloadData') return t._ === 'inlineKeyboardButtonTypeCallback' && t.data === payload.data;
    return t._ === 'inlineKeyboardButtonTypeCallbackGame';
  });
}

/** The result as the user sees it, from what the bot gave; or the error to answer. */
function shownResult(c: Ctx, r: T.InputInlineQueryResult): InlineAnswer['results'][number] | TdError {
  const content = 'input_message_content' in r ? (r.input_message_content as T.InputMessageContent | null) : null;
  const markup = 'reply_markup' in r ? (r.reply_markup as T.ReplyMarkup | null) : null;
  if (r.id === '' || r.id.length > 64) return badRequest('RESULT_ID_INVALID');
  switch (r._) {
    case 'inputInlineQueryResultArticle':
      if (content === null) return required('results.input_message_content');
      return {
        shown: { _: 'inlineQueryResultArticle', id: r.id, url: r.url, hide_url: r.hide_url, title: r.title, description: r.description, thumb: null },
        content,
        markup,
      };
    case 'inputInlineQueryResultContact':
      return {
        shown: { _: 'inlineQueryResultContact', id: r.id, contact: r.contact ?? { _: 'contact', phone_number: '', first_name: '', last_name: '', user_id: 0 }, thumb: null },
        content: content ?? { _: 'inputMessageContact', contact: r.contact },
        markup,
      };
    case 'inputInlineQueryResultLocation':
      return {
        shown: { _: 'inlineQueryResultLocation', id: r.id, location: r.location ?? { _: 'location', latitude: 0, longitude: 0 }, title: r.title, thumb: null },
        content: content ?? { _: 'inputMessageLocation', location: r.location },
        markup,
      };
    case 'inputInlineQueryResultGame': {
      // the bot's own game (games.ts): registered by its first use
      const game = botGame(c, c.me, r.game_short_name, true);
      if (isErr(game)) return game;
      return { shown: { _: 'inlineQueryResultGame', id: r.id, game }, content: { _: 'inputMessageGame', bot_user_id: c.me, game_short_name: r.game_short_name }, markup };
    }
    default:
      // results that carry files need the file store, which this backend does not have yet
      return badRequest(`Inline query results of type ${r._} are not supported by the embedded backend`);
  }
}

function editableBotMessage(c: Ctx, chatId: number, messageId: number): { m: MessageRow; conv: number } | TdError {
  const account = me(c);
  if (!account?.is_bot) return BOTS_ONLY();
  const r = resolveChat(c, chatId);
  if (isErr(r)) return r;
  const m = messageRow(c.db, c.me, r.conv.id, messageId);
  if (!m) return err('MESSAGE_NOT_FOUND');
  if (m.sender !== c.me) return err('MESSAGE_AUTHOR_REQUIRED');
  return { m, conv: r.conv.id };
}

/** Replaces a message's keyboard and tells every member (updateMessageEdited). */
function setMarkup(c: Ctx, conv: number, m: MessageRow, markup: T.ReplyMarkup | null): void {
  const json = markup === null ? null : JSON.stringify(markup);
  const now = c.now();
  sql(c.db, 'UPDATE messages SET markup = ?, edit_date = ? WHERE conv = ? AND id = ?').run(json, now, conv, m.id);
  for (const d of memberDialogs(c.db, conv)) {
    feedAccount(c.db, d.owner, { _: 'updateMessageEdited', chat_id: d.chat_id, message_id: m.id, edit_date: now, reply_markup: markup });
  }
}

/** inline_message_id of a message sent from an inline result: opaque to scripts, names the message. */
function inlineMessageId(conv: number, id: number): string {
  return Buffer.from(`${conv}:${id}`).toString('base64url');
}

/** The message an inline_message_id names, when `c.me` is the bot it was sent through. */
export function fromInlineMessageId(c: Ctx, inlineId: string): { m: MessageRow; conv: number } | TdError {
  const account = me(c);
  if (!account?.is_bot) return BOTS_ONLY();
  const parts = /^(\d+):(\d+)$/.exec(Buffer.from(inlineId, 'base64url').toString());
  const m = parts ? (sql(c.db, 'SELECT * FROM messages WHERE conv = ? AND id = ?').get(Number(parts[1]), Number(parts[2])) as MessageRow | undefined) : undefined;
  if (!m || m.via_bot !== c.me) return badRequest('MESSAGE_ID_INVALID');
  return { m, conv: m.conv };
}

/** Bot methods. */
export const botHandlers: HandlerEntry[] = [
  ask(
    'getCallbackQueryAnswer',
    (c, p) => {
      if (p.payload === null) return required('payload');
      const r = resolveChat(c, p.chat_id);
      if (isErr(r)) return r;
      const m = messageRow(c.db, c.me, r.conv.id, p.message_id);
      if (!m) return err('MESSAGE_NOT_FOUND');
      const bot = getAccount(c.db, m.via_bot || m.sender);
      if (!bot?.is_bot) return badRequest('BOT_INVALID');
      if (!matchesButton(inlineButtons(m.markup), p.payload)) return badRequest('DATA_INVALID');
      const botDialog = dialogOf(c.db, bot.id, r.conv.id);
      const id = newQuery(c, { kind: 'callback', bot: bot.id, sender: c.me, conv: r.conv.id, msg: m.id, chat_id: p.chat_id, payload: JSON.stringify(p.payload) });
      if (botDialog && isMember(botDialog.status)) {
        feedAccount(c.db, bot.id, {
          _: 'updateNewCallbackQuery',
          id: String(id),
          sender_user_id: c.me,
          chat_id: botDialog.chat_id,
          message_id: m.id,
          chat_instance: String(r.conv.id),
          payload: p.payload,
        });
      } else {
        feedAccount(c.db, bot.id, {
          _: 'updateNewInlineCallbackQuery',
          id: String(id),
          sender_user_id: c.me,
          inline_message_id: inlineMessageId(r.conv.id, m.id),
          chat_instance: String(r.conv.id),
          payload: p.payload,
        });
      }
      return pending(id);
    },
    (c, id) => {
      const q = query(c.db, id);
      return q?.state === 'answered' ? (JSON.parse(q.answer!) as T.callbackQueryAnswer) : undefined;
    },
    (c, id) => expireQuery(c, id, (q) => JSON.parse(q.answer!) as T.callbackQueryAnswer),
  ),

  write('answerCallbackQuery', (c, p) => {
    if (!me(c)?.is_bot) return BOTS_ONLY();
    const q = openQuery(c, p.callback_query_id, 'callback');
    if (!q) return QUERY_ID_INVALID();
    if (p.text.length > MAX_ANSWER_TEXT) return badRequest('MESSAGE_TOO_LONG');
    if (p.url !== '' && !BUTTON_URL.test(p.url)) return badRequest('URL_INVALID');
    answer(c, q, { _: 'callbackQueryAnswer', text: p.text, show_alert: p.show_alert, url: p.url } satisfies T.callbackQueryAnswer);
    return { _: 'ok' };
  }),

  ask(
    'getInlineQueryResults',
    (c, p) => {
      const bot = getAccount(c.db, p.bot_user_id);
      if (!bot?.is_bot) return badRequest('BOT_INVALID');
      if (p.chat_id !== 0) {
        const r = resolveChat(c, p.chat_id);
        if (isErr(r)) return r;
      }
      if (p.query.length > 256) return badRequest('QUERY_TOO_LONG');
      const id = newQuery(c, { kind: 'inline', bot: bot.id, sender: c.me, conv: 0, msg: 0, chat_id: p.chat_id, payload: JSON.stringify({ query: p.query, offset: p.offset, location: p.user_location }) });
      feedAccount(c.db, bot.id, { _: 'updateNewInlineQuery', id: String(id), sender_user_id: c.me, user_location: p.user_location, query: p.query, offset: p.offset });
      return pending(id);
    },
    (c, id) => {
      const q = query(c.db, id);
      return q?.state === 'answered' ? inlineResults(q) : undefined;
    },
    (c, id) => expireQuery(c, id, inlineResults),
  ),

  write('answerInlineQuery', (c, p) => {
    if (!me(c)?.is_bot) return BOTS_ONLY();
    const q = openQuery(c, p.inline_query_id, 'inline');
    if (!q) return QUERY_ID_INVALID();
    if (p.results.length > MAX_INLINE_RESULTS) return badRequest('RESULTS_TOO_MUCH');
    const results: InlineAnswer['results'] = [];
    const ids = new Set<string>();
    for (const r of p.results) {
      const s = shownResult(c, r);
      if ('_' in s) return s;
      if (ids.has(r.id)) return badRequest('RESULT_ID_DUPLICATE');
      ids.add(r.id);
      const bad = checkMarkup(s.markup);
      if (bad) return bad;
      results.push(s);
    }
    if (p.switch_pm_text !== '' && !START_PARAMETER.test(p.switch_pm_parameter)) return badRequest('START_PARAM_INVALID');
    answer(c, q, { results, next_offset: p.next_offset, switch_pm_text: p.switch_pm_text, switch_pm_parameter: p.switch_pm_parameter } satisfies InlineAnswer);
    return { _: 'ok' };
  }),

  write('sendInlineQueryResultMessage', (c, p) => {
    const id = Number(p.query_id);
    const q = Number.isSafeInteger(id) ? query(c.db, id) : undefined;
    if (!q || q.kind !== 'inline' || q.sender !== c.me || q.state !== 'answered') return QUERY_ID_INVALID();
    const found = (JSON.parse(q.answer!) as InlineAnswer).results.find((r) => r.shown.id === p.result_id);
    if (!found || found.content === null) return badRequest('RESULT_ID_INVALID');
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    // an inline result counts as an "other" message for a restricted member (can_send_other_messages)
    const denied = writeDenied(c, r, 'inputMessageGame');
    if (denied) return denied;
    const content = found.content._ === 'inputMessageGame' ? gameContent(c, found.content, q.bot) : contentOf(found.content);
    if (content._ === 'error') return content;
    const replyTo = p.reply_to_message_id > 0 && messageRow(c.db, c.me, r.conv.id, p.reply_to_message_id) ? p.reply_to_message_id : 0;
    const row = postMessage(c.db, r.conv, c.me, content, c.now(), { replyTo, markup: found.markup, disableNotification: p.disable_notification, viaBot: q.bot });
    const asked = JSON.parse(q.payload) as { query: string; location: T.location | null };
    feedAccount(c.db, q.bot, {
      _: 'updateNewChosenInlineResult',
      sender_user_id: c.me,
      user_location: asked.location,
      query: asked.query,
      result_id: p.result_id,
      inline_message_id: found.markup?._ === 'replyMarkupInlineKeyboard' || content._ === 'messageGame' ? inlineMessageId(r.conv.id, row.id) : '',
    });
    return renderMessage(c.me, row, r.d.chat_id, r.d.status === 'creator');
  }),

  write('editMessageReplyMarkup', (c, p) => {
    const t = editableBotMessage(c, p.chat_id, p.message_id);
    if (isErr(t)) return t;
    if (p.reply_markup !== null && p.reply_markup._ !== 'replyMarkupInlineKeyboard') return badRequest('REPLY_MARKUP_INVALID');
    const bad = checkMarkup(p.reply_markup);
    if (bad) return bad;
    if (JSON.stringify(p.reply_markup) === (t.m.markup ?? 'null')) return err('MESSAGE_NOT_MODIFIED');
    setMarkup(c, t.conv, t.m, p.reply_markup);
    const d = dialogOf(c.db, c.me, t.conv)!;
    return renderMessage(c.me, messageRow(c.db, c.me, t.conv, t.m.id)!, d.chat_id, d.status === 'creator');
  }),

  write('editMessageCaption', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const m = messageRow(c.db, c.me, r.conv.id, p.message_id);
    if (!m) return err('MESSAGE_NOT_FOUND');
    if (m.sender !== c.me) return err('MESSAGE_AUTHOR_REQUIRED');
    const bad = checkCaption(p.caption);
    if (bad) return bad;
    const content = withCaption(JSON.parse(m.content) as T.MessageContent, p.caption);
    if (!content) return badRequest('There is no caption in the message to edit');
    // a bot's edit replaces its inline keyboard too (null removes it); a person's has none to give
    let markup = m.markup;
    if (getAccount(c.db, c.me)?.is_bot) {
      if (p.reply_markup !== null && p.reply_markup._ !== 'replyMarkupInlineKeyboard') return badRequest('REPLY_MARKUP_INVALID');
      const badMarkup = checkMarkup(p.reply_markup);
      if (badMarkup) return badMarkup;
      markup = p.reply_markup === null ? null : JSON.stringify(p.reply_markup);
    }
    if (JSON.stringify(content) === m.content && markup === m.markup) return err('MESSAGE_NOT_MODIFIED');
    editContent(c, r.conv.id, m.id, content, markup);
    return renderMessage(c.me, messageRow(c.db, c.me, r.conv.id, m.id)!, r.d.chat_id, r.d.status === 'creator');
  }),

  write('editInlineMessageReplyMarkup', (c, p) => {
    const t = fromInlineMessageId(c, p.inline_message_id);
    if (isErr(t)) return t;
    if (p.reply_markup !== null && p.reply_markup._ !== 'replyMarkupInlineKeyboard') return badRequest('REPLY_MARKUP_INVALID');
    const bad = checkMarkup(p.reply_markup);
    if (bad) return bad;
    setMarkup(c, t.conv, t.m, p.reply_markup);
    return { _: 'ok' };
  }),

  write('editInlineMessageText', (c, p) => {
    const t = fromInlineMessageId(c, p.inline_message_id);
    if (isErr(t)) return t;
    if (p.input_message_content === null) return required('input_message_content');
    if (p.input_message_content._ !== 'inputMessageText') return badRequest('editInlineMessageText needs an inputMessageText content');
    const content = contentOf(p.input_message_content);
    if (content._ === 'error') return content;
    const bad = checkMarkup(p.reply_markup);
    if (bad) return bad;
    const now = c.now();
    const markup = p.reply_markup === null ? null : JSON.stringify(p.reply_markup);
    sql(c.db, 'UPDATE messages SET content = ?, edit_date = ?, markup = ? WHERE conv = ? AND id = ?').run(JSON.stringify(content), now, markup, t.conv, t.m.id);
    for (const d of memberDialogs(c.db, t.conv)) {
      feedAccount(c.db, d.owner, { _: 'updateMessageContent', chat_id: d.chat_id, message_id: t.m.id, new_content: content });
      feedAccount(c.db, d.owner, { _: 'updateMessageEdited', chat_id: d.chat_id, message_id: t.m.id, edit_date: now, reply_markup: p.reply_markup });
    }
    return { _: 'ok' };
  }),

  write('editInlineMessageCaption', (c, p) => {
    const t = fromInlineMessageId(c, p.inline_message_id);
    if (isErr(t)) return t;
    const bad = checkCaption(p.caption);
    if (bad) return bad;
    const content = withCaption(JSON.parse(t.m.content) as T.MessageContent, p.caption);
    if (!content) return badRequest('There is no caption in the message to edit');
    if (p.reply_markup !== null && p.reply_markup._ !== 'replyMarkupInlineKeyboard') return badRequest('REPLY_MARKUP_INVALID');
    const badMarkup = checkMarkup(p.reply_markup);
    if (badMarkup) return badMarkup;
    editContent(c, t.conv, t.m.id, content, p.reply_markup === null ? null : JSON.stringify(p.reply_markup));
    return { _: 'ok' };
  }),

  write('sendBotStartMessage', (c, p) => {
    const bot = getAccount(c.db, p.bot_user_id);
    if (!bot?.is_bot) return badRequest('BOT_INVALID');
    if (p.parameter !== '' && !START_PARAMETER.test(p.parameter)) return badRequest('START_PARAM_INVALID');
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const denied = writeDenied(c, r);
    if (denied) return denied;
    const conv = getConv(c.db, r.conv.id)!;
    const inChat = conv.kind === 'private' ? conv.user_a === bot.id || conv.user_b === bot.id : isMember(dialogOf(c.db, bot.id, conv.id)?.status);
    if (!inChat) return badRequest('USER_NOT_PARTICIPANT');
    // in a group the command names the bot, so other bots of the group leave it alone
    const command = conv.kind === 'private' ? '/start' : `/start@${bot.username ?? ''}`;
    const text = p.parameter === '' ? command : `${command} ${p.parameter}`;
    const content: T.messageText = { _: 'messageText', text, entities: [{ _: 'textEntity', offset: 0, length: command.length, type: { _: 'textEntityTypeBotCommand' } }] };
    const row = postMessage(c.db, conv, c.me, content, c.now());
    return renderMessage(c.me, row, r.d.chat_id, r.d.status === 'creator');
  }),

  read('getRecentInlineBots', (c) => {
    // the bots this account sent inline queries to, most recent first
    const ids = sql(c.db, "SELECT bot FROM bot_queries WHERE sender = ? AND kind = 'inline' GROUP BY bot ORDER BY MAX(id) DESC LIMIT 20").pluck().all(c.me) as number[];
    return { _: 'users', total_count: ids.length, user_ids: ids };
  }),

  write('setBotUpdatesStatus', (c, p) => {
    if (!me(c)?.is_bot) return BOTS_ONLY();
    if (p.pending_update_count < 0) return badRequest('Parameter pending_update_count must be non-negative');
    // the network keeps the bot's last report; nothing else reads it in an offline network
    return { _: 'ok' };
  }),

  write('deleteChatReplyMarkup', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const m = messageRow(c.db, c.me, r.conv.id, p.message_id);
    if (!m) return err('MESSAGE_NOT_FOUND');
    feedAccount(c.db, c.me, { _: 'updateChatReplyMarkup', chat_id: r.d.chat_id, reply_markup_message_id: 0 });
    return { _: 'ok' };
  }),

];

/** Replaces a message's content and keyboard, telling every member who sees it. */
function editContent(c: Ctx, conv: number, id: number, content: T.MessageContent, markup: string | null): void {
  const now = c.now();
  sql(c.db, 'UPDATE messages SET content = ?, search = ?, edit_date = ?, markup = ? WHERE conv = ? AND id = ?').run(JSON.stringify(content), searchKey(content), now, markup, conv, id);
  for (const d of memberDialogs(c.db, conv)) {
    if (!messageRow(c.db, d.owner, conv, id)) continue;
    feedAccount(c.db, d.owner, { _: 'updateMessageContent', chat_id: d.chat_id, message_id: id, new_content: content });
    feedAccount(c.db, d.owner, { _: 'updateMessageEdited', chat_id: d.chat_id, message_id: id, edit_date: now, reply_markup: markup === null ? null : JSON.parse(markup) });
  }
}

function inlineResults(q: QueryRow): T.inlineQueryResults {
  const a = JSON.parse(q.answer!) as InlineAnswer;
  return {
    _: 'inlineQueryResults',
    inline_query_id: String(q.id),
    next_offset: a.next_offset,
    results: a.results.map((r) => r.shown),
    switch_pm_text: a.switch_pm_text,
    switch_pm_parameter: a.switch_pm_parameter,
  };
}
