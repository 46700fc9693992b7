/**
 * The long-running front-ends on TDLib, offline: `luatd serve --backend tdlib` (PWRTelegram's
 * routes to TDLib, the Bot API routes answering 501 naming the backend, a TDLib call that waits
 * for the network answering 504) and `luatd plugins serve --backend tdlib` (a plugin calling
 * TDLib, fed TDLib's updates, refused an undeclared call). Each is a spawned CLI stopped with
 * SIGTERM. Every test skips with a note where TDLib cannot load.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';
import { NO_TDLIB, OFFLINE_API, luatd, tempDir } from './helpers.js';

const skip = NO_TDLIB;

/** A CLI process left running; `until` waits for text on stdout or stderr. */
function start(args: string[], env: Record<string, string> = {}): { p: ChildProcessWithoutNullStreams; out: () => string; until: (re: RegExp) => Promise<RegExpExecArray>; stop: () => Promise<number | null> } {
  const p = spawn(process.execPath, [binPath, ...args], { env: { ...process.env, ...env } });
  let out = '';
  p.stdout.on('data', (d: Buffer) => (out += d.toString()));
  p.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => p.on('exit', (code) => resolve(code)));
  return {
    p,
    out: () => out,
    until: (re) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re} in:\n${out}`)), 60_000);
        const look = (): void => {
          const m = re.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m);
          } else if (p.exitCode !== null) {
            clearTimeout(timer);
            reject(new Error(`exited (${p.exitCode}) before ${re}:\n${out}`));
          } else setTimeout(look, 50);
        };
        look();
      }),
    stop: async () => {
      if (p.exitCode === null) p.kill('SIGTERM');
      const t = setTimeout(() => p.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(t);
      return code;
    },
  };
}

type Reply = { status: number; body: { ok: boolean; result?: Record<string, unknown>; error_code?: number; description?: string } };

async function post(url: string, form: Record<string, string> = {}): Promise<Reply> {
  const r = await fetch(url, { method: 'POST', body: new URLSearchParams(form) });
  return { status: r.status, body: (await r.json()) as Reply['body'] };
}

test('serve --backend tdlib: /user<TOKEN>/<function> and madeline reach TDLib; Bot API methods answer 501 naming the backend; a call waiting for the network answers 504', { skip }, async (t) => {
  const data = tempDir(t);
  const made = await luatd(['token', 'create', '--data', data, '--session', 'alice']);
  assert.equal(made.status, 0, made.stderr);
  const token = made.stdout.trim();
  const server = start(['serve', '--backend', 'tdlib', '--data', data, '--listen', '127.0.0.1:0', '--timeout', '1500', ...OFFLINE_API]);
  try {
    const [, url] = await server.until(/listening on (http:\/\/127\.0\.0\.1:\d+) \(.*TDLib\)/);
    const user = `${url}/user${token}`;
    const version = await post(`${user}/getOption`, { name: '"version"' });
    assert.equal(version.status, 200);
    assert.match(String(version.body.result!.value), /^1\.8\.\d+$/);
    // TDLib's own authorization flow, in the token's session (its database inside the data dir)
    assert.deepEqual((await post(`${user}/getAuthorizationState`)).body, { ok: true, result: { _: 'authorizationStateWaitPhoneNumber' } });
    assert.deepEqual((await post(`${user}/getAuthState`)).body, { ok: true, result: { _: 'authStateWaitPhoneNumber' } }, 'the legacy translation');
    assert.deepEqual((await post(`${user}/testSquareInt`, { x: '7' })).body, { ok: true, result: { _: 'testInt', value: 49 } });
    const md = await post(`${user}/madeline`, { method: 'parseTextEntities', params: JSON.stringify({ text: '*b* _i_', parse_mode: { _: 'textParseModeMarkdown', version: 2 } }) });
    assert.equal(md.body.result!.text, 'b i');
    // refused before TDLib sees it, with the embedded gateway's wording
    assert.deepEqual((await post(`${user}/getMee`)).body, { ok: false, error_code: 400, description: "Unknown method 'getMee' (did you mean 'getMe'?)" });
    assert.equal((await post(`${user}/getOption`, { name: '"version"', colour: '1' })).body.description, "Unknown parameter 'colour'");
    // TDLib's own refusal: no chat before login
    const chat = await post(`${user}/getChat`, { chat_id: '5' });
    assert.equal(chat.status, 401);
    // sending a code needs Telegram: offline it answers 504 after --timeout, naming the call
    const phone = await post(`${user}/setAuthenticationPhoneNumber`, { phone_number: '9996612222' });
    assert.equal(phone.status, 504);
    assert.match(phone.body.description!, /TDLib did not answer setAuthenticationPhoneNumber within 1500 ms/);
    // the seed's line, as on the embedded gateway
    assert.deepEqual((await post(`${user}/resetAuth`, { force: 'true' })).body, { ok: false, error_code: 401, description: 'Unauthorized' });
    assert.deepEqual((await post(`${user}/getAuthorizationState`)).body.result, { _: 'authorizationStateWaitPhoneNumber' });
    // bots: the Bot API is not mapped onto TDLib; madeline logs the bot in through TDLib (offline: 504)
    const bot = `${url}/bot123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    const send = await post(`${bot}/sendMessage`, { chat_id: '1', text: 'hi' });
    assert.equal(send.status, 501);
    assert.match(send.body.description!, /the Bot API method 'sendMessage' is served by the embedded backend only; this gateway runs --backend tdlib: call TD functions through \/bot<TOKEN>\/madeline/);
    assert.equal((await post(`${url}/file/bot123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/photos/a.jpg`)).status, 501);
    const login = await post(`${bot}/madeline`, { method: 'getMe' });
    assert.equal(login.status, 504);
    assert.match(login.body.description!, /checkAuthenticationBotToken/);
    assert.equal((await post(`${url}/botnot-a-token/madeline`, { method: 'getMe' })).status, 401);
    assert.equal((await post(`${url}/userbad:token/getMe`)).status, 401);
    assert.equal(await server.stop(), 0);
    assert.match(server.out(), /SIGTERM: draining[\s\S]*stopped/);
  } finally {
    await server.stop();
  }
});

test('serve --backend tdlib: options are checked, TDLib that cannot load is named before listening', { skip }, async () => {
  const lib = await luatd(['serve', '--backend', 'tdlib', '--memory', '--listen', '127.0.0.1:0'], { env: { LUATD_TDJSON: '/nonexistent/libtdjson.so' } });
  assert.equal(lib.status, 2);
  assert.match(lib.stderr, /\/nonexistent\/libtdjson\.so/);
  const timeout = await luatd(['serve', '--memory', '--timeout', '5', '--listen', '127.0.0.1:0']);
  assert.equal(timeout.status, 2);
  assert.match(timeout.stderr, /--timeout applies to serve --backend tdlib only/);
  const id = await luatd(['serve', '--memory', '--api-id', '1', '--listen', '127.0.0.1:0']);
  assert.match(id.stderr, /--api-id applies to --backend tdlib only/);
});

test('plugins serve --backend tdlib: a Lua plugin calls TDLib, gets its updates, is refused an undeclared call, stops on SIGTERM', { skip }, async (t) => {
  const dir = tempDir(t);
  const plugin = path.join(dir, 'plugins', 'probe');
  mkdirSync(plugin, { recursive: true });
  writeFileSync(
    path.join(plugin, 'plugin.json'),
    JSON.stringify({ name: 'probe', version: '1.0.0', description: 'TDLib probe', permissions: ['getOption', 'getAuthorizationState', 'testSquareInt'], updates: ['updateOption', 'updateAuthorizationState'] }),
  );
  writeFileSync(
    path.join(plugin, 'init.lua'),
    `local plugin = {}
function plugin.on_load()
  print("version " .. getOption({name = "version"}).value)
  print("square " .. testSquareInt({x = 7}).value)
  local ok, err = pcall(getChats, {limit = 1})
  print("undeclared " .. tostring(ok) .. " " .. tostring(err))
end
plugin.on = {
  updateOption = function(u) if u.name == "version" then print("update version " .. u.value.value) end end,
  updateAuthorizationState = function(u) print("state " .. u.authorization_state._) end,
}
return plugin
`,
  );
  const served = start(['plugins', 'serve', '--backend', 'tdlib', '--data', path.join(dir, 'data'), '--plugins', path.join(dir, 'plugins'), '--no-user-plugins', ...OFFLINE_API]);
  try {
    await served.until(/serving 1 plugin\(s\)/);
    const [, version] = await served.until(/\[probe\] version (1\.8\.\d+)/);
    await served.until(/\[probe\] square 49/);
    await served.until(/\[probe\] undeclared false .*getChats/);
    await served.until(new RegExp(`\\[probe\\] update version ${version!.replace(/\./g, '\\.')}`));
    await served.until(/\[probe\] state authorizationStateWaitPhoneNumber/);
    assert.equal(await served.stop(), 0);
  } finally {
    await served.stop();
  }
});
