-- luatd.legacy: update callbacks of older Lua bot frameworks, kept out of the host's JS.
-- The host loads this once per VM and, for each update, runs madeline(update) and tdcli(update)
-- as tasks of their own when a script defines madeline_update_callback / tdcli_update_callback
-- (MadelineProto's and tdcli's spelling of "on every update").
local G, rawget, type, package = _G, rawget, type, package

local M = {}

--- Hand an update to madeline_update_callback, as is.
function M.madeline(update)
  local cb = rawget(G, "madeline_update_callback")
  if type(cb) == "function" then return cb(update) end
end

--- Hand an update to tdcli_update_callback: in tdcli's spelling when require("tdcli") was loaded
--- (its deliver() translates), in the API's own spelling otherwise.
function M.tdcli(update)
  local cb = rawget(G, "tdcli_update_callback")
  if type(cb) ~= "function" then return end
  local tdcli = package.loaded.tdcli
  if type(tdcli) == "table" and type(tdcli.deliver) == "function" then return tdcli.deliver(update) end
  return cb(update)
end

return M
