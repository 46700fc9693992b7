/** Values across the Lua/JS boundary (docs/values.md), as Lua snippets with assert. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { okLua, errLua } from './helpers.js';

test('results become tables with _; errors print readably and keep code/message', async () => {
  const r = await okLua(`
    local AuthState = resetAuth({force = true})
    print(AuthState._, AuthState.code, AuthState.message)
    assert(AuthState._ == "error" and AuthState.code == 401 and AuthState.message == "Unauthorized")
    assert(tostring(AuthState) == "error 401: Unauthorized", tostring(AuthState))
    assert(getAuthState()._ == "authStateWaitPhoneNumber")
    assert(math.type(AuthState.code) == "integer")
  `);
  assert.deepEqual(r.out, ['error\t401\tUnauthorized']);
});

test('UTF-8 strings round-trip losslessly (emoji, accents) both ways', async () => {
  const r = await okLua(`
    local s = "héllo 😀 мир"
    local t = testCallString({x = s})
    assert(t._ == "testString" and t.value == s)
    assert(#t.value == #s)
    local me = getMe()
    assert(me.first_name == "Zoë 😀", me.first_name)
  `);
  assert.equal(r.client.requests[0].x, 'héllo 😀 мир');
});

test('invalid UTF-8 in a string parameter is a validation error naming the parameter and line', async () => {
  const e = await errLua(`local x = 1\ntestCallString({x = "\\xff\\xfe"})`);
  assert.equal(e.message, "test.lua:2: testCallString: Invalid 'x': expected a UTF-8 string, got invalid UTF-8 bytes (use a bytes field for binary data)");
});

test('bytes parameters take raw Lua strings (base64 on the wire) and come back raw', async () => {
  const r = await okLua(`
    local raw = "\\0\\1\\255\\254binary"
    local t = testCallBytes({x = raw})
    assert(t.value == raw, "bytes round trip")
    assert(#t.value == 10)
  `);
  assert.equal(r.client.requests[0].x, Buffer.from([0, 1, 255, 254, ...Buffer.from('binary')]).toString('base64'));
});

test('int53 ids round-trip exactly and print without .0; %d accepts them', async () => {
  const r = await okLua(`
    local m = sendMessage({chat_id = -1001234567890, input_message_content = {_ = "inputMessageText", text = "hi"}})
    assert(m.chat_id == -1001234567890)
    print(m.chat_id)
    print("id " .. m.chat_id)
    print(string.format("%d", m.chat_id))
    assert(tostring(m.chat_id) == "-1001234567890")
    assert(math.type(m.id) == "integer")
    assert(tostring(1.0) == "1.0", "small integral floats keep Lua's usual .0")
  `);
  assert.deepEqual(r.out, ['-1001234567890', 'id -1001234567890', '-1001234567890']);
  assert.equal(r.client.requests[0].chat_id, -1001234567890);
});

test('int64 goes out as a decimal string; exact numbers accepted, fractional refused', async () => {
  const r = await okLua(`
    terminateSession({session_id = 123456789012})
    terminateSession({session_id = "-9223372036854775808"})
    local ok, err = pcall(function() terminateSession({session_id = 1.5}) end)
    assert(not ok and err:find("Invalid 'session_id'", 1, true), err)
  `);
  assert.equal(r.client.requests[0].session_id, '123456789012');
  assert.equal(r.client.requests[1].session_id, '-9223372036854775808');
});

test('vectors are 1-based sequences; {} is an empty vector; nested objects nest; null is nil', async () => {
  const r = await okLua(`
    local v = testCallVectorInt({x = {3, 1, 2}})
    assert(#v.value == 3 and v.value[1] == 3 and v.value[3] == 2)
    local e = testCallVectorInt({x = {}})
    assert(type(e.value) == "table" and #e.value == 0)
    local o = testCallVectorIntObject({x = {{value = 7}, {_ = "testInt", value = 8}}})
    assert(o.value[2]._ == "testInt" and o.value[2].value == 8)
    local m = sendMessage({chat_id = 5, input_message_content = {_ = "inputMessageText", text = "x"}})
    assert(m.content.text.text == "x" and m.content.text.entities ~= nil)
    assert(m.reply_markup == nil)
  `);
  assert.deepEqual(r.client.requests[1].x, []);
});

test('tables that cannot cross name the path: mixed, holes, cyclic, function, coroutine', async () => {
  const cases: [string, RegExp][] = [
    ['testCallVectorInt({x = {1, 2, a = 3}})', /Invalid 'x': table is both a sequence \(2 items\) and a map \(key 'a'\)/],
    ['testCallVectorInt({x = {1, nil, 3}})', /Invalid 'x': table has holes/],
    ['local t = {} t[1] = t testCallVectorIntObject({x = t})', /Invalid 'x\[1\]': cyclic table/],
    ['testCallString({x = print})', /Invalid 'x': cannot pass a function value to the API/],
    ['testCallString({x = coroutine.create(print)})', /Invalid 'x': cannot pass a thread value to the API/],
    ['testCallVectorInt({x = {a = 1}})', /Invalid 'x': expected vector<int32> \(a sequence table\), got a table with key 'a'/],
  ];
  for (const [src, re] of cases) {
    const e = await errLua(src);
    assert.match(e.message, /^test\.lua:1: /, src);
    assert.match(e.message, re, src);
  }
});

test('deeply nested arguments: 30 levels reach the validator; 1,000 levels are refused at the one nesting limit (100)', async () => {
  const a = await errLua('local t = {_ = "optionValueString"} local c = t for i = 1, 30 do c.value = {_ = "optionValueString"} c = c.value end setOption({name = "x", value = t})');
  assert.match(a.message, /^test\.lua:1: setOption: Invalid 'value\.value': expected string/);
  const b = await errLua('local t = {} local c = t for i = 1, 1000 do c[1] = {} c = c[1] end setOption({name = "x", value = {_ = "optionValueString", value = "s", extra = t}})');
  // the converter's limit is the validator's (src/schema/builtins.ts); the long path is clipped in the message
  assert.match(b.message, /^test\.lua:1: setOption: Invalid 'value\.extra(\[1\])+\.\.\.': tables nested deeper than 100 levels/);
});

test('integer arithmetic is 64-bit: large sums stay integers, os.time() * 1000 is exact', async () => {
  const r = await okLua(`
    local n = 0 for i = 1, 1e6 do n = n + i end
    assert(math.type(n) == "integer" and tostring(n) == "500000500000", tostring(n))
    assert(100000 * 100000 == 10000000000 and math.type(100000 * 100000) == "integer")
    assert(2147483647 + 1 == 2^31 and math.type(2147483647 + 1) == "integer")
    local ms = os.time() * 1000
    assert(math.type(ms) == "integer" and ms > 1600000000000 and ms % 1000 == 0)
    print(ms // 1000 == os.time() or ms // 1000 == os.time() - 1)
    assert(1 << 31 == 2147483648 and 1 << 63 == math.mininteger, "shifts are 64-bit")
  `);
  assert.deepEqual(r.out, ['true']);
});
