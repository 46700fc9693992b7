/**
 * tdcli compatibility (src/lua/tdcli.ts): tdcli_function in tdcli's spelling against the embedded
 * core, the 2017-03 names, errors as objects for the callback, the start-up updates, and every
 * name of the 2017-03 file either ours or mapped (the file from ../shared, skipped when absent).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { packageRoot } from '../../src/paths.js';
import { LuaRuntime, formatError } from '../../src/lua/runtime.js';
import { loadSchema, ourSchema } from '../../src/schema/parser.js';
import { openEmbeddedCore, createMemoryNetwork } from '../../src/core/index.js';
import { LEGACY_CONSTRUCTORS, LEGACY_FUNCTIONS } from '../../src/lua/tdcli-names.js';
import { sharedSchemasDir, spawnCli } from '../helpers/bin.js';
import { FakeClient } from './fake-client.js';

const LOGIN = `
  check(setAuthPhoneNumber({phone_number = "9996612222"}))
  check(checkAuthCode({code = "11111", first_name = "Ada"}))
  me = getMe()
  chat = createPrivateChat({user_id = me.id})
`;

/** Run src (after logging in) in a VM over a fresh in-memory core; answers the printed lines. */
async function tdcli(src: string, opts: { compat?: 'tdcli'; keepRunning?: boolean } = {}): Promise<string[]> {
  const net = createMemoryNetwork();
  const client = openEmbeddedCore({ network: net, session: 'a' });
  const out: string[] = [];
  const rt = new LuaRuntime({ client, schema: ourSchema(), print: (l) => out.push(l), compat: opts.compat, onHandlerError: (e) => out.push('handler error: ' + e.message) });
  try {
    const o = await rt.run(LOGIN + src, { chunkName: 'bot.lua' });
    if (o.status !== 'ok') assert.fail(`Lua failed: ${o.error ? formatError(o.error) : o.status}\n${out.join('\n')}`);
    return out;
  } finally {
    rt.close();
    await client.close();
    net.close();
  }
}

test('tdcli_function: tdcli spelling in (ID, trailing _, 0/1 booleans, {[0] = ...}, int64 as numbers) and out (0-based vectors), callback(extra, data)', async () => {
  const out = await tdcli(`
    local function show(extra, data) print(extra, data.ID, data.id_ or data.total_count_ or data.code_) end
    tdcli_function({ID = "SendMessage", chat_id_ = chat.id, reply_to_message_id_ = 0, disable_notification_ = 1, from_background_ = 1,
      input_message_content_ = {ID = "InputMessageText", text_ = "*one*", disable_web_page_preview_ = 1, clear_draft_ = 0,
        entities_ = {}, parse_mode_ = {ID = "TextParseModeMarkdown"}}}, function(extra, m)
      print(extra, m.ID, m.content_.ID, m.content_.text_, m.content_.entities_[0].ID, m.content_.entities_[0].length_, m.content_.entities_[1])
    end, "sent")
    tdcli_function({ID = "SendMessage", chat_id_ = tostring(chat.id), disable_notification_ = "false",
      input_message_content_ = {ID = "InputMessageText", text_ = "two"}}, show, "string id")
    tdcli_function({ID = "GetChatHistory", chat_id_ = chat.id, from_message_id_ = 0, offset_ = 0, limit_ = 10}, function(_, h)
      print("history", h.total_count_, h.messages_[0].content_.text_, h.messages_[1].content_.text_, h.messages_[2])
    end)
    tdcli_function({ID = "GetMessages", chat_id_ = chat.id, message_ids_ = {[0] = 1, 2}}, function(_, r)
      print("messages", r.messages_[0].id_, r.messages_[1].id_)
    end)
    -- offset_order_ as tdcli.lua files wrote it: 2^63 - 1 as a number
    tdcli_function({ID = "GetChats", offset_order_ = 9223372036854775807, offset_chat_id_ = 0, limit_ = 20}, function(_, c)
      print("chats", c.chat_ids_[0] == chat.id, c.chats_[0].title_, c.chats_[0].type_.ID, c.chats_[0].type_.user_id_ == me.id)
    end)
    tdcli_function({ID = "DeleteMessages", chat_id_ = chat.id, message_ids_ = {[0] = 2}}, show, "deleted")
    print("no callback", tdcli_function({ID = "GetMe"}).first_name_)
  `);
  assert.deepEqual(out, [
    'sent\tMessage\tMessageText\tone\tMessageEntityBold\t3\tnil',
    'string id\tMessage\t2',
    'history\t2\ttwo\tone\tnil',
    'messages\t1\t2',
    'chats\ttrue\tAda\tPrivateChatInfo\ttrue',
    'deleted\tOk\tnil',
    'no callback\tAda',
  ]);
});

test('tdcli_function: the 2017-03 names are mapped; unknown IDs and bad values reach the callback as error objects, never as Lua errors', async () => {
  const out = await tdcli(`
    local function show(extra, data) print(extra, data.ID, data.code_, data.message_) end
    tdcli_function({ID = "SendChatAction", chat_id_ = chat.id, action_ = {ID = "SendMessageTypingAction", progress_ = 100}}, show, "typing")
    tdcli_function({ID = "GetChannelFull", channel_id_ = "1234"}, show, "channel")
    tdcli_function({ID = "ToggleGroupEditors", group_id_ = 1, anyone_can_edit_ = 1}, show, "editors")
    tdcli_function({ID = "SendMesage", chat_id_ = chat.id}, show, "typo")
    tdcli_function({ID = "GetDeviceTokens"}, show, "tokens")
    tdcli_function({ID = "SendMessage", chat_id_ = "abc"}, show, "bad id")
    tdcli_function({ID = "GetChatHistory", chat_id_ = chat.id, limit_ = {1}}, show, "bad limit")
    tdcli_function({ID = "DeleteMessages", chat_id_ = chat.id, message_ids_ = {[0] = 1, [2] = 3}}, show, "holes")
    tdcli_function({ID = "SendMessage", chat_id_ = chat.id, input_message_content_ = {ID = "InputMessageText", text_ = "x", entities_ = {[0] = {ID = "MessageEntityBold", offset_ = 0, length_ = 1}}}},
      function(_, m) print("entity", m.content_.entities_[0].ID) end)
    tdcli_function(42, show, "not a table")
  `);
  assert.deepEqual(out, [
    'typing\tOk\tnil\tnil',
    'channel\tError\t400\tChannel not found',
    'editors\tError\t400\tGroup not found',
    "typo\tError\t400\ttdcli_function: unknown request ID 'SendMesage' (neither the 2017-03 API nor ours has it); did you mean 'SendMessage'?",
    "tokens\tError\t501\tGetDeviceTokens (2017-03 API) has no equivalent in luatd: push notification device tokens live on Telegram's servers; the offline core keeps none (registerDevice answers 501 too)",
    "bad id\tError\t400\tInvalid 'chat_id_': expected a number, got \"abc\"",
    "bad limit\tError\t400\tInvalid 'limit_': expected a number, got a table",
    "holes\tError\t400\tInvalid 'message_ids_': a vector needs indices 0..n without holes",
    'entity\tMessageEntityBold',
    'not a table\tError\t400\ttdcli_function: expected a request table {ID = "Name", ...}, got number',
  ]);
});

test('a tdcli bot (tdcli_update_callback, no on()) hears of its login at start: UpdateAuthState, then UpdateOption my_id; updates come in tdcli spelling', async () => {
  const out = await tdcli(`
    function tdcli_update_callback(data)
      if data.ID == "UpdateAuthState" then print(data.ID, data.auth_state_.ID) end
      if data.ID == "UpdateOption" and data.name_ == "my_id" then
        print(data.ID, data.value_.ID, data.value_.value_ == me.id)
        tdcli_function({ID = "SendMessage", chat_id_ = chat.id, input_message_content_ = {ID = "InputMessageText", text_ = "hello"}}, dl_cb)
      end
      if data.ID == "UpdateNewMessage" then print(data.ID, data.message_.content_.text_, data.disable_notification_) stop() end
    end
    function dl_cb() end
  `);
  // first the start-up news; the login this script made also arrives (as it would from a login just before the bot started)
  assert.deepEqual(out.slice(0, 2), ['UpdateAuthState\tAuthStateOk', 'UpdateOption\tOptionInteger\ttrue']);
  assert.equal(out.at(-1), 'UpdateNewMessage\thello\tfalse');
});

test('a script with on() handlers and tdcli_update_callback is a tdcli bot only with --compat tdcli', async () => {
  const src = `
    function tdcli_update_callback(data) print(data.ID) if data.ID == "UpdateOption" then stop() end end
    on("updateChat", function() end)
  `;
  const run = async (compat?: 'tdcli') => {
    const client = new FakeClient();
    const out: string[] = [];
    const rt = new LuaRuntime({ client, schema: ourSchema(), print: (l) => out.push(l), compat });
    const done = rt.run(src);
    await new Promise((r) => setTimeout(r, 50));
    client.emit({ _: 'updateOption', name: 'x', value: { _: 'optionValueEmpty' } });
    assert.equal((await done).status, 'ok');
    rt.close();
    return out;
  };
  assert.deepEqual(await run(), ['UpdateOption']);
  assert.deepEqual(await run('tdcli'), ['UpdateAuthState', 'UpdateOption']);
});

const legacy03 = sharedSchemasDir ? path.join(sharedSchemasDir, 'td_api_legacy_2017-03.tl') : undefined;

test('every function and constructor of the 2017-03 API is ours or mapped (docs/compat.md lists the mapping)', { skip: legacy03 ? false : 'skipped: ../shared is absent' }, async () => {
  const old = loadSchema(legacy03!);
  const ours = ourSchema();
  const fns = new Set(ours.functions.map((f) => f.name));
  const ctors = new Set(ours.constructors.map((c) => c.name));
  const unmapped = [
    ...old.functions.filter((f) => !fns.has(f.name) && !LEGACY_FUNCTIONS[f.name]).map((f) => f.name),
    ...old.constructors.filter((c) => !ctors.has(c.name) && !LEGACY_CONSTRUCTORS[c.name]).map((c) => c.name),
  ];
  assert.deepEqual(unmapped, []);
  const doc = readFileSync(path.join(packageRoot, 'docs', 'compat.md'), 'utf8');
  for (const [name, e] of [...Object.entries(LEGACY_FUNCTIONS), ...Object.entries(LEGACY_CONSTRUCTORS)]) {
    if (e.to) assert.ok(fns.has(e.to) || ctors.has(e.to), `${name} maps to ${e.to}, which our schema lacks`);
    assert.ok(doc.includes('`' + name.charAt(0).toUpperCase() + name.slice(1) + '`'), `docs/compat.md does not list ${name}`);
  }
  // every 2017-03 function, called as tdcli would, answers a table through the callback (never a Lua error);
  // one the core does not serve answers 501 naming it as the 2017-03 API spelled it
  const calls = old.functions
    .filter((f) => !['resetAuth', 'destroy', 'deleteAccount', 'logOut', 'close', 'terminateAllOtherSessions', 'changePhoneNumber'].includes(f.name))
    .map((f) => `tdcli_function({ID = "${f.name.charAt(0).toUpperCase() + f.name.slice(1)}"}, function(_, d) n = n + 1 if type(d) ~= "table" or not d.ID then print("bad ${f.name}") elseif d.ID == "Error" and d.code_ == 501 and not d.message_:lower():find("${f.name.toLowerCase()}", 1, true) then print("501 without its name: ${f.name}: " .. d.message_) end end)`);
  const out = await tdcli(`n = 0\n${calls.join('\n')}\nprint("answered " .. n)`);
  assert.deepEqual(out, [`answered ${calls.length}`]);
});

test('luatd run --compat tdcli: the start-up news reaches a script that also has on() handlers; a wrong mode is a usage error', async () => {
  const src = `${LOGIN}
    function tdcli_update_callback(data)
      if data.ID == "UpdateOption" and data.name_ == "my_id" then print("my_id", data.value_.value_ == me.id) stop() end
    end
    on("updateChat", function() end)`;
  const r = await spawnCli(['run', '--memory', '--compat', 'tdcli', '-e', src]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'my_id\ttrue\n');
  const bad = await spawnCli(['run', '--memory', '--compat', 'tdclii', '-e', 'print(1)']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--compat must be legacy, none or tdcli, got 'tdclii'/);
});

test('tdcli int64 numbers keep every digit: an integer beyond 2^53 reaches the core exactly', async () => {
  const client = new FakeClient();
  const rt = new LuaRuntime({ client, schema: ourSchema(), print: () => undefined });
  try {
    const o = await rt.run(`tdcli_function({ID = "GetChats", offset_order_ = 9223372036854775806, offset_chat_id_ = 0, limit_ = 5}, function() end, nil)`);
    assert.equal(o.status, 'ok', o.error ? formatError(o.error) : undefined);
    const req = client.requests.find((r) => r._ === 'getChats');
    assert.equal(req?.offset_order, '9223372036854775806');
  } finally {
    rt.close();
  }
});

test('tdcli_function: channels in the 2017-03 spelling (about_, ChangeChannelAbout, GetCreatedPublicChannels, ChannelMembersKicked, PinChannelMessage with an id cut from -100…)', async () => {
  const out = await tdcli(`
    local function show(extra, data) print(extra, data.ID, data.code_ or "", data.message_ or "") end
    tdcli_function({ID = "CreateNewChannelChat", title_ = "Old News", is_supergroup_ = 1, about_ = "from 2017"}, function(_, ch)
      local id = tostring(ch.id_)
      local channel_id = id:gsub("^%-100", "")
      print("chat", ch.type_.ID, id:sub(1, 4))
      tdcli_function({ID = "ChangeChannelAbout", channel_id_ = channel_id, about_ = "still 2017"}, show, "about")
      tdcli_function({ID = "ChangeChannelUsername", channel_id_ = channel_id, username_ = "old_news_2017"}, show, "username")
      tdcli_function({ID = "GetCreatedPublicChannels"}, function(_, r) print("created", r.chat_ids_[0] == ch.id_) end)
      tdcli_function({ID = "SendMessage", chat_id_ = ch.id_, input_message_content_ = {ID = "InputMessageText", text_ = "pin me"}}, function(_, m)
        tdcli_function({ID = "PinChannelMessage", channel_id_ = channel_id, message_id_ = m.id_, disable_notification_ = 1}, show, "pin")
        tdcli_function({ID = "GetChannelFull", channel_id_ = channel_id}, function(_, f)
          print("full", f.ID, f.about_, f.description_, f.pinned_message_id_ == m.id_, f.member_count_)
        end)
      end)
      tdcli_function({ID = "GetChannelMembers", channel_id_ = channel_id, filter_ = {ID = "ChannelMembersAdministrators"}, offset_ = 0, limit_ = 10}, function(_, r)
        print("admins", r.total_count_, r.members_[0].status_.ID)
      end)
      tdcli_function({ID = "GetChannelMembers", channel_id_ = channel_id, filter_ = {ID = "ChannelMembersKicked"}, offset_ = 0, limit_ = 10}, function(_, r)
        print("kicked", r.total_count_)
      end)
      tdcli_function({ID = "DeleteChannel", channel_id_ = channel_id}, show, "deleted")
      tdcli_function({ID = "GetChannel", channel_id_ = channel_id}, function(_, c) print("after", c.status_.ID) end)
    end)
  `);
  assert.deepEqual(out, [
    'chat\tChannelChatInfo\t-100',
    'about\tOk\t\t',
    'username\tOk\t\t',
    'created\ttrue',
    'pin\tOk\t\t',
    'full\tChannelFull\tstill 2017\tstill 2017\ttrue\t1',
    'admins\t1\tChatMemberStatusCreator',
    'kicked\t0',
    'deleted\tOk\t\t',
    'after\tChatMemberStatusLeft',
  ]);
});
