// Unit tests of the REPL's building blocks: printer, chunk classification, completion, history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fengari from 'fengari';
import { PRETTY_LUA } from '../../src/repl/pretty.js';
import { classifyChunk } from '../../src/repl/syntax.js';
import { complete, completionContext, CompletionSchema, LIST_KEYS_LUA } from '../../src/repl/complete.js';
import { loadHistory, saveHistory } from '../../src/repl/history.js';
import { parseTl } from '../../src/schema/parser.js';

const { lua, lauxlib, lualib, to_luastring } = fengari;

/** Run `body` (Lua returning a string) with `pretty` and `keys` in scope; returns the string. */
function runLua(body: string): string {
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  const src = `local pretty, keys = load((...))(), load((select(2, ...)))()\n${body}`;
  assert.equal(lauxlib.luaL_loadstring(L, to_luastring(src)), 0);
  lua.lua_pushstring(L, to_luastring(PRETTY_LUA));
  lua.lua_pushstring(L, to_luastring(LIST_KEYS_LUA));
  const st = lua.lua_pcall(L, 2, 1, 0);
  const out = lua.lua_tojsstring(L, -1) as string;
  assert.equal(st, 0, out);
  return out;
}
const O = '{color=false, depth=6, items=100, width=72}';

test('pretty: scalars keep their Lua form; int53 floats print as integers', () => {
  assert.equal(runLua(`return pretty(${O}, 1, 1.0, 1.5, 2^40, -1001234567890, "a\\n\\"b", true, nil)`),
    '1\t1.0\t1.5\t1099511627776\t-1001234567890\t"a\\n\\"b"\ttrue\tnil');
});

test('pretty: `_` first, sequence part, then sorted string keys; cycles and limits are marked', () => {
  const out = runLua(`local t = {_="user", last_name="B", first_name="A", id=7, [2]=20, [1]=10, ["not id"]=1, [10]=5}
    t.me = t
    return pretty(${O}, t)`);
  assert.equal(out, '{\n  _ = "user",\n  10,\n  20,\n  first_name = "A",\n  id = 7,\n  last_name = "B",\n  me = <cycle>,\n  ["not id"] = 1,\n  [10] = 5\n}');
  assert.equal(runLua(`return pretty({color=false, depth=2, items=3, width=72}, {a={b={c={}}}}, {1,2,3,4,5})`), '{a = {b = {...}}}\t{1, 2, 3, ... (2 more)}');
  assert.equal(runLua(`local s = {1} return pretty(${O}, {s, s})`), '{{1}, {1}}', 'a shared (not cyclic) table prints twice');
  assert.equal(runLua(`return pretty({color=false, depth=6, items=100, width=72, strlen=3}, ("x"):rep(10))`), '"xxx" ... (7 more bytes)');
});

test('pretty: a table with more keys than shown lists the smallest keys in order', () => {
  // keys inserted in a scrambled order; numbers rank after strings, as in full sorting
  const out = runLua(`local t = {} for i = 300, 1, -1 do t[string.format("k%03d", (i * 7) % 300 + 1)] = i end
    t[1000] = true t[-5] = true
    return pretty({color=false, depth=6, items=4, width=200}, t)`);
  assert.equal(out, '{k001 = 300, k002 = 43, k003 = 86, k004 = 129, ... (298 more)}');
  assert.equal(runLua(`return pretty({color=false, depth=6, items=5, width=200}, {b=1, a=2, [3]=true, [-1]=false, c=3})`), '{a = 2, b = 1, c = 3, [-1] = false, [3] = true}');
});

test('pretty: error objects print as `error CODE: MESSAGE`; colours only when asked', () => {
  assert.equal(runLua(`return pretty(${O}, {_="error", code=401, message="Unauthorized"})`), 'error 401: Unauthorized');
  const col = runLua(`return pretty({color=true, depth=6, items=100, width=72}, {_="ok", s="x"})`);
  assert.ok(col.includes(`\u001b[36m"ok"\u001b[0m`), col);
  assert.ok(col.includes(`\u001b[32m"x"\u001b[0m`), col);
});

test('chunk classification: expression, statement, unfinished, error', () => {
  assert.deepEqual(classifyChunk('1+1'), { kind: 'expression', code: 'return 1+1' });
  assert.deepEqual(classifyChunk('=1, 2'), { kind: 'expression', code: 'return 1, 2' });
  assert.deepEqual(classifyChunk('x = 1'), { kind: 'statement', code: 'x = 1' });
  assert.deepEqual(classifyChunk('for i = 1, 3 do'), { kind: 'incomplete' });
  assert.deepEqual(classifyChunk('f(\n1,'), { kind: 'incomplete' });
  assert.deepEqual(classifyChunk('x y'), { kind: 'error', message: "stdin:1: syntax error near 'y'" });
  assert.deepEqual(classifyChunk('for i = 1, 3 do\nend'), { kind: 'statement', code: 'for i = 1, 3 do\nend' });
});

const TL = `
authStateOk = AuthState;
authStateWaitPhoneNumber = AuthState;
formattedText text:string = FormattedText;
inputMessageText text:formattedText disable_web_page_preview:Bool = InputMessageContent;
ok = Ok;
---functions---
resetAuth force:Bool = Ok;
sendMessage chat_id:int53 reply_to_message_id:int53 input_message_content:InputMessageContent = Ok;
getMe = Ok;
`;
const schema = new CompletionSchema([parseTl(TL, 'test.tl')]);
const globals = async (p: string[]): Promise<string[]> =>
  p.length === 0 ? ['resetAuth', 'sendMessage', 'getMe', 'print', 'td', 'AuthState'] : p.join('.') === 'td' ? ['reset', 'result', 'on'] : [];

test('completion: globals, parameters, constructor names, nested fields, table fields', async () => {
  assert.deepEqual(await complete('re', schema, globals), [['repeat', 'resetAuth', 'return'], 're']);
  assert.deepEqual(await complete('resetAuth({f', schema, globals), [['force'], 'f']);
  assert.deepEqual(await complete('resetAuth{f', schema, globals), [['force'], 'f']);
  assert.deepEqual(await complete('x = {_ = "auth', schema, globals), [['authStateOk', 'authStateWaitPhoneNumber'], 'auth']);
  assert.deepEqual(await complete('sendMessage({chat_id = 1, input_message_content = {_ = "inputMessageText", d', schema, globals), [['disable_web_page_preview'], 'd']);
  assert.deepEqual(await complete('sendMessage({chat_id = f(1, 2), re', schema, globals), [['reply_to_message_id'], 're']);
  assert.deepEqual(await complete('td.res', schema, globals), [['reset', 'result'], 'res']);
  assert.deepEqual(await complete('print(td.', schema, globals), [['on', 'reset', 'result'], '']);
  assert.deepEqual(await complete('x = "td.res', schema, globals), [[], '']);
  assert.deepEqual(completionContext('-- td.res', schema), { kind: 'none' });
});

test('history: newest first in memory, capped on disk, multi-line entries survive', () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'luatd-hist-')), 'sub', 'h');
  assert.deepEqual(loadHistory(file), []);
  assert.equal(saveHistory(file, ['c', 'b\nb2', 'a'], 2), undefined);
  assert.equal(readFileSync(file, 'utf8'), 'b\\nb2\nc\n');
  assert.deepEqual(loadHistory(file), ['c', 'b\nb2']);
});
