-- Alice's side of the secret chat and call journey: starts a secret chat with Bob, sets a TTL,
-- sends a self-destructing message, rings Bob (who declines), closes the chat. Args: PHONE BOB_ID
local phone, bob = arg[1], math.tointeger(tonumber(arg[2]))
check(setAuthPhoneNumber({phone_number = phone}))
check(checkAuthCode({code = string.rep(phone:sub(6, 6), 5), first_name = "Alice"}))
local secret, ended

on("updateSecretChat", function(u) secret = u.secret_chat end)
on("updateCall", function(u)
  if u.call.state._ == "callStateDiscarded" then ended = u.call end
end)

local waitFor = require("wait")

local chat = check(createNewSecretChat({user_id = bob}))
local id = chat.type.secret_chat_id
print("alice: " .. chat.type._ .. ", state " .. check(getSecretChat({secret_chat_id = id})).state)
waitFor(function() return secret and secret.state == 1 end, "Bob to accept")
print("alice: ready, key shared: " .. tostring(#secret.key_hash > 0))
local set = check(sendChatSetTtlMessage({chat_id = chat.id, ttl = 30}))
print("alice: " .. set.content._ .. " " .. set.content.ttl)
local m = check(sendMessage({chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "burn after reading"}}))
print("alice: sent with ttl " .. m.ttl)
local call = check(createCall({user_id = bob, protocol = {_ = "callProtocol", udp_p2p = true, udp_reflector = true, min_layer = 65, max_layer = 65}}))
waitFor(function() return ended end, "the call to end")
print("alice: call " .. ended.state.reason._ .. ", same call: " .. tostring(ended.id == call.id))
local h = check(getChatHistory({chat_id = bob, from_message_id = 0, offset = 0, limit = 1}))
print("alice: the chat shows " .. h.messages[1].content._ .. " " .. h.messages[1].content.discard_reason._)
check(closeSecretChat({secret_chat_id = id}))
print("alice: closed, state " .. check(getSecretChat({secret_chat_id = id})).state)
stop()
