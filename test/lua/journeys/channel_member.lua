-- A member of the owner's supergroup (channel_owner.lua) trying what their rights forbid, in a
-- process of its own. args: ROLE (admin|restricted|banned|freed) CHAT_ID INVITE_LINK [RESTRICTED_ID]
local role, chat_id, link = arg[1], tonumber(arg[2]), arg[3]
local me = check(getMe())
local status

on("updateChannel", function(u)
  if -1000000000000 - u.channel.id == chat_id then status = u.channel.status end
end)

local waitFor = require("wait")

-- the status comes as updates, written by the owner's process before this one started
local expected = ({admin = "chatMemberStatusAdministrator", restricted = "chatMemberStatusRestricted",
  banned = "chatMemberStatusBanned", freed = "chatMemberStatusMember"})[role]
waitFor(function() return status and status._ == expected end, "my status in the channel")
print(role .. ": my status is " .. status._)

local function try(what, r)
  print(role .. ": " .. what .. " -> " .. (r._ == "error" and r.message or r._))
end
local channel_id = check(getChat({chat_id = chat_id})).type.channel_id
local function text(t) return {chat_id = chat_id, input_message_content = {_ = "inputMessageText", text = t}} end

if role == "restricted" then
  try("send a message", sendMessage(text("may I?")))
  try("add a user", addChatMember({chat_id = chat_id, user_id = me.id}))
  try("pin a message", pinChannelMessage({channel_id = channel_id, message_id = 1}))
elseif role == "banned" then
  try("send a message", sendMessage(text("let me in")))
  try("join again", changeChatMemberStatus({chat_id = chat_id, user_id = me.id, status = {_ = "chatMemberStatusMember"}}))
  try("use the invite link", importChatInviteLink({invite_link = link}))
elseif role == "admin" then
  local rita = tonumber(arg[4])
  local history = check(getChatHistory({chat_id = chat_id, limit = 1}))
  local temp = history.messages[1]
  try("pin a message", pinChannelMessage({channel_id = channel_id, message_id = temp.id}))
  try("appoint an administrator", changeChatMemberStatus({chat_id = chat_id, user_id = rita,
    status = {_ = "chatMemberStatusAdministrator", can_delete_messages = true}}))
  try("change the title", changeChatTitle({chat_id = chat_id, title = "Mine now"}))
  try("delete the owner's message", deleteMessages({chat_id = chat_id, message_ids = {temp.id}, revoke = true}))
  try("lift the restriction", changeChatMemberStatus({chat_id = chat_id, user_id = rita, status = {_ = "chatMemberStatusMember"}}))
elseif role == "freed" then
  try("send a message", sendMessage(text("thanks, I can talk")))
end
stop()
