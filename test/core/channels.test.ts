/**
 * Channels (supergroups and broadcast channels): one test per method, statuses with rights
 * enforced, usernames, invite links, pins, the event log, upgrading a group, reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBot, createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { call, login, ok, text, Updates } from './helpers.js';

function quad() {
  const net = createMemoryNetwork();
  let now = 1_800_000_000_000;
  const clock = (): number => now;
  const [a, b, d, e] = ['a', 'b', 'd', 'e'].map((s) => openEmbeddedCore({ network: net, session: s, clock }));
  const aid = login(a, '9996610001', 'Ann');
  const bid = login(b, '9996620002', 'Ben');
  const did = login(d, '9996630003', 'Dee');
  const eid = login(e, '9996640004', 'Eve');
  return {
    a,
    b,
    d,
    e,
    aid,
    bid,
    did,
    eid,
    advance: (sec: number) => (now += sec * 1000),
    done: async () => {
      for (const c of [a, b, d, e]) await c.close();
      net.close();
    },
  };
}

const status = (c: Client, chat: number, user: number): TdObject => ok(c, { _: 'getChatMember', chat_id: chat, user_id: user }).status as TdObject;
const change = (c: Client, chat: number, user: number, s: TdObject): TdObject => call(c, { _: 'changeChatMemberStatus', chat_id: chat, user_id: user, status: s });
const ADMIN_NONE = {
  can_be_edited: false,
  can_change_info: false,
  can_post_messages: false,
  can_edit_messages: false,
  can_delete_messages: false,
  can_invite_users: false,
  can_restrict_members: false,
  can_pin_messages: false,
  can_promote_members: false,
};
const admin = (rights: Partial<typeof ADMIN_NONE>): TdObject => ({ _: 'chatMemberStatusAdministrator', ...ADMIN_NONE, ...rights });
const restricted = (rights: Record<string, boolean>, until = 0, isMember = true): TdObject => ({
  _: 'chatMemberStatusRestricted',
  is_member: isMember,
  restricted_until_date: until,
  can_send_messages: false,
  can_send_media_messages: false,
  can_send_other_messages: false,
  can_add_web_page_previews: false,
  ...rights,
});
const supergroup = (c: Client, title = 'Club'): TdObject => ok(c, { _: 'createNewChannelChat', title, is_supergroup: true, description: 'a test supergroup' });
const channelId = (chat: TdObject): number => (chat.type as TdObject).channel_id as number;

test('createNewChannelChat, getChannel, getChannelFull, createChannelChat: a supergroup and a broadcast channel with their creator', async () => {
  const { a, b, done } = quad();
  try {
    const ua = new Updates(a);
    const chat = supergroup(a);
    assert.deepEqual(chat.type, { _: 'chatTypeChannel', channel_id: channelId(chat), is_supergroup: true });
    assert.equal(chat.id, -1_000_000_000_000 - channelId(chat));
    const upd = await ua.waitFor((u) => u._ === 'updateChannel');
    assert.equal(((upd.channel as TdObject).status as TdObject)._, 'chatMemberStatusCreator');
    const ch = ok(a, { _: 'getChannel', channel_id: channelId(chat) });
    assert.equal(ch.is_supergroup, true);
    assert.equal((ch.status as TdObject)._, 'chatMemberStatusCreator');
    const full = ok(a, { _: 'getChannelFull', channel_id: channelId(chat) });
    assert.equal(full.description, 'a test supergroup');
    assert.equal(full.member_count, 1);
    assert.equal(full.administrator_count, 1);
    assert.equal(full.can_set_username, true);
    assert.equal(ok(a, { _: 'createChannelChat', channel_id: channelId(chat) }).id, chat.id);
    const top = (ok(a, { _: 'getChat', chat_id: chat.id }).top_message as TdObject).content as TdObject;
    assert.equal(top._, 'messageChannelChatCreate');
    const bc = ok(a, { _: 'createNewChannelChat', title: 'News', is_supergroup: false, description: '' });
    assert.equal(ok(a, { _: 'getChannel', channel_id: channelId(bc) }).is_supergroup, false);
    // a private channel is unknown to outsiders
    assert.equal(call(b, { _: 'getChannel', channel_id: channelId(chat) }).message, 'Channel not found');
    assert.equal(call(b, { _: 'createChannelChat', channel_id: channelId(chat) }).message, 'Channel not found');
    assert.equal(call(a, { _: 'createNewChannelChat', title: '  ', is_supergroup: true, description: '' }).message, 'CHAT_TITLE_EMPTY');
  } finally {
    await done();
  }
});

test('changeChatMemberStatus in a supergroup: administrator rights, restriction with an end, ban, each enforced', async () => {
  const { a, b, d, e, bid, did, eid, advance, done } = quad();
  try {
    const chat = supergroup(a);
    const id = chat.id as number;
    ok(a, { _: 'addChatMembers', chat_id: id, user_ids: [bid, did, eid] });
    // Ben: administrator who may delete and restrict, not pin nor promote
    assert.equal(change(a, id, bid, admin({ can_delete_messages: true, can_restrict_members: true, can_invite_users: true }))._, 'ok');
    const sb = status(a, id, bid);
    assert.equal(sb._, 'chatMemberStatusAdministrator');
    assert.equal(sb.can_restrict_members, true);
    assert.equal(sb.can_pin_messages, false);
    assert.equal(sb.can_be_edited, true, 'the creator may edit him');
    assert.equal(status(b, id, bid).can_be_edited, false, 'he may not edit himself');
    // he cannot promote, nor give a right he lacks
    assert.match(change(b, id, did, admin({ can_delete_messages: true })).message as string, /^Not enough rights to appoint administrators/);
    // Dee restricted: may not send text; the restriction ends after its date
    assert.equal(change(b, id, did, restricted({}, Math.floor(1_800_000_000 + 3600)))._, 'ok');
    const sd = status(a, id, did);
    assert.equal(sd._, 'chatMemberStatusRestricted');
    assert.equal(sd.is_member, true);
    assert.equal(sd.restricted_until_date, 1_800_000_000 + 3600);
    assert.match(call(d, text(id, 'hello')).message as string, /^Have no rights to send a message/);
    // Eve banned for good: no messages, and a member no more
    assert.equal(change(b, id, eid, { _: 'chatMemberStatusBanned', banned_until_date: 0 })._, 'ok');
    assert.equal(status(a, id, eid)._, 'chatMemberStatusBanned');
    assert.equal(call(e, text(id, 'hi')).message, 'Have no write access to the chat');
    assert.equal(change(e, id, eid, { _: 'chatMemberStatusMember' }).message, 'USER_BANNED_IN_CHANNEL');
    // ordinary members have no rights; nobody changes the creator
    assert.match(change(d, id, eid, { _: 'chatMemberStatusLeft' }).message as string, /^Not enough rights/);
    assert.equal(change(b, id, (ok(a, { _: 'getMe' }).id as number), { _: 'chatMemberStatusLeft' }).message, "Can't change the status of the chat creator");
    const full = ok(a, { _: 'getChannelFull', channel_id: channelId(chat) });
    assert.deepEqual([full.member_count, full.administrator_count, full.restricted_count, full.banned_count], [3, 2, 1, 1]);
    // an hour later the restriction has ended by itself
    advance(3601);
    assert.equal(status(a, id, did)._, 'chatMemberStatusMember');
    assert.equal(ok(d, text(id, 'free again'))._, 'message');
    // a restriction of less than 30 s is forever, as Telegram reads it
    assert.equal(change(a, id, did, restricted({ can_send_messages: true }, Math.floor(1_800_003_601 + 10)))._, 'ok');
    assert.equal(status(a, id, did).restricted_until_date, 0);
    // restricted out of the chat (is_member false)
    assert.equal(change(a, id, did, restricted({ can_send_messages: true }, 0, false))._, 'ok');
    assert.equal(status(a, id, did).is_member, false);
    assert.equal(call(d, text(id, 'gone')).message, 'Have no write access to the chat');
    // the creator demotes Ben, who then can no longer ban
    assert.equal(change(a, id, bid, { _: 'chatMemberStatusMember' })._, 'ok');
    assert.match(change(b, id, eid, { _: 'chatMemberStatusLeft' }).message as string, /^Not enough rights/);
    // unban: Eve may come back
    assert.equal(change(a, id, eid, { _: 'chatMemberStatusLeft' })._, 'ok');
    assert.equal(status(a, id, eid)._, 'chatMemberStatusLeft');
    assert.equal(change(a, id, eid, { _: 'chatMemberStatusMember' })._, 'ok');
    assert.equal(ok(e, text(id, 'back'))._, 'message');
    // leaving by oneself
    assert.equal(change(e, id, eid, { _: 'chatMemberStatusLeft' })._, 'ok');
    assert.equal(status(a, id, eid)._, 'chatMemberStatusLeft');
    assert.equal(change(a, id, eid, { _: 'chatMemberStatusCreator' }).message, "Can't make a user the creator of a chat");
  } finally {
    await done();
  }
});

test('administrators appointed by an administrator: only rights they have, and only their own appointees', async () => {
  const { a, b, d, e, bid, did, eid, done } = quad();
  try {
    const id = supergroup(a).id as number;
    ok(a, { _: 'addChatMembers', chat_id: id, user_ids: [bid, did, eid] });
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: bid, status: admin({ can_promote_members: true, can_pin_messages: true }) });
    assert.match(change(b, id, did, admin({ can_delete_messages: true })).message as string, /give rights the caller does not have/);
    assert.equal(change(b, id, did, admin({ can_pin_messages: true }))._, 'ok');
    assert.equal(status(b, id, did).can_be_edited, true);
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: eid, status: admin({ can_pin_messages: true }) });
    assert.equal(status(b, id, eid).can_be_edited, false);
    assert.match(change(b, id, eid, { _: 'chatMemberStatusMember' }).message as string, /^Not enough rights to demote/);
    assert.equal(change(b, id, did, { _: 'chatMemberStatusMember' })._, 'ok');
    // an administrator may resign
    assert.equal(change(e, id, eid, { _: 'chatMemberStatusMember' })._, 'ok');
    void d;
  } finally {
    await done();
  }
});

test('broadcast channel: only administrators who may post do; members read; restricting is for supergroups', async () => {
  const { a, b, d, bid, did, done } = quad();
  try {
    const chat = ok(a, { _: 'createNewChannelChat', title: 'News', is_supergroup: false, description: '' });
    const id = chat.id as number;
    ok(a, { _: 'addChatMembers', chat_id: id, user_ids: [bid, did] });
    const ub = new Updates(b);
    ok(a, text(id, 'first post'));
    await ub.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject).text === 'first post');
    assert.equal(call(b, text(id, 'a reader writes')).message, 'Need administrator rights to post in a channel');
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: bid, status: admin({ can_post_messages: true }) });
    assert.equal(ok(b, text(id, 'an editor posts'))._, 'message');
    // editing others' posts needs can_edit_messages
    const post = ok(a, text(id, 'typo post'));
    const edit = (c: Client): TdObject => call(c, { _: 'editMessageText', chat_id: id, message_id: post.id, input_message_content: { _: 'inputMessageText', text: 'fixed post' } });
    assert.equal(edit(b).message, 'MESSAGE_AUTHOR_REQUIRED');
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: bid, status: admin({ can_post_messages: true, can_edit_messages: true }) });
    assert.equal(((edit(b).content as TdObject).text), 'fixed post');
    const log = ok(a, { _: 'getChatEventLog', chat_id: id, query: '', from_event_id: '0', limit: 1, filters: null, user_ids: [] }).events as TdObject[];
    assert.equal((log[0].action as TdObject)._, 'chatEventMessageEdited');
    assert.match(change(a, id, did, restricted({})).message as string, /broadcast channel/);
    assert.match(call(b, { _: 'getChannelMembers', channel_id: channelId(chat), filter: { _: 'channelMembersFilterRecent' }, offset: 0, limit: 10 })._ as string, /chatMembers/);
    assert.match(call(d, { _: 'getChannelMembers', channel_id: channelId(chat), filter: { _: 'channelMembersFilterRecent' }, offset: 0, limit: 10 }).message as string, /^Not enough rights/);
    assert.equal(
      (ok(d, { _: 'getChannelMembers', channel_id: channelId(chat), filter: { _: 'channelMembersFilterAdministrators' }, offset: 0, limit: 10 }).members as TdObject[]).length,
      2,
    );
  } finally {
    await done();
  }
});

test('addChatMember and addChatMembers: the right to invite, anyone_can_invite, toggleChannelInvites', async () => {
  const { a, b, d, e, bid, did, eid, done } = quad();
  try {
    const chat = supergroup(a);
    const id = chat.id as number;
    const ud = new Updates(d);
    ok(a, { _: 'addChatMember', chat_id: id, user_id: bid, forward_limit: 0 });
    assert.equal(call(a, { _: 'addChatMember', chat_id: id, user_id: bid, forward_limit: 0 }).message, 'USER_ALREADY_PARTICIPANT');
    assert.match(call(b, { _: 'addChatMembers', chat_id: id, user_ids: [did] }).message as string, /^Not enough rights to add members/);
    assert.match(call(b, { _: 'toggleChannelInvites', channel_id: channelId(chat), anyone_can_invite: true }).message as string, /^Not enough rights/);
    ok(a, { _: 'toggleChannelInvites', channel_id: channelId(chat), anyone_can_invite: true });
    assert.equal(ok(b, { _: 'getChannel', channel_id: channelId(chat) }).anyone_can_invite, true);
    ok(b, { _: 'addChatMembers', chat_id: id, user_ids: [did, eid] });
    await ud.waitFor((u) => u._ === 'updateChat' && (u.chat as TdObject).id === id);
    const added = await ud.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageChatAddMembers');
    assert.deepEqual(((added.message as TdObject).content as TdObject).member_user_ids, [did, eid]);
    assert.equal(ok(a, { _: 'getChannelFull', channel_id: channelId(chat) }).member_count, 4);
    assert.equal(call(a, { _: 'addChatMembers', chat_id: id, user_ids: [] }).message, 'No users to add');
    void e;
  } finally {
    await done();
  }
});

test('getChannelMembers with each filter, paging; searchChatMembers in channels, groups and private chats', async () => {
  const { a, b, d, e, aid, bid, did, eid, done } = quad();
  try {
    const chat = supergroup(a);
    const id = chat.id as number;
    const cid = channelId(chat);
    ok(a, { _: 'addChatMembers', chat_id: id, user_ids: [bid, did, eid] });
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: bid, status: admin({ can_delete_messages: true }) });
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: did, status: restricted({}) });
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: eid, status: { _: 'chatMemberStatusBanned', banned_until_date: 0 } });
    const ids = (filter: TdObject, offset = 0, limit = 10, c: Client = a): number[] =>
      (ok(c, { _: 'getChannelMembers', channel_id: cid, filter, offset, limit }).members as TdObject[]).map((m) => m.user_id as number).sort();
    assert.deepEqual(ids({ _: 'channelMembersFilterRecent' }), [aid, bid, did].sort());
    assert.deepEqual(ids({ _: 'channelMembersFilterAdministrators' }), [aid, bid].sort());
    assert.deepEqual(ids({ _: 'channelMembersFilterRestricted', query: '' }), [did]);
    assert.deepEqual(ids({ _: 'channelMembersFilterBanned', query: 'ev' }), [eid]);
    assert.deepEqual(ids({ _: 'channelMembersFilterBanned', query: 'zz' }), []);
    assert.deepEqual(ids({ _: 'channelMembersFilterSearch', query: 'be' }), [bid]);
    assert.deepEqual(ids({ _: 'channelMembersFilterBots' }), []);
    const page = ok(a, { _: 'getChannelMembers', channel_id: cid, filter: { _: 'channelMembersFilterRecent' }, offset: 1, limit: 1 });
    assert.equal(page.total_count, 3);
    assert.equal((page.members as TdObject[]).length, 1);
    assert.match(call(d, { _: 'getChannelMembers', channel_id: cid, filter: { _: 'channelMembersFilterBanned', query: '' }, offset: 0, limit: 10 }).message as string, /^Not enough rights/);
    assert.equal(call(a, { _: 'getChannelMembers', channel_id: cid, filter: null, offset: 0, limit: 0 }).message, 'Parameter limit must be positive');
    const found = ok(d, { _: 'searchChatMembers', chat_id: id, query: 'an', limit: 5 });
    assert.deepEqual((found.members as TdObject[]).map((m) => m.user_id), [aid]);
    const group = ok(a, { _: 'createNewGroupChat', user_ids: [bid], title: 'G' });
    assert.deepEqual((ok(a, { _: 'searchChatMembers', chat_id: group.id, query: 'ben', limit: 5 }).members as TdObject[]).map((m) => m.user_id), [bid]);
    const priv = ok(a, { _: 'createPrivateChat', user_id: bid });
    assert.equal((ok(a, { _: 'searchChatMembers', chat_id: priv.id, query: '', limit: 5 }).members as TdObject[]).length, 2);
    void b;
    void e;
  } finally {
    await done();
  }
});

test('changeChannelUsername: a public channel found by searchPublicChat, joined by status Member; getCreatedPublicChats; getPublicMessageLink', async () => {
  const { a, b, d, done } = quad();
  try {
    const chat = supergroup(a, 'Public');
    const cid = channelId(chat);
    const id = chat.id as number;
    ok(a, { _: 'changeChannelUsername', channel_id: cid, username: 'luatd_public' });
    assert.equal(ok(a, { _: 'getChannel', channel_id: cid }).username, 'luatd_public');
    assert.equal(call(a, { _: 'changeChannelUsername', channel_id: cid, username: 'x' }).message, 'USERNAME_INVALID');
    // usernames are one namespace with accounts
    assert.equal(call(b, { _: 'changeUsername', username: 'Luatd_Public' }).message, 'USERNAME_OCCUPIED');
    ok(b, { _: 'changeUsername', username: 'benny_b' });
    assert.equal(call(a, { _: 'changeChannelUsername', channel_id: cid, username: 'benny_b' }).message, 'USERNAME_OCCUPIED');
    assert.deepEqual(ok(a, { _: 'getCreatedPublicChats' }).chat_ids, [id]);
    const seen = ok(d, { _: 'searchPublicChat', username: '@luatd_public' });
    assert.equal(seen.id, id);
    assert.equal(seen.order, '0', 'not in the list before joining');
    assert.equal((ok(d, { _: 'getChannel', channel_id: cid }).status as TdObject)._, 'chatMemberStatusLeft');
    const sent = ok(a, text(id, 'for everyone'));
    // a non-member reads a public channel
    assert.equal(((ok(d, { _: 'getChatHistory', chat_id: id, from_message_id: 0, offset: 0, limit: 10, only_local: false }).messages as TdObject[])[0].content as TdObject).text, 'for everyone');
    assert.equal(call(d, text(id, 'not yet')).message, 'Have no write access to the chat');
    ok(d, { _: 'changeChatMemberStatus', chat_id: id, user_id: ok(d, { _: 'getMe' }).id, status: { _: 'chatMemberStatusMember' } });
    assert.equal(ok(d, text(id, 'joined'))._, 'message');
    assert.equal(ok(d, { _: 'getPublicMessageLink', chat_id: id, message_id: sent.id }).url, `https://t.me/luatd_public/${String(sent.id)}`);
    assert.equal(call(d, { _: 'getPublicMessageLink', chat_id: id, message_id: 9999 }).message, 'Message not found');
    // a private channel cannot be joined without a link, nor linked to
    const priv = supergroup(a, 'Private');
    assert.match(call(a, { _: 'getPublicMessageLink', chat_id: priv.id, message_id: 1 }).message as string, /public channels/);
    ok(a, { _: 'changeChannelUsername', channel_id: cid, username: '' });
    assert.deepEqual(ok(a, { _: 'getCreatedPublicChats' }).chat_ids, []);
    assert.equal(call(b, { _: 'searchPublicChat', username: 'luatd_public' }).message, 'USERNAME_NOT_OCCUPIED');
    assert.match(call(b, { _: 'changeChannelUsername', channel_id: cid, username: 'abcdef' }).message as string, /Channel not found|write access/);
  } finally {
    await done();
  }
});

test('invite links of a channel: export (right needed), check, import; a banned user cannot come back through one', async () => {
  const { a, b, d, bid, did, done } = quad();
  try {
    const chat = supergroup(a);
    const id = chat.id as number;
    ok(a, { _: 'addChatMembers', chat_id: id, user_ids: [bid] });
    assert.match(call(b, { _: 'exportChatInviteLink', chat_id: id }).message as string, /^Not enough rights/);
    const link = ok(a, { _: 'exportChatInviteLink', chat_id: id }).invite_link as string;
    assert.equal(ok(a, { _: 'getChannelFull', channel_id: channelId(chat) }).invite_link, link);
    assert.equal(ok(b, { _: 'getChannelFull', channel_id: channelId(chat) }).invite_link, '');
    const info = ok(d, { _: 'checkChatInviteLink', invite_link: link });
    assert.deepEqual([info.is_group, info.is_channel, info.is_supergroup_channel, info.is_public_channel, info.chat_id], [false, true, true, false, 0]);
    const ub = new Updates(b);
    ok(d, { _: 'importChatInviteLink', invite_link: link });
    await ub.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageChatJoinByLink');
    assert.equal(call(d, { _: 'importChatInviteLink', invite_link: link }).message, 'USER_ALREADY_PARTICIPANT');
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: did, status: { _: 'chatMemberStatusBanned', banned_until_date: 0 } });
    assert.equal(call(d, { _: 'importChatInviteLink', invite_link: link }).message, 'USER_BANNED_IN_CHANNEL');
  } finally {
    await done();
  }
});

test('pinChannelMessage / unpinChannelMessage: the right to pin, the service message, updateChannelFull for members', async () => {
  const { a, b, d, bid, did, done } = quad();
  try {
    const chat = supergroup(a);
    const id = chat.id as number;
    const cid = channelId(chat);
    ok(a, { _: 'addChatMembers', chat_id: id, user_ids: [bid, did] });
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: bid, status: admin({ can_pin_messages: true }) });
    const m = ok(d, text(id, 'pin me'));
    const ud = new Updates(d);
    assert.match(call(d, { _: 'pinChannelMessage', channel_id: cid, message_id: m.id, disable_notification: false }).message as string, /^Not enough rights to pin/);
    ok(b, { _: 'pinChannelMessage', channel_id: cid, message_id: m.id, disable_notification: true });
    const full = await ud.waitFor((u) => u._ === 'updateChannelFull' && (u.channel_full as TdObject).pinned_message_id === m.id);
    assert.equal(full.channel_id, cid);
    const svc = await ud.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messagePinMessage');
    assert.equal(((svc.message as TdObject).content as TdObject).message_id, m.id);
    assert.equal(svc.disable_notification, true);
    assert.equal(ok(d, { _: 'getChannelFull', channel_id: cid }).pinned_message_id, m.id);
    assert.equal(call(b, { _: 'pinChannelMessage', channel_id: cid, message_id: 9999, disable_notification: false }).message, 'Message not found');
    assert.match(call(d, { _: 'unpinChannelMessage', channel_id: cid }).message as string, /^Not enough rights/);
    ok(b, { _: 'unpinChannelMessage', channel_id: cid });
    await ud.waitFor((u) => u._ === 'updateChannelFull' && (u.channel_full as TdObject).pinned_message_id === 0);
  } finally {
    await done();
  }
});

test('toggleChannelSignMessages, changeChannelDescription, setChannelStickerSet, changeChatTitle in channels: the right to change info', async () => {
  const { a, b, bid, done } = quad();
  try {
    const bc = ok(a, { _: 'createNewChannelChat', title: 'News', is_supergroup: false, description: '' });
    const sg = supergroup(a);
    ok(a, { _: 'addChatMembers', chat_id: bc.id, user_ids: [bid] });
    ok(a, { _: 'addChatMembers', chat_id: sg.id, user_ids: [bid] });
    const ub = new Updates(b);
    assert.match(call(b, { _: 'toggleChannelSignMessages', channel_id: channelId(bc), sign_messages: true }).message as string, /^Not enough rights/);
    ok(a, { _: 'toggleChannelSignMessages', channel_id: channelId(bc), sign_messages: true });
    await ub.waitFor((u) => u._ === 'updateChannel' && (u.channel as TdObject).sign_messages === true);
    assert.match(call(a, { _: 'toggleChannelSignMessages', channel_id: channelId(sg), sign_messages: true }).message as string, /broadcast/);
    assert.match(call(b, { _: 'changeChannelDescription', channel_id: channelId(sg), description: 'x' }).message as string, /^Not enough rights/);
    ok(a, { _: 'changeChannelDescription', channel_id: channelId(sg), description: 'About us' });
    await ub.waitFor((u) => u._ === 'updateChannelFull' && (u.channel_full as TdObject).description === 'About us');
    assert.match(call(a, { _: 'changeChannelDescription', channel_id: channelId(sg), description: 'x'.repeat(300) }).message as string, /at most 255/);
    ok(a, { _: 'setChannelStickerSet', channel_id: channelId(sg), sticker_set_id: '12345' });
    assert.equal(ok(b, { _: 'getChannelFull', channel_id: channelId(sg) }).sticker_set_id, '12345');
    assert.match(call(a, { _: 'setChannelStickerSet', channel_id: channelId(bc), sticker_set_id: '1' }).message as string, /supergroups/);
    assert.match(call(b, { _: 'setChannelStickerSet', channel_id: channelId(sg), sticker_set_id: '1' }).message as string, /^Not enough rights/);
    assert.match(call(b, { _: 'changeChatTitle', chat_id: sg.id, title: 'Mine' }).message as string, /^Not enough rights/);
    ok(a, { _: 'changeChatTitle', chat_id: sg.id, title: 'Renamed' });
    await ub.waitFor((u) => u._ === 'updateChatTitle' && u.chat_id === sg.id && u.title === 'Renamed');
  } finally {
    await done();
  }
});

test('getChatEventLog: administrators only, newest first, with filters, users, query and paging', async () => {
  const { a, b, d, aid, bid, did, done } = quad();
  try {
    const chat = supergroup(a);
    const id = chat.id as number;
    const cid = channelId(chat);
    ok(a, { _: 'addChatMembers', chat_id: id, user_ids: [bid, did] });
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: bid, status: admin({ can_pin_messages: true, can_delete_messages: true }) });
    ok(a, { _: 'changeChannelDescription', channel_id: cid, description: 'Rules' });
    const m = ok(d, text(id, 'spam spam'));
    ok(b, { _: 'pinChannelMessage', channel_id: cid, message_id: m.id, disable_notification: false });
    ok(b, { _: 'deleteMessages', chat_id: id, message_ids: [m.id], revoke: true });
    const log = (extra: Record<string, unknown> = {}, c: Client = a): TdObject =>
      call(c, { _: 'getChatEventLog', chat_id: id, query: '', from_event_id: '0', limit: 50, filters: null, user_ids: [], ...extra });
    const all = log().events as TdObject[];
    assert.deepEqual(
      all.map((e) => (e.action as TdObject)._),
      ['chatEventMessageDeleted', 'chatEventMessagePinned', 'chatEventDescriptionChanged', 'chatEventMemberPromoted', 'chatEventMemberInvited', 'chatEventMemberInvited'],
    );
    assert.equal(all[0].user_id, bid);
    const pins = log({ filters: { _: 'chatEventLogFilters', message_edits: false, message_deletions: false, message_pins: true, member_joins: false, member_leaves: false, member_invites: false, member_promotions: false, member_restrictions: false, info_changes: false, setting_changes: false } }).events as TdObject[];
    assert.deepEqual(pins.map((e) => (e.action as TdObject)._), ['chatEventMessagePinned']);
    assert.deepEqual((log({ user_ids: [aid] }).events as TdObject[]).map((e) => e.user_id), [aid, aid, aid, aid]);
    assert.deepEqual((log({ query: 'rules' }).events as TdObject[]).map((e) => (e.action as TdObject)._), ['chatEventDescriptionChanged']);
    const page = log({ from_event_id: all[1].id, limit: 2 }).events as TdObject[];
    assert.deepEqual(page.map((e) => e.id), [all[2].id, all[3].id]);
    assert.equal(log({}, d).message, 'CHAT_ADMIN_REQUIRED');
  } finally {
    await done();
  }
});

test('deleteMessagesFromUser and deleteMessages in channels: the right to delete others\' messages', async () => {
  const { a, b, d, bid, did, done } = quad();
  try {
    const chat = supergroup(a);
    const id = chat.id as number;
    ok(a, { _: 'addChatMembers', chat_id: id, user_ids: [bid, did] });
    ok(a, { _: 'changeChatMemberStatus', chat_id: id, user_id: bid, status: admin({ can_pin_messages: true }) });
    const m1 = ok(d, text(id, 'one'));
    ok(d, text(id, 'two'));
    // an administrator without the right cannot delete it, not even for himself (in a channel a message goes for everyone)
    assert.match(call(b, { _: 'deleteMessages', chat_id: id, message_ids: [m1.id], revoke: false }).message as string, /can't be deleted/);
    assert.equal(ok(b, { _: 'getMessage', chat_id: id, message_id: m1.id })._, 'message');
    // one's own message goes for everyone even with revoke false
    const own = ok(b, text(id, 'mine'));
    ok(b, { _: 'deleteMessages', chat_id: id, message_ids: [own.id], revoke: false });
    assert.equal(call(a, { _: 'getMessage', chat_id: id, message_id: own.id }).message, 'Message not found');
    assert.match(call(b, { _: 'deleteMessagesFromUser', chat_id: id, user_id: did }).message as string, /^Not enough rights/);
    const ud = new Updates(d);
    ok(a, { _: 'deleteMessagesFromUser', chat_id: id, user_id: did });
    const del = await ud.waitFor((u) => u._ === 'updateDeleteMessages' && (u.message_ids as number[]).includes(m1.id as number));
    assert.equal((del.message_ids as number[]).length, 2);
    assert.equal(call(a, { _: 'getMessage', chat_id: id, message_id: m1.id }).message, 'Message not found');
  } finally {
    await done();
  }
});

test('migrateGroupChatToChannelChat: the creator upgrades a group; members, roles and messages move; the old group is inactive', async () => {
  const { a, b, d, aid, bid, did, done } = quad();
  try {
    const group = ok(a, { _: 'createNewGroupChat', user_ids: [bid, did], title: 'Old' });
    const gid = (group.type as TdObject).group_id as number;
    ok(a, { _: 'changeChatMemberStatus', chat_id: group.id, user_id: bid, status: { _: 'chatMemberStatusAdministrator' } });
    const hello = ok(d, text(group.id as number, 'hello before'));
    assert.match(call(b, { _: 'migrateGroupChatToChannelChat', chat_id: group.id }).message as string, /^Not enough rights/);
    const ud = new Updates(d);
    const sg = ok(a, { _: 'migrateGroupChatToChannelChat', chat_id: group.id });
    const cid = channelId(sg);
    assert.equal((sg.type as TdObject).is_supergroup, true);
    assert.equal(sg.title, 'Old');
    const full = ok(a, { _: 'getChannelFull', channel_id: cid });
    assert.equal(full.migrated_from_group_id, gid);
    assert.equal(full.member_count, 3);
    assert.equal(status(a, sg.id as number, bid).can_pin_messages, true);
    assert.equal(status(a, sg.id as number, aid)._, 'chatMemberStatusCreator');
    assert.equal(((ok(d, { _: 'getMessage', chat_id: sg.id, message_id: hello.id }).content as TdObject).text), 'hello before');
    const g = ok(d, { _: 'getGroup', group_id: gid });
    assert.equal(g.is_active, false);
    assert.equal(g.migrated_to_channel_id, cid);
    await ud.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageChatMigrateTo');
    await ud.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageChatMigrateFrom');
    await ud.waitFor((u) => u._ === 'updateChat' && (u.chat as TdObject).id === sg.id);
    assert.match(call(d, text(group.id as number, 'old place')).message as string, /upgraded/);
    assert.equal(ok(d, text(sg.id as number, 'new place'))._, 'message');
    assert.match(call(a, { _: 'migrateGroupChatToChannelChat', chat_id: group.id }).message as string, /already upgraded/);
    assert.match(call(a, { _: 'migrateGroupChatToChannelChat', chat_id: sg.id }).message as string, /basic groups/);
  } finally {
    await done();
  }
});

test('deleteChannel: creator only; members lose it, messages go', async () => {
  const { a, b, bid, done } = quad();
  try {
    const chat = supergroup(a);
    const cid = channelId(chat);
    ok(a, { _: 'addChatMembers', chat_id: chat.id, user_ids: [bid] });
    ok(a, { _: 'changeChannelUsername', channel_id: cid, username: 'doomed_one' });
    ok(b, text(chat.id as number, 'bye'));
    assert.match(call(b, { _: 'deleteChannel', channel_id: cid }).message as string, /^Not enough rights/);
    const ub = new Updates(b);
    ok(a, { _: 'deleteChannel', channel_id: cid });
    await ub.waitFor((u) => u._ === 'updateChatOrder' && u.chat_id === chat.id && u.order === '0');
    await ub.waitFor((u) => u._ === 'updateChannel' && ((u.channel as TdObject).status as TdObject)._ === 'chatMemberStatusLeft');
    assert.equal(call(b, text(chat.id as number, 'anyone?')).message, 'Have no write access to the chat');
    assert.equal((ok(b, { _: 'getChatHistory', chat_id: chat.id, from_message_id: 0, offset: 0, limit: 10, only_local: false }).messages as TdObject[]).length, 0);
    assert.equal(call(b, { _: 'searchPublicChat', username: 'doomed_one' }).message, 'USERNAME_NOT_OCCUPIED');
  } finally {
    await done();
  }
});

test('reportChannelSpam: an administrator reports a member\'s messages; reportChat takes channels', async () => {
  const { a, b, d, bid, did, done } = quad();
  try {
    const sg = supergroup(a);
    ok(a, { _: 'reportChat', chat_id: sg.id, reason: { _: 'chatReportReasonOther', text: 'test' } });
    ok(a, { _: 'addChatMembers', chat_id: sg.id, user_ids: [bid, did] });
    const spam = ok(b, text(sg.id as number, 'cheap pills'));
    const mine = ok(a, text(sg.id as number, 'rules'));
    assert.match(call(d, { _: 'reportChannelSpam', channel_id: channelId(sg), user_id: bid, message_ids: [spam.id] }).message as string, /^Not enough rights/);
    assert.match(call(a, { _: 'reportChannelSpam', channel_id: channelId(sg), user_id: bid, message_ids: [mine.id] }).message as string, /was not sent by user/);
    assert.equal(call(a, { _: 'reportChannelSpam', channel_id: channelId(sg), user_id: bid, message_ids: [9999] }).message, 'Message not found');
    ok(a, { _: 'reportChannelSpam', channel_id: channelId(sg), user_id: bid, message_ids: [spam.id] });
    const bc = ok(a, { _: 'createNewChannelChat', title: 'News', is_supergroup: false, description: '' });
    assert.match(call(a, { _: 'reportChannelSpam', channel_id: channelId(bc), user_id: bid, message_ids: [1] }).message as string, /supergroups only/);
  } finally {
    await done();
  }
});

test('channels count as shared chats (getCommonChats, getUserFull) and public ones are found by prefix (searchPublicChats)', async () => {
  const { a, b, aid, bid, done } = quad();
  try {
    const chat = supergroup(a, 'Shared');
    ok(a, { _: 'addChatMembers', chat_id: chat.id, user_ids: [bid] });
    assert.deepEqual(ok(a, { _: 'getCommonChats', user_id: bid, offset_chat_id: 0, limit: 10 }).chat_ids, [chat.id]);
    assert.equal(ok(b, { _: 'getUserFull', user_id: aid }).common_chat_count, 1);
    ok(a, { _: 'changeChannelUsername', channel_id: channelId(chat), username: 'shared_place' });
    assert.deepEqual(ok(b, { _: 'searchPublicChats', username_prefix: 'shared_' }).chat_ids, [chat.id]);
    assert.deepEqual(ok(b, { _: 'searchPublicChats', username_prefix: 'nothing' }).chat_ids, []);
  } finally {
    await done();
  }
});

test('a restricted member may not send an inline result without can_send_other_messages, nor /start a bot without can_send_messages', async () => {
  const net = createMemoryNetwork();
  const created = createBot(net, 'Inline');
  const owner = openEmbeddedCore({ network: net, session: 'owner' });
  const user = openEmbeddedCore({ network: net, session: 'user' });
  const bot = openEmbeddedCore({ network: net, session: 'bot', botTimeoutMs: 3000 });
  try {
    login(owner, '9996610001', 'Ann');
    const uid = login(user, '9996620002', 'Ben');
    ok(bot, { _: 'checkAuthBotToken', token: created.token });
    const bb = new Updates(bot);
    const chat = supergroup(owner);
    const id = chat.id as number;
    ok(owner, { _: 'addChatMembers', chat_id: id, user_ids: [uid, created.user_id] });
    ok(owner, { _: 'changeChatMemberStatus', chat_id: id, user_id: uid, status: restricted({ can_send_messages: true, can_send_media_messages: true }) });
    const asked = user.invoke({ _: 'getInlineQueryResults', bot_user_id: created.user_id, chat_id: id, user_location: null, query: 'x', offset: '' });
    const q = await bb.waitFor((u) => u._ === 'updateNewInlineQuery', 3000, 'the inline query');
    const article = { _: 'inputInlineQueryResultArticle', id: 'a1', url: '', hide_url: true, title: 'A', description: '', thumb_url: '', thumb_width: 0, thumb_height: 0, reply_markup: null, input_message_content: { _: 'inputMessageText', text: 'via bot' } };
    ok(bot, { _: 'answerInlineQuery', inline_query_id: q.id, is_personal: false, results: [article], cache_time: 0, next_offset: '', switch_pm_text: '', switch_pm_parameter: '' });
    const r = await asked;
    const send = (): TdObject => call(user, { _: 'sendInlineQueryResultMessage', chat_id: id, reply_to_message_id: 0, disable_notification: false, from_background: false, query_id: r.inline_query_id, result_id: 'a1' });
    assert.equal(send().message, 'Have no rights to send a message (can_send_other_messages is off)');
    assert.equal(ok(user, { _: 'sendBotStartMessage', bot_user_id: created.user_id, chat_id: id, parameter: '' })._, 'message');
    ok(owner, { _: 'changeChatMemberStatus', chat_id: id, user_id: uid, status: restricted({}) });
    assert.equal(call(user, { _: 'sendBotStartMessage', bot_user_id: created.user_id, chat_id: id, parameter: '' }).message, 'Have no rights to send a message (can_send_messages is off)');
  } finally {
    for (const c of [owner, user, bot]) await c.close();
    net.close();
  }
});
