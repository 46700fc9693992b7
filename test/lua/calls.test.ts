/** API calls from Lua: globals, td table, invoke, validation errors at the caller's line, sync and async paths. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { okLua, errLua, runLua } from './helpers.js';
import { FakeClient } from './fake-client.js';
import { LuaRuntime } from '../../src/lua/runtime.js';
import { ourSchema } from '../../src/schema/parser.js';

for (const mode of ['immediate', 'waiting'] as const) {
  const fake = { async: mode === 'waiting' };
  test(`${mode} answers: globals, td.*, invoke, pcall, user coroutines, nested calls`, async () => {
    const r = await okLua(
      `
      assert(getMe().id == 1001234567890)
      assert(td.getMe().username == "zoe")
      assert(invoke({_ = "testSquareInt", x = 12}).value == 144)
      local ok, v = pcall(function() return testSquareInt({x = 3}).value end)
      assert(ok and v == 9)
      -- a call inside a coroutine the script made, resumed by hand
      local co = coroutine.create(function(a)
        local s = testSquareInt({x = a}).value
        local b = coroutine.yield(s)
        return b + testSquareInt({x = 2}).value
      end)
      local ok1, s = coroutine.resume(co, 5)
      assert(ok1 and s == 25, tostring(s))
      local ok2, t = coroutine.resume(co, 1)
      assert(ok2 and t == 5 and coroutine.status(co) == "dead")
      -- coroutine.wrap, nested two deep, inside pcall
      local gen = coroutine.wrap(function()
        local inner = coroutine.wrap(function() coroutine.yield(getMe().username) end)
        coroutine.yield(inner() .. "!")
      end)
      assert(select(2, pcall(gen)) == "zoe!")
      -- a shadowed global still reaches the API through td
      local getMe = 42
      assert(td.getMe()._ == "user")
      -- xpcall with a handler
      assert(select(2, xpcall(function() return getAuthState()._ end, debug.traceback)) == "authStateWaitPhoneNumber")
      print("done")
    `,
      { fake },
    );
    assert.deepEqual(r.out, ['done']);
  });
}

test('validation errors are raised at the calling line, Neovim-style, and pcall catches them', async () => {
  const e = await errLua(`local a = 1\n\nresetAuth({force = "yes"})`);
  assert.equal(e.message, "test.lua:3: resetAuth: Invalid 'force': expected Bool, got string");
  assert.match(String(e.outcome.error?.details.traceback), /test\.lua:3: in main chunk/);
  const cases: [string, string][] = [
    ['resetAuth({forse = true})', "test.lua:1: resetAuth: Unknown parameter 'forse' (did you mean 'force'?)"],
    ['sendMessage({chat_id = 1, input_message_content = {text = "x"}})', "test.lua:1: sendMessage: Required: 'input_message_content._'"],
    ['invoke({_ = "resetAuht"})', "test.lua:1: invoke: Unknown method 'resetAuht' (did you mean 'resetAuth'?)"],
    ['resetAuth(true)', 'test.lua:1: resetAuth: expected a table of parameters, e.g. resetAuth({...}), got boolean'],
    ['testSquareInt({x = 2^40})', "test.lua:1: testSquareInt: Invalid 'x'"],
  ];
  for (const [src, msg] of cases) {
    const r = await errLua(src);
    assert.ok(r.message.startsWith(msg), `${src}\n got: ${r.message}\nwant: ${msg}`);
  }
  await okLua(`
    local ok, err = pcall(function() resetAuth({force = 1}) end)
    assert(not ok and err == "test.lua:2: resetAuth: Invalid 'force': expected Bool, got number", err)
  `);
});

test('check() passes results through and raises error results at the caller line', async () => {
  const e = await errLua(`assert(check(getMe())._ == "user")\ncheck(resetAuth({force = true}))`);
  assert.equal(e.message, 'test.lua:2: error 401: Unauthorized');
});

test('a call that must wait from a non-yieldable place says so instead of hanging', async () => {
  const e = await errLua(`local t = setmetatable({}, {__index = function() return getMe() end})\nlocal x = {3, 1, 2}\ntable.sort(x, function(a, b) getMe() return a < b end)`, {
    fake: { async: true },
  });
  assert.match(e.message, /getMe: cannot wait for an answer here/);
});

test('sleep waits without blocking: two runtimes interleave', async () => {
  const order: string[] = [];
  const a = runLua(`for i = 1, 3 do print("a" .. i) sleep(0.01) end`, { print: (l) => order.push(l) });
  const b = runLua(`for i = 1, 3 do print("b" .. i) sleep(0.01) end`, { print: (l) => order.push(l) });
  await Promise.all([a, b]);
  assert.deepEqual(order.slice(0, 2).sort(), ['a1', 'b1']);
  assert.equal(order.length, 6);
  assert.notDeepEqual(order, ['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
});

test('a JS exception inside a registered global becomes a readable Lua error', async () => {
  const e = await errLua(`local v = boom()`, {
    globals: {
      boom: () => {
        throw new TypeError('cannot read the thing');
      },
    },
  });
  assert.equal(e.message, 'test.lua:1: boom: TypeError: cannot read the thing');
  const r = await okLua(`assert(add(2, 3) == 5) assert(later("x") == "x!")`, {
    globals: { add: (a, b) => (a as number) + (b as number), later: async (s) => `${s as string}!` },
  });
  assert.equal(r.outcome.status, 'ok');
});

test('runtime and syntax errors: chunk:line, traceback, non-string errors via __tostring', async () => {
  const s = await errLua(`local x = = 1`);
  assert.equal(s.outcome.error?.code, 'LUA_SYNTAX');
  assert.match(s.message, /^test\.lua:1: unexpected symbol near '='/);
  const t = await errLua(`error(setmetatable({}, {__tostring = function() return "custom!" end}))`);
  assert.equal(t.message, 'custom!');
  const u = await errLua(`local function f() local y = nil; return y.z end\nf()`);
  assert.match(u.message, /^test\.lua:1: attempt to index a nil value \(local 'y'\)/);
  assert.match(String(u.outcome.error?.details.traceback), /in (local|function) 'f'[\s\S]*test\.lua:2: in main chunk/);
});

test('arg and ... follow the lua command; a #! first line is ignored with lines kept', async () => {
  const r = await okLua(`#!/usr/bin/env luatd\nlocal a, b = ...\nassert(a == "x" and b == "y")\nassert(arg[0] == "test.lua" and arg[1] == "x" and #arg == 2)\nprint(debug.traceback():match("test.lua:5") ~= nil)`, {
    args: ['x', 'y'],
  });
  assert.deepEqual(r.out, ['true']);
});

test('a raw JS exception escaping into Lua (lua_atnativeerror) becomes a readable error at the caller line', async () => {
  const client = new FakeClient({ async: true });
  client.invoke = () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  };
  const rt = new LuaRuntime({ client, schema: ourSchema() });
  try {
    const o = await rt.run('local ok, err = pcall(function()\n  return getMe()\nend)\nassert(not ok)\nerror(err, 0)', { chunkName: 'n.lua' });
    assert.equal(o.error?.message, "n.lua:2: TypeError: Cannot read properties of undefined (reading 'x')");
  } finally {
    rt.close();
  }
});

test('interrupt() makes waiting tasks raise at their call (pcall can catch it); the VM stays usable', async () => {
  const client = new FakeClient();
  const rt = new LuaRuntime({ client, schema: ourSchema() });
  try {
    const waiting = rt.exec('sleep(30)', '=stdin');
    const caught = rt.exec('local ok, err = pcall(sleep, 30) return ok, err', '=stdin');
    setTimeout(() => rt.interrupt(), 20);
    await assert.rejects(waiting, (e: unknown) => (e as Error).message === 'stdin:1: sleep: interrupted');
    assert.deepEqual((await caught).values, ['false', 'sleep: interrupted']);
    assert.deepEqual((await rt.exec('return getMe().username')).values, ['zoe']);
  } finally {
    rt.close();
  }
});

test('the wrapped pcall/xpcall/coroutine functions report misuse like Lua does, at the caller line', async () => {
  const cases: [string, string][] = [
    ['coroutine.resume(5)', "test.lua:1: bad argument #1 to 'resume' (coroutine expected, got number)"],
    ['coroutine.wrap(nil)', "test.lua:1: bad argument #1 to 'wrap' (function expected, got nil)"],
    ['pcall()', "test.lua:1: bad argument #1 to 'pcall' (value expected)"],
    ['xpcall(print)', "test.lua:1: bad argument #2 to 'xpcall' (function expected, got nil)"],
  ];
  for (const [src, msg] of cases) assert.equal((await errLua(src)).message, msg, src);
});

test('sleep longer than a JS timer can hold (35 days) still waits', async () => {
  const r = await runLua('sleep(3e6) error("woke up at once")', { limits: { totalMs: 200 } });
  assert.equal(r.outcome.status, 'killed');
  assert.match(r.outcome.error!.message, /total timeout of 200 ms/);
});
