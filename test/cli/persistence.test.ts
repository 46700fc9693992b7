// The core's "done" scenario, as a user runs it: Lua scripts in separate luatd processes on one
// data dir. A logs in during a first run; in a second run A is still logged in, finds B by
// username and writes; B's long-running script sees the message as updateNewMessage and in
// getChatHistory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath, runLuatd } from '../helpers/bin.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-persist-'));
const data = path.join(dir, 'data');
const env = { ...process.env, LUATD_HOME: dir, NO_COLOR: '1' };

function script(name: string, source: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}

const bob = script('bob.lua', `
if getAuthState()._ ~= "authStateOk" then
  check(setAuthPhoneNumber({phone_number = "9996624444"}))
  check(checkAuthCode({code = "22222", first_name = "Bob"}))
end
check(changeUsername({username = "bob_persist"}))
on("updateNewMessage", function(u)
  local m = u.message
  if m.content._ ~= "messageText" or m.content.text ~= "hello bob" then return end
  print("update: " .. m.content.text)
  local h = check(getChatHistory({chat_id = m.chat_id, from_message_id = 0, offset = 0, limit = 10}))
  print("history: " .. h.messages[1].content.text .. " (" .. h.total_count .. ")")
  stop()
end)
print("bob ready")
`);

const aliceLogin = script('alice1.lua', `
check(setAuthPhoneNumber({phone_number = "9996613333"}))
check(checkAuthCode({code = "11111", first_name = "Alice"}))
print("alice: " .. getAuthState()._)
`);

const aliceWrite = script('alice2.lua', `
print("alice again: " .. getAuthState()._)
local chat = check(searchPublicChat({username = "bob_persist"}))
local msg = check(sendMessage({chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "hello bob"}}))
print("sent " .. msg.id .. " to " .. chat.title)
`);

test('two runs against one --data dir: A stays logged in, finds B by username and writes; B sees it live', async () => {
  const run = (session: string, file: string) =>
    spawnSync(process.execPath, [binPath, 'run', '--data', data, '--session', session, '--no-user-plugins', file], { encoding: 'utf8', env, timeout: 60_000 });

  const b = runLuatd(['--data', data, '--session', 'bob', '--no-user-plugins', bob], env);
  try {
    await b.waitFor(/bob ready/, 'bob to start');
    const first = run('alice', aliceLogin);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, 'alice: authStateOk\n');

    const second = run('alice', aliceWrite);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /^alice again: authStateOk\nsent \d+ to Bob\n$/);

    // bob ends by itself once it saw the message (event-driven: a loaded machine only makes it later)
    const code = await b.exited;
    assert.equal(code, 0, `bob: ${b.out()} ${b.err()}`);
    assert.match(b.out(), /update: hello bob\n/);
    assert.match(b.out(), /history: hello bob \(1\)\n/);
  } finally {
    b.p.kill('SIGKILL');
  }
});
