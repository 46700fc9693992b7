import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot, openEmbeddedCore } from '../../src/core/index.js';
import { sendTextRequest } from '../../src/core/requests.js';
import { HttpGateway, createUserToken, revokeUserTokens } from '../../src/http/index.js';
import { parseMarkdownV2 } from '../../src/http/botapi/markdownv2.js';
import { login, ok } from '../core/helpers.js';
import { Hook, World, post } from './helpers.js';

test('the seed examples: resetAuth as a bot through madeline and as a user through /user<TOKEN>/resetAuth', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-http-'));
  const gw = await HttpGateway.start({ dataDir: dir, rateLimit: 0 });
  try {
    const bot = createBot(dir, 'Seed');
    const alice = openEmbeddedCore({ dataDir: dir, session: 'alice' });
    login(alice, '9996612222', 'Alice');
    await alice.close();
    const { token } = createUserToken(dir, 'alice');
    const url = gw.address.url;
    const asBot = await post(`${url}/bot${bot.token}/madeline`, { raw: 'method=resetAuth&params=%7B%22force%22%3A%20true%7D', type: 'application/x-www-form-urlencoded' });
    assert.deepEqual(asBot, { status: 401, ok: false, error_code: 401, description: 'Unauthorized' });
    // The bot's session was reset; its token still holds, so the gateway logs it in again.
    const me = await post(`${url}/bot${bot.token}/getMe`, {});
    assert.equal(me.result.username, bot.username);
    assert.equal((await post(`${url}/user${token}/getMe`, {})).result.first_name, 'Alice');
    const asUser = await post(`${url}/user${token}/resetAuth`, { raw: 'force=true', type: 'application/x-www-form-urlencoded' });
    assert.deepEqual(asUser, { status: 401, ok: false, error_code: 401, description: 'Unauthorized' });
    // resetAuth dropped alice's local data: the session is logged out now.
    assert.equal((await post(`${url}/user${token}/getAuthState`, {})).result._, 'authStateWaitPhoneNumber');
  } finally {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('user tokens: parameters JSON-encoded or bare strings, errors name the parameter, revoked tokens get 401', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-http-'));
  const gw = await HttpGateway.start({ dataDir: dir, rateLimit: 0 });
  try {
    const { token, id } = createUserToken(dir, 'bob');
    const url = `${gw.address.url}/user${token}`;
    const form = (s: string) => ({ raw: s, type: 'application/x-www-form-urlencoded' });
    assert.equal((await post(`${url}/setAuthPhoneNumber`, form('phone_number=9996644444'))).result._, 'authStateWaitCode');
    assert.equal((await post(`${url}/checkAuthCode`, form('code="44444"&first_name=Bob'))).result._, 'authStateOk');
    const sq = await fetch(`${url}/testSquareInt?x=12`).then((r) => r.json());
    assert.deepEqual(sq, { ok: true, result: { _: 'testInt', value: 144 } });
    const wrong = await post(`${url}/resetAuth`, form('force="yes"'));
    assert.equal(wrong.status, 400);
    assert.match(wrong.description!, /'force'/);
    const unknown = await post(`${url}/getMe`, form('colour=1'));
    assert.equal(unknown.status, 400);
    assert.match(unknown.description!, /Unknown parameter 'colour'/);
    const badJson = await post(`${url}/getMe`, { raw: '{"a":', type: 'application/json' });
    assert.equal(badJson.status, 400);
    assert.match(badJson.description!, /JSON/);
    const typo = await post(`${url}/getMee`, {});
    assert.equal(typo.status, 400);
    assert.match(typo.description!, /getMe/);
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    assert.deepEqual(await post(`${gw.address.url}/user${forged}/getMe`, {}), { status: 401, ok: false, error_code: 401, description: 'Unauthorized' });
    assert.equal(revokeUserTokens(dir, { id }), 1);
    assert.deepEqual(await post(`${url}/getMe`, {}), { status: 401, ok: false, error_code: 401, description: 'Unauthorized' });
  } finally {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Bot API: a user writes, getUpdates long-polls it, the bot answers with MarkdownV2 and an inline keyboard', async () => {
  const w = await World.start();
  try {
    const me = await w.bot_('getMe');
    assert.equal(me.result.id, w.bot.user_id);
    assert.equal(me.result.is_bot, true);
    // Start a long poll (the bot's first call opened its session), then write: the poll is woken by the message.
    const poll = w.bot_('getUpdates', { timeout: 10 });
    await new Promise((r) => setTimeout(r, 100));
    const chat = ok(w.user, { _: 'createPrivateChat', user_id: w.bot.user_id });
    ok(w.user, sendTextRequest(chat.id as number, '/start hello'));
    const first = await poll;
    assert.equal(first.result.length, 1);
    const u = first.result[0];
    assert.equal(u.message.text, '/start hello');
    assert.deepEqual(u.message.entities, [{ offset: 0, length: 6, type: 'bot_command' }]);
    assert.equal(u.message.from.id, w.userId);
    assert.deepEqual(u.message.chat, { id: w.userId, type: 'private', first_name: 'Uma' });
    // Not confirmed yet: the same update comes again; confirmed by offset: never again.
    assert.equal((await w.bot_('getUpdates', {})).result[0].update_id, u.update_id);
    assert.deepEqual((await w.bot_('getUpdates', { offset: u.update_id + 1 })).result, []);
    const sent = await w.bot_('sendMessage', {
      chat_id: u.message.chat.id,
      text: '*Hi* _there_, [docs](https://example.com) `x` 1\\.0',
      parse_mode: 'MarkdownV2',
      reply_to_message_id: u.message.message_id,
      reply_markup: { inline_keyboard: [[{ text: 'Press', callback_data: 'pressed:1' }, { text: 'Site', url: 'https://example.com' }]] },
    });
    assert.equal(sent.ok, true, sent.description);
    assert.equal(sent.result.text, 'Hi there, docs x 1.0');
    assert.deepEqual(sent.result.entities.map((e: { type: string }) => e.type), ['bold', 'italic', 'text_link', 'code']);
    assert.equal(sent.result.reply_to_message.message_id, u.message.message_id);
    assert.deepEqual(sent.result.reply_markup, { inline_keyboard: [[{ text: 'Press', callback_data: 'pressed:1' }, { text: 'Site', url: 'https://example.com' }]] });
    // The user sees it as TD: an inline keyboard with the callback data as bytes.
    const got = ok(w.user, { _: 'getMessage', chat_id: w.bot.user_id, message_id: sent.result.message_id });
    const markup = got.reply_markup as { rows: { type: { data: string } }[][] };
    assert.equal(Buffer.from(markup.rows[0]![0]!.type.data, 'base64').toString(), 'pressed:1');
    // The bot's own message is no update for the bot.
    assert.deepEqual((await w.bot_('getUpdates', { offset: u.update_id + 1 })).result, []);
    // Edit, forward, copy, delete.
    const edited = await w.bot_('editMessageText', { chat_id: w.userId, message_id: sent.result.message_id, text: '<b>Done</b>', parse_mode: 'HTML' });
    assert.equal(edited.result.text, 'Done');
    assert.deepEqual(edited.result.entities, [{ offset: 0, length: 4, type: 'bold' }]);
    const fwd = await w.bot_('forwardMessage', { chat_id: w.userId, from_chat_id: w.userId, message_id: u.message.message_id });
    assert.equal(fwd.result.forward_from.id, w.userId);
    const copy = await w.bot_('copyMessage', { chat_id: w.userId, from_chat_id: w.userId, message_id: u.message.message_id });
    assert.equal((ok(w.user, { _: 'getMessage', chat_id: w.bot.user_id, message_id: copy.result.message_id }).content as { text: string }).text, '/start hello');
    assert.equal((await w.bot_('deleteMessage', { chat_id: w.userId, message_id: copy.result.message_id })).result, true);
    // A media message is copied with its file (the same stored content) and a new caption.
    const docPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'luatd-copy-')), 'notes.txt');
    writeFileSync(docPath, 'the notes');
    const doc = ok(w.user, {
      _: 'sendMessage', chat_id: chat.id, reply_to_message_id: 0, disable_notification: false, from_background: false, reply_markup: null,
      input_message_content: { _: 'inputMessageDocument', document: { _: 'inputFileLocal', path: docPath }, thumb: null, caption: 'mine' },
    });
    const copiedDoc = await w.bot_('copyMessage', { chat_id: w.userId, from_chat_id: w.userId, message_id: doc.id, caption: 'copied' });
    assert.equal(copiedDoc.ok, true, copiedDoc.description);
    const seen = ok(w.user, { _: 'getMessage', chat_id: w.bot.user_id, message_id: copiedDoc.result.message_id }).content as { _: string; caption: string; document: { file_name: string; document: { id: number } } };
    const orig = (doc.content as { document: { document: { id: number } } }).document.document.id;
    assert.deepEqual([seen._, seen.caption, seen.document.document.id], ['messageDocument', 'copied', orig]);
    const keptCaption = await w.bot_('copyMessage', { chat_id: w.userId, from_chat_id: w.userId, message_id: doc.id });
    assert.equal((ok(w.user, { _: 'getMessage', chat_id: w.bot.user_id, message_id: keptCaption.result.message_id }).content as { caption: string }).caption, 'mine');
    const gone = await w.bot_('deleteMessage', { chat_id: w.userId, message_id: 999 });
    assert.equal(gone.ok, false);
    // Errors, as the Bot API words them.
    const noChat = await w.bot_('sendMessage', { chat_id: 424242, text: 'x' });
    assert.deepEqual([noChat.status, noChat.description], [400, 'Bad Request: chat not found']);
    const bad = await w.bot_('sendMessage', { chat_id: w.userId, text: 'a.b', parse_mode: 'MarkdownV2' });
    assert.match(bad.description!, /character '\.' is reserved/);
    const extra = await w.bot_('sendMessage', { chat_id: w.userId, text: 'x', colour: 'red' });
    assert.match(extra.description!, /unknown parameter 'colour'/);
    const missing = await w.bot_('sendMessage', { chat_id: w.userId });
    assert.equal(missing.description, 'Bad Request: text is empty');
    const typed = await w.bot_('sendMessage', { chat_id: 'abc', text: 'x' });
    assert.match(typed.description!, /'chat_id'/);
    const outside = await w.bot_('sendInvoice', {});
    assert.deepEqual([outside.status, outside.description], [404, "Not Found: method 'sendInvoice' is not in the Bot API subset served here"]);
    const photo = await w.bot_('sendPhoto', { chat_id: w.userId, photo: 'x' });
    assert.deepEqual([photo.status, photo.description], [400, 'Bad Request: wrong file identifier/HTTP URL specified']);
    assert.deepEqual(await w.bot_('getMe', {}, `${w.bot.user_id}:wrongwrongwrongwrong`), { status: 401, ok: false, error_code: 401, description: 'Unauthorized' });
    // Commands are kept per scope.
    assert.equal((await w.bot_('setMyCommands', { commands: [{ command: 'start', description: 'Start' }] })).result, true);
    assert.deepEqual((await w.bot_('getMyCommands')).result, [{ command: 'start', description: 'Start' }]);
    assert.match((await w.bot_('setMyCommands', { commands: [{ command: 'Bad Cmd', description: 'x' }] })).description!, /commands\[0\]/);
  } finally {
    await w.close();
  }
});

test('Bot API: a second getUpdates ends the first with 409; closing the gateway answers a waiting poll', async () => {
  const w = await World.start();
  try {
    await w.bot_('getMe');
    const first = w.bot_('getUpdates', { timeout: 20 });
    await new Promise((r) => setTimeout(r, 100));
    const second = w.bot_('getUpdates', { timeout: 20 });
    const f = await first;
    assert.deepEqual([f.status, f.description], [409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running']);
    await new Promise((r) => setTimeout(r, 100));
    await w.gw.close();
    assert.deepEqual((await second).result, []);
  } finally {
    await w.close();
  }
});

test('Bot API webhooks: loopback only, secret header, retries after a failure, 409 for getUpdates', async () => {
  const w = await World.start({ webhookRetryMinMs: 50, webhookRetryMaxMs: 200 });
  const hook = await Hook.start();
  try {
    await w.bot_('getMe');
    const far = await w.bot_('setWebhook', { url: 'https://example.com/hook' });
    assert.equal(far.status, 400);
    assert.match(far.description!, /bad webhook/);
    assert.equal((await w.bot_('setWebhook', { url: hook.url, secret_token: 'S3cret_token' })).result, true);
    const conflict = await w.bot_('getUpdates');
    assert.equal(conflict.status, 409);
    const chat = ok(w.user, { _: 'createPrivateChat', user_id: w.bot.user_id });
    ok(w.user, sendTextRequest(chat.id as number, 'one'));
    await hook.waitFor(1);
    assert.equal(hook.got[0]!.headers['x-telegram-bot-api-secret-token'], 'S3cret_token');
    assert.equal(hook.got[0]!.body.message.text, 'one');
    // The hook fails three times: the update waits, the error shows, then it arrives once.
    let failures = 3;
    hook.status = () => (failures-- > 0 ? 500 : 200);
    ok(w.user, sendTextRequest(chat.id as number, 'two'));
    await hook.waitFor(2);
    assert.deepEqual(hook.got.map((g) => g.body.message.text), ['one', 'two']);
    assert.ok(hook.got[1]!.body.update_id > hook.got[0]!.body.update_id);
    const info = await w.bot_('getWebhookInfo');
    assert.equal(info.result.url, hook.url);
    assert.equal(info.result.pending_update_count, 0);
    assert.match(info.result.last_error_message, /500/);
    assert.equal((await w.bot_('deleteWebhook')).result, true);
    assert.deepEqual((await w.bot_('getUpdates')).result, []);
  } finally {
    await hook.close();
    await w.close();
  }
});

test('limits: 413 for a huge body, 429 with retry_after over the rate, 405, 404 for other paths', async () => {
  const w = await World.start({ bodyLimit: 1024, rateLimit: 2 });
  try {
    const big = await post(`${w.url}/bot${w.bot.token}/sendMessage`, { chat_id: 1, text: 'x'.repeat(5000) });
    assert.equal(big.status, 413);
    let limited;
    for (let i = 0; i < 10 && !limited; i++) {
      const r = await w.bot_('getMe');
      if (r.status === 429) limited = r;
    }
    assert.ok(limited, 'the rate limit answered 429 within 10 calls');
    assert.ok(limited.parameters!.retry_after! >= 1);
    assert.match(limited.description!, /^Too Many Requests: retry after \d+$/);
    const put = await fetch(`${w.url}/bot${w.bot.token}/getMe`, { method: 'PUT' });
    assert.equal(put.status, 405);
    const other = await fetch(`${w.url}/index.html`);
    assert.deepEqual([other.status, await other.json()], [404, { ok: false, error_code: 404, description: 'Not Found' }]);
  } finally {
    await w.close();
  }
});

test('MarkdownV2: nesting, escapes, pre with a language, user mentions, and errors naming the byte offset', () => {
  assert.deepEqual(parseMarkdownV2('*a _b_ c*'), {
    text: 'a b c',
    entities: [
      { _: 'textEntity', offset: 0, length: 5, type: { _: 'textEntityTypeBold' } },
      { _: 'textEntity', offset: 2, length: 1, type: { _: 'textEntityTypeItalic' } },
    ],
  });
  assert.deepEqual(parseMarkdownV2('```js\nx = 1\n```'), { text: 'x = 1\n', entities: [{ _: 'textEntity', offset: 0, length: 6, type: { _: 'textEntityTypePreCode', language: 'js' } }] });
  assert.deepEqual((parseMarkdownV2("[Ann](tg://user?id=42)") as { entities: unknown }).entities, [{ _: 'textEntity', offset: 0, length: 3, type: { _: 'textEntityTypeMentionName', user_id: 42 } }]);
  assert.equal((parseMarkdownV2('\\*not bold\\*') as { text: string }).text, '*not bold*');
  assert.deepEqual(parseMarkdownV2('é *open'), { error: "can't parse entities: can't find end of Bold entity at byte offset 3" });
  assert.match((parseMarkdownV2('__u__') as { error: string }).error, /underline is not supported/);
});

test('a request over HTTP never names a file of the server (inputFileLocal): 400, nothing read', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-http-'));
  const gw = await HttpGateway.start({ dataDir: dir, rateLimit: 0 });
  try {
    const { token } = createUserToken(dir, 'eve');
    const url = `${gw.address.url}/user${token}`;
    const form = (s: string) => ({ raw: s, type: 'application/x-www-form-urlencoded' });
    assert.equal((await post(`${url}/setAuthPhoneNumber`, form('phone_number=9996655555'))).result._, 'authStateWaitCode');
    assert.equal((await post(`${url}/checkAuthCode`, form('code="55555"&first_name=Eve'))).result._, 'authStateOk');
    const file = encodeURIComponent(JSON.stringify({ _: 'inputFileLocal', path: '/etc/passwd' }));
    const direct = await post(`${url}/uploadFile`, form(`file=${file}&file_type=${encodeURIComponent('{"_":"fileTypeDocument"}')}&priority=1`));
    assert.equal(direct.status, 400);
    assert.match(direct.description!, /inputFileLocal is not accepted over HTTP/);
    const viaMadeline = await post(`${url}/madeline`, {
      raw: JSON.stringify({ method: 'uploadFile', params: { file: { _: 'inputFileLocal', path: '/etc/passwd' }, file_type: { _: 'fileTypeDocument' }, priority: 1 } }),
      type: 'application/json',
    });
    assert.equal(viaMadeline.status, 400);
    assert.match(viaMadeline.description!, /inputFileLocal is not accepted over HTTP/);
    const stats = await post(`${url}/getStorageStatisticsFast`, {});
    assert.equal(stats.result.files_size, 0, 'nothing was stored');
  } finally {
    await gw.close();
  }
});
