-- require("tdcli"): luatd's own tdcli module, for scripts that do not bring their own tdcli.lua.
-- tdcli_function(request, callback, extra) is a host global in every script (docs/compat.md):
-- requests in tdcli's spelling (ID = "SendMessage", chat_id_, 0/1 booleans, {[0] = ...} vectors),
-- answers to callback(extra, data) in the same spelling. A bot's own tdcli.lua, next to it, is
-- found first by require and builds its helpers on the same global.
local tdcli_function = tdcli_function

local M = {}

--- Call a method the tdcli way; calls callback(extra, data) and returns what it returns (the data when no callback).
function M.tdcli_function(request, callback, extra)
  return tdcli_function(request, callback, extra)
end

return M
