import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';

const env = { ...process.env, LUATD_HOME: mkdtempSync(path.join(os.tmpdir(), 'luatd-home-')), NO_COLOR: '1' };
const luatd = (args: string[], cwd?: string) => spawnSync(process.execPath, [binPath, ...args], { encoding: 'utf8', env, cwd, timeout: 60_000 });

// A script that logs in, sends "/ping" to itself and waits for the plugin's answer.
const script = `
setAuthPhoneNumber({phone_number = "9996633333"})
check(checkAuthCode({code = "33333", first_name = "Pat"}))
local me = check(getMe())
local chat = check(createPrivateChat({user_id = me.id}))
on("updateNewMessage", function(u)
  local text = u.message.content.text
  print("seen: " .. text)
  if text ~= "/ping" then stop() end
end)
check(sendMessage({chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "/ping"}}))
`;

test('luatd run --plugins DIR: a scaffolded plugin answers /ping while the script runs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-plugins-'));
  assert.equal(luatd(['plugins', 'new', 'greeter', '--dir', dir]).status, 0);
  const file = path.join(dir, 'ping.lua');
  writeFileSync(file, script);
  const r = luatd(['run', '--memory', '--plugins', dir, file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /plugin 'greeter' loaded/);
  assert.match(r.stdout, /seen: \/ping\n/);
  assert.match(r.stdout, /seen: pong\n/, 'the plugin replied to /ping');
});

test('luatd run --plugins with a missing folder is a usage error', () => {
  const r = luatd(['run', '--memory', '--plugins', path.join(os.tmpdir(), 'no-such-luatd-dir'), '-e', 'print(1)']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--plugins .*no such folder/);
  assert.equal(r.stdout, '');
});
