-- Bob's side of the secret chat and call journey (test/lua/secret-call-journey.test.ts): accepts
-- Alice's secret chat, reads her TTL message, declines her call, sees the chat closed.
-- Prints "ready ID" first, then one line per step. Args: PHONE
local phone = arg[1]
check(setAuthPhoneNumber({phone_number = phone}))
check(checkAuthCode({code = string.rep(phone:sub(6, 6), 5), first_name = "Bob"}))
local me = check(getMe())
local request, message, ring, ended, closed

on("updateSecretChat", function(u)
  local s = u.secret_chat
  if not s.is_outbound and s.state == 0 then request = s end
  if s.state == 2 then closed = s end
end)
on("updateNewMessage", function(u)
  local m = u.message
  if m.sender_user_id ~= me.id and m.content._ == "messageText" then message = m end
end)
on("updateCall", function(u)
  local c = u.call
  if not c.is_outgoing and c.state._ == "callStatePending" then ring = c end
  if c.state._ == "callStateDiscarded" then ended = c end
end)

local waitFor = require("wait")

print("ready " .. me.id)
waitFor(function() return request end, "a secret chat request")
print("bob: secret chat requested, state " .. request.state)
local chat = check(createSecretChat({secret_chat_id = request.id}))
print("bob: opened " .. chat.type._ .. ", state " .. check(getSecretChat({secret_chat_id = request.id})).state)
waitFor(function() return message end, "the message")
print("bob: got '" .. message.content.text .. "' with ttl " .. message.ttl)
waitFor(function() return ring end, "the call")
print("bob: ringing, from the same user: " .. tostring(ring.user_id == request.user_id))
check(discardCall({call_id = ring.id, is_disconnected = false, duration = 0, connection_id = 0}))
waitFor(function() return ended end, "the end of the call")
print("bob: declined, " .. ended.state.reason._)
waitFor(function() return closed end, "the chat to close")
print("bob: secret chat closed, state " .. closed.state)
stop()
