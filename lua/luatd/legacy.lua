-- luatd.legacy: the conventions of older Lua bot frameworks, kept out of the host's JS.
-- The host runs this once per VM with its private tdcli_call (src/lua/tdcli.ts) and, for each
-- update, runs madeline(update) and tdcli(data) as tasks of their own when a script defines
-- madeline_update_callback / tdcli_update_callback (MadelineProto's and tdcli's spelling of
-- "on every update"). tdcli(data) receives the update already in tdcli's spelling.
local tdcli_call = ...
local G, rawget, type = _G, rawget, type

local M = {}

--- Hand an update to madeline_update_callback, as is.
function M.madeline(update)
  local cb = rawget(G, "madeline_update_callback")
  if type(cb) == "function" then return cb(update) end
end

--- Hand an update (in tdcli's spelling: ID, trailing _, 0-based vectors) to tdcli_update_callback.
function M.tdcli(data)
  local cb = rawget(G, "tdcli_update_callback")
  if type(cb) == "function" then return cb(data) end
end

--- tdcli's one entry point: call a method written in tdcli's spelling; the answer (an error
--- object {ID = "Error", code_, message_} when it fails, never a raised error) goes to
--- callback(extra, data), as tdcli called it. A global of the host, so that the tdcli.lua a bot
--- brings (helpers built on it) finds it whatever else is loaded.
function M.tdcli_function(request, callback, extra)
  local data = tdcli_call(request)
  if callback ~= nil then
    return callback(extra, data)
  end
  return data
end

G.tdcli_function = M.tdcli_function

return M
