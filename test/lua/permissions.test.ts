/** Permissions of trusted scripts: each flag opens its door, and each refusal names the flag that would. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, readFileSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { okLua, runLua } from './helpers.js';
import type { Permissions } from '../../src/lua/permissions.js';

function tempDir(t: { after: (f: () => void) => void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-perm-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Lua string literal of a path. */
const q = (s: string) => JSON.stringify(s);

test('--allow-read: io.open, io.lines, io.input and every read format; writing stays refused', async (t) => {
  const dir = tempDir(t);
  const f = path.join(dir, 'data.txt');
  writeFileSync(f, 'first line\n12  -3.5e1 0x10\nrest\nof it');
  await okLua(
    `
    local f = assert(io.open(${q(f)}))
    assert(io.type(f) == "file" and tostring(f):find("^file %("))
    assert(f:read("l") == "first line")
    local a, b, c = f:read("n", "n", "n")
    assert(a == 12 and b == -35.0 and c == 16, tostring(a) .. " " .. tostring(b) .. " " .. tostring(c))
    assert(f:read("L") == "\\n")
    assert(f:read(2) == "re" and f:read(0) == "")
    assert(f:read("a") == "st\\nof it" and f:read("a") == "" and f:read("l") == nil and f:read(0) == nil)
    assert(f:seek("set", 6) == 6 and f:read(4) == "line")
    assert(f:seek("cur") == 10 and f:seek("end") == 37)
    assert(f:close() == true and io.type(f) == "closed file")
    assert(not pcall(f.read, f), "a closed file cannot be read")
    local n = 0
    for l in io.lines(${q(f)}) do n = n + 1 end
    assert(n == 4)
    for a1, b1 in io.lines(${q(f)}, 5, "l") do assert(a1 == "first" and b1 == " line") break end
    io.input(${q(f)})
    assert(io.read() == "first line")
    local ok, err = pcall(io.open, ${q(path.join(dir, 'new.txt'))}, "w")
    assert(not ok and err:find("io.open: writing '.*new.txt' needs %-%-allow%-write"), err)
    local none, msg, errno = io.open(${q(path.join(dir, 'missing.txt'))})
    assert(none == nil and msg:find("missing.txt: No such file or directory") and errno == 2, msg)
    assert(not pcall(io.open, ${q(f)}, "rw"), "an invalid mode is an error")
  `,
    { permissions: { read: true } },
  );
});

test('--allow-read=PATHS: inside the grant only; symlinks and .. cannot widen it', async (t) => {
  const dir = tempDir(t);
  mkdirSync(path.join(dir, 'granted'));
  writeFileSync(path.join(dir, 'granted', 'ok.txt'), 'fine');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'granted', 'link.txt'));
  const granted = path.join(dir, 'granted');
  await okLua(
    `
    assert(io.open(${q(path.join(granted, 'ok.txt'))}):read("a") == "fine")
    for _, p in ipairs({${q(path.join(dir, 'secret.txt'))}, ${q(path.join(granted, 'link.txt'))}, ${q(granted + '/../secret.txt')}}) do
      local ok, err = pcall(io.open, p)
      assert(not ok and err:find("io.open: reading '.*' needs %-%-allow%-read"), p .. ": " .. tostring(err))
    end
  `,
    { permissions: { read: [granted] } },
  );
});

test('--allow-write: create, append, read back with r+/w+, remove, rename, tmpfile, tmpname', async (t) => {
  const dir = tempDir(t);
  const f = path.join(dir, 'out.txt');
  await okLua(
    `
    local f = assert(io.open(${q(f)}, "w"))
    assert(f:write("a", 1, " ", 2.5, "\\n") == f)
    f:close()
    local g = assert(io.open(${q(f)}, "a")) g:write("more\\n") g:close()
    io.output(${q(f + '.2')}) io.write("via output") io.close()
    local h = assert(io.open(${q(f)}, "r+"))
    assert(h:read("l") == "a1 2.5") h:seek("set", 0) h:write("b") h:seek("set", 0)
    assert(h:read("a") == "b1 2.5\\nmore\\n") h:close()
    assert(os.rename(${q(f + '.2')}, ${q(f + '.3')}) == true)
    local ok, msg = os.remove(${q(path.join(dir, 'nothing'))})
    assert(ok == nil and msg:find("No such file"), msg)
    local t = io.tmpfile() t:write("tmp") t:seek("set") assert(t:read("a") == "tmp") t:close()
    local name = os.tmpname() assert(type(name) == "string") assert(os.remove(name))
  `,
    { permissions: { read: true, write: true } },
  );
  assert.equal(readFileSync(f, 'utf8'), 'b1 2.5\nmore\n');
  assert.equal(readFileSync(f + '.3', 'utf8'), 'via output');
  assert.ok(!existsSync(f + '.2'));
});

test('--allow-write=PATHS: outside the grant, remove and rename are refused naming the flag', async (t) => {
  const dir = tempDir(t);
  mkdirSync(path.join(dir, 'out'));
  writeFileSync(path.join(dir, 'keep.txt'), 'keep');
  await okLua(
    `
    assert(io.open(${q(path.join(dir, 'out', 'x.txt'))}, "w")):close()
    local ok, err = pcall(os.remove, ${q(path.join(dir, 'keep.txt'))})
    assert(not ok and err:find("os.remove: removing '.*keep.txt' needs %-%-allow%-write"), err)
    ok, err = pcall(os.rename, ${q(path.join(dir, 'out', 'x.txt'))}, ${q(path.join(dir, 'x.txt'))})
    assert(not ok and err:find("os.rename: writing '.*x.txt' needs %-%-allow%-write"), err)
    ok, err = pcall(io.open, ${q(path.join(dir, 'out', '..', 'keep.txt'))}, "a")
    assert(not ok and err:find("needs %-%-allow%-write"), err)
  `,
    { permissions: { write: [path.join(dir, 'out')] } },
  );
  assert.equal(readFileSync(path.join(dir, 'keep.txt'), 'utf8'), 'keep');
});

test('--allow-env and --allow-env=NAMES', async () => {
  process.env.LUATD_PERM_TEST = 'visible';
  await okLua(`assert(os.getenv("LUATD_PERM_TEST") == "visible" and os.getenv("LUATD_SURELY_UNSET_VAR") == nil)`, { permissions: { env: true } });
  await okLua(
    `
    assert(os.getenv("LUATD_PERM_TEST") == "visible")
    local ok, err = pcall(os.getenv, "HOME")
    assert(not ok and err:find("os.getenv: reading 'HOME' needs %-%-allow%-env"), err)
  `,
    { permissions: { env: ['LUATD_PERM_TEST'] } },
  );
});

test('--allow-debug: the whole debug library; a script hook cannot switch off the time limit', async () => {
  await okLua(
    `
    assert(debug.getinfo(1, "l").currentline == 2)
    local x = 5
    local name, value = debug.getlocal(1, 1)
    assert(name == "x" and value == 5)
    local lines = 0
    debug.sethook(function() lines = lines + 1 end, "l")
    local y = 1
    y = y + 1
    debug.sethook()
    assert(lines >= 2, lines)
    local f = function() end
    debug.sethook(f, "c")
    assert(debug.gethook() == f)
    debug.sethook()
    assert(debug.gethook() == nil)
  `,
    { permissions: { debug: true } },
  );
  const r = await runLua('debug.sethook(); debug.sethook(function() end, "", 1e9); while true do end', { permissions: { debug: true }, limits: { sliceMs: 200 } });
  assert.equal(r.outcome.status, 'killed');
  assert.match(r.outcome.error!.message, /more than 200 ms/);
});

test('--allow-js: require("js") reaches JavaScript', async () => {
  const r = await okLua(`local js = require("js"); print(js.global.Date.now() > 0, js.typeof(js.global.process))`, { permissions: { js: true } });
  assert.deepEqual(r.out, ['true\tobject']);
});

test('--allow-all grants every door at once', async () => {
  const me = fileURLToPath(import.meta.url);
  await okLua(`assert(os.getenv("PATH")) assert(debug.getinfo(1)) assert(require("js")) assert(io.open(${q(me)}):read(2) == "/*") assert(io.open(${q(me + '.new')}, "w")) os.remove(${q(me + '.new')})`, {
    permissions: { all: true },
  });
});

test('os.exit ends the script with its code in every mode; pcall cannot stop it', async () => {
  for (const [src, code] of [
    ['os.exit(3)', 3],
    ['os.exit(true)', 0],
    ['os.exit(false)', 1],
    ['os.exit()', 0],
    ['pcall(os.exit, 7) print("not reached")', 7],
  ] as const) {
    const r = await runLua(`io.write("partial ") ${src}`);
    assert.equal(r.outcome.status, 'ok', src);
    assert.equal(r.outcome.exitCode, code, src);
    assert.deepEqual(r.out, ['partial '], src);
  }
});

test('io.write without a writer goes through print a line at a time; print calls the global tostring', async () => {
  const r = await okLua(`io.write("a", "b\\nc") print("d") io.stderr:write("e\\n") tostring = function(v) return "<" .. type(v) .. ">" end print(1, "x")`);
  assert.deepEqual(r.out, ['ab', 'cd', 'e', '<number>\t<string>']);
});

test('library options are checked: unknown permission keys are a usage error', async () => {
  const { createHost } = await import('../../src/index.js');
  await assert.rejects(createHost({ memory: true, permissions: { raed: true } as unknown as Permissions }), /unknown key 'raed'/);
});
