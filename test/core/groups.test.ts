/** Basic groups: group objects, member statuses with rights enforced, the administrators toggle, invite links. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Client, TdObject } from '../../src/core/client.js';
import { Updates, call, ok, text, trio } from './helpers.js';

const status = (c: Client, chat: number, user: number): string => ((ok(c, { _: 'getChatMember', chat_id: chat, user_id: user }).status as TdObject)._);
const change = (c: Client, chat: number, user: number, s: TdObject): TdObject => call(c, { _: 'changeChatMemberStatus', chat_id: chat, user_id: user, status: s });

test('basic group: getGroup/getGroupFull, promote, kick, ban, add back, leave, with rights enforced', async () => {
  const { a, b, d, aid, bid, did, done } = trio();
  try {
    const ub = new Updates(b);
    const chat = ok(a, { _: 'createNewGroupChat', user_ids: [bid, did], title: 'Club' });
    const gid = (chat.type as TdObject).group_id as number;
    const g = ok(a, { _: 'getGroup', group_id: gid });
    assert.equal(g.member_count, 3);
    assert.equal((g.status as TdObject)._, 'chatMemberStatusCreator');
    assert.equal(g.everyone_is_administrator, true);
    const full = ok(b, { _: 'getGroupFull', group_id: gid });
    assert.equal(full.creator_user_id, aid);
    assert.deepEqual((full.members as TdObject[]).map((m) => m.user_id).sort(), [aid, bid, did].sort());
    assert.equal(ok(a, { _: 'createGroupChat', group_id: gid }).id, chat.id);
    // while everyone is an administrator, a member may remove another member (and add them back)
    assert.equal(change(b, chat.id as number, did, { _: 'chatMemberStatusLeft' })._, 'ok');
    assert.equal(status(a, chat.id as number, did), 'chatMemberStatusLeft');
    assert.equal(change(b, chat.id as number, did, { _: 'chatMemberStatusMember' })._, 'ok');
    // only the creator switches "everyone is an administrator" off; then members have no rights
    assert.equal(call(b, { _: 'toggleGroupAdministrators', group_id: gid, everyone_is_administrator: false }).message, 'Not enough rights');
    ok(a, { _: 'toggleGroupAdministrators', group_id: gid, everyone_is_administrator: false });
    const upd = await ub.waitFor((u) => u._ === 'updateGroup' && (u.group as TdObject).everyone_is_administrator === false);
    assert.equal(((upd.group as TdObject).status as TdObject)._, 'chatMemberStatusMember');
    assert.equal(upd.group && (upd.group as TdObject).member_count, 3);
    assert.equal(status(b, chat.id as number, bid), 'chatMemberStatusMember');
    assert.equal(change(b, chat.id as number, did, { _: 'chatMemberStatusLeft' }).message, 'Not enough rights', 'a member cannot kick');
    assert.equal(change(b, chat.id as number, did, { _: 'chatMemberStatusAdministrator' }).message, 'Not enough rights', 'only the creator promotes');
    assert.equal(change(b, chat.id as number, aid, { _: 'chatMemberStatusLeft' }).message, "Can't change the status of the chat creator");
    assert.match(change(a, chat.id as number, did, { _: 'chatMemberStatusRestricted', is_member: true }).message as string, /basic group/);
    assert.equal(call(a, { _: 'changeChatMemberStatus', chat_id: chat.id, user_id: did }).message, "Required: 'status'");
    // promote Ben; as administrator he may kick Dee but not demote or kick another administrator
    assert.equal(change(a, chat.id as number, bid, { _: 'chatMemberStatusAdministrator' })._, 'ok');
    assert.equal(status(a, chat.id as number, bid), 'chatMemberStatusAdministrator');
    assert.equal(change(b, chat.id as number, did, { _: 'chatMemberStatusBanned' })._, 'ok');
    assert.equal(status(a, chat.id as number, did), 'chatMemberStatusBanned');
    assert.equal(call(d, text(chat.id as number, 'still here?')).message, 'Have no write access to the chat');
    const kicked = await ub.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageChatDeleteMember');
    assert.equal(((kicked.message as TdObject).content as TdObject).user_id, did);
    assert.equal(ok(a, { _: 'getGroup', group_id: gid }).member_count, 2);
    // back in through an added member
    assert.equal(change(b, chat.id as number, did, { _: 'chatMemberStatusMember' })._, 'ok');
    assert.equal(status(a, chat.id as number, did), 'chatMemberStatusMember');
    assert.equal(ok(d, text(chat.id as number, 'back'))._, 'message');
    // demote, then leave by oneself
    assert.equal(change(a, chat.id as number, bid, { _: 'chatMemberStatusMember' })._, 'ok');
    assert.equal(status(a, chat.id as number, bid), 'chatMemberStatusMember');
    assert.equal(change(d, chat.id as number, did, { _: 'chatMemberStatusLeft' })._, 'ok');
    assert.equal(status(a, chat.id as number, did), 'chatMemberStatusLeft');
    assert.equal(ok(a, { _: 'getGroup', group_id: gid }).member_count, 2);
    assert.equal(call(d, { _: 'getGroup', group_id: 999 }).message, 'Group not found');
  } finally {
    await done();
  }
});

test('invite links: export (managers only, a new link replaces the old), check, import; banned users stay out', async () => {
  const { a, b, d, bid, did, done } = trio();
  try {
    const chat = ok(a, { _: 'createNewGroupChat', user_ids: [bid], title: 'Inv' });
    ok(a, { _: 'toggleGroupAdministrators', group_id: (chat.type as TdObject).group_id, everyone_is_administrator: false });
    assert.equal(call(b, { _: 'exportChatInviteLink', chat_id: chat.id }).message, 'Not enough rights');
    const first = ok(a, { _: 'exportChatInviteLink', chat_id: chat.id }).invite_link as string;
    const link = ok(a, { _: 'exportChatInviteLink', chat_id: chat.id }).invite_link as string;
    assert.match(link, /^https:\/\/t\.me\/joinchat\/[A-Za-z0-9_-]+$/);
    assert.notEqual(first, link);
    assert.equal(call(d, { _: 'checkChatInviteLink', invite_link: first }).message, 'INVITE_HASH_INVALID', 'the old link stopped working');
    const info = ok(d, { _: 'checkChatInviteLink', invite_link: link });
    assert.equal(info.title, 'Inv');
    assert.equal(info.member_count, 2);
    assert.equal(info.chat_id, 0, 'not a member yet');
    assert.equal(info.is_group, true);
    ok(d, { _: 'importChatInviteLink', invite_link: link });
    assert.equal(call(d, { _: 'importChatInviteLink', invite_link: link }).message, 'USER_ALREADY_PARTICIPANT');
    assert.equal(ok(d, { _: 'checkChatInviteLink', invite_link: link }).chat_id, chat.id);
    const joined = ok(a, { _: 'getChatHistory', chat_id: chat.id, from_message_id: 0, offset: 0, limit: 1 });
    assert.equal((((joined.messages as TdObject[])[0]).content as TdObject)._, 'messageChatJoinByLink');
    assert.equal(change(a, chat.id as number, did, { _: 'chatMemberStatusBanned' })._, 'ok');
    assert.equal(call(d, { _: 'importChatInviteLink', invite_link: link }).message, 'USER_BANNED_IN_CHANNEL');
    assert.equal(call(d, { _: 'importChatInviteLink', invite_link: 'https://t.me/joinchat/nope' }).message, 'INVITE_HASH_INVALID');
  } finally {
    await done();
  }
});
