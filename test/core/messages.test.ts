import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bulkFillChat, createBot, createMemoryNetwork, openEmbeddedCore, type EmbeddedNetwork } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { call, login, ok, settle, text, Updates } from './helpers.js';

function pair(): { a: Client; b: Client; aid: number; bid: number; net: EmbeddedNetwork; done: () => Promise<void> } {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  const aid = login(a, '9996610001', 'Alice');
  const bid = login(b, '9996620002', 'Bob');
  return {
    a,
    b,
    aid,
    bid,
    net,
    done: async () => {
      await a.close();
      await b.close();
      net.close();
    },
  };
}

const ids = (r: TdObject): number[] => (r.messages as TdObject[]).map((m) => m.id as number);
const history = (c: Client, chat: number, from: number, offset: number, limit: number): TdObject =>
  call(c, { _: 'getChatHistory', chat_id: chat, from_message_id: from, offset, limit });

test('two sessions message each other: updates, chat ids relative to the viewer, unread counts, read receipts', async () => {
  const { a, b, aid, bid, done } = pair();
  const ub = new Updates(b);
  const ua = new Updates(a);
  assert.equal(call(a, text(bid, 'hi')).message, 'Chat not found', 'no chat before createPrivateChat');
  ok(a, { _: 'createPrivateChat', user_id: bid });
  const sent = ok(a, text(bid, 'Hello Bob, see https://example.org'));
  assert.equal(sent.chat_id, bid);
  assert.equal((sent.send_state as TdObject)._, 'messageIsSuccessfullySent');
  const nu = await ub.waitFor((u) => u._ === 'updateNewMessage');
  const got = nu.message as TdObject;
  assert.equal(got.chat_id, aid);
  assert.equal(got.sender_user_id, aid);
  assert.equal((got.send_state as TdObject)._, 'messageIsIncoming');
  const content = got.content as TdObject;
  assert.equal(content.text, 'Hello Bob, see https://example.org');
  assert.ok((content.entities as TdObject[]).some((e) => (e.type as TdObject)._ === 'textEntityTypeUrl'), 'links are found');
  const idxChat = ub.list.findIndex((u) => u._ === 'updateChat');
  assert.ok(idxChat >= 0 && idxChat < ub.list.indexOf(nu), 'updateChat comes before the first message of a new chat');
  ok(a, text(bid, 'second'));
  ok(a, text(bid, 'third'));
  const chat = ok(b, { _: 'getChat', chat_id: aid });
  assert.equal(chat.unread_count, 3);
  assert.equal(chat.title, 'Alice');
  assert.equal((chat.top_message as TdObject).id, 3);
  ok(b, { _: 'viewMessages', chat_id: aid, message_ids: [1, 2] });
  assert.equal(ok(b, { _: 'getChat', chat_id: aid }).unread_count, 1);
  const inbox = await ub.waitFor((u) => u._ === 'updateChatReadInbox');
  assert.deepEqual(inbox, { _: 'updateChatReadInbox', chat_id: aid, last_read_inbox_message_id: 2, unread_count: 1 });
  const outbox = await ua.waitFor((u) => u._ === 'updateChatReadOutbox');
  assert.deepEqual(outbox, { _: 'updateChatReadOutbox', chat_id: bid, last_read_outbox_message_id: 2 });
  assert.equal(ok(a, { _: 'getChat', chat_id: bid }).last_read_outbox_message_id, 2);
  // B answers; order of updates on A's side is the order of the sends
  ok(b, text(aid, 'one'));
  ok(b, text(aid, 'two'));
  await ua.waitFor((u) => u._ === 'updateNewMessage' && (u.message as TdObject).id === 5);
  const texts = ua.list.filter((u) => u._ === 'updateNewMessage').map((u) => ((u.message as TdObject).content as TdObject).text);
  assert.deepEqual(texts, ['Hello Bob, see https://example.org', 'second', 'third', 'one', 'two']);
  await done();
});

test('getChatHistory: newest first, from_message_id inclusive, negative offset for newer messages, parameter checks', async () => {
  const { a, bid, done } = pair();
  ok(a, { _: 'createPrivateChat', user_id: bid });
  for (let i = 1; i <= 30; i++) ok(a, text(bid, `m${i}`));
  assert.deepEqual(ids(history(a, bid, 0, 0, 5)), [30, 29, 28, 27, 26]);
  assert.deepEqual(ids(history(a, bid, 10, 0, 3)), [10, 9, 8]);
  assert.deepEqual(ids(history(a, bid, 10, -2, 5)), [12, 11, 10, 9, 8]);
  assert.deepEqual(ids(history(a, bid, 29, -5, 6)), [30, 29, 28, 27, 26, 25]);
  assert.deepEqual(ids(history(a, bid, 2, 0, 10)), [2, 1]);
  assert.equal(history(a, bid, 0, 0, 0).message, 'Parameter limit must be positive');
  assert.equal(history(a, bid, 0, 1, 5).code, 400);
  assert.equal(history(a, bid, 0, -5, 5).code, 400);
  assert.equal(history(a, 424242, 0, 0, 5).message, 'Chat not found');
  // walking the whole chat page by page gives every message once
  const seen: number[] = [];
  let from = 0;
  for (let guard = 0; guard < 20; guard++) {
    const page = ids(history(a, bid, from, 0, 7)).filter((id) => id !== from);
    if (page.length === 0) break;
    seen.push(...page);
    from = page[page.length - 1];
  }
  assert.deepEqual(seen, Array.from({ length: 30 }, (_, i) => 30 - i));
  // bulk fill (bench helper) keeps paging right
  const last = bulkFillChat(a, bid, 500);
  assert.equal(last, 530);
  assert.deepEqual(ids(history(a, bid, 0, 0, 3)), [530, 529, 528]);
  assert.deepEqual(ids(history(a, bid, 31, -1, 3)), [32, 31, 30]);
  await done();
});

test('edit only your own messages; deleteMessages for self or for everyone; forward; search', async () => {
  const { a, b, aid, bid, done } = pair();
  const ub = new Updates(b);
  ok(a, { _: 'createPrivateChat', user_id: bid });
  const m1 = ok(a, text(bid, 'Quarterly REPORT draft'));
  ok(a, text(bid, 'lunch?'));
  ok(b, text(aid, 'the report is late'));
  const edit = (c: Client, chat: number, id: number, t: string): TdObject =>
    call(c, { _: 'editMessageText', chat_id: chat, message_id: id, reply_markup: null, input_message_content: { _: 'inputMessageText', text: t, disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null } });
  assert.deepEqual(edit(b, aid, 1, 'hacked'), { _: 'error', code: 400, message: 'MESSAGE_AUTHOR_REQUIRED' });
  assert.equal(((ok(b, { _: 'getMessage', chat_id: aid, message_id: 1 }).content as TdObject).text), 'Quarterly REPORT draft', 'nothing changed');
  assert.equal(edit(a, bid, 99, 'x').message, 'Message not found');
  const edited = edit(a, bid, m1.id as number, 'Quarterly report final');
  assert.ok((edited.edit_date as number) > 0);
  const uc = await ub.waitFor((u) => u._ === 'updateMessageContent');
  assert.equal((uc.new_content as TdObject).text, 'Quarterly report final');
  await ub.waitFor((u) => u._ === 'updateMessageEdited');

  const found = ok(b, { _: 'searchChatMessages', chat_id: aid, query: 'REPORT', sender_user_id: 0, from_message_id: 0, offset: 0, limit: 10, filter: null });
  assert.deepEqual(ids(found), [3, 1]);
  const bySender = ok(b, { _: 'searchChatMessages', chat_id: aid, query: 'report', sender_user_id: aid, from_message_id: 0, offset: 0, limit: 10, filter: null });
  assert.deepEqual(ids(bySender), [1]);
  const global = ok(b, { _: 'searchMessages', query: 'rEpOrT', offset_date: 0, offset_chat_id: 0, offset_message_id: 0, limit: 10 });
  assert.deepEqual(ids(global).sort(), [1, 3]);

  // forward A's message into B's saved messages (chat with self)
  ok(b, { _: 'createPrivateChat', user_id: bid });
  const fw = ok(b, { _: 'forwardMessages', chat_id: bid, from_chat_id: aid, message_ids: [1], disable_notification: false, from_background: false });
  const fm = (fw.messages as TdObject[])[0];
  assert.deepEqual((fm.forward_info as TdObject)._, 'messageForwardedFromUser');
  assert.equal((fm.forward_info as TdObject).sender_user_id, aid);
  assert.equal(call(b, { _: 'forwardMessages', chat_id: bid, from_chat_id: aid, message_ids: [1, 77], disable_notification: false, from_background: false }).message, 'Message not found');
  assert.equal(ids(history(b, bid, 0, 0, 10)).length, 1, 'a failed forward adds nothing');

  // delete for self: B no longer sees message 2, A still does
  ok(b, { _: 'deleteMessages', chat_id: aid, message_ids: [2], revoke: false });
  assert.equal(call(b, { _: 'getMessage', chat_id: aid, message_id: 2 }).message, 'Message not found');
  ok(a, { _: 'getMessage', chat_id: bid, message_id: 2 });
  // delete for everyone
  ok(a, { _: 'deleteMessages', chat_id: bid, message_ids: [1], revoke: true });
  assert.equal(call(a, { _: 'getMessage', chat_id: bid, message_id: 1 }).message, 'Message not found');
  const del = await ub.waitFor((u) => u._ === 'updateDeleteMessages' && (u.message_ids as number[]).includes(1));
  assert.deepEqual(del, { _: 'updateDeleteMessages', chat_id: aid, message_ids: [1] });
  assert.equal(call(b, { _: 'getMessage', chat_id: aid, message_id: 1 }).message, 'Message not found');
  assert.equal(call(a, { _: 'deleteMessages', chat_id: bid, message_ids: [3, 555], revoke: true }).message, 'Message not found');
  ok(a, { _: 'getMessage', chat_id: bid, message_id: 3 });
  const msgs = ok(a, { _: 'getMessages', chat_id: bid, message_ids: [1, 3] });
  assert.equal((msgs.messages as unknown[])[0], null);
  await done();
});

test('parse modes and text entities go through the text module', async () => {
  const { a, bid, done } = pair();
  ok(a, { _: 'createPrivateChat', user_id: bid });
  const m = ok(a, {
    ...text(bid, ''),
    input_message_content: { _: 'inputMessageText', text: '<b>bold</b> and #tag', disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: { _: 'textParseModeHTML' } },
  });
  const content = m.content as TdObject;
  assert.equal(content.text, 'bold and #tag');
  const kinds = (content.entities as TdObject[]).map((e) => (e.type as TdObject)._);
  assert.deepEqual(kinds, ['textEntityTypeBold', 'textEntityTypeHashtag']);
  assert.deepEqual(call(a, text(bid, '   ')), { _: 'error', code: 400, message: 'Message must be non-empty' });
  assert.equal(call(a, text(bid, 'x'.repeat(4097))).message, 'Message is too long');
  const given = (entities: unknown[]): TdObject =>
    call(a, { ...text(bid, ''), input_message_content: { _: 'inputMessageText', text: 'hello world', disable_web_page_preview: false, clear_draft: false, entities, parse_mode: null } });
  const bold = given([{ _: 'textEntity', offset: 6, length: 5, type: { _: 'textEntityTypeBold' } }]);
  assert.deepEqual((bold.content as TdObject).entities, [{ _: 'textEntity', offset: 6, length: 5, type: { _: 'textEntityTypeBold' } }]);
  const outside = given([{ _: 'textEntity', offset: 6, length: 50, type: { _: 'textEntityTypeBold' } }]);
  assert.equal(outside.code, 400);
  assert.match(String(outside.message), /end of the text/);
  assert.equal(call(a, { ...text(bid, ''), input_message_content: { _: 'inputMessageText', text: '<b>open', disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: { _: 'textParseModeHTML' } } }).code, 400);
  const ents = ok(a, { _: 'getTextEntities', text: 'ping @someone at /start' });
  assert.deepEqual((ents.entities as TdObject[]).map((e) => [e.offset, e.length]), [[5, 8], [17, 6]]);
  await done();
});

test('chat list: getChats by last activity with offset_order/offset_chat_id paging; groups, titles, members', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  const c = openEmbeddedCore({ network: net, session: 'c' });
  login(a, '9996630001', 'Ann');
  const bid = login(b, '9996630002', 'Ben');
  const cid = login(c, '9996630003', 'Cid');
  const ub = new Updates(b);
  ok(a, { _: 'createPrivateChat', user_id: bid });
  assert.deepEqual(ok(a, { _: 'getChats', offset_order: '9223372036854775807', offset_chat_id: 0, limit: 10 }).chat_ids, [], 'an empty private chat is not listed');
  assert.equal(call(a, { _: 'createNewGroupChat', user_ids: [bid], title: '  ' }).message, 'CHAT_TITLE_EMPTY');
  const g = ok(a, { _: 'createNewGroupChat', user_ids: [bid, cid], title: 'Team' });
  assert.ok((g.id as number) < 0);
  assert.equal((g.type as TdObject)._, 'chatTypeGroup');
  ok(a, text(bid, 'psst'));
  const created = ok(a, { _: 'createPrivateChat', user_id: cid });
  ok(a, text(created.id as number, 'hey cid'));
  const all = ok(a, { _: 'getChats', offset_order: '9223372036854775807', offset_chat_id: 0, limit: 10 }).chat_ids as number[];
  assert.deepEqual(all, [cid, bid, g.id]);
  const first = ok(a, { _: 'getChats', offset_order: '9223372036854775807', offset_chat_id: 0, limit: 2 }).chat_ids as number[];
  const lastChat = ok(a, { _: 'getChat', chat_id: first[1] });
  const rest = ok(a, { _: 'getChats', offset_order: lastChat.order, offset_chat_id: lastChat.id, limit: 2 }).chat_ids;
  assert.deepEqual([...first, ...(rest as number[])], all);
  // activity moves a chat to the top
  ok(a, text(g.id as number, 'meeting at 3'));
  assert.equal((ok(a, { _: 'getChats', offset_order: '9223372036854775807', offset_chat_id: 0, limit: 1 }).chat_ids as number[])[0], g.id);
  // members and titles
  assert.equal((ok(b, { _: 'getChatMember', chat_id: g.id, user_id: bid }).status as TdObject)._, 'chatMemberStatusMember');
  assert.equal((ok(b, { _: 'getChatMember', chat_id: g.id, user_id: ok(a, { _: 'getMe' }).id }).status as TdObject)._, 'chatMemberStatusCreator');
  assert.equal(call(a, { _: 'addChatMember', chat_id: g.id, user_id: bid, forward_limit: 0 }).message, 'USER_ALREADY_PARTICIPANT');
  ok(b, { _: 'changeChatTitle', chat_id: g.id, title: 'Team 2' });
  const t = await ub.waitFor((u) => u._ === 'updateChatTitle');
  assert.deepEqual(t, { _: 'updateChatTitle', chat_id: g.id, title: 'Team 2' });
  assert.equal(ok(c, { _: 'getChat', chat_id: g.id }).title, 'Team 2');
  assert.deepEqual(ok(a, { _: 'searchChats', query: 'team', limit: 10 }).chat_ids, [g.id]);
  // a user outside the group can't see it
  const d = openEmbeddedCore({ network: net, session: 'd' });
  login(d, '9996630004', 'Dee');
  assert.equal(call(d, text(g.id as number, 'let me in')).message, 'Chat not found');
  for (const x of [a, b, c, d]) await x.close();
  net.close();
});

test('users: usernames (format, uniqueness, case), searchPublicChat, names, contacts, blocks', async () => {
  const { a, b, aid, bid, net, done } = pair();
  const ub = new Updates(b);
  for (const bad of ['abc', '1abcde', 'has space', 'a'.repeat(33), 'bad-dash']) {
    assert.equal(call(a, { _: 'changeUsername', username: bad }).message, 'USERNAME_INVALID', bad);
  }
  ok(a, { _: 'changeUsername', username: 'alice_w' });
  assert.equal(call(b, { _: 'changeUsername', username: 'ALICE_W' }).message, 'USERNAME_OCCUPIED');
  const chat = ok(b, { _: 'searchPublicChat', username: '@Alice_W' });
  assert.equal(chat.id, aid);
  assert.equal(call(b, { _: 'searchPublicChat', username: 'nobody_here' }).message, 'USERNAME_NOT_OCCUPIED');
  ok(b, text(aid, 'hi alice'));
  ok(a, { _: 'changeName', first_name: 'Alicia', last_name: 'W' });
  const uu = await ub.waitFor((u) => u._ === 'updateUser' && (u.user as TdObject).first_name === 'Alicia');
  assert.equal((uu.user as TdObject).phone_number, '', 'a stranger does not see the phone number');
  assert.equal(call(a, { _: 'changeName', first_name: '', last_name: '' }).message, 'FIRST_NAME_INVALID');
  // contacts
  const imp = ok(b, { _: 'importContacts', contacts: [{ _: 'contact', phone_number: '+999 661 0001', first_name: 'Al', last_name: '', user_id: 0 }, { _: 'contact', phone_number: '123456789', first_name: 'Nobody', last_name: '', user_id: 0 }] });
  assert.deepEqual(imp.user_ids, [aid, 0]);
  assert.equal(ok(b, { _: 'getUser', user_id: aid }).phone_number, '9996610001');
  assert.deepEqual(ok(b, { _: 'searchContacts', query: 'alic', limit: 5 }).user_ids, [aid]);
  ok(b, { _: 'deleteContacts', user_ids: [aid] });
  assert.deepEqual(ok(b, { _: 'searchContacts', query: '', limit: 5 }).user_ids, []);
  // blocks: a blocked user's messages do not reach the blocker
  ok(a, { _: 'blockUser', user_id: bid });
  assert.equal(ok(a, { _: 'getUserFull', user_id: bid }).is_blocked, true);
  assert.deepEqual(ok(a, { _: 'getBlockedUsers', offset: 0, limit: 10 }).user_ids, [bid]);
  const before = ok(a, { _: 'getChat', chat_id: bid }).unread_count;
  ok(b, text(aid, 'can you hear me'));
  assert.equal(ok(a, { _: 'getChat', chat_id: bid }).unread_count, before);
  ok(a, { _: 'unblockUser', user_id: bid });
  assert.deepEqual(ok(a, { _: 'getBlockedUsers', offset: 0, limit: 10 }).user_ids, []);
  assert.equal(call(a, { _: 'getUser', user_id: 5 }).message, 'User not found');
  // a number from the address book that registers later announces itself
  ok(a, { _: 'importContacts', contacts: [{ _: 'contact', phone_number: '9996690009', first_name: 'Newbie', last_name: '', user_id: 0 }] });
  const ua = new Updates(a);
  const n = openEmbeddedCore({ network: net, session: 'newbie' });
  const nid = login(n, '9996690009', 'Newbie');
  const joined = await ua.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageContactRegistered');
  assert.equal((joined.message as TdObject).chat_id, nid);
  await n.close();
  await settle();
  await done();
});

test('searchMessages pages across chats by (date, chat, id); deleting unread messages lowers the unread count', async () => {
  let now = 1_700_000_000_000;
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a', clock: () => now });
  const b = openEmbeddedCore({ network: net, session: 'b', clock: () => now });
  const c = openEmbeddedCore({ network: net, session: 'c', clock: () => now });
  const aid = login(a, '9996640001', 'Ann');
  const bid = login(b, '9996640002', 'Ben');
  const cid = login(c, '9996640003', 'Cat');
  ok(b, { _: 'createPrivateChat', user_id: aid });
  ok(c, { _: 'createPrivateChat', user_id: aid });
  for (let i = 0; i < 6; i++) {
    now += 1000;
    ok(i % 2 === 0 ? b : c, text(aid, `needle ${i}`));
    ok(b, text(aid, 'hay'));
  }
  const seen: string[] = [];
  let cursor = { offset_date: 0, offset_chat_id: 0, offset_message_id: 0 };
  for (let guard = 0; guard < 10; guard++) {
    const r = ok(a, { _: 'searchMessages', query: 'NEEDLE', ...cursor, limit: 4 });
    const list = r.messages as TdObject[];
    if (list.length === 0) break;
    seen.push(...list.map((m) => String((m.content as TdObject).text)));
    const last = list[list.length - 1];
    cursor = { offset_date: last.date as number, offset_chat_id: last.chat_id as number, offset_message_id: last.id as number };
  }
  assert.deepEqual(seen, ['needle 5', 'needle 4', 'needle 3', 'needle 2', 'needle 1', 'needle 0']);
  assert.equal(ok(a, { _: 'getChat', chat_id: bid }).unread_count, 9);
  const ua = new Updates(a);
  ok(b, { _: 'deleteMessages', chat_id: aid, message_ids: [1, 2], revoke: true });
  assert.equal(ok(a, { _: 'getChat', chat_id: bid }).unread_count, 7);
  const ri = await ua.waitFor((u) => u._ === 'updateChatReadInbox');
  assert.equal(ri.unread_count, 7);
  assert.equal(ok(a, { _: 'getChat', chat_id: cid }).unread_count, 3);
  for (const x of [a, b, c]) await x.close();
  net.close();
});

test('updateNewMessage is the message as it was sent, as each member sees it: group creator rights, forward info, a bot\'s keyboard', async () => {
  const { a, b, aid, bid, net, done } = pair();
  const bot = createBot(net, 'Keys');
  const k = openEmbeddedCore({ network: net, session: 'k' });
  try {
    ok(k, { _: 'checkAuthBotToken', token: bot.token });
    const ua = new Updates(a);
    const ub = new Updates(b);
    const g = ok(a, { _: 'createNewGroupChat', user_ids: [bid, bot.user_id], title: 'Keys' });
    const markup = {
      _: 'replyMarkupInlineKeyboard',
      rows: [[{ _: 'inlineKeyboardButton', text: 'Go', type: { _: 'inlineKeyboardButtonTypeCallback', data: 'Zw==' } }]],
    };
    const sent = ok(k, { ...text(g.id as number, 'pick one'), reply_markup: markup });
    ok(b, { _: 'createPrivateChat', user_id: aid });
    ok(b, text(aid, 'to forward'));
    const fwd = ok(b, { _: 'forwardMessages', chat_id: g.id, from_chat_id: aid, message_ids: [1], disable_notification: true, from_background: false });
    const fwdId = ((fwd.messages as TdObject[])[0]).id as number;
    for (const [c, ups] of [[a, ua], [b, ub]] as const) {
      for (const id of [sent.id as number, fwdId]) {
        const u = await ups.waitFor((x) => x._ === 'updateNewMessage' && (x.message as TdObject).chat_id === g.id && (x.message as TdObject).id === id, 60_000, `message ${id}`);
        assert.deepEqual(u.message, ok(c, { _: 'getMessage', chat_id: g.id, message_id: id }), 'the update renders like getMessage');
        assert.equal(u.disable_notification, id === fwdId);
      }
    }
    const inA = ok(a, { _: 'getMessage', chat_id: g.id, message_id: fwdId });
    assert.equal(inA.can_be_deleted_for_everyone, true, 'the creator may delete anyone\'s message');
    assert.equal((inA.forward_info as TdObject).sender_user_id, bid);
    assert.deepEqual(ok(b, { _: 'getMessage', chat_id: g.id, message_id: sent.id as number }).reply_markup, markup);
    // an edit made before delivery does not change the updateNewMessage already queued
    const late = openEmbeddedCore({ network: net, session: 'b2' });
    try {
      login(late, '9996620002', 'Bob');
      const m = ok(a, text(g.id as number, 'first words'));
      ok(a, {
        _: 'editMessageText',
        chat_id: g.id,
        message_id: m.id,
        reply_markup: null,
        input_message_content: { _: 'inputMessageText', text: 'second words', disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null },
      });
      const ul = new Updates(late);
      const nu = await ul.waitFor((x) => x._ === 'updateNewMessage' && (x.message as TdObject).id === m.id, 60_000, 'the queued message');
      assert.equal(((nu.message as TdObject).content as TdObject).text, 'first words');
      const edited = await ul.waitFor((x) => x._ === 'updateMessageContent' && x.message_id === m.id, 60_000, 'the edit');
      assert.equal((edited.new_content as TdObject).text, 'second words');
      assert.ok(ul.list.indexOf(nu) < ul.list.indexOf(edited));
    } finally {
      await late.close();
    }
  } finally {
    await k.close();
    await done();
  }
});

test('an omitted object parameter arrives as null and the method decides: sendMessage and editMessageText need content', async () => {
  const { a, bid, done } = pair();
  ok(a, { _: 'createPrivateChat', user_id: bid });
  assert.deepEqual(call(a, { _: 'sendMessage', chat_id: bid }), { _: 'error', code: 400, message: "Required: 'input_message_content'" });
  const sent = ok(a, text(bid, 'x'));
  assert.deepEqual(call(a, { _: 'editMessageText', chat_id: bid, message_id: sent.id }), { _: 'error', code: 400, message: "Required: 'input_message_content'" });
  // reply_markup omitted is fine
  assert.equal(ok(a, { _: 'sendMessage', chat_id: bid, input_message_content: { _: 'inputMessageText', text: 'y' } })._, 'message');
  await done();
});
