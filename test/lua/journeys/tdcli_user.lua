-- A user of the tdcli-style bot (tdcli_bot/bot.lua), in our own API: a private chat and a group
-- with it, one command at a time, printing what came back. args: BOT_USER_ID VICTIM_USER_ID
local bot_id, victim_id = tonumber(arg[1]), tonumber(arg[2])
local me = check(getMe())
local inbox = {}      -- the bot's text messages, in order
local deleted = {}

on("updateNewMessage", function(u)
  local m = u.message
  if m.sender_user_id == bot_id and m.content._ == "messageText" then inbox[#inbox + 1] = m end
end)
on("updateDeleteMessages", function(u)
  for _, id in ipairs(u.message_ids) do deleted[id] = true end
end)

local waitFor = require("wait")

local function send(chat_id, text, reply_to)
  return check(sendMessage({chat_id = chat_id, reply_to_message_id = reply_to or 0,
    input_message_content = {_ = "inputMessageText", text = text}}))
end

-- send a command, wait for the bot's answer to it
local function ask(chat_id, text, reply_to)
  local n = #inbox
  local sent = send(chat_id, text, reply_to)
  local answer = waitFor(function() return inbox[n + 1] end, "the answer to " .. text)
  return answer, sent
end

local private = check(createPrivateChat({user_id = bot_id}))
local a, sent = ask(private.id, "/ping")
print("ping: " .. a.content.text .. (a.reply_to_message_id == sent.id and " (a reply)" or " (not a reply)"))
a = ask(private.id, "/id")
print("id: " .. a.content.text:gsub(tostring(me.id), "<me>"))
a = ask(private.id, "/md")
local kinds = {}
for _, e in ipairs(a.content.entities) do kinds[#kinds + 1] = e.type._:gsub("textEntityType", "") end
print("md: " .. a.content.text .. " [" .. table.concat(kinds, ",") .. "]")

local group = check(createNewGroupChat({user_ids = {bot_id, victim_id}, title = "tdcli journey"}))
check(changeChatMemberStatus({chat_id = group.id, user_id = bot_id, status = {_ = "chatMemberStatusAdministrator"}}))
a = ask(group.id, "/info")
print("info: " .. a.content.text:gsub("%d+$", "<id>"))
-- the bot, an administrator of the group, deletes the command for everyone
local doomed = send(group.id, "/del")
waitFor(function() return deleted[doomed.id] end, "the deletion")
local gone = getMessage({chat_id = group.id, message_id = doomed.id})
print("del: " .. (gone._ == "error" and "deleted" or "still there"))
a = ask(group.id, "/kick " .. victim_id)
print("kick: " .. a.content.text:gsub("%d+", "<victim>"))
print("victim now: " .. check(getChatMember({chat_id = group.id, user_id = victim_id})).status._)
-- pinning needs a supergroup: the group is upgraded, the bot stays an administrator there
local pinned_full
on("updateChannelFull", function(u) if u.channel_full.pinned_message_id ~= 0 then pinned_full = u end end)
local sg = check(migrateGroupChatToChannelChat({chat_id = group.id}))
print("upgraded: " .. sg.type._ .. (sg.type.is_supergroup and " (supergroup)" or ""))
local pinme = send(sg.id, "pin this")
a = ask(sg.id, "/pin", pinme.id)
print("pin: " .. a.content.text)
waitFor(function() return pinned_full end, "the pinned message's update")
print("pinned: " .. (pinned_full.channel_full.pinned_message_id == pinme.id and "the message" or "another message")
  .. ", full says " .. (check(getChannelFull({channel_id = sg.type.channel_id})).pinned_message_id == pinme.id and "the same" or "otherwise"))
stop()
