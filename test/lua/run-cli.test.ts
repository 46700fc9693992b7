/** `luatd run` end to end: spawns the built bin (binPath). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { binPath, runLuatd, sharedSchemasDir, NO_SHARED, spawnCli, type Ran } from '../helpers/bin.js';
import { packageRoot } from '../../src/paths.js';
import { openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { sendTextRequest } from '../../src/core/requests.js';

function luatd(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<Ran> {
  return spawnCli(args, opts);
}

function tempDir(t: { after: (f: () => void) => void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-run-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('the quickstart runs with --memory and prints the tour (README main command)', async () => {
  const r = await luatd(['run', '--memory', 'examples/quickstart.lua']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^state:\tauthStateWaitPhoneNumber$/m);
  assert.match(r.stdout, /^code:\tauthStateOk$/m);
  assert.match(r.stdout, /^sent:\t\d+\tin chat \d+\tHello from Lua 👋$/m);
  assert.match(r.stdout, /^error\t401\tUnauthorized$/m);
  assert.match(r.stdout, /^state after:\tauthStateWaitPhoneNumber$/m);
});

test('the quickstart also runs on a fresh data dir, twice', async (t) => {
  const home = tempDir(t);
  for (let i = 0; i < 2; i++) {
    const r = await luatd(['run', 'examples/quickstart.lua'], { env: { LUATD_HOME: home } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^error\t401\tUnauthorized$/m);
  }
});

test('-e CODE, - (stdin), arg and ..., a #! line', async (t) => {
  const e = await luatd(['run', '--memory', '-e', 'print(arg[0], ...)', 'x', '--y']);
  assert.equal(e.status, 0, e.stderr);
  assert.equal(e.stdout, '(command line)\tx\t--y\n');
  const s = await luatd(['run', '--memory', '-', 'a'], { input: 'print("stdin", ..., #arg)' });
  assert.equal(s.stdout, 'stdin\ta\t1\n');
  const dir = tempDir(t);
  const file = path.join(dir, 'hello.lua');
  writeFileSync(file, '#!/usr/bin/env luatd run\nprint(arg[0] == ... and "no" or "yes", debug.traceback():match("hello.lua:2") ~= nil)\n');
  const f = await luatd(['run', '--memory', file, 'z']);
  assert.equal(f.stdout, 'yes\ttrue\n', f.stderr);
});

test('an uncaught error exits 1 with chunk:line and a traceback on stderr; syntax errors say what was expected', async (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'bad.lua');
  writeFileSync(file, 'local function f()\n  resetAuth({force = "yes"})\nend\nf()\n');
  const r = await luatd(['run', '--memory', file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`^luatd: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: resetAuth: Invalid 'force': expected Bool, got string\nstack traceback:`));
  assert.match(r.stderr, /bad\.lua:4: in main chunk/);
  const s = await luatd(['run', '--memory', '-e', 'if x then']);
  assert.equal(s.status, 1);
  assert.match(s.stderr, /^luatd: \(command line\):1: 'end' expected near <eof>/);
  const m = await luatd(['run', '--memory', path.join(dir, 'missing.lua')]);
  assert.equal(m.status, 1);
  assert.match(m.stderr, /cannot read .*missing\.lua: no such file/);
});

test('limit flags: --max-slice ends a runaway loop with exit 1 and where it was', async () => {
  const r = await luatd(['run', '--memory', '--max-slice', '100', '-e', 'local n = 0\nwhile true do n = n + 1 end']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^luatd: \(command line\):2: script ran for more than 100 ms without giving control back/);
  const s = await luatd(['run', '--memory', '--max-steps', '100000', '-e', 'local n = 0\nwhile true do n = n + 1 end']);
  assert.equal(s.status, 1);
  assert.match(s.stderr, /^luatd: \(command line\):2: script ran more than 100000 Lua steps without giving control back/);
  const u = await luatd(['run', '--memory', '--max-slice', 'soon', '-e', '']);
  assert.equal(u.status, 2);
  assert.match(u.stderr, /--max-slice expects a non-negative number/);
});

test('--schema: the globals follow another schema; what the core does not serve answers its not-implemented error', { skip: sharedSchemasDir ? false : NO_SHARED }, async () => {
  const schema = path.join(sharedSchemasDir!, 'td_api_1.8.66.tl');
  const r = await luatd([
    'run',
    '--memory',
    '--schema',
    schema,
    '-e',
    'assert(type(addStickerToSet) == "function") local r = getStickerSet({set_id = 1}) print(r._, type(r.code), r.message)',
  ]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^error\tnumber\t.*getStickerSet/m);
});

test('ping_pong_bot: replies to another session across processes; SIGINT stops it cleanly (exit 0)', async (t) => {
  const dir = tempDir(t);
  const bot = runLuatd(['--data', dir, '--session', 'bot', 'examples/ping_pong_bot.lua']);
  t.after(() => bot.p.kill('SIGKILL')); // a failed assertion must not leave the bot running (the suite would never end)
  const exited = new Promise<[number | null, string | null]>((r) => bot.p.on('close', (c, s) => r([c, s])));
  const botId = Number((await bot.waitFor(/running as Ping \(user (\d+)\)/, 'the bot to start'))[1]);
  const user = openEmbeddedCore({ dataDir: dir, session: 'user' });
  try {
    await user.invoke({ _: 'setAuthPhoneNumber', phone_number: '9996635555', allow_flash_call: false, is_current_phone_number: false });
    assert.equal((await user.invoke({ _: 'checkAuthCode', code: '33333', first_name: 'Uma', last_name: '' }))._, 'authStateOk');
    const chat = (await user.invoke({ _: 'createPrivateChat', user_id: botId })) as TdObject & { id: number };
    // the bot's answer, by event: a loaded machine only makes it later
    const reply = new Promise<TdObject & { reply_to_message_id?: number }>((resolve) =>
      user.onUpdate((u) => {
        const m = u.message as TdObject & { content: { text?: string } };
        if (u._ === 'updateNewMessage' && m.content.text === 'pong') resolve(m);
      }),
    );
    const sent = (await user.invoke(sendTextRequest(chat.id, 'ping'))) as TdObject & { id: number };
    const pong = await Promise.race([reply, bot.exited.then((c) => assert.fail(`the bot ended (exit ${c}) before answering: ${bot.out()} ${bot.err()}`))]);
    assert.equal(pong.reply_to_message_id, sent.id);
  } finally {
    await user.close();
  }
  bot.p.kill('SIGINT');
  const [code, signal] = await exited;
  assert.equal(signal, null);
  assert.equal(code, 0, bot.err());
  assert.match(bot.out(), /pong -> chat \d+/);
});

test('login codes for non-test numbers are reported on stderr', async () => {
  const r = await luatd(['run', '--memory', '-e', 'print(setAuthPhoneNumber({phone_number = "+44 7700 900123"})._)']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'authStateWaitCode\n');
  assert.match(r.stderr, /^luatd: login code for .*: \d{5}$/m);
});

test('SIGINT interrupts a script busy in a loop: exit 1, "interrupted" with where', async (t) => {
  const run = runLuatd(['--memory', '-e', 'print("busy")\nlocal n = 0 while true do n = n + 1 end']);
  t.after(() => run.p.kill('SIGKILL'));
  await run.waitFor(/busy/, 'busy');
  run.p.kill('SIGINT');
  assert.equal(await run.exited, 1);
  assert.match(run.err(), /^luatd: \(command line\):2: interrupted/);
});

test('a worker terminated by the hard stop leaves the core data intact for the next run', async (t) => {
  const dir = tempDir(t);
  const first = await luatd([
    'run',
    '--data',
    dir,
    '--max-slice',
    '300',
    '--hard-stop-grace',
    '300',
    '--allow-js',
    '-e',
    // one call per slice (sleep(0) ends a slice), so that a busy machine cannot push the set-up
    // itself past the hard stop. The last line is a JS loop that never returns: only the
    // supervisor can stop it (no library loop will do: string.rep and the like now count steps
    // and finish or raise in time, so the run could end with status 0 on a fast machine)
    `check(setAuthPhoneNumber({phone_number = "9996644444"})) sleep(0)
     check(checkAuthCode({code = "44444", first_name = "Dee"})) sleep(0)
     local me = check(getMe()) sleep(0)
     local chat = check(createPrivateChat({user_id = me.id})) sleep(0)
     check(sendMessage({chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "kept"}})) sleep(0)
     print("sent")
     sleep(0)
     require("js").global:eval("for (;;) {}")`,
  ]);
  assert.equal(first.status, 1);
  assert.equal(first.stdout, 'sent\n');
  assert.match(first.stderr, /worker was terminated/);
  const second = await luatd([
    'run',
    '--data',
    dir,
    '-e',
    'local me = check(getMe()) local h = check(getChatHistory({chat_id = me.id, from_message_id = 0, offset = 0, limit = 10})) print(h.messages[1].content.text)',
  ]);
  assert.equal(second.status, 0, second.stderr);
  assert.equal(second.stdout, 'kept\n');
});

test('SIGTERM stops a waiting bot cleanly (exit 0)', async (t) => {
  const run = runLuatd(['--memory', '-e', 'on(function() end) print("ready")']);
  t.after(() => run.p.kill('SIGKILL'));
  await run.waitFor(/ready/, 'ready');
  run.p.kill('SIGTERM');
  assert.equal(await run.exited, 0, run.err());
  assert.equal(run.err(), '');
});

test('a reader that goes away (luatd run x.lua | head) stops the script quietly', async (t) => {
  const p = spawn(process.execPath, [binPath, 'run', '--memory', '-e', 'local i = 0 while true do i = i + 1 print(i) end'], { cwd: packageRoot });
  t.after(() => p.kill('SIGKILL'));
  let err = '';
  p.stderr.on('data', (d) => (err += d));
  const closed = new Promise<number | null>((r) => p.on('close', (c) => r(c)));
  p.stdout.once('data', () => p.stdout.destroy());
  assert.equal(await closed, 0, err);
  assert.equal(err, '');
});

test('--module-path (repeatable) adds folders for require; the script folder comes first', async (t) => {
  const dir = tempDir(t);
  for (const sub of ['one', 'two', 'app']) mkdirSync(path.join(dir, sub));
  writeFileSync(path.join(dir, 'one', 'a.lua'), 'return "one.a"');
  writeFileSync(path.join(dir, 'two', 'b.lua'), 'return "two.b"');
  writeFileSync(path.join(dir, 'two', 'a.lua'), 'return "two.a"');
  writeFileSync(path.join(dir, 'app', 'b.lua'), 'return "app.b"');
  writeFileSync(path.join(dir, 'app', 'main.lua'), 'print(require("a"), require("b"))');
  const r = await luatd(['run', '--memory', '--module-path', path.join(dir, 'one'), '--module-path', path.join(dir, 'two'), path.join(dir, 'app', 'main.lua')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'one.a\tapp.b\n');
});
