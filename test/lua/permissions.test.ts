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

test('--allow-debug: a line hook sees the script\'s lines only; call/return hooks see no extra frame of debug.sethook', async () => {
  const r = await okLua(
    `
    local seen = {}
    debug.sethook(function(e, l) seen[#seen + 1] = l end, "l")
    local f = load("local a = 1\\nreturn a")
    f()
    debug.sethook()
    print(table.concat(seen, " "))
    local ev = {}
    debug.sethook(function(e) ev[#ev + 1] = e end, "cr")
    debug.sethook()
    print(table.concat(ev, " "))
    debug.sethook(function() local _, m, c = debug.gethook() print(m, c) debug.sethook() end, "crl")
  `,
    { permissions: { debug: true } },
  );
  // lines 4 and 5 of the script, 1 and 2 of the loaded chunk, 6: never a line of luatd's own load
  assert.deepEqual(r.out, ['4 5 1 2 6', 'return call', 'crl\t0']);
});

test('--allow-debug: string.dump and binary chunks (load, loadfile, dofile); without it both are refused', async (t) => {
  const dir = tempDir(t);
  const bin = path.join(dir, 'f.luac');
  await okLua(
    `
    local d = string.dump(function(x) return (x or 2) * 2, "\\0" end)
    assert(load(d, "d", "b")(21) == 42)
    local f = assert(io.open(${q(bin)}, "wb"))
    f:write("#!comment\\n", d) f:close()
    assert(loadfile(${q(bin)})(3) == 6 and dofile(${q(bin)}) == 4)
    local g, err = load("return 1", "t", "b")
    assert(g == nil and err:find("attempt to load a text chunk"), err)
  `,
    { permissions: { debug: true, read: true, write: true } },
  );
  await okLua(
    `
    assert(string.dump == nil)
    local f, err = load("\\27Lua", "x", "b")
    assert(f == nil and err:find("binary chunks are not allowed"), err)
  `,
    { permissions: { read: true, write: true, env: true, js: true } },
  );
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

test('io as the manual says: setvbuf buffers, flush and close write out, a file another handle appends to reads on, io.lines takes 250 formats, __gc closes', async (t) => {
  const dir = tempDir(t);
  const f = path.join(dir, 'buf.txt');
  await okLua(
    `
    local w = assert(io.open(${q(f)}, "w"))
    local r = assert(io.open(${q(f)}, "r"))
    assert(w:setvbuf("full", 100))
    w:write("x")
    assert(r:read("a") == "", "held in the buffer")
    w:flush()
    assert(r:read("a") == "x", "flushed, and read on after the end of file")
    assert(w:setvbuf("line"))
    w:write("y")
    assert(r:read("a") == "")
    w:write("z\\n")
    assert(r:read("a") == "yz\\n")
    w:setvbuf("full") w:write("tail") w:close()
    assert(r:read("a") == "tail", "close writes out")
    r:close()
    w = io.open(${q(f)}, "w") w:write(string.rep("a", 300)) w:close()
    local t = {} for i = 1, 250 do t[i] = 1 end
    assert(#{io.lines(${q(f)}, table.unpack(t))()} == 250)
    t[251] = 1
    local ok, err = pcall(io.lines, ${q(f)}, table.unpack(t))
    assert(not ok and err:find("too many arguments"), err)
    local h = io.open(${q(f)})
    getmetatable(h).__gc(h)
    assert(io.type(h) == "closed file")
    assert(not pcall(getmetatable(h).__gc), "__gc checks its argument")
  `,
    { permissions: { read: true, write: true } },
  );
});

test('os.setlocale knows the C locale only, in every VM', async () => {
  await okLua(`
    assert(os.setlocale() == "C" and os.setlocale(nil, "numeric") == "C")
    assert(os.setlocale("C") == "C" and os.setlocale("", "all") == "C")
    assert(os.setlocale("pt_BR") == nil and os.setlocale("en_US.UTF-8", "time") == nil)
    local ok, err = pcall(os.setlocale, "C", "nope")
    assert(not ok and err:find("invalid option 'nope'"), err)
  `);
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

test('a request naming a host file (inputFileLocal) is reading: refused without --allow-read, inside the grant only, never for plugins or tdcli bots without it', async (t) => {
  const dir = tempDir(t);
  mkdirSync(path.join(dir, 'granted'));
  writeFileSync(path.join(dir, 'granted', 'cat.jpg'), 'jpeg');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'granted', 'link.txt'));
  const granted = path.join(dir, 'granted');
  const upload = (p: string) => `uploadFile({file = {_ = "inputFileLocal", path = ${q(p)}}, file_type = {_ = "fileTypePhoto"}, priority = 1})`;
  // the sandbox: even a nested path (a photo message's file) is refused, naming the flag
  const plain = await okLua(`
    local ok, err = pcall(function() return ${upload('/etc/hostname')} end)
    assert(not ok and err:find("uploadFile: reading '/etc/hostname' needs %-%-allow%-read"), err)
    ok, err = pcall(sendMessage, {chat_id = 1, input_message_content = {_ = "inputMessagePhoto", photo = {_ = "inputFileLocal", path = "/etc/passwd"}, caption = "x"}})
    assert(not ok and err:find("sendMessage: reading '/etc/passwd' needs %-%-allow%-read"), err)
    ok, err = pcall(invoke, {_ = "uploadFile", file = {_ = "inputFileLocal", path = "/etc/hostname"}, file_type = {_ = "fileTypePhoto"}, priority = 1})
    assert(not ok and err:find("needs %-%-allow%-read"), err)
  `);
  assert.equal(plain.client.requests.filter((r) => r._ === 'uploadFile' || r._ === 'sendMessage').length, 0, 'no refused request reached the client');
  // a grant: its files go through, a symlink or .. out of it does not
  const r = await okLua(
    `
    ${upload(path.join(granted, 'cat.jpg'))}
    for _, p in ipairs({${q(path.join(granted, 'link.txt'))}, ${q(granted + '/../secret.txt')}}) do
      local ok, err = pcall(function() return ${upload('@@')} end)
      assert(not ok and err:find("needs %-%-allow%-read"), p .. ": " .. tostring(err))
    end
  `.replace(q('@@'), 'p'),
    { permissions: { read: [granted] } },
  );
  assert.deepEqual(r.client.requests.filter((x) => x._ === 'uploadFile').map((x) => (x.file as { path: string }).path), [path.join(granted, 'cat.jpg')]);
  // a plugin never names host files
  const p = await okLua(`local ok, err = pcall(function() return ${upload(path.join(granted, 'cat.jpg'))} end) assert(not ok and err:find("plugins cannot name files of the host"), err)`, { plugin: true });
  assert.equal(p.client.requests.filter((x) => x._ === 'uploadFile').length, 0);
  // a tdcli bot gets the refusal as an error object in its callback
  const td = await okLua(`
    local got
    tdcli_function({ID = "UploadFile", file_ = {ID = "InputFileLocal", path_ = "/etc/hostname"}, file_type_ = {ID = "FileTypePhoto"}, priority_ = 1}, function(_, d) got = d end, nil)
    while not got do sleep(0) end
    assert(got.ID == "Error" and got.message_:find("needs %-%-allow%-read"), tostring(got.message_))
  `);
  assert.equal(td.client.requests.filter((x) => x._ === 'uploadFile').length, 0);
});
