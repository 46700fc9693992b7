-- A bot that answers "ping" with "pong", as a reply, in private chats.
--   npx luatd run --session pingbot examples/ping_pong_bot.lua [PHONE]
-- It logs in with a test number (99966XYYYY, code XXXXX) when the session is new, then handles
-- updates until Ctrl-C (or until someone sends it "stop").

local phone = arg[1] or "9996627777"
if getAuthState()._ == "authStateWaitPhoneNumber" then
  check(setAuthPhoneNumber({phone_number = phone}))
  local code = string.rep(phone:sub(6, 6), 5)
  check(checkAuthCode({code = code, first_name = "Ping", last_name = "Pong"}))
end
local me = check(getMe())

on("updateNewMessage", function(update)
  local msg = update.message
  if msg.sender_user_id == me.id or msg.content._ ~= "messageText" then return end
  local chat = check(getChat({chat_id = msg.chat_id}))
  if chat.type._ ~= "chatTypePrivate" then return end
  local text = msg.content.text:lower()
  if text == "ping" then
    check(sendMessage({
      chat_id = msg.chat_id,
      reply_to_message_id = msg.id,
      input_message_content = {_ = "inputMessageText", text = "pong"},
    }))
    print("pong -> chat " .. msg.chat_id)
  elseif text == "stop" and msg.chat_id == me.id then
    stop()
  end
end)

print(("ping-pong bot is running as %s (user %d); Ctrl-C stops it"):format(me.first_name, me.id))
