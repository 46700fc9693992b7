/**
 * Games: a bot sends a game message (inputMessageGame with one of its short names, or an
 * inputInlineQueryResultGame a user sends from its inline results) and keeps each player's
 * score on that message.
 *
 * - A bot's game is registered the first time the bot uses its short name (Telegram has
 *   @BotFather for that; here the bot's own use is the registration).
 * - setGameScore / setInlineGameScore (the bot that sent the game): a score only goes up unless
 *   `force`; a new score posts a messageGameScore from the player in the chat, and with
 *   `edit_message` the game message is marked edited (updateMessageEdited to every member).
 * - getGameHighScores / getInlineGameHighScores: the table, best first, positions from 1.
 *
 * Scores are rows of `game_scores` (migration 12), per game message and player.
 */
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type MessageRow, getAccount, sql } from '../network/model.js';
import { getConv, memberDialogs, postMessage } from '../network/ops.js';
import { renderMessage } from '../network/render.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { messageRow } from './messages.js';
import { fromInlineMessageId } from './bots.js';

/** Short names of games: as Telegram's @BotFather takes them. */
const SHORT_NAME = /^[A-Za-z0-9_]{3,64}$/;
/** Highest score Telegram keeps. */
const MAX_SCORE = 2 ** 31 - 1;

interface GameRow {
  id: number;
  bot: number;
  short_name: string;
  title: string;
}

function gameObject(g: GameRow): T.game {
  return { _: 'game', id: String(g.id), short_name: g.short_name, title: g.title, text: '', text_entities: [], description: g.title, photo: null, animation: null };
}

/**
 * The game `shortName` of `bot`; registered when the bot itself uses a new one (`register`),
 * else it must exist. Or the error to answer.
 */
export function botGame(c: Ctx, bot: number, shortName: string, register: boolean): T.game | TdError {
  const account = getAccount(c.db, bot);
  if (!account?.is_bot) return badRequest('BOT_INVALID');
  if (!SHORT_NAME.test(shortName)) return badRequest('GAME_SHORT_NAME_INVALID');
  let g = sql(c.db, 'SELECT * FROM games WHERE bot = ? AND short_name = ?').get(bot, shortName) as GameRow | undefined;
  if (!g) {
    if (!register) return badRequest('GAME_SHORT_NAME_INVALID');
    const id = Number(sql(c.db, 'INSERT INTO games (bot, short_name, title, created) VALUES (?, ?, ?, ?)').run(bot, shortName, shortName, c.now()).lastInsertRowid);
    g = { id, bot, short_name: shortName, title: shortName };
  }
  return gameObject(g);
}

/**
 * The content of an inputMessageGame sent by `c.me`: the bot itself, or a user sending the bot's
 * inline result (`viaBot`). Or the error to answer.
 */
export function gameContent(c: Ctx, input: T.inputMessageGame, viaBot = 0): T.messageGame | TdError {
  const bot = Number(input.bot_user_id);
  if (bot !== c.me && bot !== viaBot) return badRequest('Games can be sent only by their bot or from its inline results');
  const game = botGame(c, bot, input.game_short_name, bot === c.me);
  return isErr(game) ? game : { _: 'messageGame', game };
}

/** The game message a bot may score: sent by it or through its inline results. */
function gameMessage(c: Ctx, m: MessageRow): T.game | TdError {
  const content = JSON.parse(m.content) as T.MessageContent;
  if (content._ !== 'messageGame') return badRequest('MESSAGE_ID_INVALID');
  if (m.sender !== c.me && m.via_bot !== c.me) return badRequest('MESSAGE_ID_INVALID');
  return content.game;
}

function botsOnly(c: Ctx): TdError | undefined {
  return getAccount(c.db, c.me)?.is_bot ? undefined : badRequest('The method is available only for bots');
}

/** Records a score; or the error. */
function setScore(c: Ctx, m: MessageRow, userId: number, score: number, force: boolean, edit: boolean): TdError | undefined {
  const game = gameMessage(c, m);
  if (isErr(game)) return game;
  const player = getAccount(c.db, userId);
  if (!player) return err('USER_NOT_FOUND');
  if (player.is_bot) return badRequest('USER_BOT_INVALID');
  if (!Number.isInteger(score) || score < 0 || score > MAX_SCORE) return badRequest('Score must be a non-negative 32-bit integer');
  const old = sql(c.db, 'SELECT score FROM game_scores WHERE conv = ? AND msg = ? AND user_id = ?').pluck().get(m.conv, m.id, userId) as number | undefined;
  if (old !== undefined && score <= old && !force) return badRequest('BOT_SCORE_NOT_MODIFIED');
  const now = c.now();
  sql(c.db, 'INSERT INTO game_scores (conv, msg, user_id, score, date) VALUES (?, ?, ?, ?, ?) ON CONFLICT (conv, msg, user_id) DO UPDATE SET score = excluded.score, date = excluded.date').run(m.conv, m.id, userId, score, now);
  const conv = getConv(c.db, m.conv)!;
  // the chat tells everyone, from the player
  postMessage(c.db, conv, userId, { _: 'messageGameScore', game_message_id: m.id, game_id: game.id, score }, now);
  if (edit) {
    sql(c.db, 'UPDATE messages SET edit_date = ? WHERE conv = ? AND id = ?').run(now, m.conv, m.id);
    const markup = m.markup === null ? null : (JSON.parse(m.markup) as T.ReplyMarkup);
    for (const d of memberDialogs(c.db, m.conv)) feedAccount(c.db, d.owner, { _: 'updateMessageEdited', chat_id: d.chat_id, message_id: m.id, edit_date: now, reply_markup: markup });
  }
  return undefined;
}

/** The high score table of a game message. */
function highScores(c: Ctx, m: MessageRow, userId: number): T.gameHighScores | TdError {
  const game = gameMessage(c, m);
  if (isErr(game)) return game;
  if (!getAccount(c.db, userId)) return err('USER_NOT_FOUND');
  const rows = sql(c.db, 'SELECT user_id, score FROM game_scores WHERE conv = ? AND msg = ? ORDER BY score DESC, date ASC, user_id ASC').all(m.conv, m.id) as { user_id: number; score: number }[];
  return { _: 'gameHighScores', scores: rows.map((r, i) => ({ _: 'gameHighScore', position: i + 1, user_id: r.user_id, score: r.score })) };
}

/** The bot's message `messageId` of `chatId`, or the error. */
function botMessage(c: Ctx, chatId: number, messageId: number): { m: MessageRow; chatId: number } | TdError {
  const r = resolveChat(c, chatId);
  if (isErr(r)) return r;
  const m = messageRow(c.db, c.me, r.conv.id, messageId);
  return m ? { m, chatId: r.d.chat_id } : err('MESSAGE_NOT_FOUND');
}

/** Game methods. */
export const gameHandlers: HandlerEntry[] = [
  write('setGameScore', (c, p) => {
    const denied = botsOnly(c);
    if (denied) return denied;
    const found = botMessage(c, p.chat_id, p.message_id);
    if (isErr(found)) return found;
    const failed = setScore(c, found.m, p.user_id, p.score, p.force, p.edit_message);
    if (failed) return failed;
    return renderMessage(c.me, messageRow(c.db, c.me, found.m.conv, found.m.id)!, found.chatId);
  }),

  write('setInlineGameScore', (c, p) => {
    const denied = botsOnly(c);
    if (denied) return denied;
    const t = fromInlineMessageId(c, p.inline_message_id);
    if (isErr(t)) return t;
    return setScore(c, t.m, p.user_id, p.score, p.force, p.edit_message) ?? { _: 'ok' };
  }),

  read('getGameHighScores', (c, p) => {
    const denied = botsOnly(c);
    if (denied) return denied;
    const found = botMessage(c, p.chat_id, p.message_id);
    return isErr(found) ? found : highScores(c, found.m, p.user_id);
  }),

  read('getInlineGameHighScores', (c, p) => {
    const denied = botsOnly(c);
    if (denied) return denied;
    const t = fromInlineMessageId(c, p.inline_message_id);
    return isErr(t) ? t : highScores(c, t.m, p.user_id);
  }),
];
