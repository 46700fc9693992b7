/**
 * Chat extras across processes, as Lua scripts (`luatd run`) on one data dir: a second session of
 * Ann, in its own process, saves a draft and types to Ben; Ben's script, in a third process, hears
 * the typing in its `on` handler, and Ann's first session (this process) sees the draft in getChat.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type LuatdProc, runLuatd as run } from '../helpers/bin.js';
import { openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { login, ok, Updates } from '../core/helpers.js';




// Ben: opens the chat with Ann, says hello, then waits in a handler for Ann's typing.
const BEN = `
local ann = tonumber(arg[1])
check(setAuthPhoneNumber({phone_number = "9996620002"}))
check(checkAuthCode({code = "22222", first_name = "Ben"}))
check(createPrivateChat({user_id = ann}))
check(sendMessage({chat_id = ann, input_message_content = {_ = "inputMessageText", text = "hi Ann"}}))
on("updateUserChatAction", function(u)
  print("action", u.chat_id == ann, u.user_id == ann, u.action._)
  if u.action._ == "chatActionTyping" then stop() end
end)
print("ready " .. check(getMe()).id)
`;

// Ann's second session: a draft for Ben's chat, then typing.
const ANN2 = `
local ben = tonumber(arg[1])
check(setAuthPhoneNumber({phone_number = "9996610001"}))
check(checkAuthCode({code = "11111", first_name = "Ann"}))
check(changeChatDraftMessage({chat_id = ben, draft_message = {_ = "draftMessage", reply_to_message_id = 0,
  input_message_text = {_ = "inputMessageText", text = "see you _soon_", parse_mode = {_ = "textParseModeMarkdown"}}}}))
check(sendChatAction({chat_id = ben, action = {_ = "chatActionTyping"}}))
print("sent", check(getChat({chat_id = ben})).draft_message.input_message_text.text)
`;

test('a draft saved in one process shows in getChat of the same account in another; typing reaches the other account\'s handler', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-chat-extras-'));
  const ann = openEmbeddedCore({ dataDir: dir, session: 'ann' });
  const procs: LuatdProc[] = [];
  try {
    writeFileSync(path.join(dir, 'ben.lua'), BEN);
    writeFileSync(path.join(dir, 'ann2.lua'), ANN2);
    const annId = login(ann, '9996610001', 'Ann');
    const ups = new Updates(ann);
    const ben = run(['--data', dir, '--session', 'ben', path.join(dir, 'ben.lua'), String(annId)]);
    procs.push(ben);
    await ben.waitFor(/ready \d+/, 'Ben to start');
    const benId = Number(/ready (\d+)/.exec(ben.out())![1]);
    const ann2 = run(['--data', dir, '--session', 'ann2', path.join(dir, 'ann2.lua'), String(benId)]);
    procs.push(ann2);
    assert.equal(await ann2.exited, 0, ann2.err());
    assert.match(ann2.out(), /^sent\tsee you soon$/m);
    assert.equal(await ben.exited, 0, ben.err());
    assert.match(ben.out(), /^action\ttrue\ttrue\tchatActionTyping$/m);
    const up = await ups.waitFor((u) => u._ === 'updateChatDraftMessage' && u.chat_id === benId);
    const draft = ok(ann, { _: 'getChat', chat_id: benId }).draft_message as TdObject;
    assert.deepEqual(up.draft_message, draft);
    const input = draft.input_message_text as TdObject;
    assert.equal(input.text, 'see you soon');
    assert.deepEqual((input.entities as TdObject[]).map((e) => [(e.type as TdObject)._, e.offset, e.length]), [['textEntityTypeItalic', 8, 4]]);
  } finally {
    for (const p of procs) if (p.p.exitCode === null) p.p.kill();
    await ann.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
