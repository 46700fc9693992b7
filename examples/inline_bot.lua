-- An inline bot: typing "@bot some words" in any chat asks it for results; it offers the words
-- shouted, reversed and counted, each as an article the user can send ("via @bot").
--   npx luatd bot create shouter                      # prints a token
--   npx luatd run --session shouter examples/inline_bot.lua TOKEN
-- Then, from another session: getInlineQueryResults, then sendInlineQueryResultMessage with one
-- of the result ids (see test/lua/journeys/inline_user.lua).

if getAuthState()._ == "authStateWaitPhoneNumber" then
  check(checkAuthBotToken({token = assert(arg[1], "usage: inline_bot.lua TOKEN")}))
end
local me = check(getMe())

local function article(id, title, text)
  return {_ = "inputInlineQueryResultArticle", id = id, title = title, description = text,
    input_message_content = {_ = "inputMessageText", text = text}}
end

on("updateNewInlineQuery", function(q)
  local words = q.query
  local count = select(2, words:gsub("%S+", ""))
  local results = {
    article("shout", "Shout", words:upper()),
    article("reverse", "Reverse", words:reverse()),
    article("count", "Count", ("%d word%s"):format(count, count == 1 and "" or "s")),
  }
  check(answerInlineQuery({inline_query_id = q.id, is_personal = false, results = results, cache_time = 0}))
  print(("answered %q for user %d"):format(words, q.sender_user_id))
end)

print(("inline bot is running as @%s (user %d)"):format(me.username, me.id))
