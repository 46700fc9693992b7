-- A counter bot with an inline keyboard: "/start" shows the count with buttons; pressing "+1"
-- answers the button (a notification) and edits the message to the new count.
--   npx luatd bot create counter                       # prints a token
--   npx luatd run --session counterbot examples/keyboard_bot.lua TOKEN
-- Then, from another session, send /start to the bot and press its button with
-- getCallbackQueryAnswer (see test/lua/journeys/keyboard_user.lua).

if getAuthState()._ == "authStateWaitPhoneNumber" then
  check(checkAuthBotToken({token = assert(arg[1], "usage: keyboard_bot.lua TOKEN")}))
end
local me = check(getMe())
local counts = {}   -- per chat

-- Callback data is bytes: in Lua, a plain string (it travels base64-encoded)
local function keyboard(n)
  return {_ = "replyMarkupInlineKeyboard", rows = {
    {
      {_ = "inlineKeyboardButton", text = "+1", type = {_ = "inlineKeyboardButtonTypeCallback", data = "inc"}},
      {_ = "inlineKeyboardButton", text = "Reset (" .. n .. ")", type = {_ = "inlineKeyboardButtonTypeCallback", data = "reset"}},
    },
    {{_ = "inlineKeyboardButton", text = "About", type = {_ = "inlineKeyboardButtonTypeUrl", url = "https://example.org/counter"}}},
  }}
end

on("updateNewMessage", function(update)
  local msg = update.message
  if msg.sender_user_id == me.id or msg.content._ ~= "messageText" then return end
  if msg.content.text:match("^/start") then
    counts[msg.chat_id] = 0
    check(sendMessage({chat_id = msg.chat_id, reply_markup = keyboard(0),
      input_message_content = {_ = "inputMessageText", text = "Count: 0"}}))
  end
end)

on("updateNewCallbackQuery", function(q)
  local n = counts[q.chat_id] or 0
  if q.payload.data == "inc" then n = n + 1 elseif q.payload.data == "reset" then n = 0 end
  counts[q.chat_id] = n
  check(answerCallbackQuery({callback_query_id = q.id, text = "Count is now " .. n}))
  check(editMessageText({chat_id = q.chat_id, message_id = q.message_id, reply_markup = keyboard(n),
    input_message_content = {_ = "inputMessageText", text = "Count: " .. n}}))
  print(("count %d in chat %d"):format(n, q.chat_id))
end)

print(("keyboard bot is running as @%s (user %d)"):format(me.username, me.id))
