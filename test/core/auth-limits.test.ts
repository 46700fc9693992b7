/**
 * Login limits as Telegram has them: a code dies after a few wrong tries, repeated failures bring
 * FLOOD_WAIT_N (420) with a growing wait, for codes, passwords and recovery codes alike; the count
 * lives in the data file (every session and process of a data dir shares it). Data dir modes and
 * hashed bot tokens, including the upgrade of an older data dir.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot, createMemoryNetwork, openEmbeddedCore, DB_FILE } from '../../src/core/index.js';
import { CODE_TRIES, FIRST_WAIT_SEC, FREE_FAILURES } from '../../src/core/engine/auth-limits.js';
import { acquireStore, releaseStore } from '../../src/core/store/store.js';
import { MIGRATIONS } from '../../src/core/store/migrations.js';
import type { TdObject } from '../../src/core/client.js';
import { call, login, ok } from './helpers.js';

const phone = (p: string): TdObject => ({ _: 'setAuthPhoneNumber', phone_number: p, allow_flash_call: false, is_current_phone_number: false });
const code = (c: string): TdObject => ({ _: 'checkAuthCode', code: c, first_name: 'X', last_name: '' });

test(`a login code dies after ${CODE_TRIES} wrong tries (PHONE_CODE_EXPIRED until a new one is sent), test numbers included`, async () => {
  const c = openEmbeddedCore({ memory: true });
  ok(c, phone('9996623456'));
  for (let i = 1; i < CODE_TRIES; i++) assert.equal(call(c, code('00000')).message, 'PHONE_CODE_INVALID');
  assert.equal(call(c, code('00000')).message, 'PHONE_CODE_EXPIRED');
  assert.equal(call(c, code('22222')).message, 'PHONE_CODE_EXPIRED', 'the right code no longer works either');
  ok(c, phone('9996623456'));
  assert.equal(ok(c, code('22222'))._, 'authStateOk');
  await c.close();
});

test('repeated failures on one phone bring FLOOD_WAIT_N (420) in every session, and the wait doubles', async () => {
  let now = 1_700_000_000_000;
  const net = createMemoryNetwork();
  const sunk: string[] = [];
  const opts = { network: net, clock: () => now, codeSink: (_d: string, c: string) => sunk.push(c) };
  const a = openEmbeddedCore({ ...opts, session: 'a' });
  const b = openEmbeddedCore({ ...opts, session: 'b' });
  const wrong = (right: string) => (right === '00000' ? '00001' : '00000');
  let failures = 0;
  while (failures < FREE_FAILURES) {
    ok(a, phone('+44 7700 900777'));
    const r = call(a, code(wrong(sunk[sunk.length - 1])));
    assert.equal(r.code, 400);
    failures++;
  }
  ok(b, phone('+44 7700 900777'));
  const blocked = call(b, code(sunk[sunk.length - 1]));
  assert.deepEqual(blocked, { _: 'error', code: 420, message: `FLOOD_WAIT_${FIRST_WAIT_SEC}` }, 'another session is refused too, even with the right code');
  now += FIRST_WAIT_SEC * 1000 + 1;
  assert.equal(call(b, code(wrong(sunk[sunk.length - 1]))).code, 400);
  assert.deepEqual(call(b, code(sunk[sunk.length - 1])), { _: 'error', code: 420, message: `FLOOD_WAIT_${2 * FIRST_WAIT_SEC}` });
  now += 2 * FIRST_WAIT_SEC * 1000 + 1;
  assert.equal(ok(b, code(sunk[sunk.length - 1]))._, 'authStateOk');
  // a success forgets the failures
  ok(a, phone('+44 7700 900777'));
  assert.equal(call(a, code(wrong(sunk[sunk.length - 1]))).message, 'PHONE_CODE_INVALID');
  await a.close();
  await b.close();
  net.close();
});

test('checkAuthPassword and recoverAuthPassword: FLOOD_WAIT after repeated failures; a recovery code dies after a few tries', async () => {
  let now = 1_700_000_000_000;
  const net = createMemoryNetwork();
  const owner = openEmbeddedCore({ network: net, session: 'owner', clock: () => now });
  login(owner, '9996645678', 'Pat');
  ok(owner, { _: 'setPassword', old_password: '', new_password: 'correct horse', new_hint: '', set_recovery_email: true, new_recovery_email: 'pat@example.org' });
  const thief = openEmbeddedCore({ network: net, session: 'thief', clock: () => now });
  ok(thief, phone('9996645678'));
  assert.equal(ok(thief, code('44444'))._, 'authStateWaitPassword');
  for (let i = 0; i < FREE_FAILURES; i++) assert.equal(call(thief, { _: 'checkAuthPassword', password: `guess${i}` }).message, 'PASSWORD_HASH_INVALID');
  assert.deepEqual(call(thief, { _: 'checkAuthPassword', password: 'correct horse' }), { _: 'error', code: 420, message: `FLOOD_WAIT_${FIRST_WAIT_SEC}` });
  ok(thief, { _: 'requestAuthPasswordRecovery' });
  for (let i = 1; i < CODE_TRIES; i++) assert.equal(call(thief, { _: 'recoverAuthPassword', recovery_code: '000000' }).message, 'CODE_INVALID');
  assert.equal(call(thief, { _: 'recoverAuthPassword', recovery_code: '000000' }).message, 'PASSWORD_RECOVERY_EXPIRED');
  assert.equal(call(thief, { _: 'recoverAuthPassword', recovery_code: '444444' }).message, 'Call to recoverAuthPassword unexpected');
  // the password is still there
  assert.equal(ok(owner, { _: 'getPasswordState' }).has_password, true);
  now += FIRST_WAIT_SEC * 1000 + 1;
  assert.equal(ok(thief, { _: 'checkAuthPassword', password: 'correct horse' })._, 'authStateOk');
  await owner.close();
  await thief.close();
  net.close();
});

test('failures are kept in the data dir: closing and reopening (another process) does not reset them', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-auth-'));
  try {
    const sunk: string[] = [];
    for (let i = 0; i < FREE_FAILURES; i++) {
      const c = openEmbeddedCore({ dataDir: dir, session: `s${i}`, codeSink: (_d, c) => sunk.push(c) });
      ok(c, phone('+44 7700 900888'));
      assert.equal(call(c, code(sunk[sunk.length - 1] === '00000' ? '00001' : '00000')).code, 400);
      await c.close();
    }
    const c = openEmbeddedCore({ dataDir: dir, session: 'fresh', codeSink: (_d, c) => sunk.push(c) });
    ok(c, phone('+44 7700 900888'));
    assert.equal(call(c, code(sunk[sunk.length - 1])).code, 420);
    await c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the data dir is 0700 and its files 0600; bot tokens are kept only as hashes', async () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'luatd-modes-'));
  const dir = path.join(parent, 'data');
  try {
    const bot = createBot(dir, 'Secret Keeper');
    const c = openEmbeddedCore({ dataDir: dir, session: 'bot' });
    assert.equal(ok(c, { _: 'checkAuthBotToken', token: bot.token })._, 'authStateOk');
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    for (const f of [DB_FILE, `${DB_FILE}-wal`, 'locks']) {
      const mode = statSync(path.join(dir, f)).mode & 0o777;
      assert.equal(mode & 0o077, 0, `${f} is readable by others (${mode.toString(8)})`);
    }
    await c.close();
    // closed: the write-ahead log is folded into the file
    const bytes = readFileSync(path.join(dir, DB_FILE)).toString('latin1');
    assert.ok(!bytes.includes(bot.token.split(':')[1]), 'the token is in the data file');
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('an older data dir is upgraded: plain bot tokens become hashes, world-readable files become 0600', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-upgrade-'));
  try {
    const old = acquireStore(dir, MIGRATIONS.slice(0, 3));
    const token = '100001:plain-token-of-an-old-version-abcdefgh';
    old.db.prepare("INSERT INTO accounts (id, first_name, is_bot, bot_token, username, created) VALUES (100001, 'Old', 1, ?, 'old_bot', 0)").run(token);
    releaseStore(old);
    chmodSync(path.join(dir, DB_FILE), 0o644);
    const c = openEmbeddedCore({ dataDir: dir, session: 'bot' });
    assert.equal(statSync(path.join(dir, DB_FILE)).mode & 0o077, 0);
    assert.equal(ok(c, { _: 'checkAuthBotToken', token })._, 'authStateOk', 'the old token still logs in');
    const store = acquireStore(dir);
    assert.notEqual(store.db.prepare('SELECT bot_token FROM accounts WHERE id = 100001').pluck().get(), token);
    releaseStore(store);
    await c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
