/**
 * The hostile-input cases, as data: what a script does, and what the user must see.
 *
 * Every script case also gets the suite's standing checks (see hostile.test.ts): the host is
 * still alive and runs a fresh script, a second script run alongside finished unaffected,
 * and the core's data is intact.
 */
import type { ErrorCode } from '../../src/errors.js';
import type { Limits } from '../../src/lua/limits.js';

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
  /** Limits over the suite's small defaults (driver.ts HOSTILE_LIMITS). */
  limits?: Partial<Limits>;
  /** When set, the case documents a known bug: it runs as node:test `todo` with this reason. */
  todo?: string;
  /**
   * The case hung the host once (a fixed bug): it runs in a child process killed after a timeout,
   * so that a regression fails the case instead of hanging the whole suite.
   */
  mayHang?: boolean;
  /**
   * Something done to the data file while the (isolated) script runs, when it prints the line
   * `ready` (driver.ts): `write-lock`: another process takes SQLite's write lock (BEGIN IMMEDIATE)
   * and keeps it, and the file named by the global LOCKED appears once it holds it (the script
   * may read it); `damaged-feed`: damaged update rows (a null body, a 200,000-level nested
   * array) are written into the feed, then a message "after the damage" to the account's own chat,
   * and the host must have warned about the damaged rows.
   */
  around?: 'write-lock' | 'damaged-feed';
}

/** A validation refusal: raised at the caller's line, naming the method and the parameter. */
function bad(method: string, param: string, detail: RegExp): Expectation {
  const p = param.replace(/[.[\]]/g, (c) => `\\${c}`);
  return { code: ['INVALID_PARAM', 'LUA_RUNTIME'], message: new RegExp(`^hostile\\.lua:1: ${method}: Invalid '${p}': .*${detail.source}`) };
}

/** Prefix of scripts that need a chat: the account's chat with itself, on line 1. */
const IN_CHAT = 'local chat = createPrivateChat{user_id = getMe().id};';

const TIME: Expectation = { code: 'LIMIT_TIME', message: /ran more than \d+ Lua steps/ };

// A pattern that backtracks badly: each `a*` can take any share of 20,000 a's, and no `b` ever matches.
const CATASTROPHIC = `string.rep("a", 20000) , string.rep("a*", 12) .. "b"`;

/** Scripts run through the host library. */
export const scriptCases: ScriptCase[] = [
  // ---- endless loops ----
  { group: 'loops', name: 'while true do end', script: 'while true do end', expect: TIME },
  { group: 'loops', name: 'endless numeric for', script: 'for i = 1, math.huge do end', expect: TIME },
  { group: 'loops', name: 'endless loop inside pcall, retried by pcall in a loop', script: 'while true do pcall(function() while true do end end) end', expect: TIME },
  {
    group: 'loops',
    name: 'endless loop inside xpcall whose handler loops too',
    script: 'xpcall(function() while true do end end, function() while true do end end)',
    expect: TIME,
    mayHang: true,
  },
  { group: 'loops', name: 'pcall catching the time-limit error and looping again', script: 'for _ = 1, 1000 do pcall(function() while true do end end) end', expect: TIME },
  { group: 'loops', name: 'endless loop inside a coroutine', script: 'coroutine.wrap(function() while true do end end)()', expect: TIME },
  {
    group: 'loops',
    name: 'endless loop inside coroutine.resume inside pcall',
    script: 'local co = coroutine.create(function() while true do end end); while true do pcall(coroutine.resume, co) end',
    expect: TIME,
  },
  { group: 'loops', name: 'endless loop in a __tostring metamethod called by print', script: 'print(setmetatable({}, {__tostring = function() while true do end end}))', expect: TIME },
  {
    group: 'loops',
    name: 'endless loop inside an update handler',
    script: `on("updateNewMessage", function(u) while true do end end)
local me = getMe()
local chat = createPrivateChat{user_id = me.id}
sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "trigger"}}`,
    expect: TIME,
  },
  { group: 'loops', name: 'endless loop in a __index metamethod', script: 'local t = setmetatable({}, {__index = function(t, k) while true do end end}); return t.x', expect: TIME },
  { group: 'loops', name: 'endless loop inside a table.sort comparator', script: 'local t = {3, 2, 1}; table.sort(t, function(a, b) while true do end end)', expect: TIME },
  { group: 'loops', name: 'endless loop inside string.gsub replacement function', script: 'string.gsub("abc", "%w", function() while true do end end)', expect: TIME },
  {
    group: 'loops',
    name: 'catastrophic pattern in string.find',
    script: `return string.find(${CATASTROPHIC})`,
    expect: TIME,
    isolated: true,
  },
  {
    group: 'loops',
    name: 'catastrophic pattern in string.gsub',
    script: `local s = string.rep("a", 20000); return (s:gsub(string.rep("a*", 12) .. "b", "x"))`,
    expect: TIME,
    isolated: true,
  },
  {
    group: 'loops',
    name: 'catastrophic pattern in an in-process VM (createHost, REPL, plugins)',
    script: `return string.find(${CATASTROPHIC})`,
    expect: TIME,
    mayHang: true,
  },
  // library functions that loop in JS, where the count hook never fires: each has a step budget
  { group: 'loops', name: 'table.move over 2^31 slots', script: 'table.move({}, 1, 2^31 - 1, 1)', expect: TIME, mayHang: true },
  { group: 'loops', name: 'table.move backwards over 2^40 slots', script: 'table.move({}, 1, 2^40, 2)', expect: TIME, mayHang: true },
  {
    group: 'loops',
    name: 'table.insert and table.remove on a table whose __len says 2^40',
    script: 'local t = setmetatable({}, {__len = function() return 2^40 end}); pcall(table.remove, t, 1); table.insert(t, 1, "x")',
    expect: TIME,
    mayHang: true,
  },
  { group: 'loops', name: 'table.concat over 2^40 indices of a table', script: 'table.concat(setmetatable({}, {__index = function() return "" end}), "", 1, 2^40)', expect: TIME, mayHang: true },
  { group: 'loops', name: 'string.rep of 8 MiB in a loop', script: 'local n = 0; while true do n = n + #string.rep("x", 8e6) end', expect: TIME, mayHang: true },
  { group: 'loops', name: 'string.rep of an empty string a billion times in a loop', script: 'while true do local s = string.rep("", 1e9, "") end', expect: TIME, mayHang: true },
  { group: 'loops', name: 'endless loop in a worker (runIsolated)', script: 'while true do end', expect: TIME, isolated: true },
  {
    group: 'loops',
    name: 'a script that yields forever is stopped by the total timeout',
    script: 'while true do sleep(0.005) end',
    expect: { code: 'LIMIT_TIME', message: /total timeout of 400 ms/ },
    limits: { totalMs: 400 },
  },
  {
    group: 'loops',
    name: 'an update handler that sleeps forever is stopped by the total timeout',
    script: `on(function(u) while true do sleep(0.005) end end)
${'local chat = createPrivateChat{user_id = getMe().id};'} sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "trigger"}}`,
    expect: { code: 'LIMIT_TIME', message: /total timeout of 400 ms/ },
    limits: { totalMs: 400 },
  },
  {
    group: 'loops',
    name: 'a script yielding as fast as it can does not starve the script alongside',
    script: 'while true do sleep(0) end',
    expect: { code: 'LIMIT_TIME', message: /total timeout of 1500 ms/ },
    limits: { totalMs: 1500 },
  },
  {
    group: 'loops',
    name: 'an update handler raising errors does not end the script',
    script: `${'local chat = createPrivateChat{user_id = getMe().id};'} local seen = 0
on("updateNewMessage", function(u) seen = seen + 1; error("handler boom") end)
for i = 1, 3 do sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "boom " .. i}} end
for _ = 1, 300 do if seen >= 3 then break end sleep(0.01) end
assert(seen >= 3, "handlers ran " .. seen .. " times"); stop()`,
    expect: { ok: true },
  },
  {
    group: 'loops',
    name: 'an update feedback loop (each new message sends another) is stopped by the total timeout',
    script: `${'local chat = createPrivateChat{user_id = getMe().id};'}
on("updateNewMessage", function(u) sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "again"}} end)
sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "start"}}`,
    expect: { code: 'LIMIT_TIME', message: /total timeout of 800 ms/ },
    limits: { totalMs: 800 },
  },

  // ---- resources ----
  // fengari needs a second or two to fill its 1,000,000-slot stack: these two get no step slice
  { group: 'resources', name: 'deep recursion', script: 'local function f(n) return 1 + f(n + 1) end; return f(1)', expect: { code: 'LUA_RUNTIME', message: /stack overflow/i }, limits: { sliceSteps: 0 } },
  {
    group: 'resources',
    name: 'deep recursion caught by pcall, then the script goes on',
    script: 'local function f(n) return 1 + f(n + 1) end; local ok, e = pcall(f, 1); assert(not ok and tostring(e):find("stack overflow"), e); assert(testSquareInt{x = 3}.value == 9)',
    expect: { ok: true },
    limits: { sliceSteps: 0 },
  },
  { group: 'resources', name: 'recursion through pcall unwinds and the script goes on', script: 'local function f() pcall(f) end; f(); assert(testSquareInt{x = 2}.value == 4)', expect: { ok: true } },
  { group: 'resources', name: 'recursion through gsub replacement functions', script: 'local function f(s) return (s:gsub(".", f)) end; return f("abc")', expect: { code: 'LUA_RUNTIME', message: /stack overflow/ } },
  { group: 'resources', name: 'recursion through __index', script: 'return setmetatable({}, {__index = function(t, k) return t[k] end}).x', expect: { code: 'LUA_RUNTIME', message: /stack overflow/ } },
  { group: 'resources', name: 'recursion through __tostring', script: 'local t = setmetatable({}, {__tostring = function(self) return tostring(self) end}); return tostring(t)', expect: { code: 'LUA_RUNTIME', message: /stack overflow/ } },
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
  { group: 'resources', name: 'string.rep to 1 GiB', script: 'return #string.rep("x", 2^30)', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: string too large \(limit \d+ bytes\)/ } },
  { group: 'resources', name: 'string.rep to 2^31 bytes (past fengari\'s 32-bit integers)', script: 'return #string.rep("x", 2^31)', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: .*(too large|integer representation)/ } },
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

  {
    group: 'resources',
    name: 'memory bomb in a worker with a 64 MiB cap',
    script: 'local t = {}; for i = 1, 1e8 do t[i] = {i} end',
    expect: { code: 'LIMIT_MEMORY', message: /memory limit of 64 MiB/ },
    isolated: true,
    limits: { memoryMb: 64, sliceMs: 60_000 },
  },
  {
    group: 'resources',
    name: 'strings held outside the JS heap count against --max-memory (12 strings of 16 MiB under 64 MiB)',
    script: 'local t = {}; for i = 1, 12 do t[i] = string.rep("x", 16 * 2^20 - i) end; for _ = 1, 1e6 do end; return #t',
    expect: { code: 'LIMIT_MEMORY', message: /memory limit of 64 MiB/ },
    isolated: true,
    limits: { memoryMb: 64, sliceMs: 60_000, maxStringBytes: 32 * 1024 * 1024 },
  },
  {
    group: 'resources',
    name: 'another process holds the write lock while a script with a short slice writes: a clear error, no abort',
    // waits (yielding) until the lock is held, then writes once caught and once uncaught (line 1 is LOCKED = ...)
    script: `print("ready")
local f; for _ = 1, 3000 do f = io.open(LOCKED) if f then break end sleep(0.01) end
assert(f, "the write lock was never taken"); f:close()
local ok, e = pcall(setOption, {name = "hostile_lock", value = {_ = "optionValueString", value = "x"}})
assert(not ok and tostring(e):find("locked by another process"), tostring(e))
setOption{name = "hostile_lock", value = {_ = "optionValueString", value = "x"}}`,
    expect: { code: ['LUA_RUNTIME', 'IO'], message: /^hostile\.lua:7: setOption: .*locked by another process for the \d+ ms left before the script's hard stop/ },
    isolated: true,
    around: 'write-lock',
    limits: { sliceMs: 300, hardStopGraceMs: 300 },
    mayHang: true,
  },
  {
    group: 'resources',
    name: 'damaged update rows (a null body, a 200,000-level nested array) are skipped with a warning, the bot goes on',
    script: `local chat = createPrivateChat{user_id = getMe().id}
local got, bad = false, 0
on(function(u)
  if type(u) ~= "table" or type(u._) ~= "string" then bad = bad + 1 end
  if u._ == "updateNewMessage" and u.message.content.text == "after the damage" then got = true end
end)
print("ready")
for _ = 1, 1000 do if got then break end sleep(0.01) end
assert(got, "the update after the damaged rows never came"); assert(bad == 0, bad .. " damaged updates reached the script"); stop()`,
    expect: { ok: true },
    isolated: true,
    around: 'damaged-feed',
    mayHang: true,
  },
  { group: 'resources', name: 'table.unpack of 10^8 values', script: 'return select("#", table.unpack({}, 1, 1e8))', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: too many results to unpack/ } },
  { group: 'resources', name: 'string.rep with a huge separator', script: 'return #string.rep("x", 1e4, string.rep("y", 1e4))', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: string too large/ } },
  {
    group: 'resources',
    name: 'source nested too deep for the parser',
    script: 'local f, e = load("return " .. string.rep("{", 1e5)); assert(f == nil, "compiled?"); error(e, 0)',
    expect: { code: 'LUA_RUNTIME', message: /too many .*levels/ },
  },
  { group: 'resources', name: 'malformed pattern', script: 'return string.find("a", "[")', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: malformed pattern/ } },
  {
    group: 'resources',
    name: 'string.char outside the byte range',
    script: 'return string.char(256)',
    expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: bad argument #1 to 'char' \(value out of range\)/ },
  },
  { group: 'resources', name: 'yield from the main chunk', script: 'coroutine.yield(1)', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: attempt to yield from outside a coroutine/ } },
  { group: 'resources', name: 'error with a table value', script: 'error({code = 1})', expect: { code: 'LUA_RUNTIME', message: /error object is a table value/ } },

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
    name: 'debug library cannot reach the registry or upvalues (each refuses, naming --allow-debug)',
    script: `for _, k in ipairs({"getregistry", "getupvalue", "setupvalue", "sethook", "getlocal", "upvaluejoin", "getmetatable", "setmetatable"}) do
  local ok, err = pcall(debug[k], print, 1)
  assert(not ok and err:find("debug%." .. k .. " needs %-%-allow%-debug"), k .. ": " .. tostring(err))
end`,
    expect: { ok: true },
  },
  // ---- every Lua call the host makes is protected (a failure here was a fengari PANIC that killed the process) ----
  {
    group: 'api',
    name: 'an error object whose __tostring raises, thrown after a wait',
    script: 'sleep(0) error(setmetatable({}, {__tostring = error}))',
    expect: { code: 'LUA_RUNTIME', message: /__tostring failed/ },
    mayHang: true,
  },
  {
    group: 'api',
    name: 'an error object whose __tostring loops',
    script: 'sleep(0) error(setmetatable({}, {__tostring = function() while true do pcall(function() while true do end end) end end}))',
    expect: { code: ['LIMIT_TIME', 'LUA_RUNTIME'], message: /more than \d+ (ms|Lua steps)|__tostring failed/ },
    mayHang: true,
  },
  {
    group: 'api',
    name: 'an error whose traceback is longer than the string cap',
    script: 'local function f(n) if n == 0 then error("deep") end return (f(n - 1)) end f(40)',
    limits: { maxStringBytes: 200 },
    expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: deep$/ },
    mayHang: true,
  },
  {
    group: 'api',
    name: 'package.loaded.tdcli whose __index raises, with tdcli_update_callback defined',
    script: `tdcli_update_callback = function() end
package.loaded.tdcli = setmetatable({}, {__index = function() error("trap") end})
${IN_CHAT} sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "x"}}
sleep(0.2) stop()`,
    expect: { ok: true },
    mayHang: true,
  },
  { group: 'sandbox', name: 'require("child_process")', script: 'return require("child_process")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /child_process/ } },
  { group: 'sandbox', name: 'require("fs")', script: 'return require("fs")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /fs/ } },
  { group: 'sandbox', name: 'require("js") (fengari-interop)', script: 'return require("js")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /js/ } },
  {
    group: 'sandbox',
    name: 'no userdata (a JS object in disguise) is reachable from the globals or the string metatable',
    script: `local seen, found = {}, {}
local function walk(v, path, depth)
  -- io's file handles are the one kind of userdata scripts hold: Lua handles, no JS reachable through them
  if type(v) == "userdata" then if io.type(v) == nil then found[#found + 1] = path end return end
  if type(v) ~= "table" or seen[v] or depth > 8 then return end
  seen[v] = true
  for k, x in next, v do walk(x, path .. "." .. tostring(k), depth + 1) end
  local mt = getmetatable(v)
  if type(mt) == "table" then walk(mt, path .. ".<metatable>", depth + 1) end
end
walk(_G, "_G", 0); walk(getmetatable(""), "<string metatable>", 0); walk(td, "td", 0)
assert(#found == 0, "userdata reachable: " .. table.concat(found, ", "))`,
    expect: { ok: true },
  },
  {
    group: 'sandbox',
    name: 'no js global, no package.loaded.js, no package.loadlib',
    script: 'assert(js == nil, "js global"); assert(package == nil or (package.loaded.js == nil and package.loadlib == nil), "package escape")',
    expect: { ok: true },
  },
  { group: 'sandbox', name: 'os.execute', script: 'return os.execute("echo pwned")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /execute/ } },
  { group: 'sandbox', name: 'os.exit ends the script only, even inside pcall (the host runs on)', script: 'pcall(os.exit, 3) error("still running after os.exit")', expect: { ok: true } },
  { group: 'sandbox', name: 'io.open of a host file', script: 'return io.open("/etc/passwd")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /io|open/ } },
  { group: 'sandbox', name: 'dofile of a host file', script: 'return dofile("/etc/passwd")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /\/etc\/passwd/ } },
  { group: 'sandbox', name: 'loadfile of a host file', script: 'local f, err = loadfile("/etc/passwd"); assert(f == nil, "loaded"); error(err, 0)', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /\/etc\/passwd/ } },
  { group: 'sandbox', name: 'dofile escaping the script folder with ..', script: 'return dofile("../../../../etc/passwd")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /\.\./ } },
  { group: 'sandbox', name: 'require escaping with a path', script: 'return require("../../etc/passwd")', expect: { code: ['SANDBOX', 'LUA_RUNTIME'], message: /passwd/ } },
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
    name: 'rawset on the td table stays inside the script',
    script: 'rawset(td, "getMe", function() return {first_name = "fake"} end); assert(td.getMe().first_name == "fake")',
    expect: { ok: true },
  },
  {
    group: 'sandbox',
    name: 'setmetatable(_G, ...) traps stay inside the script (the host never runs them)',
    script: 'setmetatable(_G, {__index = function() error("trapped") end, __newindex = function() error("trapped") end}); assert(getMe()._ == "user", "API through the trap"); assert(not pcall(function() return undefined_global end))',
    expect: { ok: true },
  },
  {
    group: 'sandbox',
    name: 'globals set by one script are not seen by another',
    script: 'SHARED_SECRET = "from the hostile script"; coroutine = nil; string.rep = nil; table.insert = nil',
    expect: { ok: true },
  },

  // ---- API abuse ----
  { group: 'api', name: 'int32 param given a string', script: 'return testSquareInt{x = "five"}', expect: bad('testSquareInt', 'x', /expected int32, got string/) },
  { group: 'api', name: 'int32 param given a table', script: 'return testSquareInt{x = {}}', expect: bad('testSquareInt', 'x', /expected int32/) },
  { group: 'api', name: 'int32 param given a fraction', script: 'return testSquareInt{x = 1.5}', expect: bad('testSquareInt', 'x', /1\.5/) },
  { group: 'api', name: 'int32 param out of range', script: 'return testSquareInt{x = 2^31}', expect: bad('testSquareInt', 'x', /out of range/) },
  { group: 'api', name: 'int32 param NaN', script: 'return testSquareInt{x = 0/0}', expect: bad('testSquareInt', 'x', /NaN/) },
  { group: 'api', name: 'int32 param +Infinity', script: 'return testSquareInt{x = math.huge}', expect: bad('testSquareInt', 'x', /Infinity/) },
  { group: 'api', name: 'int32 param -0 is 0', script: 'assert(testSquareInt{x = -0.0}.value == 0)', expect: { ok: true } },
  // TDLib's rule: a missing scalar parameter takes its default (0, false, "")
  { group: 'api', name: 'int32 param missing takes its default', script: 'assert(testSquareInt{}.value == 0)', expect: { ok: true } },
  { group: 'api', name: 'unknown parameter', script: 'return testSquareInt{x = 1, y = 2}', expect: { code: ['UNKNOWN_PARAM', 'LUA_RUNTIME'], message: /^hostile\.lua:1: testSquareInt: Unknown parameter 'y'/ } },
  { group: 'api', name: 'int53 param past 2^53', script: 'return getUser{user_id = 2^60}', expect: bad('getUser', 'user_id', /out of range/) },
  { group: 'api', name: 'int53 param NaN', script: 'return getUser{user_id = 0/0}', expect: bad('getUser', 'user_id', /NaN/) },
  { group: 'api', name: 'int53 param -Infinity', script: 'return getUser{user_id = -math.huge}', expect: bad('getUser', 'user_id', /Infinity/) },
  { group: 'api', name: 'int53 param given a float string', script: 'return getUser{user_id = "1e3"}', expect: bad('getUser', 'user_id', /./) },
  { group: 'api', name: 'int64 param given a non-numeric string', script: 'return terminateSession{session_id = "12abc"}', expect: bad('terminateSession', 'session_id', /12abc/) },
  { group: 'api', name: 'int64 param past 2^63', script: 'return terminateSession{session_id = "99999999999999999999"}', expect: bad('terminateSession', 'session_id', /out of range/) },
  { group: 'api', name: 'int64 param NaN', script: 'return terminateSession{session_id = 0/0}', expect: bad('terminateSession', 'session_id', /NaN/) },
  { group: 'api', name: 'int64 param as an inexact float', script: 'return terminateSession{session_id = 2^60 + 0.5}', expect: bad('terminateSession', 'session_id', /./) },
  { group: 'api', name: 'Bool param given a number', script: 'return resetAuth{force = 1}', expect: bad('resetAuth', 'force', /expected Bool/) },
  { group: 'api', name: 'Bool param given a string', script: 'return resetAuth{force = "true"}', expect: bad('resetAuth', 'force', /expected Bool/) },
  { group: 'api', name: 'string param given a table', script: 'return testCallString{x = {}}', expect: bad('testCallString', 'x', /expected string/) },
  { group: 'api', name: 'string param with invalid UTF-8', script: 'return testCallString{x = "\\255\\254abc"}', expect: bad('testCallString', 'x', /UTF-8/) },
  { group: 'api', name: 'string param with an encoded surrogate', script: 'return testCallString{x = "\\237\\160\\128"}', expect: bad('testCallString', 'x', /UTF-8/) },
  { group: 'api', name: 'string param with an overlong encoding', script: 'return testCallString{x = "\\192\\175"}', expect: bad('testCallString', 'x', /UTF-8/) },
  { group: 'api', name: 'double param NaN', script: `${IN_CHAT} return sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageLocation", location = {_ = "location", latitude = 0/0, longitude = 0}}}`, expect: bad('sendMessage', 'input_message_content.location.latitude', /finite/) },
  { group: 'api', name: 'double param overflowing to Infinity', script: `${IN_CHAT} return sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageLocation", location = {_ = "location", latitude = 1e308 * 10, longitude = 0}}}`, expect: bad('sendMessage', 'input_message_content.location.latitude', /finite/) },
  { group: 'api', name: 'double param given a string', script: `${IN_CHAT} return sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageLocation", location = {_ = "location", latitude = "north", longitude = 0}}}`, expect: bad('sendMessage', 'input_message_content.location.latitude', /expected double/) },
  {
    group: 'api',
    name: 'double param out of the range the API accepts is an API error, as data',
    script: `${IN_CHAT} local r = sendMessage{chat_id = chat.id, input_message_content = {_ = "inputMessageLocation", location = {_ = "location", latitude = 91, longitude = -0.0}}}; assert(r._ == "error" and r.code == 400, tostring(r))`,
    expect: { ok: true },
  },
  { group: 'api', name: 'bytes param given a table', script: 'return testCallBytes{x = {}}', expect: bad('testCallBytes', 'x', /expected bytes/) },
  { group: 'api', name: 'int53 param -0 is 0', script: 'local r = getUser{user_id = -0.0}; assert(r._ == "error" or r._ == "user")', expect: { ok: true } },
  { group: 'api', name: 'int64 param +Infinity', script: 'return terminateSession{session_id = math.huge}', expect: bad('terminateSession', 'session_id', /Infinity/) },
  { group: 'api', name: 'bytes param takes any bytes', script: 'local r = testCallBytes{x = "\\0\\255\\254"}; assert(r.value == "\\0\\255\\254", "bytes changed")', expect: { ok: true } },
  { group: 'api', name: 'vector param given a map', script: 'return testCallVectorInt{x = {a = 1}}', expect: bad('testCallVectorInt', 'x', /sequence|vector/) },
  { group: 'api', name: 'vector param with a hole', script: 'return testCallVectorInt{x = {1, nil, 3}}', expect: bad('testCallVectorInt', 'x', /hole/) },
  { group: 'api', name: 'vector element of the wrong type', script: 'return testCallVectorInt{x = {1, "two", 3}}', expect: bad('testCallVectorInt', 'x[2]', /expected int32/) },
  { group: 'api', name: 'vector of objects with a wrong object', script: 'return testCallVectorIntObject{x = {{_ = "testInt", value = 1}, {_ = "testString", value = "a"}}}', expect: bad('testCallVectorIntObject', 'x[2]', /testString|testInt/) },
  {
    group: 'api',
    name: 'polymorphic param without _',
    script: 'return setOption{name = "x", value = {value = "y"}}',
    expect: { code: ['MISSING_PARAM', 'LUA_RUNTIME'], message: /^hostile\.lua:1: setOption: Required: 'value\._'/ },
  },
  {
    group: 'api',
    name: 'polymorphic param with a constructor of another type',
    script: 'return setOption{name = "x", value = {_ = "testInt", value = 1}}',
    expect: bad('setOption', 'value', /expected OptionValue, got testInt/),
  },
  {
    group: 'api',
    name: 'polymorphic param with an unknown constructor',
    script: 'return setOption{name = "x", value = {_ = "noSuchThing"}}',
    expect: { code: ['UNKNOWN_CONSTRUCTOR', 'LUA_RUNTIME'], message: /^hostile\.lua:1: setOption: Unknown constructor 'noSuchThing'/ },
  },
  {
    group: 'api',
    name: 'polymorphic param given a string',
    script: 'return sendMessage{chat_id = 1, input_message_content = "hello"}',
    expect: bad('sendMessage', 'input_message_content', /./),
  },
  { group: 'api', name: 'request that is not a table', script: 'return testSquareInt(5)', expect: { code: ['INVALID_PARAM', 'LUA_RUNTIME'], message: /^hostile\.lua:1: testSquareInt: expected a table of parameters/ } },
  { group: 'api', name: 'cyclic table as an argument', script: 'local t = {}; t.self = t; return setOption{name = "x", value = t}', expect: bad('setOption', 'value.self', /cyclic/) },
  { group: 'api', name: 'function as an argument', script: 'return testCallString{x = print}', expect: bad('testCallString', 'x', /function/) },
  { group: 'api', name: 'coroutine as an argument', script: 'return testCallString{x = coroutine.create(print)}', expect: bad('testCallString', 'x', /thread/) },
  { group: 'api', name: 'userdata-like value (io-less) as an argument: a table with a metatable', script: 'return testCallString{x = setmetatable({}, {__tostring = function() return "hi" end})}', expect: bad('testCallString', 'x', /./) },
  {
    group: 'api',
    name: 'table nested 30 levels deep as an argument',
    script: 'local t = {_ = "optionValueString"}; local c = t; for i = 1, 30 do c.value = {_ = "optionValueString"}; c = c.value end; return setOption{name = "x", value = t}',
    expect: bad('setOption', 'value.value', /expected string/),
  },
  {
    group: 'api',
    name: 'table nested past the conversion depth limit',
    script: 'local t = {}; local c = t; for i = 1, 1000 do c[1] = {}; c = c[1] end; return setOption{name = "x", value = {_ = "optionValueString", value = "s", extra = t}}',
    expect: { code: ['INVALID_PARAM', 'UNKNOWN_PARAM', 'LUA_RUNTIME'], message: /^hostile\.lua:1: setOption: .*(nested deeper|Unknown parameter 'value\.extra')/ },
  },
  // building a million-slot table and converting it: more than the default step slice
  {
    group: 'api',
    name: 'a million-element vector is accepted and answered',
    script: 'local t = {}; for i = 1, 1e6 do t[i] = i end; local r = testCallVectorInt{x = t}; assert(#r.value == 1e6 and r.value[1e6] == 1e6)',
    expect: { ok: true },
    limits: { sliceSteps: 0 },
  },
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
  { group: 'api', name: 'sleep with a negative time', script: 'sleep(-1)', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: sleep: expected a number of seconds >= 0, got -1/ } },
  { group: 'api', name: 'sleep with NaN', script: 'sleep(0/0)', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: sleep: .*NaN/ } },
  {
    group: 'api',
    name: 'sleep longer than a JS timer can hold (35 days) still sleeps',
    script: 'sleep(3e6); error("woke up at once")',
    expect: { code: ['LIMIT_TIME', 'LUA_RUNTIME'], message: /total timeout of 300 ms|^hostile\.lua:1: sleep: / },
    limits: { totalMs: 300 },
  },
  { group: 'api', name: 'sleep inside a sort comparator', script: 'table.sort({3, 2, 1}, function(a, b) sleep(0.001) return a < b end)', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: sleep: cannot wait for an answer here/ } },
  { group: 'api', name: 'on() with an unknown update name', script: 'on("noSuchUpdate", print)', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: on: Unknown update 'noSuchUpdate'/ } },
  { group: 'api', name: 'on() without a function', script: 'on("updateNewMessage")', expect: { code: 'LUA_RUNTIME', message: /^hostile\.lua:1: on: expected/ } },
  { group: 'api', name: 'invoke with a non-string method name', script: 'return invoke{_ = {}}', expect: { code: ['LUA_RUNTIME', 'MISSING_PARAM'], message: /^hostile\.lua:1: invoke: .*'_'/ } },
  { group: 'api', name: 'invoke given a string', script: 'return invoke("getMe")', expect: { code: ['LUA_RUNTIME', 'INVALID_PARAM'], message: /^hostile\.lua:1: invoke: expected a table/ } },
  { group: 'api', name: 'removing td, _G and the globals does not break the other spelling', script: 'local m = td.getMe; td = nil; _G = nil; assert(getMe().id == m().id); getMe = nil; assert(m().first_name == "Hostile")', expect: { ok: true } },
  { group: 'api', name: 'unknown method as a global', script: 'return noSuchMethod{}', expect: { code: ['LUA_RUNTIME', 'UNKNOWN_METHOD'], message: /noSuchMethod/ } },
  { group: 'api', name: 'unknown method through invoke', script: 'return invoke{_ = "noSuchMethod"}', expect: { code: ['LUA_RUNTIME', 'UNKNOWN_METHOD'], message: /^hostile\.lua:1: invoke: Unknown method 'noSuchMethod'/ } },
  // a hostile 1 MB name must not come back as a 1 MB message, whichever door it takes (src/messages.ts)
  ...(
    [
      ['a 1 MB method name through invoke', 'invoke, {_ = big}', /^invoke: Unknown method 'xxx+\.\.\.'$/],
      ['a 1 MB parameter name', 'getChat, {[big] = 1}', /Unknown parameter 'xxx+\.\.\.'/],
      ['a 1 MB constructor name', 'sendMessage, {chat_id = 1, input_message_content = {_ = big}}', /Unknown constructor 'xxx+\.\.\.' at 'input_message_content'/],
      ['a 1 MB _ beside another @type', 'sendMessage, {chat_id = 1, input_message_content = {_ = big, ["@type"] = "y"}}', /Invalid 'input_message_content\.@type': expected 'xxx+\.\.\.' \(the same as '_'\)/],
      ['a 1 MB update name for on()', 'on, big, print', /^on: Unknown update 'xxx+\.\.\.'$/],
      ['a 1 MB key of a table that cannot cross', 'testCallString, {x = {[big] = print}}', /Invalid 'x\.xxx+\.\.\.': cannot pass a function/],
      ['a 1 MB key assigned into td', 'function() td[big] = 1 end', /td is read-only \(cannot set 'xxx+\.\.\.'\)/],
    ] as const
  ).map(([name, args, re]): ScriptCase => ({
    group: 'api',
    name,
    // the refusal is re-raised as is once its size is checked: the expectation reads its words
    script: `local big = string.rep("x", 1000000) local ok, e = pcall(${args}) assert(not ok, "accepted") e = tostring(e) assert(#e < 300, "message of " .. #e .. " bytes") error(e, 0)`,
    expect: { code: 'LUA_RUNTIME', message: re },
  })),
  { group: 'api', name: 'invoke without _', script: 'return invoke{x = 1}', expect: { code: ['LUA_RUNTIME', 'MISSING_PARAM'], message: /^hostile\.lua:1: invoke: .*'_'/ } },
  { group: 'api', name: 'td table is read-only', script: 'td.getMe = print', expect: { code: ['LUA_RUNTIME', 'SANDBOX'], message: /read-only/ } },
  {
    group: 'api',
    name: 'stored values have size limits: an 8 MiB option, a 64 KiB + 1 option, a 1001st option are refused clearly',
    script: `local function set(name, v) return setOption{name = name, value = v} end
local r = set("hostile_big", {_ = "optionValueString", value = string.rep("x", 8 * 2^20)})
assert(r._ == "error" and r.code == 400 and r.message:find("REQUEST_TOO_LARGE: setOption carries more than %d+ characters"), r.message)
r = set("hostile_big", {_ = "optionValueString", value = string.rep("x", 65537)})
assert(r._ == "error" and r.message:find("^OPTION_VALUE_TOO_LONG: the value of option 'hostile_big' has 65537 characters, at most 65536"), r.message)
assert(set("hostile_big", {_ = "optionValueString", value = string.rep("x", 65536)})._ == "ok")
assert(getOption{name = "hostile_big"}.value == string.rep("x", 65536))
local n = 1
while true do
  r = set("hostile_o" .. n, {_ = "optionValueInteger", value = n})
  if r._ == "error" then break end
  n = n + 1
  assert(n <= 1001, "a session keeps more than 1000 options")
end
assert(r.message:find("^OPTIONS_TOO_MANY: a session keeps at most 1000 options"), r.message)
assert(set("hostile_big", {_ = "optionValueString", value = "replaced"})._ == "ok", "an existing option cannot be replaced at the cap")
for i = 1, n do set("hostile_o" .. i, {_ = "optionValueEmpty"}) end
set("hostile_big", {_ = "optionValueEmpty"})
assert(getOption{name = "hostile_big"}._ == "optionValueEmpty")`,
    expect: { ok: true },
    limits: { sliceSteps: 0, sliceMs: 60_000 },
  },
  {
    group: 'api',
    name: 'a writing call carrying megabytes (a contact named with 2 MiB) is refused clearly',
    script: `local r = importContacts{contacts = {{_ = "contact", phone_number = "9996600001", first_name = string.rep("x", 2 * 2^20), last_name = ""}}}
assert(r._ == "error" and r.code == 400 and r.message:find("^REQUEST_TOO_LARGE: importContacts carries more than"), r.message)
r = importContacts{contacts = {{_ = "contact", phone_number = "9996600001", first_name = "Small", last_name = ""}}}
assert(r._ == "importedContacts", r.message)`,
    expect: { ok: true },
  },
  {
    group: 'api',
    name: 'collectgarbage works (fengari has no lua_gc)',
    script: 'assert(type(collectgarbage("count")) == "number"); collectgarbage(); collectgarbage("collect")',
    expect: { ok: true },
  },
];
