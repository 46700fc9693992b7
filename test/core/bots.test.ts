/** Bots: keyboards, callback queries, inline queries, keyboard edits, /start with a parameter, bot-only methods. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBot, createMemoryNetwork, openEmbeddedCore, type EmbeddedNetwork } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { call, login, ok, text, Updates } from './helpers.js';

interface World {
  net: EmbeddedNetwork;
  user: Client;
  bot: Client;
  uid: number;
  botId: number;
  botName: string;
  ub: Updates;
  bb: Updates;
  done: () => Promise<void>;
}

function world(botTimeoutMs = 3000): World {
  const net = createMemoryNetwork();
  const created = createBot(net, 'Keys');
  const user = openEmbeddedCore({ network: net, session: 'user', botTimeoutMs });
  const bot = openEmbeddedCore({ network: net, session: 'bot', botTimeoutMs });
  const uid = login(user, '9996610001', 'Ulla');
  ok(bot, { _: 'checkAuthBotToken', token: created.token });
  const ub = new Updates(user);
  const bb = new Updates(bot);
  return {
    net,
    user,
    bot,
    uid,
    botId: created.user_id,
    botName: created.username,
    ub,
    bb,
    done: async () => {
      await user.close();
      await bot.close();
      net.close();
    },
  };
}

const data = (s: string): string => Buffer.from(s).toString('base64');
const KEYBOARD = {
  _: 'replyMarkupInlineKeyboard',
  rows: [
    [
      { _: 'inlineKeyboardButton', text: 'Yes', type: { _: 'inlineKeyboardButtonTypeCallback', data: data('yes') } },
      { _: 'inlineKeyboardButton', text: 'Docs', type: { _: 'inlineKeyboardButtonTypeUrl', url: 'https://example.org/docs' } },
    ],
    [{ _: 'inlineKeyboardButton', text: 'Share', type: { _: 'inlineKeyboardButtonTypeSwitchInline', query: 'cats', in_current_chat: false } }],
  ],
};

/** The user opens the bot's chat and the bot sends a message with `markup` back; answers the message id. */
async function keyboardMessage(w: World, markup: TdObject = KEYBOARD): Promise<number> {
  ok(w.user, { _: 'createPrivateChat', user_id: w.botId });
  ok(w.user, text(w.botId, 'hi'));
  await w.bb.waitFor((u) => u._ === 'updateNewMessage' && (u.message as TdObject).sender_user_id === w.uid, 3000, 'the user message');
  const sent = ok(w.bot, { ...text(w.uid, 'pick'), reply_markup: markup });
  return sent.id as number;
}

test('callback query: the user presses a button, the bot gets updateNewCallbackQuery and answers, the user gets the answer', async () => {
  const w = world();
  try {
    const id = await keyboardMessage(w);
    assert.deepEqual(ok(w.user, { _: 'getMessage', chat_id: w.botId, message_id: id }).reply_markup, KEYBOARD);
    const answer = w.user.invoke({ _: 'getCallbackQueryAnswer', chat_id: w.botId, message_id: id, payload: { _: 'callbackQueryPayloadData', data: data('yes') } });
    const q = await w.bb.waitFor((u) => u._ === 'updateNewCallbackQuery', 3000, 'the callback query');
    assert.equal(q.sender_user_id, w.uid);
    assert.equal(q.chat_id, w.uid, 'the chat as the bot sees it');
    assert.equal(q.message_id, id);
    assert.deepEqual(q.payload, { _: 'callbackQueryPayloadData', data: data('yes') });
    assert.equal(typeof q.id, 'string');
    assert.equal(w.user.invokeSync!({ _: 'getCallbackQueryAnswer', chat_id: w.botId, message_id: id, payload: null }), undefined, 'a waiting method never answers synchronously');
    ok(w.bot, { _: 'answerCallbackQuery', callback_query_id: q.id, text: 'Noted', show_alert: true, url: '', cache_time: 0 });
    assert.deepEqual(await answer, { _: 'callbackQueryAnswer', text: 'Noted', show_alert: true, url: '' });
    assert.equal(call(w.bot, { _: 'answerCallbackQuery', callback_query_id: q.id, text: 'again', show_alert: false, url: '', cache_time: 0 }).message, 'QUERY_ID_INVALID', 'one answer per query');
    // data that no button carries is refused before the bot is bothered
    assert.equal((await w.user.invoke({ _: 'getCallbackQueryAnswer', chat_id: w.botId, message_id: id, payload: { _: 'callbackQueryPayloadData', data: data('no') } })).message, 'DATA_INVALID');
    assert.equal((await w.user.invoke({ _: 'getCallbackQueryAnswer', chat_id: w.botId, message_id: id, payload: null })).message, "Required: 'payload'");
    // only bots answer
    assert.equal(call(w.user, { _: 'answerCallbackQuery', callback_query_id: q.id, text: '', show_alert: false, url: '', cache_time: 0 }).message, 'The method is available only for bots');
  } finally {
    await w.done();
  }
});

test('callback query: the user\'s call times out cleanly when the bot never answers, and a late answer is refused', async () => {
  const w = world(150);
  try {
    const id = await keyboardMessage(w);
    const r = await w.user.invoke({ _: 'getCallbackQueryAnswer', chat_id: w.botId, message_id: id, payload: { _: 'callbackQueryPayloadData', data: data('yes') } });
    assert.deepEqual(r, { _: 'error', code: 400, message: 'BOT_RESPONSE_TIMEOUT' });
    const q = await w.bb.waitFor((u) => u._ === 'updateNewCallbackQuery');
    assert.equal(call(w.bot, { _: 'answerCallbackQuery', callback_query_id: q.id, text: 'late', show_alert: false, url: '', cache_time: 0 }).message, 'QUERY_ID_INVALID');
  } finally {
    await w.done();
  }
});

test('a call waiting for a bot is rejected when the client closes', async () => {
  const w = world(5000);
  const id = await keyboardMessage(w);
  const r = w.user.invoke({ _: 'getCallbackQueryAnswer', chat_id: w.botId, message_id: id, payload: { _: 'callbackQueryPayloadData', data: data('yes') } });
  await w.bb.waitFor((u) => u._ === 'updateNewCallbackQuery');
  await w.done();
  await assert.rejects(r, /closed/);
});

test('editMessageReplyMarkup: the bot replaces its keyboard, members get updateMessageEdited; only the author bot may', async () => {
  const w = world();
  try {
    const id = await keyboardMessage(w);
    const next = { _: 'replyMarkupInlineKeyboard', rows: [[{ _: 'inlineKeyboardButton', text: 'Done', type: { _: 'inlineKeyboardButtonTypeCallback', data: data('done') } }]] };
    const m = ok(w.bot, { _: 'editMessageReplyMarkup', chat_id: w.uid, message_id: id, reply_markup: next });
    assert.deepEqual(m.reply_markup, next);
    const u = await w.ub.waitFor((x) => x._ === 'updateMessageEdited' && x.message_id === id);
    assert.deepEqual(u.reply_markup, next);
    assert.equal(u.chat_id, w.botId);
    assert.deepEqual(ok(w.user, { _: 'getMessage', chat_id: w.botId, message_id: id }).reply_markup, next);
    assert.equal(call(w.bot, { _: 'editMessageReplyMarkup', chat_id: w.uid, message_id: id, reply_markup: next }).message, 'MESSAGE_NOT_MODIFIED');
    assert.equal(call(w.bot, { _: 'editMessageReplyMarkup', chat_id: w.uid, message_id: 1, reply_markup: null }).message, 'MESSAGE_AUTHOR_REQUIRED');
    assert.equal(call(w.user, { _: 'editMessageReplyMarkup', chat_id: w.botId, message_id: id, reply_markup: null }).message, 'The method is available only for bots');
    assert.equal(call(w.bot, { _: 'editMessageReplyMarkup', chat_id: w.uid, message_id: id, reply_markup: { _: 'replyMarkupForceReply', personal: false } }).message, 'REPLY_MARKUP_INVALID');
    // removing the keyboard
    assert.equal(ok(w.bot, { _: 'editMessageReplyMarkup', chat_id: w.uid, message_id: id, reply_markup: null }).reply_markup, null);
    assert.equal(call(w.bot, { _: 'editMessageCaption', chat_id: w.uid, message_id: id, reply_markup: null, caption: 'x' }).message, 'There is no caption in the message to edit');
  } finally {
    await w.done();
  }
});

test('reply keyboards, force reply and remove are kept on the message; bad buttons are refused; people cannot attach keyboards', async () => {
  const w = world();
  try {
    ok(w.user, { _: 'createPrivateChat', user_id: w.botId });
    ok(w.user, text(w.botId, 'hi'));
    const show = {
      _: 'replyMarkupShowKeyboard',
      rows: [[{ _: 'keyboardButton', text: 'Share phone', type: { _: 'keyboardButtonTypeRequestPhoneNumber' } }, { _: 'keyboardButton', text: 'Plain', type: { _: 'keyboardButtonTypeText' } }]],
      resize_keyboard: true,
      one_time: true,
      personal: false,
    };
    for (const markup of [show, { _: 'replyMarkupForceReply', personal: true }, { _: 'replyMarkupRemoveKeyboard', personal: false }]) {
      const m = ok(w.bot, { ...text(w.uid, 'k'), reply_markup: markup });
      assert.deepEqual(ok(w.user, { _: 'getMessage', chat_id: w.botId, message_id: m.id }).reply_markup, markup);
    }
    const badUrl = { _: 'replyMarkupInlineKeyboard', rows: [[{ _: 'inlineKeyboardButton', text: 'x', type: { _: 'inlineKeyboardButtonTypeUrl', url: 'javascript:alert(1)' } }]] };
    assert.equal(call(w.bot, { ...text(w.uid, 'k'), reply_markup: badUrl }).message, 'BUTTON_URL_INVALID');
    const bigData = { _: 'replyMarkupInlineKeyboard', rows: [[{ _: 'inlineKeyboardButton', text: 'x', type: { _: 'inlineKeyboardButtonTypeCallback', data: data('x'.repeat(65)) } }]] };
    assert.equal(call(w.bot, { ...text(w.uid, 'k'), reply_markup: bigData }).message, 'BUTTON_DATA_INVALID');
    const mine = ok(w.user, { ...text(w.botId, 'mine'), reply_markup: show });
    assert.equal(mine.reply_markup, null, 'a person\'s keyboard is dropped');
  } finally {
    await w.done();
  }
});

test('inline query: the user asks, the bot answers with results, the user sends one via the bot, the bot learns the choice', async () => {
  const w = world();
  try {
    ok(w.user, { _: 'createPrivateChat', user_id: w.uid });
    const asked = w.user.invoke({ _: 'getInlineQueryResults', bot_user_id: w.botId, chat_id: w.uid, user_location: null, query: 'cat', offset: '' });
    const q = await w.bb.waitFor((u) => u._ === 'updateNewInlineQuery', 3000, 'the inline query');
    assert.equal(q.query, 'cat');
    assert.equal(q.sender_user_id, w.uid);
    const results = [
      {
        _: 'inputInlineQueryResultArticle',
        id: 'a1',
        url: 'https://example.org/cat',
        hide_url: false,
        title: 'A cat',
        description: 'meow',
        thumb_url: '',
        thumb_width: 0,
        thumb_height: 0,
        reply_markup: { _: 'replyMarkupInlineKeyboard', rows: [[{ _: 'inlineKeyboardButton', text: 'Pet', type: { _: 'inlineKeyboardButtonTypeCallback', data: data('pet') } }]] },
        input_message_content: { _: 'inputMessageText', text: 'Here is a *cat*', parse_mode: { _: 'textParseModeMarkdown' } },
      },
      { _: 'inputInlineQueryResultLocation', id: 'l1', location: { _: 'location', latitude: 48.85, longitude: 2.35 }, title: 'Paris', thumb_url: '', thumb_width: 0, thumb_height: 0 },
    ];
    assert.equal(call(w.bot, { _: 'answerInlineQuery', inline_query_id: q.id, is_personal: false, results: [results[0], results[0]], cache_time: 0, next_offset: '', switch_pm_text: '', switch_pm_parameter: '' }).message, 'RESULT_ID_DUPLICATE');
    ok(w.bot, { _: 'answerInlineQuery', inline_query_id: q.id, is_personal: false, results, cache_time: 0, next_offset: '2', switch_pm_text: '', switch_pm_parameter: '' });
    const r = await asked;
    assert.equal(r._, 'inlineQueryResults');
    assert.equal(r.inline_query_id, q.id);
    assert.equal(r.next_offset, '2');
    assert.deepEqual((r.results as TdObject[]).map((x) => [x._, x.id]), [['inlineQueryResultArticle', 'a1'], ['inlineQueryResultLocation', 'l1']]);
    const sent = ok(w.user, { _: 'sendInlineQueryResultMessage', chat_id: w.uid, reply_to_message_id: 0, disable_notification: false, from_background: false, query_id: r.inline_query_id, result_id: 'a1' });
    assert.equal(sent.via_bot_user_id, w.botId);
    assert.equal((sent.content as TdObject).text, 'Here is a cat');
    assert.equal((sent.reply_markup as TdObject)._, 'replyMarkupInlineKeyboard');
    const chosen = await w.bb.waitFor((u) => u._ === 'updateNewChosenInlineResult');
    assert.equal(chosen.result_id, 'a1');
    assert.equal(chosen.query, 'cat');
    // the bot may edit the message it did not send but that came from its result
    ok(w.bot, { _: 'editInlineMessageText', inline_message_id: chosen.inline_message_id, reply_markup: null, input_message_content: { _: 'inputMessageText', text: 'petted' } });
    const after = ok(w.user, { _: 'getMessage', chat_id: w.uid, message_id: sent.id });
    assert.equal((after.content as TdObject).text, 'petted');
    assert.equal(after.reply_markup, null);
    assert.equal(call(w.user, { _: 'sendInlineQueryResultMessage', chat_id: w.uid, reply_to_message_id: 0, disable_notification: false, from_background: false, query_id: r.inline_query_id, result_id: 'zz' }).message, 'RESULT_ID_INVALID');
    assert.equal(call(w.user, { _: 'editInlineMessageReplyMarkup', inline_message_id: chosen.inline_message_id, reply_markup: null }).message, 'The method is available only for bots');
    assert.equal((await w.user.invoke({ _: 'getInlineQueryResults', bot_user_id: w.uid, chat_id: 0, user_location: null, query: '', offset: '' })).message, 'BOT_INVALID');
  } finally {
    await w.done();
  }
});

test('sendBotStartMessage sends /start with the parameter; setBotUpdatesStatus is for bots', async () => {
  const w = world();
  try {
    ok(w.user, { _: 'createPrivateChat', user_id: w.botId });
    const m = ok(w.user, { _: 'sendBotStartMessage', bot_user_id: w.botId, chat_id: w.botId, parameter: 'ref_42' });
    assert.equal((m.content as TdObject).text, '/start ref_42');
    const u = await w.bb.waitFor((x) => x._ === 'updateNewMessage' && ((x.message as TdObject).content as TdObject).text === '/start ref_42');
    assert.equal((u.message as TdObject).chat_id, w.uid);
    assert.equal(call(w.user, { _: 'sendBotStartMessage', bot_user_id: w.botId, chat_id: w.botId, parameter: 'bad param!' }).message, 'START_PARAM_INVALID');
    assert.equal(call(w.user, { _: 'sendBotStartMessage', bot_user_id: w.uid, chat_id: w.botId, parameter: '' }).message, 'BOT_INVALID');
    const g = ok(w.user, { _: 'createNewGroupChat', user_ids: [w.botId], title: 'G' });
    const inGroup = ok(w.user, { _: 'sendBotStartMessage', bot_user_id: w.botId, chat_id: g.id, parameter: '' });
    assert.equal((inGroup.content as TdObject).text, `/start@${w.botName}`);
    assert.equal(ok(w.bot, { _: 'setBotUpdatesStatus', pending_update_count: 0, error_message: '' })._, 'ok');
    assert.equal(call(w.user, { _: 'setBotUpdatesStatus', pending_update_count: 0, error_message: '' }).message, 'The method is available only for bots');
    ok(w.user, { _: 'deleteChatReplyMarkup', chat_id: w.botId, message_id: m.id });
    const hid = await w.ub.waitFor((x) => x._ === 'updateChatReplyMarkup');
    assert.equal(hid.chat_id, w.botId);
  } finally {
    await w.done();
  }
});

test('getFileMimeType / getFileExtension guess from a small table, without logging in', () => {
  const c = openEmbeddedCore({ memory: true });
  try {
    assert.deepEqual(ok(c, { _: 'getFileMimeType', file_name: 'dir/photo.JPG' }), { _: 'text', text: 'image/jpeg' });
    assert.deepEqual(ok(c, { _: 'getFileMimeType', file_name: 'noext' }), { _: 'text', text: '' });
    assert.deepEqual(ok(c, { _: 'getFileExtension', mime_type: 'application/pdf' }), { _: 'text', text: 'pdf' });
    assert.deepEqual(ok(c, { _: 'getFileExtension', mime_type: 'x/unknown' }), { _: 'text', text: '' });
  } finally {
    void c.close();
  }
});
