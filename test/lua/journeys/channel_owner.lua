-- The owner of a supergroup, for the channel journey (test/lua/journeys.test.ts): makes an
-- administrator with some rights, a restricted member and a banned one, then stays to see, as
-- updates from the other processes, what they did. args: ADMIN_ID RESTRICTED_ID BANNED_ID
local admin_id, rita_id, bert_id = tonumber(arg[1]), tonumber(arg[2]), tonumber(arg[3])
local chat = check(createNewChannelChat({title = "Journey", is_supergroup = true, description = "rights on trial"}))
local channel_id = chat.type.channel_id
check(addChatMembers({chat_id = chat.id, user_ids = {admin_id, rita_id, bert_id}}))
check(changeChatMemberStatus({chat_id = chat.id, user_id = admin_id, status = {_ = "chatMemberStatusAdministrator",
  can_delete_messages = true, can_restrict_members = true, can_invite_users = true}}))
check(changeChatMemberStatus({chat_id = chat.id, user_id = rita_id, status = {_ = "chatMemberStatusRestricted",
  is_member = true, can_send_messages = false}}))
check(changeChatMemberStatus({chat_id = chat.id, user_id = bert_id, status = {_ = "chatMemberStatusBanned"}}))
local link = check(exportChatInviteLink({chat_id = chat.id})).invite_link
local temp = check(sendMessage({chat_id = chat.id, input_message_content = {_ = "inputMessageText", text = "to be deleted"}}))

local deleted, freed, heard = false, false, nil
on("updateDeleteMessages", function(u)
  for _, id in ipairs(u.message_ids) do
    if u.chat_id == chat.id and id == temp.id then deleted = true end
  end
end)
on("updateChannelFull", function(u)
  if u.channel_id == channel_id and u.channel_full.restricted_count == 0 then freed = true end
end)
on("updateNewMessage", function(u)
  local m = u.message
  if m.chat_id == chat.id and m.sender_user_id == rita_id and m.content._ == "messageText" then heard = m.content.text end
end)
print("ready " .. chat.id .. " " .. link)

local waitFor = require("wait")
waitFor(function() return deleted end, "the administrator's deletion")
print("owner: the administrator deleted my message")
waitFor(function() return freed end, "the restriction to be lifted")
print("owner: nobody is restricted any more")
waitFor(function() return heard end, "the freed member to speak")
print("owner: heard " .. heard)
local full = check(getChannelFull({channel_id = channel_id}))
print(("owner: %d members, %d administrators, %d restricted, %d banned"):format(full.member_count,
  full.administrator_count, full.restricted_count, full.banned_count))
local log = check(getChatEventLog({chat_id = chat.id, limit = 20, user_ids = {admin_id}}))
local actions = {}
for _, e in ipairs(log.events) do actions[#actions + 1] = e.action._ end
print("owner: the administrator's log: " .. table.concat(actions, ", "))
stop()
