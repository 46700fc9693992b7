-- A tdcli.lua of our own, written the way bots of 2017 shipped theirs: helpers over the host's
-- tdcli_function, tdcli's spelling (ID, trailing _), 0/1 booleans, {[0] = ...} vectors, ids cut
-- from strings. The journey (test/lua/journeys.test.ts) runs it unchanged; it knows nothing of luatd.
local M = {}

-- chat ids: -100<channel> for channels and supergroups, -<group> for basic groups
local function chatIdParts(chat_id)
  local id = tostring(chat_id)
  if id:match('^%-100') then
    return {ID = id:gsub('^%-100', ''), type = 'channel'}
  end
  return {ID = id:gsub('^%-', ''), type = 'group'}
end

local function parseMode(mode)
  if not mode then return nil end
  mode = mode:lower()
  if mode == 'md' or mode == 'markdown' then return {ID = "TextParseModeMarkdown"} end
  if mode == 'html' then return {ID = "TextParseModeHTML"} end
end

function M.getMe(cb, extra)
  tdcli_function({ID = "GetMe"}, cb or dl_cb, extra)
end

function M.getUser(user_id, cb, extra)
  tdcli_function({ID = "GetUser", user_id_ = user_id}, cb or dl_cb, extra)
end

function M.getChats(limit, cb, extra)
  tdcli_function({ID = "GetChats", offset_order_ = 9223372036854775807, offset_chat_id_ = 0, limit_ = limit or 20}, cb or dl_cb, extra)
end

function M.sendChatAction(chat_id, action, progress)
  tdcli_function({ID = "SendChatAction", chat_id_ = chat_id, action_ = {ID = "SendMessage" .. action .. "Action", progress_ = progress or 100}}, dl_cb, nil)
end

function M.sendMessage(chat_id, reply_to_message_id, disable_notification, text, disable_web_page_preview, parse_mode, cb, extra)
  tdcli_function({
    ID = "SendMessage",
    chat_id_ = chat_id,
    reply_to_message_id_ = reply_to_message_id,
    disable_notification_ = disable_notification,
    from_background_ = 1,
    reply_markup_ = nil,
    input_message_content_ = {
      ID = "InputMessageText",
      text_ = text,
      disable_web_page_preview_ = disable_web_page_preview,
      clear_draft_ = 0,
      entities_ = {},
      parse_mode_ = parseMode(parse_mode),
    },
  }, cb or dl_cb, extra)
end

function M.deleteMessages(chat_id, message_ids, cb, extra)
  tdcli_function({ID = "DeleteMessages", chat_id_ = chat_id, message_ids_ = message_ids}, cb or dl_cb, extra)
end

-- status: "Creator", "Editor", "Moderator", "Member", "Left", "Kicked"
function M.changeChatMemberStatus(chat_id, user_id, status, cb, extra)
  tdcli_function({ID = "ChangeChatMemberStatus", chat_id_ = chat_id, user_id_ = user_id,
    status_ = {ID = "ChatMemberStatus" .. status}}, cb or dl_cb, extra)
end

function M.getChatMember(chat_id, user_id, cb, extra)
  tdcli_function({ID = "GetChatMember", chat_id_ = chat_id, user_id_ = user_id}, cb or dl_cb, extra)
end

function M.pinChannelMessage(chat_id, message_id, disable_notification, cb, extra)
  tdcli_function({ID = "PinChannelMessage", channel_id_ = chatIdParts(chat_id).ID, message_id_ = message_id,
    disable_notification_ = disable_notification}, cb or dl_cb, extra)
end

function M.getChannelFull(chat_id, cb, extra)
  tdcli_function({ID = "GetChannelFull", channel_id_ = chatIdParts(chat_id).ID}, cb or dl_cb, extra)
end

function M.getGroupFull(chat_id, cb, extra)
  tdcli_function({ID = "GetGroupFull", group_id_ = chatIdParts(chat_id).ID}, cb or dl_cb, extra)
end

return M
