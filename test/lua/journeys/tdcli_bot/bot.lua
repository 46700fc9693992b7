-- A group-helper bot in the tdcli style (2017): its own tdcli.lua next to it, a package.path line,
-- tdcli_update_callback dispatching on data.ID, callbacks (extra, data). Run as a user account:
--   luatd run --session helper test/lua/journeys/tdcli_bot/bot.lua
package.path = package.path .. ';.luarocks/share/lua/5.2/?.lua;./?.lua'
local tdcli = require('tdcli')
local utils = dofile('utils.lua')

our_id = nil

function dl_cb(extra, data)
end

local function reply(msg, text, parse_mode)
  tdcli.sendMessage(msg.chat_id_, msg.id_, 0, text, 1, parse_mode)
end

local commands = {}

commands['^/ping$'] = function(msg)
  tdcli.sendChatAction(msg.chat_id_, 'Typing')
  reply(msg, 'pong')
end

commands['^/id$'] = function(msg)
  tdcli.getUser(msg.sender_user_id_, function(extra, user)
    reply(extra, 'Your id: ' .. user.id_ .. ' (' .. user.first_name_ .. ')')
  end, msg)
end

commands['^/md$'] = function(msg)
  reply(msg, '*bold* and _italic_ and `code`', 'md')
end

commands['^/del$'] = function(msg)
  tdcli.deleteMessages(msg.chat_id_, {[0] = msg.id_}, function(extra, data)
    if data.ID == 'Error' then reply(msg, 'delete failed: ' .. data.message_) end
  end)
end

commands['^/kick (%d+)$'] = function(msg, user_id)
  tdcli.changeChatMemberStatus(msg.chat_id_, user_id, 'Kicked', function(extra, data)
    if data.ID == 'Error' then
      reply(msg, 'kick failed: ' .. data.message_)
    else
      tdcli.getChatMember(msg.chat_id_, user_id, function(_, member)
        reply(msg, 'kicked ' .. user_id .. ': ' .. member.status_.ID)
      end)
    end
  end)
end

commands['^/pin$'] = function(msg)
  if msg.reply_to_message_id_ == 0 then return reply(msg, 'reply to the message to pin') end
  tdcli.pinChannelMessage(msg.chat_id_, msg.reply_to_message_id_, 1, function(extra, data)
    if data.ID == 'Error' then
      reply(msg, 'pin failed: ' .. data.code_ .. ' ' .. data.message_)
    else
      reply(msg, 'pinned')
    end
  end)
end

commands['^/info$'] = function(msg)
  tdcli.getGroupFull(msg.chat_id_, function(extra, full)
    if full.ID == 'Error' then return reply(msg, 'info failed: ' .. full.message_) end
    reply(msg, 'members: ' .. utils.count(full.members_) .. ', first: ' .. full.members_[0].user_id_)
  end)
end

local function on_text(msg)
  local text = msg.content_.text_
  for pattern, fn in pairs(commands) do
    local capture = text:match(pattern)
    if capture then
      return fn(msg, capture ~= text and capture or nil)
    end
  end
end

function tdcli_update_callback(data)
  if data.ID == 'UpdateNewMessage' then
    local msg = data.message_
    if msg.sender_user_id_ ~= our_id and msg.content_.ID == 'MessageText' then on_text(msg) end
  elseif data.ID == 'UpdateOption' and data.name_ == 'my_id' then
    our_id = data.value_.value_
    tdcli.getChats(20, function(extra, chats)
      print('tdcli bot ready as ' .. our_id .. ' (' .. utils.count(chats.chats_) .. ' chats)')
    end)
  end
end
