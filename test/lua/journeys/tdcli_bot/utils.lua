-- helpers of the tdcli-style bot
local utils = {}

-- tdcli vectors start at 0: count what is there
function utils.count(t)
  local n = 0
  for _ in pairs(t or {}) do n = n + 1 end
  return n
end

return utils
