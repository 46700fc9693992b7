// The "done" bar for plugins, on a folder made by `luatd plugins new`: it loads, reacts to an
// update, survives a hostile sibling, hot-reloads after an edit; plus the CLI end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';
import { openPlugins, type PluginEvent } from '../../src/plugins/manager.js';
import { scaffoldPlugin } from '../../src/plugins/scaffold.js';
import { ourSchema } from '../../src/schema/parser.js';
import type { TdObject } from '../../src/core/client.js';
import { FakeCore, newMessage, until } from './fakes.js';

const msg = (id: number, text: string): TdObject => newMessage(id, text, 9);

const luatd = (args: string[], home: string) =>
  spawnSync(process.execPath, [binPath, ...args], { encoding: 'utf8', env: { ...process.env, LUATD_HOME: home }, timeout: 120_000 });

test('a scaffolded plugin loads, reacts to updates, survives a hostile sibling, and hot-reloads after an edit', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-scaf-'));
  const folder = scaffoldPlugin(dir, 'greeter');
  mkdirSync(path.join(dir, 'hostile'));
  writeFileSync(
    path.join(dir, 'hostile', 'init.lua'),
    `-- tampers with everything it can reach, then spins forever on the first message
for k in pairs(_G) do if k ~= "on" and k ~= "_G" then _G[k] = nil end end
sendMessage = function() return "hijacked" end
return { name = "hostile", updates = {"updateNewMessage"}, on = { updateNewMessage = function() while true do end end } }`,
  );
  const core = new FakeCore();
  const events: PluginEvent[] = [];
  const lines: string[] = [];
  const opened = await openPlugins({
    dirs: [dir],
    client: core,
    schema: ourSchema(),
    limits: { sliceSteps: 1_000_000, sliceMs: 60_000 },
    print: (l) => lines.push(l),
    report: (e) => events.push(e),
    watch: { debounceMs: 60, pollMs: 100 },
  });
  try {
    assert.deepEqual(opened.manager.list().map((s) => `${s.name}:${s.state}`), ['greeter:loaded', 'hostile:loaded']);
    assert.deepEqual(lines, ['[greeter] loaded; messages seen so far: 0']);
    core.push(msg(1, '/ping there'));
    await until(() => opened.manager.status('hostile')?.state === 'disabled', 'the hostile plugin to be stopped');
    assert.match(opened.manager.status('hostile')!.reason!, /exceeded a limit/);
    await until(() => core.calls.some((c) => c._ === 'sendMessage'), 'the greeter to reply');
    const reply = core.calls.find((c) => c._ === 'sendMessage')!;
    assert.equal((reply.input_message_content as TdObject).text, 'pong: there');
    assert.equal(await opened.manager.replCommands().get('greeter')!.run(''), 'messages seen: 1');
    // edit: the reply changes without a restart; the counter in storage survives the reload
    const init = path.join(folder, 'init.lua');
    writeFileSync(init, readFileSync(init, 'utf8').replace('"pong: "', '"PONG v2: "'));
    await until(() => events.some((e) => e.kind === 'reloaded' && e.plugin === 'greeter'), 'the reload');
    assert.ok(lines.includes('[greeter] unloading'), 'on_unload ran');
    assert.equal(lines.at(-1), '[greeter] loaded; messages seen so far: 1');
    core.calls = [];
    core.push(msg(2, '/ping again'));
    await until(() => core.calls.some((c) => c._ === 'sendMessage'), 'the edited greeter to reply');
    assert.equal((core.calls[0].input_message_content as TdObject).text, 'PONG v2: again');
  } finally {
    await opened.close();
  }
});

test('CLI: plugins new, plugins test (pass and fail), plugins list', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'luatd-scafcli-'));
  const dir = path.join(home, 'mine');
  let r = luatd(['plugins', 'new', 'echo-bot', '--dir', dir], home);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /created .*echo-bot/);
  r = luatd(['plugins', 'new', 'echo-bot', '--dir', dir], home);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /already exists/);
  r = luatd(['plugins', 'test', path.join(dir, 'echo-bot')], home);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /all echo-bot tests passed/);
  writeFileSync(path.join(dir, 'echo-bot', 'test.lua'), 'assert(plugin.command("/ping") == "nope", "wrong reply")\n');
  r = luatd(['plugins', 'test', path.join(dir, 'echo-bot')], home);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /test failed: echo-bot\/test.lua:1: wrong reply/);
  mkdirSync(path.join(home, 'plugins', 'broken'), { recursive: true });
  writeFileSync(path.join(home, 'plugins', 'broken', 'init.lua'), 'return { permissions = {"fly"} }');
  r = luatd(['plugins', 'list', '--plugins', dir], home);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^echo-bot v0\.1\.0 \[lua\] loaded {2}\(\/ping \.echo_bot\)/m);
  assert.match(r.stdout, /^broken {2}\[lua\] disabled: permissions: unknown function 'fly'/m);
});

test('CLI: plugins serve runs plugins until SIGINT and reloads them on edits', async () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'luatd-serve-'));
  const dir = path.join(home, 'mine');
  scaffoldPlugin(dir, 'srv');
  const p = spawn(process.execPath, [binPath, 'plugins', 'serve', '--memory', '--plugins', dir], { env: { ...process.env, LUATD_HOME: home } });
  let out = '';
  let err = '';
  p.stdout.on('data', (d: Buffer) => (out += d.toString()));
  p.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => p.on('exit', (c) => resolve(c)));
  try {
    await until(() => err.includes('serving 1 plugin(s)'), 'serve to start');
    const init = path.join(dir, 'srv', 'init.lua');
    writeFileSync(init, readFileSync(init, 'utf8').replace('print("unloading")', 'print("unloading, edited")'));
    await until(() => err.includes("plugin 'srv' reloaded"), 'the reload');
    p.kill('SIGINT');
    assert.equal(await exited, 0);
    assert.match(out, /\[srv\] unloading\n[\s\S]*\[srv\] unloading, edited\n$/);
  } finally {
    p.kill();
  }
});
