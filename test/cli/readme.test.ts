// The README shows a REPL session and Lua snippets: they must work as shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';
import { packageRoot } from '../../src/paths.js';

const readme = readFileSync(path.join(packageRoot, 'README.md'), 'utf8');
const env = { ...process.env, LUATD_HOME: mkdtempSync(path.join(os.tmpdir(), 'luatd-home-')), NO_COLOR: '1' };

/** The fenced blocks of a section (from its heading to the next heading of any level). */
function blocks(heading: string, lang: string): string[] {
  const start = readme.indexOf(heading);
  assert.ok(start >= 0, `README has a section '${heading}'`);
  const rest = readme.slice(start + heading.length);
  const section = rest.slice(0, rest.search(/\n#{1,6} /) >= 0 ? rest.search(/\n#{1,6} /) : undefined);
  return [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

test('the REPL session in the README gives the output it shows', () => {
  const [session] = blocks('### The REPL', 'text');
  assert.ok(session, 'a ```text block with the session');
  const inputs: string[] = [];
  const expected: string[] = [];
  for (const line of session.trimEnd().split('\n')) {
    if (line.startsWith('> ')) inputs.push(line.slice(2));
    else if (line.startsWith('>> ')) inputs.push(line.slice(3));
    else expected.push(line);
  }
  const r = spawnSync(process.execPath, [binPath, 'repl', '--memory', '--no-history', '--no-user-plugins'], {
    input: inputs.join('\n') + '\n',
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trimEnd(), expected.join('\n'));
});

test("the README's Lua snippets run and print what they say", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-readme-'));
  const [tour] = blocks('### Scripts', 'lua');
  const file = path.join(dir, 'tour.lua');
  writeFileSync(file, tour);
  const r = spawnSync(process.execPath, [binPath, 'run', '--memory', '--no-user-plugins', file], { encoding: 'utf8', env, timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^id \d+\n$/);
  // the first snippet (resetAuth on a fresh core) prints what its comment says
  const first = readme.match(/```lua\n([\s\S]*?)```/)![1];
  const r2 = spawnSync(process.execPath, [binPath, 'run', '--memory', '--no-user-plugins', '-e', first], { encoding: 'utf8', env, timeout: 60_000 });
  assert.equal(r2.status, 0, r2.stderr);
  assert.equal(r2.stdout, 'error\t401\tUnauthorized\n');
});

test('the quick start command runs the tour on a fresh data directory', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'luatd-home-'));
  assert.match(readme, /npx luatd run examples\/quickstart\.lua/);
  const r = spawnSync(process.execPath, [binPath, 'run', 'examples/quickstart.lua'], {
    cwd: packageRoot,
    encoding: 'utf8',
    env: { ...env, LUATD_HOME: home },
    timeout: 60_000,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /authStateOk/);
  assert.match(r.stdout, /error 401: Unauthorized/);
});

test('the plugin commands of the README work as shown', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-readme-plugins-'));
  const lines = blocks('### Plugins', 'sh')[0].trim().split('\n').map((l) => l.replace(/\s+#.*$/, ''));
  const [create, check] = lines;
  assert.equal(create, 'npx luatd plugins new greeter --dir .');
  assert.equal(check, 'npx luatd plugins test greeter');
  const luatd = (args: string[]) => spawnSync(process.execPath, [binPath, ...args], { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
  const made = luatd(create.split(' ').slice(2));
  assert.equal(made.status, 0, made.stderr);
  const tested = luatd(check.split(' ').slice(2));
  assert.equal(tested.status, 0, tested.stderr + tested.stdout);
  assert.match(tested.stdout, /all greeter tests passed/);
});
