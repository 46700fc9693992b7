/** The standard library as Lua 5.3 has it, host side: print, _G's metatable, loadfile/dofile, a BOM, collectgarbage. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { okLua, runLua } from './helpers.js';
import { LuaRuntime } from '../../src/lua/runtime.js';
import { ourSchema } from '../../src/schema/parser.js';
import { FakeClient } from './fake-client.js';

/** A strict mode in the manner of Lua's etc/strict.lua: undeclared globals raise, declared in the main chunk they are fine. */
const STRICT = `
local getinfo, error, rawset, rawget = debug.getinfo, error, rawset, rawget
local mt = getmetatable(_G)
if mt == nil then mt = {} setmetatable(_G, mt) end
mt.__declared = {}
local function what()
  local d = getinfo(3, "S")
  return d and d.what or "C"
end
mt.__newindex = function(t, n, v)
  if not mt.__declared[n] then
    local w = what()
    if w ~= "main" and w ~= "C" then error("assign to undeclared variable '" .. n .. "'", 2) end
    mt.__declared[n] = true
  end
  rawset(t, n, v)
end
mt.__index = function(t, n)
  if not mt.__declared[n] and what() ~= "C" then error("variable '" .. n .. "' is not declared", 2) end
  return rawget(t, n)
end
`;

test('a strict mode runs in the sandbox: setmetatable(_G)/getmetatable(_G) are the script\'s, the API still resolves', async () => {
  const r = await runLua(
    `${STRICT}
    assert(getmetatable(_G) == mt)
    declared_in_main = 1
    assert(declared_in_main == 1)
    assert(getMe()._ == "user", "API functions resolve before the script's __index")
    local ok, err = pcall(function() return undeclared_thing end)
    assert(not ok and err:find("test.lua:%d+: variable 'undeclared_thing' is not declared"), err)
    local ok2, err2 = pcall(function() newglobal = 1 end)
    assert(not ok2 and err2:find("test.lua:%d+: assign to undeclared variable 'newglobal'"), err2)
    mt.__metatable = "locked"
    assert(getmetatable(_G) == "locked")
    assert(not pcall(setmetatable, _G, nil), "a protected metatable stays")
    print("strict ok")`,
  );
  assert.equal(r.outcome.status, 'ok', r.outcome.error?.message);
  assert.deepEqual(r.out, ['strict ok']);
});

test('setmetatable(_G, nil) after a metatable leaves the API working; __index tables and __newindex tables are honoured', async () => {
  await okLua(`
    local store = {}
    setmetatable(_G, {__index = {fallback = 42}, __newindex = store})
    x = 5
    assert(rawget(_G, "x") == nil and store.x == 5 and fallback == 42)
    setmetatable(_G, nil)
    assert(getmetatable(_G) == nil and fallback == nil and getMe()._ == "user")
  `);
});

test('print calls the global tostring, and says so when it does not return a string', async () => {
  const r = await okLua(`
    local orig = tostring
    tostring = function(v) return "[" .. orig(v) .. "]" end
    print(1, nil, "s")
    tostring = function() return {} end
    local ok, err = pcall(print, 1)
    tostring = orig
    print(ok, err)
  `);
  assert.deepEqual(r.out, ['[1]\t[nil]\t[s]', "false\t'tostring' must return a string to 'print'"]);
});

test('loadfile/dofile as the manual says: nil + message, mode and env, errors raised by dofile; a BOM and a # line are skipped', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-stdlib-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'bom.lua'), '\ufeff#!/usr/bin/env lua\nreturn x, select("#", ...)\n');
  writeFileSync(path.join(dir, 'bad.lua'), 'return +\n');
  writeFileSync(path.join(dir, 'raise.lua'), 'error("raised")\n');
  const out: string[] = [];
  const rt = new LuaRuntime({ client: new FakeClient(), schema: ourSchema(), print: (l) => out.push(l) });
  try {
    const o = await rt.run(
      `
      local f = assert(loadfile("bom.lua", "t", {x = "from env", select = select}))
      local a, b = f(1, 2)
      assert(a == "from env" and b == 2, tostring(a))
      local g, err = loadfile("bad.lua")
      assert(g == nil and err:find("^bad.lua:%d: unexpected symbol"), err)
      local h, err2 = loadfile("bom.lua", "b")
      assert(h == nil and err2:find("attempt to load a text chunk"), err2)
      assert(select(2, pcall(dofile, "raise.lua")):find("raise.lua:1: raised"))
      assert(select(2, pcall(dofile, "missing.lua")) == "cannot open missing.lua: No such file or directory")
      print("ok")`,
      { chunkName: 'main.lua', scriptPath: path.join(dir, 'main.lua') },
    );
    assert.equal(o.status, 'ok', o.error?.message);
    // the script itself with a BOM and a # line
    const o2 = await rt.run(readFileSync(path.join(dir, 'bom.lua')), { chunkName: 'bom.lua', scriptPath: path.join(dir, 'bom.lua') });
    assert.equal(o2.status, 'ok', o2.error?.message);
    assert.deepEqual(out, ['ok']);
  } finally {
    rt.close();
  }
});

test('collectgarbage: real figures for "count", 0 for "collect", a finished cycle for "step", previous values for the settings', async () => {
  await okLua(`
    local kb = collectgarbage("count")
    assert(math.type(kb) == "float" and kb > 100, kb)
    assert(collectgarbage() == 0 and collectgarbage("collect") == 0)
    assert(collectgarbage("step") == true and collectgarbage("step", 100) == true)
    assert(collectgarbage("setpause", 100) == 200 and collectgarbage("setpause", 200) == 100)
    assert(collectgarbage("isrunning") == true)
    collectgarbage("stop") assert(collectgarbage("isrunning") == false) collectgarbage("restart")
    local ok, err = pcall(collectgarbage, "bogus")
    assert(not ok and err:find("invalid option 'bogus'"), err)
  `);
});

test('coroutine.yield is a C function as in Lua: a suspended coroutine\'s traceback shows the script\'s frames only; yielding from the main chunk names the line', async () => {
  await okLua(`
    local function f(n) if n > 0 then f(n - 1) else coroutine.yield() end end
    local co = coroutine.create(f)
    assert(coroutine.resume(co, 2))
    local lines = {}
    for l in debug.traceback(co):gmatch("[^\\n]+") do lines[#lines + 1] = l end
    assert(#lines == 5, debug.traceback(co))
    assert(lines[2]:find("%[C%]: in function 'coroutine.yield'"), lines[2])
    for i = 3, 5 do assert(not lines[i]:find("prelude"), lines[i]) end
    local ok, err = pcall(coroutine.yield, 1)
    assert(not ok and err == "attempt to yield from outside a coroutine", err)
    local w = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
    assert(w(1) == 2 and w(5) == 10)
  `);
});
