/**
 * The hostile-input cases, as data: what a script does, and what the user must see.
 *
 * Every script case also gets the suite's standing checks (see hostile.test.ts): the host is
 * still alive and runs a fresh script, a second script run alongside finished unaffected,
 * and the core's data is intact.
 */
import type { ErrorCode } from '../../src/errors.js';

/** What running the script must produce. */
export type Expectation =
  /** The script completes normally (it checks the refusal itself, with assert). */
  | { ok: true }
  /** The run fails with one of these codes and a message matching `message`. */
  | { code: ErrorCode | ErrorCode[]; message: RegExp };

/** One hostile Lua script. */
export interface ScriptCase {
  name: string;
  /** Grouping used in the test names. */
  group: 'loops' | 'resources' | 'sandbox' | 'api';
  script: string;
  expect: Expectation;
  /** Run in an isolated worker (needed when a single JS call cannot be interrupted). */
  isolated?: boolean;
  /** When set, the case documents a known bug: it runs as node:test `todo` with this reason. */
  todo?: string;
}

const TIME: Expectation = { code: 'LIMIT_TIME', message: /too long|time|slice|limit/i };

// A pattern that backtracks badly: each `a*` can take any share of 20,000 a's, and no `b` ever matches.
const CATASTROPHIC = `string.rep("a", 20000) , string.rep("a*", 12) .. "b"`;

/** Scripts run through the host library. */
export const scriptCases: ScriptCase[] = [
  // ---- endless loops ----
  { group: 'loops', name: 'while true do end', script: 'while true do end', expect: TIME },
  { group: 'loops', name: 'endless numeric for', script: 'for i = 1, math.huge do end', expect: TIME },
  { group: 'loops', name: 'endless loop inside pcall, retried by pcall in a loop', script: 'while true do pcall(function() while true do end end) end', expect: TIME },
  { group: 'loops', name: 'endless loop inside xpcall whose handler loops too', script: 'xpcall(function() while true do end end, function() while true do end end)', expect: TIME },
  { group: 'loops', name: 'pcall catching the time-limit error and looping again', script: 'for _ = 1, 1000 do pcall(function() while true do end end) end', expect: TIME },
  { group: 'loops', name: 'endless loop inside a coroutine', script: 'coroutine.wrap(function() while true do end end)()', expect: TIME },
  {
    group: 'loops',
    name: 'endless loop inside coroutine.resume inside pcall',
    script: 'local co = coroutine.create(function() while true do end end); while true do pcall(coroutine.resume, co) end',
    expect: TIME,
  },
  { group: 'loops', name: 'endless loop in a __gc metamethod', script: 'setmetatable({}, {__gc = function() while true do end end}); collectgarbage(); collectgarbage(); while true do end', expect: TIME },
  { group: 'loops', name: 'endless loop in a __index metamethod', script: 'local t = setmetatable({}, {__index = function(t, k) while true do end end}); return t.x', expect: TIME },
  { group: 'loops', name: 'endless loop inside a table.sort comparator', script: 'local t = {3, 2, 1}; table.sort(t, function(a, b) while true do end end)', expect: TIME },
  { group: 'loops', name: 'endless loop inside string.gsub replacement function', script: 'string.gsub("abc", "%w", function() while true do end end)', expect: TIME },
  {
    group: 'loops',
    name: 'catastrophic pattern in string.find',
    script: `return string.find(${CATASTROPHIC})`,
    expect: { code: ['LIMIT_TIME', 'LUA_RUNTIME'], message: /too long|time|slice|limit|complex/i },
    isolated: true,
  },
  {
    group: 'loops',
    name: 'catastrophic pattern in string.gsub',
    script: `local s = string.rep("a", 20000); return (s:gsub(string.rep("a*", 12) .. "b", "x"))`,
    expect: { code: ['LIMIT_TIME', 'LUA_RUNTIME'], message: /too long|time|slice|limit|complex/i },
    isolated: true,
  },

  // ---- resources ----
  { group: 'resources', name: 'deep recursion', script: 'local function f(n) return 1 + f(n + 1) end; return f(1)', expect: { code: 'LUA_RUNTIME', message: /stack overflow/i } },
  {
    group: 'resources',
    name: 'deep recursion caught by pcall, then the script goes on',
    script: 'local function f(n) return 1 + f(n + 1) end; local ok, e = pcall(f, 1); assert(not ok and tostring(e):find("stack overflow"), e); assert(testSquareInt{x = 3}.value == 9)',
    expect: { ok: true },
  },
  {
    group: 'resources',
    name: 'coroutine bomb (each coroutine resumes a new one)',
    script: 'local function bomb() coroutine.wrap(bomb)() end; bomb()',
    expect: { code: ['LUA_RUNTIME', 'LIMIT_TIME', 'LIMIT_MEMORY'], message: /stack overflow|too many|limit|C stack/i },
  },
  {
    group: 'resources',
    name: 'a million live coroutines',
    script: 'local t = {}; for i = 1, 1e7 do t[i] = coroutine.create(function() end) end',
    expect: { code: ['LIMIT_TIME', 'LIMIT_MEMORY'], message: /too long|time|slice|memory|limit/i },
  },
  { group: 'resources', name: 'huge table filled in a loop', script: 'local t = {}; for i = 1, 1e9 do t[i] = {i} end', expect: { code: ['LIMIT_TIME', 'LIMIT_MEMORY'], message: /too long|time|slice|memory|limit/i } },
  { group: 'resources', name: 'string.rep to 2 GiB', script: 'return #string.rep("x", 2^31)', expect: { code: 'LUA_RUNTIME', message: /too large|limit|overflow/i } },
  { group: 'resources', name: 'string.rep to 10 GB in two steps', script: 'local m = string.rep("x", 1e6); return #string.rep(m, 1e4)', expect: { code: 'LUA_RUNTIME', message: /too large|limit|overflow/i } },
  { group: 'resources', name: 'string doubling by concatenation', script: 'local s = "x"; while true do s = s .. s end', expect: { code: 'LUA_RUNTIME', message: /too large|limit/i } },
  {
    group: 'resources',
    name: 'table.concat past the string limit',
    script: 'local p = string.rep("x", 1e6); local t = {}; for i = 1, 200 do t[i] = p end; return #table.concat(t)',
    expect: { code: 'LUA_RUNTIME', message: /too large|limit/i },
  },
  {
    group: 'resources',
    name: 'string.format with a huge width',
    script: 'return string.format("%99999999d", 1)',
    expect: { code: 'LUA_RUNTIME', message: /invalid|too long|format/i },
  },

  // ---- sandbox escapes ----
  {
    group: 'sandbox',
    name: 'binary chunk through load',
    script: 'local f, err = load("\\27LuaS\\0\\25\\147\\13\\10\\26\\10", "x", "b"); assert(f == nil, "binary chunk accepted"); error(err, 0)',
    expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /binary/i },
  },
  {
    group: 'sandbox',
    name: 'binary chunk through load in default mode',
    script: 'local f, err = load("\\27LuaS\\0\\25\\147\\13\\10\\26\\10"); assert(f == nil, "binary chunk accepted"); error(err, 0)',
    expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /binary/i },
  },
  { group: 'sandbox', name: 'string.dump', script: 'return string.dump(function() return 1 end)', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /dump/i } },
  {
    group: 'sandbox',
    name: 'load with a custom environment sees only that environment',
    script: 'local f = assert(load("return os, io, require, getMe", "x", "t", {})); local a, b, c, d = f(); assert(a == nil and b == nil and c == nil and d == nil, "real globals reachable")',
    expect: { ok: true },
  },
  {
    group: 'sandbox',
    name: 'debug library cannot reach the registry or upvalues',
    script: 'assert(debug == nil or (debug.getregistry == nil and debug.getupvalue == nil and debug.setupvalue == nil and debug.sethook == nil), "debug escape hatches present")',
    expect: { ok: true },
  },
  { group: 'sandbox', name: 'require("child_process")', script: 'return require("child_process")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /child_process/ } },
  { group: 'sandbox', name: 'require("fs")', script: 'return require("fs")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /fs/ } },
  { group: 'sandbox', name: 'require("js") (fengari-interop)', script: 'return require("js")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /js/ } },
  {
    group: 'sandbox',
    name: 'no js global, no package.loaded.js, no package.loadlib',
    script: 'assert(js == nil, "js global"); assert(package == nil or (package.loaded.js == nil and package.loadlib == nil), "package escape")',
    expect: { ok: true },
  },
  { group: 'sandbox', name: 'os.execute', script: 'return os.execute("echo pwned")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /execute/ } },
  { group: 'sandbox', name: 'os.exit does not end the host', script: 'os.exit(3)', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /exit/ } },
  { group: 'sandbox', name: 'io.open of a host file', script: 'return io.open("/etc/passwd")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /io|open/ } },
  { group: 'sandbox', name: 'dofile of a host file', script: 'return dofile("/etc/passwd")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /dofile/ } },
  { group: 'sandbox', name: 'loadfile of a host file', script: 'return loadfile("/etc/passwd")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /loadfile/ } },
  {
    group: 'sandbox',
    name: 'string metatable tampering stays inside the script',
    script: 'local mt = getmetatable(""); if type(mt) == "table" then pcall(function() mt.__index.upper = function() return "pwned" end end); pcall(function() mt.__index = {} end) end',
    expect: { ok: true },
  },
  {
    group: 'sandbox',
    name: 'rawset on the API functions stays inside the script',
    script: 'rawset(_G, "testSquareInt", function() return {value = -1} end); rawset(_G, "getMe", nil); assert(testSquareInt{x = 2}.value == -1)',
    expect: { ok: true },
  },
  {
    group: 'sandbox',
    name: 'setmetatable(_G, ...) traps stay inside the script',
    script: 'setmetatable(_G, {__index = function() error("trapped") end, __newindex = function() error("trapped") end})',
    expect: { ok: true },
  },
  {
    group: 'sandbox',
    name: 'globals set by one script are not seen by another',
    script: 'SHARED_SECRET = "from the hostile script"; coroutine = nil; string.rep = nil; table.insert = nil',
    expect: { ok: true },
  },

  // ---- API abuse ----
  { group: 'api', name: 'int32 param given a string', script: 'return testSquareInt{x = "five"}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  { group: 'api', name: 'int32 param given a table', script: 'return testSquareInt{x = {}}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  { group: 'api', name: 'int32 param given a fraction', script: 'return testSquareInt{x = 1.5}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  { group: 'api', name: 'int32 param out of range', script: 'return testSquareInt{x = 2^31}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  { group: 'api', name: 'int32 param NaN', script: 'return testSquareInt{x = 0/0}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  { group: 'api', name: 'int32 param +Infinity', script: 'return testSquareInt{x = math.huge}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  { group: 'api', name: 'int32 param -0 is 0', script: 'assert(testSquareInt{x = -0.0}.value == 0)', expect: { ok: true } },
  { group: 'api', name: 'int32 param missing', script: 'return testSquareInt{}', expect: { code: ['MISSING_PARAM', 'INVALID_PARAM'], message: /x/ } },
  { group: 'api', name: 'unknown parameter', script: 'return testSquareInt{x = 1, y = 2}', expect: { code: 'UNKNOWN_PARAM', message: /y/ } },
  { group: 'api', name: 'int53 param past 2^53', script: 'return getUser{user_id = 2^60}', expect: { code: 'INVALID_PARAM', message: /user_id/ } },
  { group: 'api', name: 'int53 param NaN', script: 'return getUser{user_id = 0/0}', expect: { code: 'INVALID_PARAM', message: /user_id/ } },
  { group: 'api', name: 'int53 param -Infinity', script: 'return getUser{user_id = -math.huge}', expect: { code: 'INVALID_PARAM', message: /user_id/ } },
  { group: 'api', name: 'int64 param given a non-numeric string', script: 'return terminateSession{session_id = "12abc"}', expect: { code: 'INVALID_PARAM', message: /session_id/ } },
  { group: 'api', name: 'int64 param past 2^63', script: 'return terminateSession{session_id = "99999999999999999999"}', expect: { code: 'INVALID_PARAM', message: /session_id/ } },
  { group: 'api', name: 'int64 param NaN', script: 'return terminateSession{session_id = 0/0}', expect: { code: 'INVALID_PARAM', message: /session_id/ } },
  { group: 'api', name: 'Bool param given a number', script: 'return resetAuth{force = 1}', expect: { code: 'INVALID_PARAM', message: /force/ } },
  { group: 'api', name: 'string param given a table', script: 'return testCallString{x = {}}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  { group: 'api', name: 'string param with invalid UTF-8', script: 'return testCallString{x = "\\255\\254abc"}', expect: { code: 'INVALID_PARAM', message: /UTF-8|utf8|x/i } },
  { group: 'api', name: 'string param with a lone surrogate encoding', script: 'return testCallString{x = "\\237\\160\\128"}', expect: { code: 'INVALID_PARAM', message: /UTF-8|utf8|x/i } },
  { group: 'api', name: 'bytes param takes any bytes', script: 'local r = testCallBytes{x = "\\0\\255\\254"}; assert(r.value == "\\0\\255\\254", "bytes changed")', expect: { ok: true } },
  { group: 'api', name: 'vector param given a map', script: 'return testCallVectorInt{x = {a = 1}}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  { group: 'api', name: 'vector param with a hole', script: 'return testCallVectorInt{x = {1, nil, 3}}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  { group: 'api', name: 'vector element of the wrong type', script: 'return testCallVectorInt{x = {1, "two", 3}}', expect: { code: 'INVALID_PARAM', message: /x/ } },
  {
    group: 'api',
    name: 'polymorphic param without _',
    script: 'return setOption{name = "x", value = {value = "y"}}',
    expect: { code: 'INVALID_PARAM', message: /value|_/ },
  },
  {
    group: 'api',
    name: 'polymorphic param with a constructor of another type',
    script: 'return setOption{name = "x", value = {_ = "testInt", value = 1}}',
    expect: { code: ['INVALID_PARAM', 'UNKNOWN_CONSTRUCTOR'], message: /value|testInt/ },
  },
  {
    group: 'api',
    name: 'polymorphic param with an unknown constructor',
    script: 'return setOption{name = "x", value = {_ = "noSuchThing"}}',
    expect: { code: ['INVALID_PARAM', 'UNKNOWN_CONSTRUCTOR'], message: /noSuchThing/ },
  },
  { group: 'api', name: 'request that is not a table', script: 'return testSquareInt(5)', expect: { code: ['INVALID_PARAM', 'USAGE'], message: /table|testSquareInt/ } },
  { group: 'api', name: 'cyclic table as an argument', script: 'local t = {}; t.self = t; return setOption{name = "x", value = t}', expect: { code: 'INVALID_PARAM', message: /cycl|recurs|value/i } },
  { group: 'api', name: 'function as an argument', script: 'return testCallString{x = print}', expect: { code: 'INVALID_PARAM', message: /function|x/ } },
  { group: 'api', name: 'coroutine as an argument', script: 'return testCallString{x = coroutine.create(print)}', expect: { code: 'INVALID_PARAM', message: /thread|coroutine|x/ } },
  { group: 'api', name: 'a million-element vector is accepted and answered', script: 'local t = {}; for i = 1, 1e6 do t[i] = i end; local r = testCallVectorInt{x = t}; assert(#r.value == 1e6 and r.value[1e6] == 1e6)', expect: { ok: true } },
  {
    group: 'api',
    name: 'a 100 MB string argument is refused by the string limit',
    script: 'return testCallString{x = string.rep("x", 100 * 1024 * 1024)}',
    expect: { code: 'LUA_RUNTIME', message: /too large|limit/i },
  },
  {
    group: 'api',
    name: 'a string just under the limit goes through',
    script: 'local r = testCallString{x = string.rep("y", 1024 * 1024)}; assert(#r.value == 1024 * 1024)',
    expect: { ok: true },
  },
  { group: 'api', name: 'unknown method through the raw call path', script: 'return noSuchMethod{}', expect: { code: ['LUA_RUNTIME', 'UNKNOWN_METHOD'], message: /noSuchMethod/ } },
];
