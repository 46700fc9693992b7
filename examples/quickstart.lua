-- A short tour of luatd on a fresh core:  npx luatd run --memory examples/quickstart.lua
-- Every API function is a global taking one table; answers are plain Lua tables with `_` set.

print("state:", getAuthState()._)                       --> authStateWaitPhoneNumber

-- Test numbers 99966XYYYY get the code XXXXX (X, the 6th digit, five times), as in Telegram's
-- test environment: 9996612222 → 11111. A new account needs a first name.
print("phone:", setAuthPhoneNumber({phone_number = "9996612222"})._)
local state = check(checkAuthCode({code = "11111", first_name = "Quinn", last_name = "Start"}))
print("code:", state._)                                 --> authStateOk

local me = check(getMe())
print("me:", me.id, me.first_name, me.phone_number)

-- Saved Messages: the private chat with yourself
local chat = check(createPrivateChat({user_id = me.id}))
local msg = check(sendMessage({
  chat_id = chat.id,
  input_message_content = {_ = "inputMessageText", text = "Hello from Lua 👋"},
}))
print("sent:", msg.id, "in chat " .. msg.chat_id, msg.content.text)

-- API outcomes are data: an error is a table (code, message) that prints readably
local AuthState = resetAuth({force = true})
print(AuthState._, AuthState.code, AuthState.message)   --> error  401  Unauthorized
print(tostring(AuthState))                              --> error 401: Unauthorized
print("state after:", getAuthState()._)

-- check(x) returns x unless it is an error, which it raises at this line instead:
local ok, err = pcall(function() return check(getMe()) end)
print("getMe now:", ok, err)
