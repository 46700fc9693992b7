/** Update handlers: on/off/catch-all, legacy callbacks, errors that do not stop the bot, stop(); the ping-pong bot against the core. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LuaRuntime } from '../../src/lua/runtime.js';
import { ourSchema } from '../../src/schema/parser.js';
import { packageRoot } from '../../src/paths.js';
import { openEmbeddedCore, createMemoryNetwork } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import type { LuatdError } from '../../src/errors.js';
import { FakeClient } from './fake-client.js';

function setup(async = false) {
  const client = new FakeClient({ async });
  const out: string[] = [];
  const errors: LuatdError[] = [];
  const rt = new LuaRuntime({ client, schema: ourSchema(), print: (l) => out.push(l), onHandlerError: (e) => errors.push(e) });
  return { client, out, errors, rt };
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const newMessage = (text: string, id = 1): TdObject => ({
  _: 'updateNewMessage',
  message: { _: 'message', id, chat_id: -1001234567890, sender_user_id: 7, content: { _: 'messageText', text } },
  disable_notification: false,
  contains_mention: false,
});

for (const async of [false, true]) {
  test(`handlers (${async ? 'waiting' : 'immediate'} API): on, catch-all, off, API calls inside, errors reported, stop()`, async () => {
    const { client, out, errors, rt } = setup(async);
    const done = rt.run(
      `
      local seen = 0
      local function any(u) seen = seen + 1 end
      on(any)
      on("updateNewMessage", function(u)
        local text = u.message.content.text
        if text == "boom" then error("bad message " .. u.message.id) end
        if text == "stop" then print("seen " .. seen) stop() return end
        local me = getMe()       -- a call from inside a handler waits like anywhere else
        print(text .. " from " .. u.message.chat_id .. " to " .. me.username)
        if text == "quiet" then off(any) end
      end)
      print("main done")
    `,
      { chunkName: 'bot.lua' },
    );
    await tick();
    assert.deepEqual(out, ['main done']);
    client.emit(newMessage('hello'));
    await tick();
    client.emit(newMessage('boom', 2));
    await tick();
    client.emit(newMessage('quiet', 3));
    await tick();
    client.emit({ _: 'updateOption', name: 'x', value: { _: 'optionValueEmpty' } });
    await tick();
    client.emit(newMessage('stop', 4));
    const outcome = await done;
    assert.equal(outcome.status, 'ok', outcome.error?.message);
    assert.deepEqual(out, ['main done', 'hello from -1001234567890 to zoe', 'quiet from -1001234567890 to zoe', 'seen 3']);
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /^bot\.lua:7: bad message 2$/);
    assert.match(String(errors[0].details.traceback), /bot\.lua:7: in function/);
    assert.equal(client.listenerCount, 0, 'unsubscribed after stop');
    rt.close();
  });
}

test('legacy madeline_update_callback (our spelling) / tdcli_update_callback (tdcli\'s) get every update', async () => {
  const { client, out, rt } = setup();
  const done = rt.run(`
    function madeline_update_callback(u) print("madeline " .. u._) end
    function tdcli_update_callback(u) print("tdcli " .. u.ID) if u.ID == "UpdateOption" then stop() end end
  `);
  await tick();
  client.emit(newMessage('x'));
  client.emit({ _: 'updateOption', name: 'x', value: { _: 'optionValueEmpty' } });
  assert.equal((await done).status, 'ok');
  // after the main chunk, the tdcli bot also hears of its login (the fake client: authStateOk, my_id)
  assert.deepEqual(
    out.filter((l) => !l.startsWith('tdcli UpdateAuthState')),
    ['madeline updateNewMessage', 'tdcli UpdateNewMessage', 'madeline updateOption', 'tdcli UpdateOption'],
  );
  rt.close();
});

test('a script without handlers ends with its main chunk; on() checks its arguments', async () => {
  const { rt } = setup();
  assert.equal((await rt.run('local x = 1')).status, 'ok');
  const bad = await rt.run('on("updateNewMesage", print)', { chunkName: 'b.lua' });
  assert.equal(bad.error?.message, "b.lua:1: on: Unknown update 'updateNewMesage' (did you mean 'updateNewMessage'?)");
  const bad2 = await rt.run('on("updateNewMessage", 5)', { chunkName: 'b.lua' });
  assert.match(bad2.error!.message, /^b\.lua:1: on: expected on\("updateName", function\(update\) \.\.\. end\)/);
  rt.close();
});

test('stopRun() (SIGINT in the CLI) ends a running bot cleanly', async () => {
  const { rt, client } = setup();
  const done = rt.run('on(function() end) sleep(100)');
  await tick();
  rt.stopRun();
  assert.equal((await done).status, 'ok');
  assert.equal(client.listenerCount, 0);
  rt.close();
});

test('examples/ping_pong_bot.lua replies pong to ping, as a reply, against the core (second session as the user)', async () => {
  const net = createMemoryNetwork();
  const bot = openEmbeddedCore({ network: net, session: 'bot' });
  const user = openEmbeddedCore({ network: net, session: 'user' });
  const out: string[] = [];
  const rt = new LuaRuntime({ client: bot, schema: ourSchema(), print: (l) => out.push(l) });
  try {
    const file = path.join(packageRoot, 'examples', 'ping_pong_bot.lua');
    const done = rt.run(readFileSync(file), { chunkName: 'examples/ping_pong_bot.lua', scriptPath: file });
    while (out.length === 0) await tick();
    assert.match(out[0], /^ping-pong bot is running as Ping \(user \d+\)/);
    const userHost = new LuaRuntime({ client: user, schema: ourSchema(), print: (l) => out.push('user: ' + l) });
    const botId = ((await bot.invoke({ _: 'getMe' })) as unknown as { id: number }).id;
    const r = await userHost.exec(`
      check(setAuthPhoneNumber({phone_number = "9996635555"}))
      check(checkAuthCode({code = "33333", first_name = "Uma"}))
      local chat = check(createPrivateChat({user_id = ${botId}}))
      local sent = check(sendMessage({chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "ping"}}))
      local reply
      on("updateNewMessage", function(u) if u.message.content.text == "pong" then reply = u.message end end)
      for i = 1, 6000 do if reply then break end sleep(0.01) end -- a minute: a hang guard
      assert(reply, "no pong")
      assert(reply.reply_to_message_id == sent.id and reply.sender_user_id == ${botId})
      return "pong to " .. reply.reply_to_message_id
    `);
    assert.deepEqual(r.values, ['pong to 1']);
    userHost.close();
    rt.stopRun();
    assert.equal((await done).status, 'ok');
    assert.match(out.join('\n'), /pong -> chat \d+/);
  } finally {
    rt.close();
    await bot.close();
    await user.close();
    net.close();
  }
});

test('off(f) removes f wherever it was registered; off(name) removes every handler of that kind', async () => {
  const { client, out, rt } = setup();
  const done = rt.run(`
    local function a(u) print("a " .. u._) end
    local function b(u) print("b " .. u._) end
    on("updateNewMessage", a) on("updateOption", a) on("updateOption", b) on(a)
    off(a)
    on("updateAuthState", function() off("updateOption") on("updateNewMessage", function() stop() end) end)
  `);
  await tick();
  client.emit({ _: 'updateOption', name: 'x', value: { _: 'optionValueEmpty' } });
  await tick();
  client.emit({ _: 'updateAuthState', auth_state: { _: 'authStateOk' } });
  await tick();
  client.emit({ _: 'updateOption', name: 'x', value: { _: 'optionValueEmpty' } });
  client.emit(newMessage('x'));
  assert.equal((await done).status, 'ok');
  assert.deepEqual(out, ['b updateOption']);
  rt.close();
});

test('require("tdcli"): tdcli_function and tdcli_update_callback in tdcli spelling (ID, trailing _)', async () => {
  const { client, out, rt } = setup();
  const done = rt.run(`
    local tdcli = require("tdcli")
    tdcli_function({ID = "GetMe"}, function(extra, data) print(extra, data.ID, data.id_, data.username_) end, "x")
    local m = tdcli_function({ID = "SendMessage", chat_id_ = 5, input_message_content_ = {ID = "InputMessageText", text_ = "hey"}})
    print(m.ID, m.chat_id_)
    function tdcli_update_callback(data)
      if data.ID == "UpdateOption" then print(data.ID, data.name_) stop() end
    end
  `);
  // the callback is set right after 'Message 5' is printed: emit only then (one fixed wait was a
  // guess that a busy machine lost, and the update went by before the callback existed)
  for (let i = 0; i < 2000 && !out.includes('Message\t5'); i++) await tick(5);
  await tick();
  client.emit({ _: 'updateOption', name: 'x', value: { _: 'optionValueEmpty' } });
  const o = await done;
  assert.equal(o.status, 'ok', o.error?.message);
  assert.deepEqual(out.slice(0, 2), ['x\tUser\t1001234567890\tzoe', 'Message\t5']);
  assert.ok(out.includes('UpdateOption\tx'), out.join('\n'));
  assert.ok(!out.some((l) => l.startsWith('updateOption')));
  rt.close();
});
