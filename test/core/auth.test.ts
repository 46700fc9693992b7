import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBot, createMemoryNetwork, openEmbeddedCore, CODE_TTL_MS } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { call, login, ok, settle, Updates } from './helpers.js';

const phone = (p: string): TdObject => ({ _: 'setAuthPhoneNumber', phone_number: p, allow_flash_call: false, is_current_phone_number: false });

test('registration: phone → code (test number) → authStateOk, with updateAuthState for each step', async () => {
  const c = openEmbeddedCore({ memory: true });
  const ups = new Updates(c);
  assert.equal(ok(c, { _: 'getAuthState' })._, 'authStateWaitPhoneNumber');
  const st = ok(c, phone('+999 66 1 2345'));
  assert.equal(st._, 'authStateWaitCode');
  assert.equal(st.is_registered, false);
  assert.equal((st.code_type as TdObject)._, 'authCodeTypeSms');
  assert.equal((st.next_code_type as TdObject)._, 'authCodeTypeCall');
  assert.equal(call(c, { _: 'checkAuthCode', code: '11111', first_name: '  ', last_name: '' }).message, 'FIRST_NAME_INVALID');
  assert.equal(call(c, { _: 'checkAuthCode', code: '12345', first_name: 'Ann', last_name: '' }).message, 'PHONE_CODE_INVALID');
  assert.equal(ok(c, { _: 'checkAuthCode', code: '11111', first_name: 'Ann', last_name: 'Lee' })._, 'authStateOk');
  const me = ok(c, { _: 'getMe' });
  assert.equal(me.first_name, 'Ann');
  assert.equal(me.phone_number, '9996612345');
  assert.deepEqual(ok(c, { _: 'getOption', name: 'my_id' }), { _: 'optionValueInteger', value: me.id });
  await settle();
  assert.deepEqual(ups.names().slice(0, 3), ['updateAuthState:authStateWaitPhoneNumber', 'updateAuthState:authStateWaitCode', 'updateAuthState:authStateOk']);
  await c.close();
});

test('invalid phone, expired code, resend sequence, random codes through codeSink', async () => {
  let now = 1_700_000_000_000;
  const sunk: [string, string][] = [];
  const c = openEmbeddedCore({ memory: true, clock: () => now, codeSink: (d, code) => sunk.push([d, code]) });
  assert.deepEqual(call(c, phone('12ab')), { _: 'error', code: 400, message: 'PHONE_NUMBER_INVALID' });
  ok(c, phone('+44 7700 900123'));
  assert.equal(sunk.length, 1);
  assert.equal(sunk[0][0], '447700900123');
  assert.match(sunk[0][1], /^\d{5}$/);
  let st = ok(c, { _: 'resendAuthCode' });
  assert.equal((st.code_type as TdObject)._, 'authCodeTypeCall');
  assert.equal(st.next_code_type, null);
  assert.equal(call(c, { _: 'resendAuthCode' }).message, 'SEND_CODE_UNAVAILABLE');
  assert.equal(sunk.length, 2);
  now += CODE_TTL_MS + 1000;
  assert.equal(call(c, { _: 'checkAuthCode', code: sunk[1][1], first_name: 'X', last_name: '' }).message, 'PHONE_CODE_EXPIRED');
  st = ok(c, phone('+44 7700 900123'));
  assert.equal(ok(c, { _: 'checkAuthCode', code: sunk[2][1], first_name: 'X', last_name: '' })._, 'authStateOk');
  // calls in the wrong state are refused
  assert.equal(call(c, { _: 'checkAuthCode', code: '1', first_name: '', last_name: '' }).message, 'Call to checkAuthCode unexpected');
  await c.close();
});

test('existing account: second session gets the code by message; password, wrong password, recovery', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  login(a, '9996634567', 'Pat');
  assert.equal(call(a, { _: 'setPassword', old_password: '', new_password: 'hunter2', new_hint: 'dog', set_recovery_email: true, new_recovery_email: 'bad' }).message, 'EMAIL_INVALID');
  const ps = ok(a, { _: 'setPassword', old_password: '', new_password: 'hunter2', new_hint: 'dog', set_recovery_email: true, new_recovery_email: 'pat@example.org' });
  assert.equal(ps.has_password, true);
  assert.equal(ps.has_recovery_email, true);

  const ua = new Updates(a);
  const b = openEmbeddedCore({ network: net, session: 'b' });
  const st = ok(b, phone('9996634567'));
  assert.equal(st.is_registered, true);
  assert.equal((st.code_type as TdObject)._, 'authCodeTypeMessage');
  // the code is posted to the logged-in session by the service account, as Telegram does
  const codeMsg = await ua.waitFor((u) => u._ === 'updateNewMessage' && (u.message as TdObject).sender_user_id === 777000);
  assert.match(String(((codeMsg.message as TdObject).content as TdObject).text), /33333/);
  const wp = ok(b, { _: 'checkAuthCode', code: '33333', first_name: '', last_name: '' });
  assert.equal(wp._, 'authStateWaitPassword');
  assert.equal(wp.password_hint, 'dog');
  assert.equal(wp.has_recovery_email, true);
  assert.equal(call(b, { _: 'getMe' }).code, 401);
  assert.deepEqual(call(b, { _: 'checkAuthPassword', password: 'cat' }), { _: 'error', code: 400, message: 'PASSWORD_HASH_INVALID' });
  assert.equal(ok(b, { _: 'checkAuthPassword', password: 'hunter2' })._, 'authStateOk');

  // recovery from a third session: the recovery code of a test account is its login code
  const c = openEmbeddedCore({ network: net, session: 'c' });
  ok(c, phone('9996634567'));
  ok(c, { _: 'checkAuthCode', code: '33333', first_name: '', last_name: '' });
  assert.equal(call(c, { _: 'recoverAuthPassword', recovery_code: '33333' }).message, 'Call to recoverAuthPassword unexpected');
  const rq = ok(c, { _: 'requestAuthPasswordRecovery' });
  assert.equal(rq.recovery_email_pattern, 'p***@example.org');
  assert.equal(call(c, { _: 'recoverAuthPassword', recovery_code: '00000' }).message, 'CODE_INVALID');
  assert.equal(ok(c, { _: 'recoverAuthPassword', recovery_code: '33333' })._, 'authStateOk');
  assert.equal(ok(c, { _: 'getPasswordState' }).has_password, false);
  for (const x of [a, b, c]) await x.close();
  net.close();
});

test('the stored password is a salted hash, never the password', async () => {
  const c = openEmbeddedCore({ memory: true });
  login(c, '9996645678');
  ok(c, { _: 'setPassword', old_password: '', new_password: 'sekret-pass', new_hint: '', set_recovery_email: false, new_recovery_email: '' });
  const db = (c as unknown as { db: { prepare(s: string): { get(): unknown } } }).db;
  const stored = JSON.stringify(db.prepare('SELECT pw_hash FROM accounts').get());
  assert.doesNotMatch(stored, /sekret/);
  assert.match(stored, /scrypt\$/);
  await c.close();
});

test('bots: createBot gives a username ending in bot and a token; checkAuthBotToken logs in', async () => {
  const net = createMemoryNetwork();
  const bot = createBot(net, 'Echo Helper');
  assert.match(bot.username, /bot$/i);
  assert.match(bot.token, new RegExp(`^${bot.user_id}:[A-Za-z0-9_-]{20,}$`));
  assert.equal(bot.username, 'EchoHelper_bot');
  // a taken username is refused, not renumbered behind the caller's back
  assert.throws(() => createBot(net, 'Echo Helper'), /username @EchoHelper_bot is taken/);
  assert.equal(createBot(net, 'Echo Helper', { username: 'echo_helper2_bot' }).username, 'echo_helper2_bot');
  assert.equal(createBot(net, 'echobot').username, 'echobot', 'a name ending in bot is the username as given');
  assert.throws(() => createBot(net, 'x', { username: 'nothing' }), /not a bot username/);
  const c = openEmbeddedCore({ network: net });
  assert.deepEqual(call(c, { _: 'checkAuthBotToken', token: `${bot.user_id}:nope` }), { _: 'error', code: 400, message: 'ACCESS_TOKEN_INVALID' });
  assert.equal(ok(c, { _: 'checkAuthBotToken', token: bot.token })._, 'authStateOk');
  const me = ok(c, { _: 'getMe' });
  assert.equal(me.id, bot.user_id);
  assert.equal((me.type as TdObject)._, 'userTypeBot');
  await c.close();
  net.close();
});
