-- ping-counter: answers "/ping" in any chat and counts the messages it sees.
-- Try it: luatd repl --plugins examples/plugins   then   .pings
local plugin = {}

local function seen() return storage.get("seen") or 0 end

function plugin.on_load()
  print("ready, " .. seen() .. " messages seen so far")
end

plugin.on = {
  updateNewMessage = function(update)
    storage.set("seen", seen() + 1)
    storage.set("last_chat", update.message.chat_id)
  end,
}

plugin.commands = {
  -- "/ping" → "pong (n messages seen)"; the returned string is sent back as a reply
  ping = function(message, args)
    return "pong (" .. seen() .. " messages seen)"
  end,
}

plugin.repl = {
  pings = function()
    return seen() .. " messages seen, last in chat " .. tostring(storage.get("last_chat"))
  end,
}

return plugin
