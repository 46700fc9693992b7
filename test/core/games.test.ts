/** Games: a bot sends a game (in a chat or as an inline result), keeps scores per player, reads the high score table. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBot, createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { call, login, ok, Updates } from './helpers.js';

type Any = any;

function world() {
  const net = createMemoryNetwork();
  const created = createBot(net, 'Arcade');
  const user = openEmbeddedCore({ network: net, session: 'user', botTimeoutMs: 3000 });
  const friend = openEmbeddedCore({ network: net, session: 'friend' });
  const bot = openEmbeddedCore({ network: net, session: 'bot', botTimeoutMs: 3000 });
  const uid = login(user, '9996610001', 'Ulla');
  const fid = login(friend, '9996620002', 'Fritz');
  ok(bot, { _: 'checkAuthBotToken', token: created.token });
  return {
    user,
    friend,
    bot,
    uid,
    fid,
    botId: created.user_id,
    done: async () => {
      for (const c of [user, friend, bot]) await c.close();
      net.close();
    },
  };
}

const PLAY = { _: 'replyMarkupInlineKeyboard', rows: [[{ _: 'inlineKeyboardButton', text: 'Play', type: { _: 'inlineKeyboardButtonTypeCallbackGame' } }]] };
const sendGame = (c: Any, chatId: number, bot: number, name: string): TdObject =>
  call(c, { _: 'sendMessage', chat_id: chatId, reply_to_message_id: 0, disable_notification: false, from_background: false, reply_markup: PLAY, input_message_content: { _: 'inputMessageGame', bot_user_id: bot, game_short_name: name } });

test('setGameScore / getGameHighScores: scores only go up unless forced, a messageGameScore from the player, edit_message edits the game message', async () => {
  const w = world();
  try {
    const ub = new Updates(w.user);
    ok(w.user, { _: 'createPrivateChat', user_id: w.botId });
    ok(w.bot, { _: 'createPrivateChat', user_id: w.uid });
    const game = sendGame(w.bot, w.uid, w.botId, 'tetris') as Any;
    assert.equal(game.content._, 'messageGame');
    assert.deepEqual({ ...game.content.game, id: '' }, { _: 'game', id: '', short_name: 'tetris', title: 'tetris', text: '', text_entities: [], description: 'tetris', photo: null, animation: null });
    // the same short name is the same game
    assert.equal((sendGame(w.bot, w.uid, w.botId, 'tetris') as Any).content.game.id, game.content.game.id);
    assert.equal(sendGame(w.bot, w.uid, w.botId, 'no').message, 'GAME_SHORT_NAME_INVALID');
    assert.match(sendGame(w.user, w.botId, w.botId, 'tetris').message as string, /only by their bot/);
    const score = (s: number, force = false, edit = true): TdObject =>
      call(w.bot, { _: 'setGameScore', chat_id: w.uid, message_id: game.id, edit_message: edit, user_id: w.uid, score: s, force });
    const set = score(100) as Any;
    assert.equal(set.id, game.id);
    assert.ok(set.edit_date > 0, 'edit_message marks the game message edited');
    await ub.waitFor((u) => u._ === 'updateMessageEdited' && u.message_id === game.id);
    const notice = (await ub.waitFor((u) => u._ === 'updateNewMessage' && (u.message as Any).content._ === 'messageGameScore')).message as Any;
    assert.deepEqual(notice.content, { _: 'messageGameScore', game_message_id: game.id, game_id: game.content.game.id, score: 100 });
    assert.equal(notice.sender_user_id, w.uid);
    assert.equal(score(50).message, 'BOT_SCORE_NOT_MODIFIED');
    assert.equal(score(100).message, 'BOT_SCORE_NOT_MODIFIED');
    ok(w.bot, { _: 'setGameScore', chat_id: w.uid, message_id: game.id, edit_message: false, user_id: w.fid, score: 70, force: false });
    const table = ok(w.bot, { _: 'getGameHighScores', chat_id: w.uid, message_id: game.id, user_id: w.uid }) as Any;
    assert.deepEqual(table.scores.map((s: Any) => [s.position, s.user_id, s.score]), [[1, w.uid, 100], [2, w.fid, 70]]);
    // force may lower a score
    ok(w.bot, { _: 'setGameScore', chat_id: w.uid, message_id: game.id, edit_message: false, user_id: w.uid, score: 10, force: true });
    const after = ok(w.bot, { _: 'getGameHighScores', chat_id: w.uid, message_id: game.id, user_id: w.fid }) as Any;
    assert.deepEqual(after.scores.map((s: Any) => [s.user_id, s.score]), [[w.fid, 70], [w.uid, 10]]);
    // refusals
    assert.equal(call(w.user, { _: 'setGameScore', chat_id: w.botId, message_id: game.id, edit_message: false, user_id: w.uid, score: 1, force: false }).message, 'The method is available only for bots');
    assert.equal(call(w.user, { _: 'getGameHighScores', chat_id: w.botId, message_id: game.id, user_id: w.uid }).message, 'The method is available only for bots');
    assert.equal(score(-1, true).message, 'Score must be a non-negative 32-bit integer');
    assert.equal(call(w.bot, { _: 'setGameScore', chat_id: w.uid, message_id: game.id, edit_message: false, user_id: 4242, score: 1, force: false }).message, 'User not found');
    assert.equal(call(w.bot, { _: 'setGameScore', chat_id: w.uid, message_id: game.id, edit_message: false, user_id: w.botId, score: 1, force: false }).message, 'USER_BOT_INVALID');
    assert.equal(call(w.bot, { _: 'setGameScore', chat_id: w.uid, message_id: notice.id, edit_message: false, user_id: w.uid, score: 1, force: false }).message, 'MESSAGE_ID_INVALID');
    assert.equal(call(w.bot, { _: 'getGameHighScores', chat_id: w.uid, message_id: 999, user_id: w.uid }).message, 'Message not found');
  } finally {
    await w.done();
  }
});

test('inline games: the bot answers with inputInlineQueryResultGame, the user sends it, the bot scores with setInlineGameScore and reads getInlineGameHighScores', async () => {
  const w = world();
  try {
    const bb = new Updates(w.bot);
    ok(w.user, { _: 'createPrivateChat', user_id: w.fid });
    const asked = w.user.invoke({ _: 'getInlineQueryResults', bot_user_id: w.botId, chat_id: w.fid, user_location: null, query: 'play', offset: '' });
    const q = await bb.waitFor((u) => u._ === 'updateNewInlineQuery');
    ok(w.bot, { _: 'answerInlineQuery', inline_query_id: q.id, is_personal: false, results: [{ _: 'inputInlineQueryResultGame', id: 'g1', game_short_name: 'snake', reply_markup: PLAY }], cache_time: 0, next_offset: '', switch_pm_text: '', switch_pm_parameter: '' });
    const r = (await asked) as Any;
    assert.equal(r.results[0]._, 'inlineQueryResultGame');
    assert.equal(r.results[0].game.short_name, 'snake');
    const sent = ok(w.user, { _: 'sendInlineQueryResultMessage', chat_id: w.fid, reply_to_message_id: 0, disable_notification: false, from_background: false, query_id: r.inline_query_id, result_id: 'g1' }) as Any;
    assert.equal(sent.content._, 'messageGame');
    assert.equal(sent.via_bot_user_id, w.botId);
    const chosen = await bb.waitFor((u) => u._ === 'updateNewChosenInlineResult');
    const inline = chosen.inline_message_id as string;
    assert.ok(inline !== '');
    ok(w.bot, { _: 'setInlineGameScore', inline_message_id: inline, edit_message: true, user_id: w.fid, score: 12, force: false });
    ok(w.bot, { _: 'setInlineGameScore', inline_message_id: inline, edit_message: false, user_id: w.uid, score: 30, force: false });
    assert.equal(call(w.bot, { _: 'setInlineGameScore', inline_message_id: inline, edit_message: false, user_id: w.uid, score: 3, force: false }).message, 'BOT_SCORE_NOT_MODIFIED');
    const table = ok(w.bot, { _: 'getInlineGameHighScores', inline_message_id: inline, user_id: w.fid }) as Any;
    assert.deepEqual(table.scores.map((s: Any) => [s.position, s.user_id, s.score]), [[1, w.uid, 30], [2, w.fid, 12]]);
    // the friend sees the score notice in the chat where the game was sent
    const history = ok(w.friend, { _: 'getChatHistory', chat_id: w.uid, from_message_id: 0, offset: 0, limit: 5 }).messages as Any[];
    assert.ok(history.some((m) => m.content._ === 'messageGameScore' && m.content.score === 12));
    assert.equal(call(w.bot, { _: 'setInlineGameScore', inline_message_id: 'bogus', edit_message: false, user_id: w.uid, score: 3, force: false }).message, 'MESSAGE_ID_INVALID');
    assert.equal(call(w.user, { _: 'getInlineGameHighScores', inline_message_id: inline, user_id: w.uid }).message, 'The method is available only for bots');
  } finally {
    await w.done();
  }
});
