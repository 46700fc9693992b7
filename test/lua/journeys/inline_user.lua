-- A user of examples/inline_bot.lua: asks it inline in a chat with a friend, sends one of its
-- results, and reads the message as sent ("via" the bot). args: PHONE BOT_USERNAME FRIEND_PHONE
local phone, botname, friend = arg[1], arg[2], arg[3]
check(setAuthPhoneNumber({phone_number = phone}))
check(checkAuthCode({code = string.rep(phone:sub(6, 6), 5), first_name = "Ivy"}))
local bot = check(searchPublicChat({username = botname}))
local imported = check(importContacts({contacts = {{_ = "contact", phone_number = friend, first_name = "Fay", last_name = "", user_id = 0}}}))
local chat = check(createPrivateChat({user_id = imported.user_ids[1]}))

local r = check(getInlineQueryResults({bot_user_id = bot.id, chat_id = chat.id, query = "hello inline world", offset = ""}))
for _, res in ipairs(r.results) do print("result: " .. res.id .. " " .. res.title .. " = " .. res.description) end
local m = check(sendInlineQueryResultMessage({chat_id = chat.id, query_id = r.inline_query_id, result_id = "reverse"}))
print("sent: " .. m.content.text .. " via " .. tostring(m.via_bot_user_id == bot.id))
-- a result id the bot never offered
local bad = sendInlineQueryResultMessage({chat_id = chat.id, query_id = r.inline_query_id, result_id = "forged"})
print("forged: " .. tostring(bad._) .. " " .. tostring(bad.code))
stop()
