// `luatd repl` as a person uses it: in a pseudo-terminal, typing keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Term } from './term.js';

const hasPython = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;
const skip = hasPython ? false : 'python3 with the pty module is needed to drive a terminal';
const home = (): string => mkdtempSync(path.join(os.tmpdir(), 'luatd-replhome-'));
const ESC = String.fromCharCode(27);

test('multi-line chunks, expressions, pretty tables, errors with positions, colours', { skip }, async () => {
  const t = new Term(['--memory'], { LUATD_HOME: home() });
  try {
    await t.expect(/> $/);
    t.send('1+1\r');
    await t.expect(/\n2\n> $/);
    t.send('for i = 1, 2 do\r');
    await t.expect(/>> $/);
    t.send('print(i * 10)\r');
    await t.expect(/>> $/);
    t.send('end\r');
    await t.expect(/\n10\n20\n> $/);
    t.send('u = {_ = "user", id = 1234567890123, first_name = "Ann", tags = {"a", "b"}}\r');
    await t.expect(/> $/);
    t.send('u\r');
    await t.expect(/\{_ = "user", first_name = "Ann", id = 1234567890123, tags = \{"a", "b"\}\}\n> $/);
    t.send('local c = {} c.self = c return c\r');
    await t.expect(/\{self = <cycle>\}\n> $/);
    t.send('getMe()\r');
    await t.expect(/error 401: Unauthorized\n> $/);
    t.send('getAuthState()\r');
    await t.expect(/\{_ = "authStateWaitPhoneNumber"\}\n> $/);
    t.send('x = nil + 1\r');
    await t.expect(/stdin:1: attempt to perform arithmetic on a nil value\n> $/);
    t.send('=1, "two"\r');
    await t.expect(/1\t"two"\n> $/);
    assert.ok(t.raw.includes(`${ESC}[33m1${ESC}[0m`), 'numbers are coloured on a terminal');
    assert.equal(await t.close(), 0);
  } finally {
    t.proc.kill();
  }
});

test('tab completion: globals, parameters, constructor names, table fields, .help', { skip }, async () => {
  const t = new Term(['--memory'], { LUATD_HOME: home(), NO_COLOR: '1' });
  try {
    await t.expect(/> $/);
    t.send('getAuthS\t');
    await t.expect(/getAuthState$/);
    t.send('()\r');
    await t.expect(/authStateWaitPhoneNumber"\}\n> $/);
    t.send('resetAuth({f\t');
    await t.expect(/resetAuth\(\{force$/);
    t.send('\x03');
    await t.expect(/> $/);
    t.send('x = {_ = "authStateWaitPh\t');
    await t.expect(/authStateWaitPhoneNumber$/);
    t.send('\x03');
    await t.expect(/> $/);
    t.send('string.up\t');
    await t.expect(/string\.upper$/);
    t.send('("ok")\r');
    await t.expect(/"OK"\n> $/);
    t.send('td.getAuthS\t');
    await t.expect(/td\.getAuthState$/);
    t.send('\x03');
    await t.expect(/> $/);
    t.send('.help getAuthS\t');
    await t.expect(/\.help getAuthState$/);
    t.send('\r');
    await t.expect(/getAuthState \(method\) -> AuthState[\s\S]*Example \(Lua\)[\s\S]*> $/);
    assert.ok(!t.raw.includes(`${ESC}[33m`), 'NO_COLOR: no colours');
    assert.equal(await t.close(), 0);
  } finally {
    t.proc.kill();
  }
});

test('Ctrl-C clears the line, cancels a running call, and never leaves; Ctrl-D does; history persists', { skip }, async () => {
  const h = home();
  let t = new Term(['--memory'], { LUATD_HOME: h });
  try {
    await t.expect(/> $/);
    t.send('this is half a li');
    t.send('\x03');
    await t.expect(/\^C\n> $/);
    t.send('\x03');
    await t.expect(/\(To exit, press Ctrl-D or type \.exit\)\n> $/);
    t.send('for i = 1, 3 do\r');
    await t.expect(/>> $/);
    t.send('\x03');
    await t.expect(/> $/);
    // the chunk says when it waits; a Ctrl-C that did not cancel would leave no prompt for 10 minutes
    t.send('print("wait" .. "ing") sleep(600)\r');
    await t.expect(/\nwaiting\n/);
    t.send('\x03');
    await t.expect(/cancelled[\s\S]*> $/);
    t.send('remembered = 6 * 7\r');
    await t.expect(/> $/);
    t.send('remembered\r');
    await t.expect(/\n42\n> $/);
    assert.equal(await t.close(), 0);
  } finally {
    t.proc.kill();
  }
  assert.match(readFileSync(path.join(h, 'repl_history'), 'utf8'), /remembered = 6 \* 7/);
  t = new Term(['--memory'], { LUATD_HOME: h });
  try {
    await t.expect(/> $/);
    t.send(`${ESC}[A${ESC}[A`); // up, up: the line before the last one
    await t.expect(/remembered = 6 \* 7$/);
    t.send('\r');
    await t.expect(/> $/);
    t.send('.exit\r');
    assert.equal(await t.exited, 0);
  } finally {
    t.proc.kill();
  }
});

test('a stop ends the chunk, not the session: the step limit, then Ctrl-C on a pure Lua loop, and x is still 42', { skip }, async () => {
  let t = new Term(['--memory', '--max-steps', '1000000'], { LUATD_HOME: home(), NO_COLOR: '1' });
  try {
    await t.expect(/> $/);
    t.send('x = 42\r');
    await t.expect(/> $/);
    t.send('while true do end\r');
    await t.expect(/stdin:1: script ran more than 1000000 Lua steps[^\n]*\n> $/);
    t.send('x\r');
    await t.expect(/\n42\n> $/);
    assert.ok(!t.text.includes('reset'), 'the state is kept, not reset');
    assert.equal(await t.close(), 0);
  } finally {
    t.proc.kill();
  }
  // no slice limit: only Ctrl-C can stop this loop
  t = new Term(['--memory', '--max-slice', '0'], { LUATD_HOME: home(), NO_COLOR: '1' });
  try {
    await t.expect(/> $/);
    t.send('x = 42\r');
    await t.expect(/> $/);
    t.send('function spin() print("spinning") while true do end end\r');
    await t.expect(/> $/);
    t.send('pcall(spin)\r');
    await t.expect(/spinning\n/);
    t.send('\x03');
    await t.expect(/stdin:1: interrupted[\s\S]*> $/);
    t.send('x\r');
    await t.expect(/\n42\n> $/);
    assert.equal(await t.close(), 0);
  } finally {
    t.proc.kill();
  }
});

test('plugins in the REPL: their .commands work, status is reported', { skip }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-replplug-'));
  mkdirSync(path.join(dir, 'greeter'));
  writeFileSync(path.join(dir, 'greeter', 'init.lua'), 'return { version = "1.2", repl = { greet = function(a) return "hello " .. a end } }');
  const t = new Term(['--memory', '--plugins', dir], { LUATD_HOME: home() });
  try {
    await t.expect(/> $/);
    t.send('.greet world\r');
    await t.expect(/hello world\n> $/);
    t.send('.help\r');
    await t.expect(/\.greet\s+\(plugin greeter\)[\s\S]*> $/);
    assert.equal(await t.close(), 0);
  } finally {
    t.proc.kill();
  }
});
