import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE, openEmbeddedCore } from '../../src/core/index.js';
import { acquireStore, releaseStore } from '../../src/core/store/store.js';
import { MIGRATIONS } from '../../src/core/store/migrations.js';
import { isLuatdError } from '../../src/errors.js';
import type { TdObject } from '../../src/core/client.js';
import { login, ok, settle, text, Updates } from './helpers.js';

const coreUrl = new URL('../../src/core/index.js', import.meta.url).href;

function tmpDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'luatd-core-'));
}

/** Writes a child script (ESM) that imports the built core as `core`. */
function childScript(dir: string, body: string): string {
  const file = path.join(dir, `child-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    file,
    `import * as core from ${JSON.stringify(coreUrl)};\nimport { writeSync } from 'node:fs';\nconst say = (s) => writeSync(1, s + '\\n');\n${body}\n`,
  );
  return file;
}

test('a data dir keeps auth, messages and the update position across reopen; updates written while closed arrive on reopen', async () => {
  const dir = tmpDir();
  try {
    let a = openEmbeddedCore({ dataDir: dir, session: 'a' });
    const first = new Updates(a);
    const b = openEmbeddedCore({ dataDir: dir, session: 'b' });
    const aid = login(a, '9996650001', 'Ann');
    const bid = login(b, '9996650002', 'Ben');
    ok(a, { _: 'createPrivateChat', user_id: bid });
    ok(a, text(bid, 'kept'));
    ok(a, { _: 'setOption', name: 'color', value: { _: 'optionValueString', value: 'blue' } });
    await first.waitFor((u) => u._ === 'updateOption' && u.name === 'color');
    await a.close();
    ok(b, text(aid, 'sent while you were away'));
    await b.close();

    a = openEmbeddedCore({ dataDir: dir, session: 'a' });
    const ups = new Updates(a);
    assert.equal(ok(a, { _: 'getAuthState' })._, 'authStateOk');
    assert.deepEqual(ok(a, { _: 'getOption', name: 'color' }), { _: 'optionValueString', value: 'blue' });
    const h = ok(a, { _: 'getChatHistory', chat_id: bid, from_message_id: 0, offset: 0, limit: 10 });
    assert.deepEqual((h.messages as TdObject[]).map((m) => (m.content as TdObject).text), ['sent while you were away', 'kept']);
    await ups.waitFor((u) => u._ === 'updateNewMessage');
    await settle(120);
    assert.deepEqual(ups.names(), ['updateAuthState:authStateOk', 'updateNewMessage'], 'only what was not delivered before, once');
    await a.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged, foreign or too-new data file is DATA_CORRUPT naming the path, never a crash', async () => {
  const dir = tmpDir();
  try {
    const file = path.join(dir, DB_FILE);
    writeFileSync(file, 'this is not a database at all'.repeat(200));
    assert.throws(() => openEmbeddedCore({ dataDir: dir }), (e: unknown) => isLuatdError(e, 'DATA_CORRUPT') && e.message.includes(file));
    rmSync(file);
    const foreign = new Database(file);
    foreign.exec('CREATE TABLE recipes (name TEXT)');
    foreign.close();
    assert.throws(() => openEmbeddedCore({ dataDir: dir }), (e: unknown) => isLuatdError(e, 'DATA_CORRUPT') && /not written by luatd/.test(e.message));
    rmSync(file);
    const c = openEmbeddedCore({ dataDir: dir });
    await c.close();
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    assert.throws(() => openEmbeddedCore({ dataDir: dir }), (e: unknown) => isLuatdError(e, 'DATA_CORRUPT') && /newer luatd/.test(e.message));
    const notDir = path.join(dir, 'plain-file');
    writeFileSync(notDir, 'x');
    assert.throws(() => openEmbeddedCore({ dataDir: notDir }), (e: unknown) => isLuatdError(e));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an older data dir opens in a newer version: missing migrations run once, data kept', async () => {
  const dir = tmpDir();
  try {
    const old = openEmbeddedCore({ dataDir: dir });
    login(old, '9996699001', 'Oldtimer');
    await old.close();
    const next = [...MIGRATIONS, "ALTER TABLE accounts ADD COLUMN nickname TEXT NOT NULL DEFAULT 'none'"];
    const s = acquireStore(dir, next);
    assert.equal(s.db.pragma('user_version', { simple: true }), next.length);
    assert.deepEqual(s.db.prepare('SELECT first_name, nickname FROM accounts').get(), { first_name: 'Oldtimer', nickname: 'none' });
    releaseStore(s);
    const again = acquireStore(dir, next); // nothing left to apply: no duplicate-column failure
    releaseStore(again);
    // and the shipped version now refuses the newer file instead of damaging it
    assert.throws(() => openEmbeddedCore({ dataDir: dir }), (e: unknown) => isLuatdError(e, 'DATA_CORRUPT') && /newer luatd/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a data dir of layout 1 (feed with AUTOINCREMENT, order counter in meta) upgrades: ids, order and feed position carry on', async () => {
  const dir = tmpDir();
  try {
    // The state an older luatd leaves: Ann's chat with Bob holds messages 1-5, 6-7 were deleted for
    // everyone (last_msg_id = 7), the order counter is at 41, feed rows up to seq 90 were pruned
    // and seq 91 still waits for Ann.
    const v1 = acquireStore(dir, MIGRATIONS.slice(0, 1));
    v1.db.exec(`
      INSERT INTO accounts (id, phone, first_name, created) VALUES (1001, '9996610001', 'Ann', 0), (1002, '9996610002', 'Bob', 0), (1003, '9996610003', 'Cid', 0);
      INSERT INTO authorizations (id, account_id, client, log_in_date, last_active_date) VALUES ('a1', 1001, 'luatd', 0, 0);
      INSERT INTO clients (name, state, phone, account_id, auth_id, last_seq, login_seq) VALUES ('ann', 'ok', '9996610001', 1001, 'a1', 90, 0);
      INSERT INTO convs (id, kind, user_a, user_b, last_msg_id, created) VALUES (1, 'private', 1001, 1002, 7, 0), (2, 'private', 1001, 1003, 1, 0);
      INSERT INTO messages (conv, id, sender, date, content) VALUES
        (1, 1, 1002, 1, '{"_":"messageText","text":"m1","entities":[]}'), (1, 2, 1001, 2, '{"_":"messageText","text":"m2","entities":[]}'),
        (1, 3, 1002, 3, '{"_":"messageText","text":"m3","entities":[]}'), (1, 4, 1001, 4, '{"_":"messageText","text":"m4","entities":[]}'),
        (1, 5, 1002, 5, '{"_":"messageText","text":"m5","entities":[]}'), (2, 1, 1003, 6, '{"_":"messageText","text":"c1","entities":[]}');
      INSERT INTO dialogs (owner, conv, chat_id, status, join_date, order_key) VALUES
        (1001, 1, 1002, 'member', 0, 40), (1002, 1, 1001, 'member', 0, 40), (1001, 2, 1003, 'member', 0, 41), (1003, 2, 1001, 'member', 0, 41);
      UPDATE meta SET value = '41' WHERE key = 'activity';
      INSERT INTO feed (seq, client, account, auth, body) VALUES (90, NULL, 1001, NULL, '{"_":"updateOption","name":"seen","value":{"_":"optionValueEmpty"}}');
      DELETE FROM feed;
      INSERT INTO feed (client, account, auth, body) VALUES (NULL, 1001, NULL, '{"_":"updateOption","name":"waiting","value":{"_":"optionValueEmpty"}}');
    `);
    assert.equal(v1.db.prepare('SELECT MAX(seq) FROM feed').pluck().get(), 91);
    releaseStore(v1);

    const ann = openEmbeddedCore({ dataDir: dir, session: 'ann' });
    const ups = new Updates(ann);
    try {
      await ups.waitFor((u) => u._ === 'updateOption' && u.name === 'waiting', 60_000, 'the update left in the old feed');
      assert.ok(!ups.list.some((u) => u._ === 'updateOption' && u.name === 'seen'), 'a pruned update came back');
      assert.deepEqual(ok(ann, { _: 'getChats', offset_order: '9223372036854775807', offset_chat_id: 0, limit: 10 }).chat_ids, [1003, 1002]);
      // the deleted ids 6 and 7 are not issued again
      assert.equal(ok(ann, text(1002, 'after the upgrade')).id, 8);
      assert.equal(ok(ann, text(1002, 'and again')).id, 9);
      // the chat just written to is above every order of the old counter
      const chats = ok(ann, { _: 'getChats', offset_order: '9223372036854775807', offset_chat_id: 0, limit: 10 }).chat_ids as number[];
      assert.deepEqual(chats, [1002, 1003]);
      assert.ok(Number(ok(ann, { _: 'getChat', chat_id: 1002 }).order) > 41);
      const m = await ups.waitFor((u) => u._ === 'updateNewMessage' && (u.message as TdObject).id === 9, 60_000, 'updateNewMessage 9');
      assert.equal(((m.message as TdObject).content as TdObject).text, 'and again');
    } finally {
      await ann.close();
    }
    const db = new Database(path.join(dir, DB_FILE));
    try {
      assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
      // every client has passed everything: pruning leaves the newest row, so seq never restarts
      const left = db.prepare('SELECT seq FROM feed').pluck().all() as number[];
      assert.equal(left.length, 1);
      assert.ok(left[0] > 91);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('message ids are never reused after the newest messages are deleted for everyone, across restarts', async () => {
  const dir = tmpDir();
  try {
    let a = openEmbeddedCore({ dataDir: dir, session: 'a' });
    const b = openEmbeddedCore({ dataDir: dir, session: 'b' });
    login(a, '9996610011', 'A');
    const bId = login(b, '9996610012', 'B');
    await b.close();
    ok(a, { _: 'createPrivateChat', user_id: bId });
    const ids = [1, 2, 3].map((i) => ok(a, text(bId, `m${i}`)).id as number);
    ok(a, { _: 'deleteMessages', chat_id: bId, message_ids: [ids[1], ids[2]], revoke: true });
    await a.close();
    a = openEmbeddedCore({ dataDir: dir, session: 'a' });
    try {
      const next = ok(a, text(bId, 'after')).id as number;
      assert.equal(next, ids[2] + 1);
      const history = ok(a, { _: 'getChatHistory', chat_id: bId, from_message_id: 0, offset: 0, limit: 10 }).messages as TdObject[];
      assert.deepEqual(history.map((m) => m.id), [next, ids[0]]);
    } finally {
      await a.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two processes on one data dir see each other\'s updates', async () => {
  const dir = tmpDir();
  try {
    // the parent prepares the accounts so the child only logs in
    const a = openEmbeddedCore({ dataDir: dir, session: 'parent' });
    const ups = new Updates(a);
    const aid = login(a, '9996660001', 'Parent');
    const script = childScript(
      dir,
      `const c = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'child' });
       c.invokeSync({ _: 'setAuthPhoneNumber', phone_number: '9996670002', allow_flash_call: false, is_current_phone_number: false });
       c.invokeSync({ _: 'checkAuthCode', code: '77777', first_name: 'Child', last_name: '' });
       const me = c.invokeSync({ _: 'getMe' });
       c.onUpdate((u) => {
         if (u._ === 'updateNewMessage' && u.message.content.text === 'ping') {
           c.invokeSync({ _: 'sendMessage', chat_id: u.message.chat_id, reply_to_message_id: u.message.id, disable_notification: false, from_background: false, reply_markup: null,
             input_message_content: { _: 'inputMessageText', text: 'pong', disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null } });
           for (let i = 1; i <= 50; i++) c.invokeSync({ _: 'sendMessage', chat_id: u.message.chat_id, reply_to_message_id: 0, disable_notification: false, from_background: false, reply_markup: null,
             input_message_content: { _: 'inputMessageText', text: 'n' + i, disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null } });
           setTimeout(() => c.close(), 50);
         }
       });
       say('ready ' + me.id);
       setTimeout(() => { say('timeout'); process.exit(3); }, 120000).unref();
       const keep = setInterval(() => {}, 1000); c.onUpdate(() => {}); setTimeout(() => clearInterval(keep), 110000);`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const childId = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /ready (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${out}`)));
    });
    ok(a, { _: 'createPrivateChat', user_id: childId });
    ok(a, text(childId, 'ping'));
    const pong = await ups.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject).text === 'pong', 60_000, 'pong from the child');
    assert.equal((pong.message as TdObject).sender_user_id, childId);
    assert.equal((pong.message as TdObject).reply_to_message_id, 1);
    assert.notEqual(aid, childId);
    // a burst from the other process arrives complete, in order, once
    await ups.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject).text === 'n50', 60_000, 'the burst');
    await settle(150);
    const burst = ups.list
      .filter((u) => u._ === 'updateNewMessage' && /^n\d+$/.test(String(((u.message as TdObject).content as TdObject).text)))
      .map((u) => ((u.message as TdObject).content as TdObject).text);
    assert.deepEqual(burst, Array.from({ length: 50 }, (_, i) => `n${i + 1}`));
    child.kill();
    await a.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two processes writing to one chat at the same time: no lost write, no busy error, distinct ids', async () => {
  const dir = tmpDir();
  try {
    const a = openEmbeddedCore({ dataDir: dir, session: 'p' });
    const aid = login(a, '9996690001', 'P');
    ok(a, { _: 'createPrivateChat', user_id: aid });
    const script = childScript(
      dir,
      `const c = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'q' });
       c.invokeSync({ _: 'setAuthPhoneNumber', phone_number: '9996690001', allow_flash_call: false, is_current_phone_number: false });
       c.invokeSync({ _: 'checkAuthCode', code: '99999', first_name: '', last_name: '' });
       const me = c.invokeSync({ _: 'getMe' }).id;
       say('go');
       for (let i = 1; i <= 150; i++) {
         const r = c.invokeSync({ _: 'sendMessage', chat_id: me, reply_to_message_id: 0, disable_notification: false, from_background: false, reply_markup: null,
           input_message_content: { _: 'inputMessageText', text: 'child ' + i, disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null } });
         if (r._ !== 'message') { say('bad ' + JSON.stringify(r)); process.exit(2); }
       }
       await c.close();`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    for (let i = 1; i <= 150; i++) ok(a, text(aid, `parent ${i}`));
    assert.equal(await exited, 0);
    const seen: number[] = [];
    let from = 0;
    for (let guard = 0; guard < 10; guard++) {
      const page = (ok(a, { _: 'getChatHistory', chat_id: aid, from_message_id: from, offset: 0, limit: 100 }).messages as TdObject[]).filter((m) => m.id !== from);
      if (page.length === 0) break;
      seen.push(...page.map((m) => m.id as number));
      from = seen[seen.length - 1];
    }
    assert.equal(new Set(seen).size, 300);
    assert.deepEqual(seen, Array.from({ length: 300 }, (_, i) => 300 - i));
    await a.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('kill -9 in the middle of writes loses nothing acknowledged and leaves the file intact', async () => {
  const dir = tmpDir();
  try {
    const script = childScript(
      dir,
      `const c = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'writer' });
       c.invokeSync({ _: 'setAuthPhoneNumber', phone_number: '9996680001', allow_flash_call: false, is_current_phone_number: false });
       c.invokeSync({ _: 'checkAuthCode', code: '88888', first_name: 'Writer', last_name: '' });
       const me = c.invokeSync({ _: 'getMe' }).id;
       c.invokeSync({ _: 'createPrivateChat', user_id: me });
       for (let i = 1; ; i++) {
         const m = c.invokeSync({ _: 'sendMessage', chat_id: me, reply_to_message_id: 0, disable_notification: false, from_background: false, reply_markup: null,
           input_message_content: { _: 'inputMessageText', text: 'n' + i, disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null } });
         say('ack ' + m.id + ' ' + me);
       }`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let lastAck = 0;
    let me = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const acks = [...out.matchAll(/ack (\d+) (\d+)\n/g)];
        if (acks.length > 0) {
          lastAck = Number(acks[acks.length - 1][1]);
          me = Number(acks[acks.length - 1][2]);
        }
        if (lastAck >= 150 && child.exitCode === null && !child.killed) {
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () => resolve());
    });
    // acks that reached the pipe before the kill
    for (const m of out.matchAll(/ack (\d+) (\d+)\n/g)) lastAck = Math.max(lastAck, Number(m[1]));
    assert.ok(lastAck >= 150);
    const raw = new Database(path.join(dir, DB_FILE));
    assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
    raw.close();
    const c = openEmbeddedCore({ dataDir: dir, session: 'writer' });
    assert.equal(ok(c, { _: 'getAuthState' })._, 'authStateOk');
    const newest = ((ok(c, { _: 'getChatHistory', chat_id: me, from_message_id: 0, offset: 0, limit: 1 }).messages as TdObject[])[0]).id as number;
    assert.ok(newest >= lastAck, `newest stored message ${newest} must be at least the last acknowledged ${lastAck}`);
    const acked = ok(c, { _: 'getMessage', chat_id: me, message_id: lastAck });
    assert.equal((acked.content as TdObject).text, `n${lastAck}`);
    await c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a session is used by one process at a time; a lock left by a killed process is taken over', async () => {
  const dir = tmpDir();
  try {
    const script = childScript(dir, `core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'shared' }); say('open'); setInterval(() => {}, 1000);`);
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    assert.throws(
      () => openEmbeddedCore({ dataDir: dir, session: 'shared' }),
      (e: unknown) => isLuatdError(e, 'USAGE') && e.message.includes(`process ${child.pid}`),
    );
    const other = openEmbeddedCore({ dataDir: dir, session: 'other' });
    await other.close();
    const gone = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await gone;
    const mine = openEmbeddedCore({ dataDir: dir, session: 'shared' });
    await mine.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an open client does not keep the process alive, and close() is clean', async () => {
  const dir = tmpDir();
  try {
    const script = childScript(
      dir,
      `const c = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)} });
       c.onUpdate(() => {});
       c.invokeSync({ _: 'getAuthState' });
       const d = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'closed' });
       await d.close();
       say('done');`,
    );
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
      // a hang guard: a child kept alive by an open client would be killed here and fail the test
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('exit', (c) => {
        clearTimeout(killer);
        resolve(c);
      });
    });
    assert.equal(code, 0, 'the child exits on its own');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a process killed (-9) right after its updates were delivered: the next start delivers what it had not saved, in order, and loses none', async () => {
  const dir = tmpDir();
  try {
    const a = openEmbeddedCore({ dataDir: dir, session: 'sender' });
    login(a, '9996690001', 'Sender');
    let bot = openEmbeddedCore({ dataDir: dir, session: 'bot' });
    const botId = login(bot, '9996690002', 'Bot');
    await bot.close();
    ok(a, { _: 'createPrivateChat', user_id: botId });
    const script = childScript(
      dir,
      `const c = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'bot' });
       c.onUpdate((u) => { if (u._ === 'updateNewMessage') say('got ' + u.message.content.text); });
       say('ready');
       setInterval(() => {}, 1000);`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const seen = (s: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => out.includes(s) && resolve();
        child.stdout.on('data', check);
        child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${out}`)));
        check();
      });
    await seen('ready');
    for (const t of ['m1', 'm2', 'm3']) ok(a, text(botId, t));
    await seen('got m3');
    const gone = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await gone;
    assert.deepEqual(out.match(/got \w+/g), ['got m1', 'got m2', 'got m3']);
    ok(a, text(botId, 'm4'));

    bot = openEmbeddedCore({ dataDir: dir, session: 'bot' });
    const ups = new Updates(bot);
    await ups.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject).text === 'm4');
    const again = ups.list.filter((u) => u._ === 'updateNewMessage').map((u) => ((u.message as TdObject).content as TdObject).text as string);
    // whatever the killed process had not saved as its position comes again, in order, ending with m4
    assert.deepEqual(again, ['m1', 'm2', 'm3', 'm4'].slice(-again.length));
    assert.equal(again.at(-1), 'm4');
    await bot.close();
    await a.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
