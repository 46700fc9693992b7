-- A user of examples/keyboard_bot.lua: /start, press "+1" twice and "Reset", reading the bot's
-- answers and its edited message. Prints one line per step; args: PHONE BOT_USERNAME
local phone, botname = arg[1], arg[2]
check(setAuthPhoneNumber({phone_number = phone}))
check(checkAuthCode({code = string.rep(phone:sub(6, 6), 5), first_name = "Kim"}))
local chat = check(searchPublicChat({username = botname}))
local keyboard_id, edits = nil, 0

on("updateNewMessage", function(u)
  local m = u.message
  if m.chat_id == chat.id and m.sender_user_id == chat.id and m.reply_markup
      and m.reply_markup._ == "replyMarkupInlineKeyboard" then
    keyboard_id = m.id
  end
end)
on("updateMessageEdited", function(u)
  if u.message_id == keyboard_id then edits = edits + 1 end
end)

local waitFor = require("wait")

check(sendMessage({chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "/start"}}))
waitFor(function() return keyboard_id end, "the keyboard")
local m = check(getMessage({chat_id = chat.id, message_id = keyboard_id}))
print("keyboard: " .. m.content.text .. " / " .. m.reply_markup.rows[1][2].text)
for i, data in ipairs({"inc", "inc", "reset"}) do
  local a = check(getCallbackQueryAnswer({chat_id = chat.id, message_id = keyboard_id,
    payload = {_ = "callbackQueryPayloadData", data = data}}))
  print("answer: " .. a.text)
  waitFor(function() return edits >= i end, "edit " .. i)
  m = check(getMessage({chat_id = chat.id, message_id = keyboard_id}))
  print("edited: " .. m.content.text .. " / " .. m.reply_markup.rows[1][2].text)
end
-- a button the keyboard does not have
local bad = getCallbackQueryAnswer({chat_id = chat.id, message_id = keyboard_id,
  payload = {_ = "callbackQueryPayloadData", data = "forged"}})
print("forged: " .. tostring(bad.message))
stop()
