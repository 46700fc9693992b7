/** The sandbox: every removal, safe loading, protected tables, require's search rules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { okLua, errLua } from './helpers.js';
import { LuaRuntime } from '../../src/lua/runtime.js';
import { ourSchema } from '../../src/schema/parser.js';
import { FakeClient } from './fake-client.js';

test('escapes are gone: os.execute & co, package.loadlib, string.dump, js; the doors that need a flag say which', async () => {
  await okLua(`
    assert(os.execute == nil, "os.execute")
    assert(os.setlocale() == "C" and os.setlocale("de_DE") == nil, "os.setlocale is luatd's: the C locale only")
    assert(type(os.time()) == "number" and type(os.clock()) == "number" and type(os.date("%Y")) == "string")
    assert(package.loadlib == nil and package.cpath == "" and type(package.path) == "string" and type(package.searchpath) == "function")
    assert(string.dump == nil and io.popen == nil)
    assert(type(debug.traceback) == "function")
    assert(js == nil and fengari == nil and package.loaded.js == nil)
    local ok, err = pcall(require, "js")
    assert(not ok and err:find("needs %-%-allow%-js"), err)
    assert(#package.searchers == 2)
    local refusals = {
      {function() return io.open("/etc/hosts") end, "io.open: reading '/etc/hosts' needs %-%-allow%-read"},
      {function() return io.open("out.txt", "w") end, "io.open: writing 'out.txt' needs %-%-allow%-write"},
      {function() return io.lines("/etc/hosts") end, "io.lines: reading '/etc/hosts' needs %-%-allow%-read"},
      {function() return io.input("/etc/hosts") end, "io.input: reading '/etc/hosts' needs %-%-allow%-read"},
      {function() return io.output("out.txt") end, "io.output: writing 'out.txt' needs %-%-allow%-write"},
      {function() return io.tmpfile() end, "io.tmpfile: writing '.*' needs %-%-allow%-write"},
      {function() return os.getenv("HOME") end, "os.getenv: reading 'HOME' needs %-%-allow%-env"},
      {function() return os.remove("x.txt") end, "os.remove: removing 'x.txt' needs %-%-allow%-write"},
      {function() return os.rename("a", "b") end, "os.rename: renaming 'a' needs %-%-allow%-write"},
      {function() return os.tmpname() end, "os.tmpname: creating '.*' needs %-%-allow%-write"},
      {function() return debug.getinfo(1, "f") end, "debug.getinfo: options 'f' and 'L' need %-%-allow%-debug"},
      {function() return debug.getlocal(1, 1) end, "debug.getlocal needs %-%-allow%-debug"},
      {function() return debug.sethook() end, "debug.sethook needs %-%-allow%-debug"},
    }
    for i, r in ipairs(refusals) do
      local ok2, e = pcall(r[1])
      assert(not ok2 and e:find("^test.lua:%d+: " .. r[2]), i .. ": " .. tostring(e))
    end
  `);
});

test('load is text-only; a custom env cannot reach real globals', async () => {
  await okLua(`
    local f, err = load("\\27Lua\\83\\0", "bin", "b")
    assert(f == nil and err:find("binary chunks are not allowed"), err)
    local g, err2 = load("\\27LuaS\\0\\25\\147\\13\\10\\26\\10")
    assert(g == nil and err2:find("attempt to load a binary chunk"), err2)
    local env = {}
    local h = load("x = 1; return print, getMe, td", "sandboxed", "t", env)
    local p, gm, t = h()
    assert(p == nil and gm == nil and t == nil and env.x == 1 and rawget(_G, "x") == nil)
    local nilenv = load("return print", "e", "t", nil)
    assert(not pcall(nilenv), "an explicit nil env is honoured")
  `);
});

test('string metatable tampering does not reach the real one; protected tables survive rawset', async () => {
  await okLua(`
    local mt = getmetatable("")
    mt.__index = {upper = function() return "hacked" end}
    assert(("abc"):upper() == "ABC", "methods still work")
    rawset(td, "getMe", 5)
    assert(getMe()._ == "user", "the global still works")
    assert(getmetatable(_G) == nil, "the host's metatable of _G is out of reach")
    assert(setmetatable(_G, nil) == _G and getMe()._ == "user", "removing _G's metatable keeps the API")
    assert(not pcall(function() td.x = 1 end), "td is read-only")
    getAuthState = nil
    assert(getAuthState()._ == "authStateWaitPhoneNumber")
  `);
});

test('require: modules next to the script and in module paths, text only, never outside them', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-req-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'lib', 'pkg'), { recursive: true });
  mkdirSync(path.join(dir, 'more'));
  writeFileSync(path.join(dir, 'mymod.lua'), 'return {answer = 42}');
  writeFileSync(path.join(dir, 'lib', 'pkg', 'init.lua'), 'return {name = "pkg"}');
  writeFileSync(path.join(dir, 'more', 'extra.lua'), 'return "extra"');
  writeFileSync(path.join(dir, 'evil.js'), 'process.exit(7)');
  writeFileSync(path.join(dir, 'data.txt'), 'return "file"');
  writeFileSync(path.join(dir, 'calls.lua'), 'return getMe().username');
  writeFileSync(path.join(dir, 'waits.lua'), 'local me = getMe() return {name = me.username}');
  const client = new FakeClient({ async: true });
  const rt = new LuaRuntime({ client, schema: ourSchema(), modulePaths: [path.join(dir, 'more')] });
  try {
    const o = await rt.run(
      `
      assert(require("mymod").answer == 42)
      assert(require("lib.pkg").name == "pkg")
      assert(require("extra") == "extra")
      local ok, err = pcall(require, "evil")
      assert(not ok and err:find("module 'evil' not found"), err)
      local ok2, err2 = pcall(require, "../etc/passwd")
      assert(not ok2 and err2:find("not a valid module name"), err2)
      local okt, errt = pcall(dofile, "data.txt")
      assert(not okt and errt:find("only .lua files are loaded"), errt)
      assert(dofile("calls.lua") == "zoe", "a dofile'd file may wait for API answers")
      assert(require("waits").name == "zoe", "a module may wait for API answers while it loads")
      assert(require("waits") == require("waits"), "modules load once")
      assert(package.loaded.waits.name == "zoe")
      local ok3, err3 = pcall(dofile, "/etc/passwd")
      assert(not ok3 and err3:find("outside the module roots"), err3)
      local ok4 = pcall(dofile, "../x.lua")
      assert(not ok4)
      local f, err5 = loadfile("missing.lua")
      assert(f == nil and err5 == "cannot open missing.lua: No such file or directory", err5)
      assert(not pcall(require, "luatd.prelude"))
    `,
      { chunkName: 'main.lua', scriptPath: path.join(dir, 'main.lua') },
    );
    assert.equal(o.status, 'ok', o.error?.message);
  } finally {
    rt.close();
  }
});

test('print goes to the host output, tab-separated, through __tostring', async () => {
  const r = await okLua(`print(1, nil, true, "é", setmetatable({}, {__tostring = function() return "T" end}))`);
  assert.deepEqual(r.out, ['1\tnil\ttrue\té\tT']);
});

test('a failing script does not hurt the host: the next runtime works', async () => {
  const e = await errLua(`error("first")`);
  assert.match(e.message, /first/);
  await okLua(`assert(getMe()._ == "user")`);
});

test('a script cannot resume a host task (a handler waiting for an answer) with fake values', async () => {
  const r = await okLua(
    `
    local main = coroutine.running()
    local ok, err = coroutine.resume(main, true, {_ = "fake"})
    assert(not ok and err:find("cannot resume a luatd task"), err)
    assert(getMe()._ == "user")
  `,
    { fake: { async: true } },
  );
  assert.equal(r.outcome.status, 'ok');
});

test('collectgarbage answers like Lua 5.3 (fengari has no lua_gc); string.char checks its range', async () => {
  await okLua(`
    assert(type(collectgarbage("count")) == "number" and collectgarbage("count") > 0)
    assert(collectgarbage() == 0 and collectgarbage("collect") == 0 and collectgarbage("step") == true)
    assert(not pcall(collectgarbage, "bogus"))
    local ok, err = pcall(string.char, 65, 256)
    assert(not ok and err:find("bad argument #2 to '[%w.]*char' %(value out of range%)"), err)
    assert(string.char(72, 105) == "Hi")
  `);
});

test('modules that require each other in a loop get a clear error naming the loop', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-loop-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'ping.lua'), 'require("pong")\n');
  writeFileSync(path.join(dir, 'pong.lua'), 'require("ping")\n');
  const rt = new LuaRuntime({ client: new FakeClient(), schema: ourSchema() });
  try {
    const o = await rt.run('require("ping")', { chunkName: 'main.lua', scriptPath: path.join(dir, 'main.lua') });
    assert.equal(o.status, 'error');
    assert.match(o.error!.message, /pong\.lua:1: module 'ping' requires itself through a loop: ping -> pong -> ping$/);
    // a failed load leaves nothing half-registered: fixing the file and requiring again works
    writeFileSync(path.join(dir, 'pong.lua'), 'return "fixed"\n');
    assert.deepEqual((await rt.exec('return require("pong")')).values, ['fixed']);
  } finally {
    rt.close();
  }
});
