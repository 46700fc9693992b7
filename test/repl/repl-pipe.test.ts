// `luatd repl` with stdin not a terminal: values on stdout, errors on stderr, no prompts, no colours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';
import { packageRoot } from '../../src/paths.js';

function repl(input: string, args: string[] = []) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'luatd-pipe-'));
  return spawnSync(process.execPath, [binPath, 'repl', '--memory', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LUATD_HOME: home, FORCE_COLOR: '1' },
    timeout: 120_000,
  });
}

test('echo 1+1 | luatd repl prints 2 and nothing else', () => {
  const r = repl('1+1\n');
  assert.equal(r.stdout, '2\n');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});

test('pipe mode: multi-line chunks, state kept, errors on stderr with positions, exit code 1', () => {
  const r = repl('t = {}\nfor i = 1, 3 do\n  t[i] = i * i\nend\nt\nerror("bad")\n#t\n.help resetAuth\n');
  assert.equal(r.stdout.split('\n.')[0].split('resetAuth')[0], '{1, 4, 9}\n3\n');
  assert.match(r.stdout, /resetAuth \(method\)/);
  assert.equal(r.stderr, 'stdin:1: bad\n');
  assert.equal(r.status, 1);
  assert.ok(!r.stdout.includes(String.fromCharCode(27)), 'no escape sequences in a pipe');
});

test('pipe mode: an unfinished chunk at the end of input is a syntax error; .exit stops reading', () => {
  const r = repl('x = 1\nif x then\n');
  assert.match(r.stderr, /stdin:\d+: 'end' expected near <eof>/);
  assert.equal(r.status, 1);
  const e = repl('1\n.exit\n2\n');
  assert.equal(e.stdout, '1\n');
  assert.equal(e.status, 0);
});

test('plugins: a JS plugin adds an API function (callable, described); a Lua plugin adds a .command', () => {
  const examples = path.join(packageRoot, 'examples', 'plugins');
  const r = repl('getWeather({city = "Oslo"})\ngetWeather({city = 5})\n.help getWeather\n.pings\n', ['--plugins', examples]);
  const out = r.stdout.split('\n');
  assert.equal(out[0], '[ping-counter] ready, 0 messages seen so far');
  assert.equal(out[1], '{_ = "weather", asked_by = 0, celsius = 4.5, city = "Oslo"}');
  assert.match(r.stderr, /getWeather: .*city/, 'the plugin function is validated against its TL');
  assert.match(r.stdout, /getWeather \(method\) -> Weather/);
  assert.match(r.stdout, /\n0 messages seen, last in chat nil\n/);
  assert.match(r.stderr, /plugin 'weather' loaded \(adds getWeather\)/);
});

test('.load runs a file in the session; a runaway loop is stopped by the limit and the session keeps its state', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-load-'));
  const file = path.join(dir, 'lib.lua');
  writeFileSync(file, 'function double(x) return 2 * x end\nloaded_from_file = true\n');
  writeFileSync(path.join(dir, 'broken.lua'), 'x = 1\nerror("in file")\n');
  const r = repl(`.load ${file}\ndouble(21)\n.load ${path.join(dir, 'broken.lua')}\n.load ${path.join(dir, 'missing.lua')}\nwhile true do end\n1 + 1\nloaded_from_file\n`, ['--max-steps', '1000000']);
  assert.equal(r.stdout, '42\n2\ntrue\n', 'globals defined before the stopped chunk are still there');
  const err = r.stderr.split('\n');
  assert.match(err[0], /broken\.lua:2: in file$/);
  assert.match(err[1], /^\.load: cannot read .*missing\.lua/);
  assert.match(err[2], /more than 1000000 Lua steps/);
  assert.equal(err.length, 4, r.stderr);
  assert.equal(r.status, 1);
});

test('with the embedded core, a plugin reacts to an update caused at the prompt', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-upd-'));
  mkdirSync(path.join(dir, 'watcher'));
  writeFileSync(
    path.join(dir, 'watcher', 'init.lua'),
    `return { updates = {"updateOption"},
      on = { updateOption = function(u) storage.set("last", u.name) end },
      repl = { last = function() return storage.get("last") end } }`,
  );
  const r = repl('setOption({name = "x_test", value = {_ = "optionValueBoolean", value = true}})\nsleep(0.1)\n.last\n', ['--plugins', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\nx_test\n$/);
});

test('--timeout bounds one chunk: a chunk stuck in sleep is stopped, the next one runs with the state kept', () => {
  const r = repl('y = "kept"\nsleep(3600)\ny\n', ['--timeout', '200']);
  assert.equal(r.stdout, '"kept"\n');
  assert.match(r.stderr, /total timeout of 200 ms \(limit: --timeout\)/);
  assert.equal(r.status, 1);
});

test("the printer and error reports use the host's own tostring, not a script's redefinition", () => {
  const r = repl('tostring = function() return "hacked" end type = nil string.format = nil pairs = nil\n1.5, {1, "a"}\nerror("x")\nnil + 1\n');
  assert.equal(r.stdout, '1.5\t{1, "a"}\n');
  assert.equal(r.stderr, 'stdin:1: x\nstdin:1: attempt to perform arithmetic on a nil value\n');
});
