// Lua plugins end to end inside one process: a recording client stands in for the core so that
// updates can be pushed at will; the plugins run in real sandboxed VMs (the Lua host's LuaRuntime).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPlugins, loadPlugins, type OpenedPlugins, type PluginEvent } from '../../src/plugins/manager.js';
import { createHost } from '../../src/index.js';
import { ourSchema, loadSchema } from '../../src/schema/parser.js';
import { sharedSchemasDir, NO_SHARED } from '../helpers/bin.js';
import type { TdObject } from '../../src/core/client.js';
import { FakeCore, newMessage, until } from './fakes.js';

const message = (id: number, text: string): TdObject => newMessage(id, text, 42);

function pluginDir(files: Record<string, Record<string, string>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-lp-'));
  for (const [name, fs] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    for (const [f, text] of Object.entries(fs)) writeFileSync(path.join(dir, name, f), text);
  }
  return dir;
}

const COUNTER = {
  'plugin.json': JSON.stringify({ name: 'counter', version: '1.0.0', permissions: ['getMe', 'sendMessage'], updates: ['updateNewMessage'] }),
  'init.lua': `local P = {}
function P.on_load() print("on_load", storage.get("seen") or 0) end
function P.on_unload() print("on_unload v1") end
P.on = { updateNewMessage = function(u)
  storage.set("seen", (storage.get("seen") or 0) + 1)
  storage.set("last", { id = u.message.id, text = u.message.content.text })
end }
P.commands = { ping = function(m, args) return "pong " .. args end }
P.repl = { me = function() return getMe().id end }
return P
`,
};

/** A slice of a million Lua steps (work, not time: the same verdicts on a busy machine); the minute is a hang guard. */
const PLUGIN_LIMITS = { sliceSteps: 1_000_000, sliceMs: 60_000 };

async function open(dirs: string[], core: FakeCore, extra: { dataDir?: string; watch?: boolean } = {}) {
  const lines: string[] = [];
  const events: PluginEvent[] = [];
  const opened: OpenedPlugins = await openPlugins({
    dirs,
    client: core,
    schema: ourSchema(),
    limits: PLUGIN_LIMITS,
    print: (l) => lines.push(l),
    report: (e) => events.push(e),
    dataDir: extra.dataDir,
    watch: extra.watch ? { debounceMs: 60, pollMs: 100 } : false,
  });
  return { opened, lines, events };
}

test('a plugin loads, reacts to updates and /commands, answers REPL commands, keeps state across restarts', async () => {
  const dir = pluginDir({ counter: COUNTER });
  const data = mkdtempSync(path.join(os.tmpdir(), 'luatd-lpdata-'));
  const core = new FakeCore();
  const first = await open([dir], core, { dataDir: data });
  let { opened, lines } = first;
  const events = first.events;
  assert.deepEqual(events.map((e) => e.message), ["plugin 'counter' loaded (v1.0.0)"]);
  assert.deepEqual(lines, ['[counter] on_load\t0']);
  core.push(message(1, 'hello'));
  core.push(message(2, '/ping a b'));
  await until(() => core.calls.some((c) => c._ === 'sendMessage'), 'the /ping reply');
  const reply = core.calls.find((c) => c._ === 'sendMessage') as TdObject;
  assert.equal(reply.chat_id, 42);
  assert.equal(reply.reply_to_message_id, 2);
  assert.equal((reply.input_message_content as TdObject).text, 'pong a b');
  assert.equal(await opened.manager.replCommands().get('me')?.run(''), '777');
  core.push({ _: 'updateUser', user: { _: 'user', id: 1 } });
  await opened.close();
  assert.equal(lines.at(-1), '[counter] on_unload v1');
  // restart: the KV store kept what the plugin stored
  ({ opened, lines } = await open([dir], core, { dataDir: data }));
  assert.deepEqual(lines, ['[counter] on_load\t2']);
  await opened.close();
});

test('a hostile sibling (global tampering, infinite loop, forbidden calls) is disabled; the others keep running', async () => {
  const dir = pluginDir({
    counter: COUNTER,
    hostile: {
      'init.lua': `
getMe = nil; print = nil; storage = nil; string.format = nil
return { name = "hostile", permissions = {}, updates = {"updateNewMessage"},
  on = { updateNewMessage = function(u)
    if u.message.id == 1 then pcall(getMe) end
    while true do end
  end } }`,
    },
    nosy: {
      'init.lua': `return { permissions = {"sendMessage"}, repl = {
        peek = function() local me = getMe() return me end,
        sneak = function() return invoke({_ = "getMe"}) end,
        viatd = function() return td.getMe() end,
        caught = function() local ok, err = pcall(td.getMe) return tostring(ok) .. " " .. err end,
        badparam = function() local r = sendMessage({chat_id = "x"}) return r end } }`,
    },
  });
  const core = new FakeCore();
  const { opened, events } = await open([dir], core);
  assert.deepEqual(opened.manager.list().map((s) => `${s.name}:${s.state}`), ['counter:loaded', 'hostile:loaded', 'nosy:loaded']);
  await assert.rejects(opened.manager.replCommands().get('peek')!.run(''), /nosy\/init.lua:2: plugin 'nosy': getMe is not in its permissions/);
  await assert.rejects(opened.manager.replCommands().get('badparam')!.run(''), /nosy\/init.lua:6: sendMessage: Invalid 'chat_id'/);
  // the same Lua error at the caller's line whichever way the method is reached
  await assert.rejects(opened.manager.replCommands().get('sneak')!.run(''), /nosy\/init.lua:3: plugin 'nosy': getMe is not in its permissions/);
  await assert.rejects(opened.manager.replCommands().get('viatd')!.run(''), /nosy\/init.lua:4: plugin 'nosy': getMe is not in its permissions/);
  assert.equal(await opened.manager.replCommands().get('caught')!.run(''), "false plugin 'nosy': getMe is not in its permissions");
  core.push(message(1, 'hello'));
  await until(() => opened.manager.status('hostile')?.state === 'disabled', 'the hostile plugin to be disabled');
  assert.match(opened.manager.status('hostile')!.reason!, /exceeded a limit: .*more than 1000000 Lua steps/);
  assert.ok(events.some((e) => e.kind === 'disabled' && e.plugin === 'hostile'));
  // the sibling still works: its globals and API functions were untouched
  core.push(message(2, '/ping still'));
  await until(() => core.calls.some((c) => c._ === 'sendMessage'), 'the sibling to answer');
  assert.equal(await opened.manager.replCommands().get('me')?.run(''), '777');
  await opened.close();
});

test('broken plugins are reported disabled with the reason; loading order is by name', async () => {
  const dir = pluginDir({
    b_syntax: { 'init.lua': 'return {' },
    a_badjson: { 'init.lua': 'return {}', 'plugin.json': '{nope' },
    c_perm: { 'init.lua': 'return { permissions = {"noSuchFunction"} }' },
    d_crash: { 'init.lua': 'error("boom at load")' },
    e_ok: { 'init.lua': 'return { version = "2.0" }' },
    f_upd: { 'init.lua': 'return { updates = {"updateNoSuchThing"} }' },
    g_unlisted: { 'init.lua': 'return { updates = {"updateUser"}, on = { updateNewMessage = function() end } }' },
    h_loadloop: { 'init.lua': 'return { on_load = function() while true do end end }' },
  });
  const { opened } = await open([dir], new FakeCore());
  const st = opened.manager.list();
  assert.deepEqual(st.map((s) => s.name), ['a_badjson', 'b_syntax', 'c_perm', 'd_crash', 'e_ok', 'f_upd', 'g_unlisted', 'h_loadloop']);
  assert.match(st[0].reason!, /a_badjson\/plugin.json: not valid JSON/);
  assert.match(st[1].reason!, /b_syntax\/init.lua:1: .*<eof>/);
  assert.match(st[2].reason!, /permissions: unknown function 'noSuchFunction'/);
  assert.match(st[3].reason!, /d_crash\/init.lua:1: boom at load/);
  assert.equal(st[4].state, 'loaded');
  assert.equal(st[4].version, '2.0');
  assert.match(st[5].reason!, /updates: unknown update type 'updateNoSuchThing'/);
  assert.match(st[6].reason!, /handles updateNewMessage but its manifest's 'updates' does not list it/);
  assert.match(st[7].reason!, /on_load failed: .*more than 1000000 Lua steps/);
  await opened.close();
});

test('hot reload: an edit reloads the plugin (on_unload, then the new version); a broken edit keeps the last good one', async () => {
  const dir = pluginDir({ counter: COUNTER });
  const core = new FakeCore();
  const { opened, lines, events } = await open([dir], core, { watch: true });
  const init = path.join(dir, 'counter', 'init.lua');
  writeFileSync(init, COUNTER['init.lua'].replace('on_unload v1', 'on_unload v2').replace('"pong "', '"PONG2 "'));
  await until(() => events.some((e) => e.kind === 'reloaded'), 'the reload');
  assert.ok(lines.includes('[counter] on_unload v1'), 'the old version got on_unload');
  core.push(message(5, '/ping x'));
  await until(() => core.calls.some((c) => c._ === 'sendMessage'), 'the new version to answer');
  assert.equal(((core.calls.at(-1) as TdObject).input_message_content as TdObject).text, 'PONG2 x');
  writeFileSync(init, 'this is not lua');
  await until(() => events.some((e) => e.kind === 'reload-failed'), 'the failed reload');
  assert.match(events.find((e) => e.kind === 'reload-failed')!.message, /reload failed: .*counter\/init.lua:1: .*; keeping the previous version/);
  assert.equal(opened.manager.status('counter')!.state, 'loaded');
  core.calls = [];
  core.push(message(6, '/ping y'));
  await until(() => core.calls.some((c) => c._ === 'sendMessage'), 'the last good version to answer');
  assert.equal(((core.calls.at(-1) as TdObject).input_message_content as TdObject).text, 'PONG2 y');
  await opened.close();
});

test('a handler error disables the plugin; fixing the file loads it again; storage.keys and bad values', async () => {
  const dir = pluginDir({
    fragile: {
      'init.lua': `return { updates = {"updateNewMessage"}, repl = {
        keys = function() storage.set("b", 1) storage.set("a", {x = true}) return table.concat(storage.keys(), ",") end,
        bad = function() storage.set("f", print) end },
        on = { updateNewMessage = function(u) error("handler broke on " .. u.message.id) end } }`,
    },
  });
  const core = new FakeCore();
  const { opened, events } = await open([dir], core, { watch: true });
  try {
    assert.equal(await opened.manager.replCommands().get('keys')!.run(''), 'a,b');
    await assert.rejects(opened.manager.replCommands().get('bad')!.run(''), /fragile\/init.lua:3: storage.set: Invalid 'value': cannot pass a function/);
    core.push(message(7, 'x'));
    await until(() => opened.manager.status('fragile')?.state === 'disabled', 'the crash to disable the plugin');
    assert.match(opened.manager.status('fragile')!.reason!, /crashed: fragile\/init.lua:4: handler broke on 7/);
    assert.equal(opened.manager.replCommands().size, 0, 'a disabled plugin offers no commands');
    writeFileSync(path.join(dir, 'fragile', 'init.lua'), 'return { version = "2", repl = { alive = function() return "yes" end } }');
    await until(() => opened.manager.status('fragile')?.state === 'loaded', 'the fixed plugin to load');
    assert.equal(await opened.manager.replCommands().get('alive')!.run(''), 'yes');
    assert.ok(events.some((e) => e.kind === 'reloaded' && e.plugin === 'fragile'));
  } finally {
    await opened.close();
  }
});

test('with a newer schema (td_api 1.8.66) /command replies use formattedText and no reply_to_message_id', { skip: sharedSchemasDir ? false : NO_SHARED }, async () => {
  const schema = loadSchema(path.join(sharedSchemasDir!, 'td_api_1.8.66.tl'));
  const dir = pluginDir({ counter: { 'init.lua': 'return { permissions = {"sendMessage"}, commands = { ping = function(m, a) return "pong " .. a end } }' } });
  const core = new FakeCore();
  const opened = await openPlugins({ dirs: [dir], client: core, schema, limits: PLUGIN_LIMITS });
  try {
    assert.equal(opened.manager.status('counter')?.state, 'loaded', opened.manager.status('counter')?.reason);
    core.push({ _: 'updateNewMessage', message: { _: 'message', id: 3, chat_id: 8, content: { _: 'messageText', text: { _: 'formattedText', text: '/ping new', entities: [] } } } });
    await until(() => core.calls.some((c) => c._ === 'sendMessage'), 'the reply');
    const req = core.calls.find((c) => c._ === 'sendMessage')!;
    assert.equal(req.chat_id, 8);
    assert.deepEqual((req.input_message_content as TdObject).text, { _: 'formattedText', text: 'pong new', entities: [] });
    assert.equal(opened.manager.status('counter')?.state, 'loaded');
  } finally {
    await opened.close();
  }
});

test('loadPlugins next to a library host (createHost): plugins run on the host\'s embedded core', async () => {
  const host = await createHost({ memory: true });
  const lines: string[] = [];
  const dir = pluginDir({ me: { 'init.lua': 'return { permissions = {"getAuthState"}, repl = { state = function() return getAuthState()._ end } }' } });
  const p = await loadPlugins(host, [dir], { print: (l) => lines.push(l) });
  try {
    assert.equal(await p.manager.replCommands().get('state')!.run(''), 'authStateWaitPhoneNumber');
  } finally {
    await p.close();
    await host.close();
  }
});

test('plugins cannot see each other\'s globals nor change each other\'s API functions', async () => {
  const dir = pluginDir({
    a: { 'init.lua': 'SECRET = "a-only"; getAuthState = function() return "forged" end\nreturn { repl = { a_secret = function() return SECRET end } }' },
    b: { 'init.lua': 'return { permissions = {"getMe"}, repl = { b_peek = function() return tostring(SECRET) .. " " .. type(getMe) .. " " .. getMe()._ end } }' },
  });
  const { opened } = await open([dir], new FakeCore());
  try {
    assert.equal(await opened.manager.replCommands().get('a_secret')!.run(''), 'a-only');
    assert.equal(await opened.manager.replCommands().get('b_peek')!.run(''), 'nil function user');
  } finally {
    await opened.close();
  }
});
