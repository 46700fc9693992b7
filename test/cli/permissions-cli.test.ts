/** The --allow-* flags of `luatd run` and `luatd repl`, end to end through the built bin. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnCli, type Ran } from '../helpers/bin.js';

function luatd(args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}): Promise<Ran> {
  return spawnCli(args, { ...opts, env: { NO_COLOR: '1', ...opts.env } });
}

function tempDir(t: { after: (f: () => void) => void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-permcli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('run -A: io on stdin/stdout/files, os.getenv, package.path with ./?.lua, os.exit sets the exit code', async (t) => {
  const dir = tempDir(t);
  writeFileSync(path.join(dir, 'helper.lua'), 'return {twice = function(x) return 2 * x end}\n');
  const script = path.join(dir, 'main.lua');
  writeFileSync(
    script,
    [
      '\ufeff#!/usr/bin/env luatd run -A',
      'package.path = package.path .. ";./?.lua"',
      'local h = require("helper")',
      'io.write("name? ")',
      'local name = io.read("l")',
      'local n = io.read("n")',
      'print("hello " .. name, h.twice(n), os.getenv("LUATD_CLI_PERM"), arg[1])',
      'local f = assert(io.open("out.txt", "w")) f:write("written") f:close()',
      'io.stderr:write("to stderr\\n")',
      'os.exit(4)',
      '',
    ].join('\n'),
  );
  const r = await luatd(['run', '--memory', '-A', script, 'first'], { input: 'Ada\n21\n', cwd: dir, env: { LUATD_CLI_PERM: 'set' } });
  assert.equal(r.status, 4, r.stderr);
  assert.equal(r.stdout, 'name? hello Ada\t42\tset\tfirst\n');
  assert.equal(r.stderr, 'to stderr\n');
  assert.equal(readFileSync(path.join(dir, 'out.txt'), 'utf8'), 'written');
});

test('run: a bare --allow-read before the script does not swallow it; --allow-read=DIR limits reading', async (t) => {
  const dir = tempDir(t);
  writeFileSync(path.join(dir, 'data.txt'), 'data');
  const script = path.join(dir, 's.lua');
  writeFileSync(script, `print(io.open(${JSON.stringify(path.join(dir, 'data.txt'))}):read("a"), arg[1]) print(pcall(io.open, "/etc/hostname"))\n`);
  const bare = await luatd(['run', '--memory', '--allow-read', script, 'x']);
  assert.equal(bare.status, 0, bare.stderr);
  assert.match(bare.stdout, /^data\tx\ntrue\t/);
  const listed = await luatd(['run', '--memory', `--allow-read=${dir}`, script]);
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /^data\tnil\nfalse\t.*io\.open: reading '\/etc\/hostname' needs --allow-read\n$/);
});

test('run --allow-write=DIR --allow-debug --allow-js, and a bare --allow-env before the script: each flag opens its door only', async (t) => {
  const dir = tempDir(t);
  const out = path.join(dir, 'out.txt');
  const script = path.join(dir, 's.lua');
  writeFileSync(
    script,
    [
      `assert(io.open(${JSON.stringify(out)}, "w")):write("written"):close()`,
      `print(pcall(io.open, ${JSON.stringify(path.join(tmpdir(), 'luatd-permcli-outside.txt'))}, "w"))`,
      'local x = 7 local n, v = debug.getlocal(1, 1) print(n, v, type(string.dump))',
      'local js = require("js") print(js.typeof(js.global.Math), os.getenv("LUATD_CLI_PERM"))',
    ].join('\n'),
  );
  const r = await luatd(['run', '--memory', `--allow-write=${dir}`, '--allow-debug', '--allow-js', '--allow-env', script], { env: { LUATD_CLI_PERM: 'env' } });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(out, 'utf8'), 'written');
  assert.match(r.stdout, /^false\t.*io\.open: writing '.*luatd-permcli-outside\.txt' needs --allow-write\nx\t7\tfunction\nobject\tenv\n$/);
  const none = await luatd(['run', '--memory', script]);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /io\.open: writing '.*out\.txt' needs --allow-write/);
});

test('run without flags: the sandbox refuses, naming the flag; exit 1', async (t) => {
  const dir = tempDir(t);
  const script = path.join(dir, 's.lua');
  writeFileSync(script, 'io.open("/etc/hosts")\n');
  const r = await luatd(['run', '--memory', script]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^luatd: .*s\.lua:1: io\.open: reading '\/etc\/hosts' needs --allow-read\n/);
});

test('repl --allow-env: chunks read the environment; os.exit(5) ends the REPL with 5', async () => {
  const r = await luatd(['repl', '--memory', '--no-user-plugins', '--no-history', '--allow-env=LUATD_CLI_PERM'], {
    input: 'return os.getenv("LUATD_CLI_PERM")\nreturn pcall(os.getenv, "HOME")\nos.exit(5)\nreturn "not reached"\n',
    env: { LUATD_CLI_PERM: 'repl' },
  });
  assert.equal(r.status, 5, r.stderr);
  assert.match(r.stdout, /^"repl"\nfalse\t".*os\.getenv: reading 'HOME' needs --allow-env"\n$/);
});
