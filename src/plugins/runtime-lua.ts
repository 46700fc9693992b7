/**
 * The Lua side of a plugin: runs in the plugin's own VM, after the host's prelude, and turns
 * what `init.lua` defines into the lifecycle the plugin manager drives.
 *
 * Plugin authors write (see docs/plugins.md):
 *   local plugin = { name = "hello", permissions = {"sendMessage"}, updates = {"updateNewMessage"} }
 *   function plugin.on_load() end
 *   function plugin.on_unload() end
 *   plugin.on = { updateNewMessage = function(update) end }
 *   plugin.commands = { ping = function(message, args) return "pong" end }   -- `/ping` in a chat (a returned string is sent as the reply)
 *   plugin.repl = { hello = function(args) return "hi " .. args end }          -- `.hello` in the REPL
 *   return plugin
 * Globals `on_load`, `on_unload` are accepted too when init.lua returns nothing.
 */

/**
 * Chunk run with `(name, apiNames, permissions, storage, init, replyShape)`:
 * - `apiNames`: every API function global of the VM; each is wrapped so that a function not in
 *   the permissions raises `plugin 'x': f is not in its permissions` at the caller's line;
 * - `permissions`: the list from plugin.json, or nil to take it from the table init.lua returns;
 * - `storage`: a table of host functions `get`, `set`, `keys` (already bound to this plugin);
 * - `init`: init.lua compiled in this VM;
 * - `replyShape`: how this schema's inputMessageText holds text (`string` in the 2017 API,
 *   `formatted` for formattedText in later ones, `none` when there is no such constructor);
 * - `replyTo`: `reply_to_message_id` when sendMessage has that parameter (else replies are plain messages).
 * Returns `{ manifest = {...}, commands = {...}, repl = {...}, dispatch = function(kind, ...) }`.
 */
export const PLUGIN_RUNTIME_LUA = String.raw`
local name, api, perms, store, init, replyShape, replyTo = ...
local type, error, rawget, pairs, sort, fmt = type, error, rawget, pairs, table.sort, string.format
local G = _ENV

-- every API function goes through a permission check; the set is filled from plugin.json now,
-- or from the table init.lua returns (until then, top-level code of init.lua may call nothing)
local allowed, all = {}, false
local function grant(list)
  if list == nil then return end
  for i = 1, #list do
    if list[i] == "*" then all = true else allowed[list[i]] = true end
  end
end
grant(perms)
-- the wrapper calls through pcall and re-raises at its caller, so that an error of the API
-- function (a bad parameter) points at the plugin's line, not at this wrapper
local pcall, pack, unpack, gsub = pcall, table.pack, table.unpack, string.gsub
for i = 1, #api do
  local fn = api[i]
  local orig = G[fn]
  if type(orig) == "function" then
    G[fn] = function(...)
      if not (all or allowed[fn]) then error(fmt("plugin '%s': %s is not in its permissions", name, fn), 2) end
      local r = pack(pcall(orig, ...))
      if r[1] then return unpack(r, 2, r.n) end
      local msg = r[2]
      if type(msg) == "string" then msg = gsub(msg, "^luatd plugin runtime:%d+: ", "") end
      error(msg, 2)
    end
  end
end

-- host errors are re-raised at the plugin's line, named as the plugin wrote the call
local function host(name, f)
  return function(...)
    local r = table.pack(pcall(f, ...))
    if r[1] then return table.unpack(r, 2, r.n) end
    local msg = tostring(r[2])
    msg = gsub(msg, "^.-__luatd_p_%w+: ", "")
    msg = gsub(msg, "'#1'", "'key'")
    msg = gsub(msg, "'#2'", "'value'")
    error("storage." .. name .. ": " .. msg, 2)
  end
end
storage = { get = host("get", store.get), set = host("set", store.set), keys = host("keys", store.keys) }
PLUGIN_NAME = name

local P = init()
if P == nil then P = {} end
if type(P) ~= "table" then error("init.lua must return the plugin table (or nothing), got a " .. type(P), 0) end

local function hook(k)
  local f = rawget(P, k)
  if f == nil then f = rawget(G, k) end
  if f ~= nil and type(f) ~= "function" then error(fmt("plugin '%s': %s must be a function", name, k), 0) end
  return f
end

local function names(t, what)
  local out = {}
  if t == nil then return out end
  if type(t) ~= "table" then error(fmt("plugin '%s': '%s' must be a table of functions", name, what), 0) end
  for k, v in pairs(t) do
    if type(k) ~= "string" or type(v) ~= "function" then error(fmt("plugin '%s': '%s' must map names to functions", name, what), 0) end
    out[#out + 1] = k
  end
  sort(out)
  return out
end

if perms == nil and type(rawget(P, "permissions")) == "table" then grant(rawget(P, "permissions")) end

local on, commands, repl = rawget(P, "on"), rawget(P, "commands"), rawget(P, "repl")
local result = {
  manifest = { name = rawget(P, "name"), version = rawget(P, "version"), description = rawget(P, "description"),
               permissions = rawget(P, "permissions"), updates = rawget(P, "updates") },
  handlers = names(on, "on"),
  commands = names(commands, "commands"),
  repl = names(repl, "repl"),
}

local D = {}
function D.load() local f = hook("on_load"); if f then return f() end end
function D.unload() local f = hook("on_unload"); if f then return f() end end
function D.update(u)
  local h = on and on[u._]
  if h then return h(u) end
end
function D.command(cmd, message, args)
  local h = commands and commands[cmd]
  if h then return h(message, args) end
end
-- a chat message "/name args" (or "/name@bot args") runs commands.name(message, args); a string
-- it returns is sent back as a reply when the plugin may call sendMessage
function D.chat(u)
  local m = u.message
  if type(m) ~= "table" then return end
  local c = m.content
  local text = type(c) == "table" and c.text
  if type(text) == "table" then text = text.text end
  if type(text) ~= "string" then return end
  local cmd, args = text:match("^/([%w_]+)%S*%s*(.-)%s*$")
  local h = cmd and commands and commands[cmd]
  if not h then return end
  local reply = h(m, args)
  if type(reply) == "string" and (all or allowed.sendMessage) and replyShape ~= "none" then
    local text = reply
    if replyShape == "formatted" then text = { _ = "formattedText", text = reply, entities = {} } end
    local req = { chat_id = m.chat_id, input_message_content = { _ = "inputMessageText", text = text } }
    if replyTo then req[replyTo] = m.id end
    sendMessage(req)
  end
  return reply
end
function D.repl(cmd, args)
  local h = repl and repl[cmd]
  if h then return h(args) end
end
result.dispatch = function(kind, ...) return D[kind](...) end
return result
`;
