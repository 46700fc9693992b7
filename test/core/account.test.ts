/**
 * The account: recovery e-mail and password recovery while logged in, temporary passwords (with
 * the login's brute-force limits), changing the phone number with a code, deleting the account
 * (its sessions end, others see a deleted user, the number registers anew) and its self-destruct
 * delay, imported contacts, the support user, wallpapers, texts, link previews offline,
 * testGetDifference and setAlarm.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBot, createMemoryNetwork, openEmbeddedCore, DB_FILE } from '../../src/core/index.js';
import { CODE_TRIES, FREE_FAILURES } from '../../src/core/engine/auth-limits.js';
import type { TdObject } from '../../src/core/client.js';
import { call, login, ok, settle, text, Updates } from './helpers.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const phoneReq = (p: string): TdObject => ({ _: 'setAuthPhoneNumber', phone_number: p, allow_flash_call: false, is_current_phone_number: false });
const setPassword = (pw: string, email = ''): TdObject => ({ _: 'setPassword', old_password: '', new_password: pw, new_hint: 'hint', set_recovery_email: email !== '', new_recovery_email: email });

test('recovery e-mail: read and replaced with the password only; a wrong password is counted like a login failure', async () => {
  const c = openEmbeddedCore({ memory: true });
  login(c, '9996650001');
  ok(c, setPassword('pw1', 'a@example.org'));
  assert.deepEqual(ok(c, { _: 'getRecoveryEmail', password: 'pw1' }), { _: 'recoveryEmail', recovery_email: 'a@example.org' });
  assert.equal(call(c, { _: 'getRecoveryEmail', password: 'nope' }).message, 'PASSWORD_HASH_INVALID');
  assert.equal(call(c, { _: 'setRecoveryEmail', password: 'pw1', new_recovery_email: 'not an address' }).message, 'EMAIL_INVALID');
  const st = ok(c, { _: 'setRecoveryEmail', password: 'pw1', new_recovery_email: 'b@example.org' });
  assert.equal(st._, 'passwordState');
  assert.equal(st.has_recovery_email, true);
  assert.equal((ok(c, { _: 'getRecoveryEmail', password: 'pw1' }) as TdObject).recovery_email, 'b@example.org');
  assert.equal(call(c, { _: 'setRecoveryEmail', password: 'wrong', new_recovery_email: 'c@example.org' }).message, 'PASSWORD_HASH_INVALID');
  assert.equal((ok(c, { _: 'getRecoveryEmail', password: 'pw1' }) as TdObject).recovery_email, 'b@example.org', 'a refused change changes nothing');
  // failures add up with the login's: after the free ones, FLOOD_WAIT
  for (let i = 0; i < FREE_FAILURES; i++) assert.equal(call(c, { _: 'getRecoveryEmail', password: 'nope' }).message, 'PASSWORD_HASH_INVALID');
  assert.match(String(call(c, { _: 'getRecoveryEmail', password: 'pw1' }).message), /^FLOOD_WAIT_\d+$/, 'even the right password waits');
  await c.close();
});

test('requestPasswordRecovery + recoverPassword remove the password with the e-mailed code (deterministic for test numbers); the code dies after wrong tries', async () => {
  const sunk: [string, string][] = [];
  const c = openEmbeddedCore({ memory: true, codeSink: (to, code) => sunk.push([to, code]) });
  login(c, '9996650002');
  assert.equal(call(c, { _: 'requestPasswordRecovery' }).message, 'PASSWORD_EMPTY');
  ok(c, setPassword('pw'));
  assert.equal(call(c, { _: 'requestPasswordRecovery' }).message, 'PASSWORD_RECOVERY_NA', 'no recovery address');
  ok(c, { _: 'setRecoveryEmail', password: 'pw', new_recovery_email: 'me@example.org' });
  assert.deepEqual(ok(c, { _: 'requestPasswordRecovery' }), { _: 'passwordRecoveryInfo', recovery_email_pattern: 'm***@example.org' });
  for (let i = 1; i < CODE_TRIES; i++) assert.equal(call(c, { _: 'recoverPassword', recovery_code: '00000' }).message, 'CODE_INVALID');
  assert.equal(call(c, { _: 'recoverPassword', recovery_code: '00000' }).message, 'PASSWORD_RECOVERY_EXPIRED');
  assert.equal(call(c, { _: 'recoverPassword', recovery_code: '55555' }).message, 'PASSWORD_RECOVERY_EXPIRED', 'the dead code no longer works');
  ok(c, { _: 'requestPasswordRecovery' });
  const st = ok(c, { _: 'recoverPassword', recovery_code: '55555' });
  assert.equal(st.has_password, false);
  assert.equal(ok(c, { _: 'getPasswordState' }).has_password, false);
  assert.deepEqual(sunk, [], 'test numbers send nothing to the code sink');
  await c.close();
  // a real number: the code goes to the recovery address through the code sink
  const mailed: [string, string][] = [];
  const d = openEmbeddedCore({ memory: true, codeSink: (to, code) => mailed.push([to, code]) });
  ok(d, phoneReq('4915112345678'));
  ok(d, { _: 'checkAuthCode', code: mailed.pop()![1], first_name: 'R', last_name: '' });
  ok(d, setPassword('pw', 'r@example.org'));
  ok(d, { _: 'requestPasswordRecovery' });
  const [to, code] = mailed.pop()!;
  assert.equal(to, 'r@example.org');
  assert.equal(ok(d, { _: 'recoverPassword', recovery_code: code }).has_password, false);
  await d.close();
});

test('createTemporaryPassword needs the password and a valid life; getTemporaryPasswordState counts it down, per session', async () => {
  let now = 1_700_000_000_000;
  const net = createMemoryNetwork();
  const c = openEmbeddedCore({ network: net, session: 'a', clock: () => now });
  const other = openEmbeddedCore({ network: net, session: 'b', clock: () => now });
  login(c, '9996650003');
  login(other, '9996650003');
  assert.equal(call(c, { _: 'createTemporaryPassword', password: '', valid_for: 600 }).message, 'PASSWORD_EMPTY');
  ok(c, setPassword('pw'));
  assert.deepEqual(ok(c, { _: 'getTemporaryPasswordState' }), { _: 'temporaryPasswordState', has_password: false, valid_for: 0 });
  assert.equal(call(c, { _: 'createTemporaryPassword', password: 'pw', valid_for: 10 }).code, 400, 'shorter than a minute');
  assert.equal(call(c, { _: 'createTemporaryPassword', password: 'pw', valid_for: 2 * 86400 }).code, 400, 'longer than a day');
  assert.equal(call(c, { _: 'createTemporaryPassword', password: 'bad', valid_for: 600 }).message, 'PASSWORD_HASH_INVALID');
  assert.deepEqual(ok(c, { _: 'createTemporaryPassword', password: 'pw', valid_for: 600 }), { _: 'temporaryPasswordState', has_password: true, valid_for: 600 });
  now += 100_000;
  assert.deepEqual(ok(c, { _: 'getTemporaryPasswordState' }), { _: 'temporaryPasswordState', has_password: true, valid_for: 500 });
  assert.equal(ok(other, { _: 'getTemporaryPasswordState' }).has_password, false, 'another session has none');
  now += 500_000;
  assert.deepEqual(ok(c, { _: 'getTemporaryPasswordState' }), { _: 'temporaryPasswordState', has_password: false, valid_for: 0 });
  await c.close();
  await other.close();
  net.close();
});

test('changePhoneNumber: a code to the new number (test numbers: fixed), resend, wrong codes die, the number moves and contacts see it', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  const uid = login(a, '9996650004', 'Mover');
  login(b, '9996650005', 'Friend');
  const bu = new Updates(b);
  assert.equal(call(a, { _: 'changePhoneNumber', phone_number: 'x', allow_flash_call: false, is_current_phone_number: false }).message, 'PHONE_NUMBER_INVALID');
  assert.equal(call(a, { _: 'changePhoneNumber', phone_number: '9996650005', allow_flash_call: false, is_current_phone_number: false }).message, 'PHONE_NUMBER_OCCUPIED');
  assert.equal(call(a, { _: 'checkChangePhoneNumberCode', code: '11111' }).message, 'Call to checkChangePhoneNumberCode unexpected');
  // the friend has the new number in their contacts already
  ok(b, { _: 'importContacts', contacts: [{ _: 'contact', phone_number: '9996680006', first_name: 'New', last_name: '', user_id: 0 }] });
  const st = ok(a, { _: 'changePhoneNumber', phone_number: '+999 668 0006', allow_flash_call: false, is_current_phone_number: false });
  assert.equal(st._, 'authStateWaitCode');
  assert.equal((st.code_type as TdObject)._, 'authCodeTypeSms');
  assert.equal((ok(a, { _: 'resendChangePhoneNumberCode' }).code_type as TdObject)._, 'authCodeTypeCall');
  assert.equal(call(a, { _: 'resendChangePhoneNumberCode' }).message, 'SEND_CODE_UNAVAILABLE');
  for (let i = 1; i < CODE_TRIES; i++) assert.equal(call(a, { _: 'checkChangePhoneNumberCode', code: '12345' }).message, 'PHONE_CODE_INVALID');
  assert.equal(call(a, { _: 'checkChangePhoneNumberCode', code: '12345' }).message, 'PHONE_CODE_EXPIRED');
  assert.equal(call(a, { _: 'checkChangePhoneNumberCode', code: '88888' }).message, 'PHONE_CODE_EXPIRED');
  ok(a, { _: 'changePhoneNumber', phone_number: '9996680006', allow_flash_call: false, is_current_phone_number: false });
  assert.deepEqual(ok(a, { _: 'checkChangePhoneNumberCode', code: '88888' }), { _: 'authStateOk' });
  assert.equal(ok(a, { _: 'getMe' }).phone_number, '9996680006');
  const seen = await bu.waitFor((u) => u._ === 'updateUser' && (u.user as TdObject).id === uid, 3000, 'updateUser of the mover');
  assert.equal((seen.user as TdObject).phone_number, '9996680006', 'the friend who has the new number sees it');
  assert.equal(((seen.user as TdObject).my_link as TdObject)._, 'linkStateContact');
  // the old number is free: logging in with it registers a new account
  const c = openEmbeddedCore({ network: net, session: 'c' });
  assert.notEqual(login(c, '9996650004', 'Newcomer'), uid);
  // and the new one logs into the moved account
  const d = openEmbeddedCore({ network: net, session: 'd' });
  assert.equal(login(d, '9996680006'), uid);
  for (const x of [a, b, c, d]) await x.close();
  net.close();
});

test('deleteAccount: every session is logged out, others see a deleted user, nothing reaches it, the number registers anew', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const a2 = openEmbeddedCore({ network: net, session: 'a2' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  const uid = login(a, '9996650007', 'Leaving');
  login(a2, '9996650007');
  const buid = login(b, '9996650008', 'Staying');
  ok(a, { _: 'changeUsername', username: 'leaving_user' });
  ok(b, { _: 'createPrivateChat', user_id: uid });
  ok(b, text(uid, 'hello'));
  const a2u = new Updates(a2);
  const bu = new Updates(b);
  assert.deepEqual(ok(a, { _: 'deleteAccount', reason: 'testing' }), { _: 'ok' });
  assert.equal(ok(a, { _: 'getAuthState' })._, 'authStateWaitPhoneNumber');
  assert.equal(ok(a2, { _: 'getAuthState' })._, 'authStateWaitPhoneNumber', 'the other session is logged out too');
  await a2u.waitFor((u) => u._ === 'updateAuthState' && (u.auth_state as TdObject)._ === 'authStateWaitPhoneNumber', 3000, 'the logout of the other session');
  const upd = await bu.waitFor((u) => u._ === 'updateUser' && (u.user as TdObject).id === uid && ((u.user as TdObject).type as TdObject)._ === 'userTypeDeleted', 3000, 'the deleted user');
  assert.equal((upd.user as TdObject).phone_number, '');
  const seen = ok(b, { _: 'getUser', user_id: uid });
  assert.equal((seen.type as TdObject)._, 'userTypeDeleted');
  assert.equal(seen.first_name, '');
  assert.equal(seen.username, '');
  assert.equal(call(b, text(uid, 'are you there?')).message, 'INPUT_USER_DEACTIVATED');
  assert.equal(call(b, { _: 'searchPublicChat', username: 'leaving_user' }).message, 'USERNAME_NOT_OCCUPIED');
  assert.equal(call(b, { _: 'addChatMember', chat_id: (ok(b, { _: 'createNewGroupChat', user_ids: [], title: 'G' }).id as number), user_id: uid, forward_limit: 0 }).message, 'INPUT_USER_DEACTIVATED');
  // the number logs in as someone new
  const again = login(a, '9996650007', 'Fresh');
  assert.notEqual(again, uid);
  assert.notEqual(again, buid);
  assert.equal(ok(a, { _: 'getMe' }).first_name, 'Fresh');
  // bots cannot delete themselves
  const bot = openEmbeddedCore({ network: net, session: 'bot' });
  ok(bot, { _: 'checkAuthBotToken', token: createBot(net, 'Keeper').token });
  assert.equal(call(bot, { _: 'deleteAccount', reason: '' }).code, 400);
  for (const x of [a, a2, b, bot]) await x.close();
  net.close();
});

test('changeAccountTtl/getAccountTtl: 30 to 366 days; an account idle longer is deleted when its number logs in again', async () => {
  let now = 1_700_000_000_000;
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a', clock: () => now });
  const b = openEmbeddedCore({ network: net, session: 'b', clock: () => now });
  const uid = login(a, '9996650009', 'Idle');
  login(b, '9996650010', 'Other');
  assert.deepEqual(ok(a, { _: 'getAccountTtl' }), { _: 'accountTtl', days: 180 });
  assert.equal(call(a, { _: 'changeAccountTtl', ttl: { _: 'accountTtl', days: 7 } }).message, 'TTL_DAYS_INVALID');
  assert.equal(call(a, { _: 'changeAccountTtl', ttl: { _: 'accountTtl', days: 400 } }).message, 'TTL_DAYS_INVALID');
  ok(a, { _: 'changeAccountTtl', ttl: { _: 'accountTtl', days: 30 } });
  assert.deepEqual(ok(a, { _: 'getAccountTtl' }), { _: 'accountTtl', days: 30 });
  ok(a, { _: 'resetAuth', force: false });
  // 29 days later the account is still there
  now += 29 * DAY_MS;
  assert.equal(login(a, '9996650009'), uid);
  ok(a, { _: 'resetAuth', force: false });
  // 31 idle days later it is gone: the number registers a new account, others see the old one deleted
  now += 31 * DAY_MS;
  assert.notEqual(login(a, '9996650009', 'Reborn'), uid);
  assert.equal((ok(b, { _: 'getUser', user_id: uid }).type as TdObject)._, 'userTypeDeleted');
  await a.close();
  await b.close();
  net.close();
});

test('getImportedContactCount / deleteImportedContacts: the count, and the links go on both sides', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  login(a, '9996650011', 'Importer');
  const buid = login(b, '9996650012', 'Known');
  assert.deepEqual(ok(a, { _: 'getImportedContactCount' }), { _: 'count', count: 0 });
  ok(a, {
    _: 'importContacts',
    contacts: [
      { _: 'contact', phone_number: '9996650012', first_name: 'K', last_name: '', user_id: 0 },
      { _: 'contact', phone_number: '9996659999', first_name: 'Nobody', last_name: '', user_id: 0 },
    ],
  });
  assert.deepEqual(ok(a, { _: 'getImportedContactCount' }), { _: 'count', count: 2 });
  assert.equal((ok(a, { _: 'getUser', user_id: buid }).my_link as TdObject)._, 'linkStateContact');
  const au = new Updates(a);
  ok(a, { _: 'deleteImportedContacts' });
  assert.deepEqual(ok(a, { _: 'getImportedContactCount' }), { _: 'count', count: 0 });
  assert.equal((ok(a, { _: 'getUser', user_id: buid }).my_link as TdObject)._, 'linkStateNone');
  assert.equal(ok(a, { _: 'searchContacts', query: '', limit: 10 }).total_count, 0);
  await au.waitFor((x) => x._ === 'updateUser' && (x.user as TdObject).id === buid && ((x.user as TdObject).my_link as TdObject)._ === 'linkStateNone', 3000, 'updateUser of the former contact');
  const seenByB = ok(b, { _: 'getUser', user_id: ok(a, { _: 'getMe' }).id });
  assert.equal((seenByB.foreign_link as TdObject)._, 'linkStateNone', 'B sees that A no longer has its number');
  await a.close();
  await b.close();
  net.close();
});

test('getSupportUser is a built-in account messages can be sent to; new accounts still get ordinary ids', async () => {
  const c = openEmbeddedCore({ memory: true });
  login(c, '9996650013');
  const support = ok(c, { _: 'getSupportUser' });
  assert.equal(support._, 'user');
  assert.equal(support.first_name, 'Support');
  assert.equal((support.type as TdObject)._, 'userTypeGeneral');
  assert.deepEqual(ok(c, { _: 'getSupportUser' }), support, 'always the same account');
  ok(c, { _: 'createPrivateChat', user_id: support.id });
  assert.equal(ok(c, text(support.id as number, 'help!'))._, 'message');
  // an account registered after the support user exists gets an id of the usual range
  ok(c, { _: 'resetAuth', force: false });
  assert.ok(login(c, '9996650014') >= 100000);
  await c.close();
});

test('getWallpapers, getTermsOfService (before login too), getInviteText', async () => {
  const c = openEmbeddedCore({ memory: true });
  const tos = ok(c, { _: 'getTermsOfService' });
  assert.equal(tos._, 'text');
  assert.match(String(tos.text), /data directory/);
  assert.equal(call(c, { _: 'getWallpapers' }).code, 401, 'wallpapers need a login');
  login(c, '9996650015');
  const w = ok(c, { _: 'getWallpapers' });
  const list = w.wallpapers as TdObject[];
  assert.ok(list.length >= 4);
  assert.deepEqual(list.map((x) => x.id), [...new Set(list.map((x) => x.id))], 'ids are distinct');
  for (const x of list) assert.equal(typeof x.color, 'number');
  assert.deepEqual(ok(c, { _: 'getWallpapers' }), w);
  assert.equal(ok(c, { _: 'getInviteText' })._, 'text');
  await c.close();
});

test('link previews offline: getWebPagePreview and getWebPageInstantView answer 404 Not Found, as TD does for a page Telegram cannot fetch', async () => {
  const c = openEmbeddedCore({ memory: true });
  login(c, '9996650016');
  assert.deepEqual(call(c, { _: 'getWebPagePreview', message_text: 'see https://example.org/page' }), { _: 'error', code: 404, message: 'Not Found' });
  assert.deepEqual(call(c, { _: 'getWebPagePreview', message_text: 'no link here' }), { _: 'error', code: 404, message: 'Not Found' });
  assert.deepEqual(call(c, { _: 'getWebPageInstantView', url: 'https://example.org/', force_full: true }), { _: 'error', code: 404, message: 'Not Found' });
  assert.equal(call(c, { _: 'getWebPageInstantView', url: ' ', force_full: false }).code, 400);
  await c.close();
});

test('testGetDifference delivers updates another writer left in the feed without a wake-up', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-diff-'));
  try {
    const c = openEmbeddedCore({ dataDir: dir, session: 'alice', pollMs: 3_600_000 });
    login(c, '9996650017');
    const u = new Updates(c);
    await settle(50);
    // another writer that does not poke the wake file (as a crashed process would have left it)
    const raw = new Database(path.join(dir, DB_FILE));
    raw.prepare("INSERT INTO feed (client, account, auth, body) VALUES ('alice', NULL, NULL, ?)").run(JSON.stringify({ _: 'updateOption', name: 'probe', value: { _: 'optionValueString', value: 'x' } }));
    raw.close();
    await settle(300);
    assert.equal(u.list.some((x) => x._ === 'updateOption' && x.name === 'probe'), false, 'not delivered without a wake-up');
    assert.deepEqual(ok(c, { _: 'testGetDifference' }), { _: 'ok' });
    await u.waitFor((x) => x._ === 'updateOption' && x.name === 'probe', 3000, 'the probe update');
    await c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('setAlarm answers ok after the delay (asynchronously only, before login too); a negative delay is refused', async () => {
  const c = openEmbeddedCore({ memory: true });
  assert.equal(c.invokeSync!({ _: 'setAlarm', seconds: 0.2 }), undefined, 'never answers synchronously');
  assert.deepEqual(await c.invoke({ _: 'setAlarm', seconds: 0.2 }), { _: 'ok' });
  let rang = false;
  const late = c.invoke({ _: 'setAlarm', seconds: 600 }).then(
    () => (rang = true),
    (e: Error & { code?: string }) => e.code,
  );
  await settle(200);
  assert.equal(rang, false, 'a ten-minute alarm has not rung');
  assert.equal((await c.invoke({ _: 'setAlarm', seconds: -1 })).code, 400);
  await c.close();
  assert.equal(await late, 'CLIENT_CLOSED', 'closing the client ends the wait');
});

test('deleteAccount across processes: the account\'s session in another process is logged out, and a user there sees it deleted', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-delete-'));
  try {
    const a = openEmbeddedCore({ dataDir: dir, session: 'a' });
    const uid = login(a, '9996650021', 'Going');
    const script = path.join(dir, 'other.mjs');
    writeFileSync(
      script,
      `import { writeSync } from 'node:fs';
const say = (s) => writeSync(1, s + '\\n');
const core = await import(${JSON.stringify(new URL('../../src/core/index.js', import.meta.url).href)});
const login = (c, phone, name) => {
  c.invokeSync({ _: 'setAuthPhoneNumber', phone_number: phone, allow_flash_call: false, is_current_phone_number: false });
  c.invokeSync({ _: 'checkAuthCode', code: phone[5].repeat(5), first_name: name, last_name: '' });
};
const a2 = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'a2' });
const b = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'b' });
login(a2, '9996650021', 'Going');
login(b, '9996650022', 'Watcher');
b.invokeSync({ _: 'createPrivateChat', user_id: ${uid} });
b.invokeSync({ _: 'sendMessage', chat_id: ${uid}, reply_to_message_id: 0, disable_notification: false, from_background: false, reply_markup: null,
  input_message_content: { _: 'inputMessageText', text: 'hi', disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null } });
let loggedOut = false, deleted = false;
const done = () => { if (loggedOut && deleted) { say('auth ' + a2.invokeSync({ _: 'getAuthState' })._ + ' type ' + b.invokeSync({ _: 'getUser', user_id: ${uid} }).type._); void a2.close().then(() => b.close()).then(() => process.exit(0)); } };
a2.onUpdate((u) => { if (u._ === 'updateAuthState' && u.auth_state._ === 'authStateWaitPhoneNumber') { loggedOut = true; done(); } });
b.onUpdate((u) => { if (u._ === 'updateUser' && u.user.id === ${uid} && u.user.type._ === 'userTypeDeleted') { deleted = true; done(); } });
say('ready');
setTimeout(() => { say('hang guard'); process.exit(3); }, 60000).unref();
setInterval(() => {}, 1000);
`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('ready')) resolve();
      });
      void exited.then((code) => reject(new Error(`the other process exited with ${code}: ${out}`)));
    });
    ok(a, { _: 'deleteAccount', reason: '' });
    assert.equal(await exited, 0, out);
    assert.match(out, /auth authStateWaitPhoneNumber type userTypeDeleted/);
    await a.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
