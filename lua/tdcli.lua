-- tdcli compatibility shim: lets 2017-era tdcli bots run unchanged.
--   local tdcli = require("tdcli")
--   tdcli_function({ID = "SendMessage", chat_id_ = id, input_message_content_ = {ID = "InputMessageText", text_ = "hi"}}, cb, extra)
-- tdcli spelled constructors with a capital (`ID = "GetMe"`) and every field with a trailing `_`
-- (`chat_id_`); this module translates both ways, so the rest of luatd keeps the API's own names.
-- Requiring it defines the global tdcli_function; a global tdcli_update_callback(data) then gets
-- updates in tdcli spelling too (without it, that callback gets them in the API's spelling).
local lower, upper, sub, find, type, pairs = string.lower, string.upper, string.sub, string.find, type, pairs

local M = {}

local function to_td(v)
  if type(v) ~= "table" then return v end
  local out = {}
  for k, x in pairs(v) do
    if k == "ID" then
      out._ = lower(sub(x, 1, 1)) .. sub(x, 2)
    elseif type(k) == "string" and find(k, "_$") and #k > 1 then
      out[sub(k, 1, -2)] = to_td(x)
    else
      out[k] = to_td(x)
    end
  end
  return out
end

local function from_td(v)
  if type(v) ~= "table" then return v end
  local out = {}
  for k, x in pairs(v) do
    if k == "_" then
      out.ID = upper(sub(x, 1, 1)) .. sub(x, 2)
    elseif type(k) == "string" then
      out[k .. "_"] = from_td(x)
    else
      out[k] = from_td(x)
    end
  end
  return out
end

M.to_td = to_td
M.from_td = from_td

--- Call a method the tdcli way; calls callback(extra, result) and also returns the result.
function M.tdcli_function(params, callback, extra)
  local result = from_td(invoke(to_td(params)))
  if callback then callback(extra, result) end
  return result
end

tdcli_function = M.tdcli_function

--- The host calls this (instead of the global itself) to hand an update to tdcli_update_callback.
function M.deliver(update)
  local cb = rawget(_G, "tdcli_update_callback")
  if type(cb) == "function" then return cb(from_td(update)) end
end

return M
