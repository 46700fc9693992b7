/**
 * Chat extras: drafts, pinned chats and the chat order, top chats, recently found chats, recent
 * hashtags, chat actions, screenshot and TTL notices, call and secret-chat searches, the
 * report-spam offer and reports. Between accounts of one network and sessions of one account.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot, createMemoryNetwork, openEmbeddedCore, DB_FILE } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { call, login, ok, text, Updates } from './helpers.js';

function draft(textValue: string, reply = 0, extra: Record<string, unknown> = {}): TdObject {
  return { _: 'draftMessage', reply_to_message_id: reply, input_message_text: { _: 'inputMessageText', text: textValue, ...extra } };
}

/** Sends a text to a chat, opening the private chat first when `chatId` is a user. */
function say(c: Client, chatId: number, s: string): TdObject {
  if (chatId > 0) ok(c, { _: 'createPrivateChat', user_id: chatId });
  return ok(c, text(chatId, s));
}

/** The chat list, without the service notifications chat (777000) a second login opens. */
function chats(c: Client): number[] {
  return (ok(c, { _: 'getChats', offset_order: '9223372036854775807', offset_chat_id: 0, limit: 100 }).chat_ids as number[]).filter((id) => id !== 777000);
}

/** Three accounts on one memory network (Ann has two sessions); answers them and a cleanup. */
function trio(): { a: Client; a2: Client; b: Client; c: Client; aid: number; bid: number; cid: number; done: () => Promise<void> } {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const a2 = openEmbeddedCore({ network: net, session: 'a2' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  const c = openEmbeddedCore({ network: net, session: 'c' });
  const aid = login(a, '9996610001', 'Ann');
  assert.equal(login(a2, '9996610001', 'Ann'), aid);
  const bid = login(b, '9996620002', 'Ben');
  const cid = login(c, '9996630003', 'Cid');
  return {
    a,
    a2,
    b,
    c,
    aid,
    bid,
    cid,
    done: async () => {
      for (const x of [a, a2, b, c]) await x.close();
      net.close();
    },
  };
}

test('changeChatDraftMessage: the draft shows in the chat of every session, lifts the chat, and clear_draft clears it', async () => {
  const t = trio();
  try {
    ok(t.a, { _: 'createPrivateChat', user_id: t.bid });
    say(t.a, t.bid, 'hello Ben');
    say(t.a, t.cid, 'hello Cid');
    assert.deepEqual(chats(t.a), [t.cid, t.bid]);
    const u2 = new Updates(t.a2);
    ok(t.a, { _: 'changeChatDraftMessage', chat_id: t.bid, draft_message: draft('*soon*', 1, { parse_mode: { _: 'textParseModeMarkdown' } }) });
    const up = await u2.waitFor((u) => u._ === 'updateChatDraftMessage');
    assert.equal(up.chat_id, t.bid);
    const saved = ok(t.a2, { _: 'getChat', chat_id: t.bid }).draft_message as TdObject;
    assert.equal(saved.reply_to_message_id, 1);
    const input = saved.input_message_text as TdObject;
    assert.equal(input.text, 'soon');
    assert.deepEqual((input.entities as TdObject[]).map((e) => (e.type as TdObject)._), ['textEntityTypeBold']);
    assert.equal(up.order, ok(t.a2, { _: 'getChat', chat_id: t.bid }).order);
    assert.deepEqual(chats(t.a2), [t.bid, t.cid], 'a saved draft moves the chat up');
    assert.equal(ok(t.b, { _: 'getChat', chat_id: t.aid }).draft_message, null, 'the other side never sees it');
    assert.equal(call(t.a, { _: 'changeChatDraftMessage', chat_id: t.bid, draft_message: { _: 'draftMessage', reply_to_message_id: 0, input_message_text: { _: 'inputMessageContact', contact: null } } }).message, 'Input message content type must be InputMessageText');
    assert.equal(call(t.a, { _: 'changeChatDraftMessage', chat_id: 424242, draft_message: draft('x') }).message, 'Chat not found');
    // a reply to a message that does not exist is dropped
    ok(t.a, { _: 'changeChatDraftMessage', chat_id: t.cid, draft_message: draft('later', 999) });
    assert.equal((ok(t.a, { _: 'getChat', chat_id: t.cid }).draft_message as TdObject).reply_to_message_id, 0);
    // sending with clear_draft clears it and every session hears of it
    ok(t.a, { _: 'sendMessage', chat_id: t.bid, reply_to_message_id: 0, disable_notification: false, from_background: false, reply_markup: null, input_message_content: { _: 'inputMessageText', text: 'sent', clear_draft: true } });
    await u2.waitFor((u) => u._ === 'updateChatDraftMessage' && u.chat_id === t.bid && u.draft_message === null);
    assert.equal(ok(t.a2, { _: 'getChat', chat_id: t.bid }).draft_message, null);
    // a null draft or an empty text clears it as well
    ok(t.a, { _: 'changeChatDraftMessage', chat_id: t.cid, draft_message: draft('   ') });
    assert.equal(ok(t.a, { _: 'getChat', chat_id: t.cid }).draft_message, null);
    // deleteChatHistory out of the chat list takes a pinned chat with a draft out too
    ok(t.a, { _: 'changeChatDraftMessage', chat_id: t.cid, draft_message: draft('bye') });
    ok(t.a, { _: 'toggleChatIsPinned', chat_id: t.cid, is_pinned: true });
    assert.equal(chats(t.a)[0], t.cid);
    ok(t.a, { _: 'deleteChatHistory', chat_id: t.cid, remove_from_chat_list: true });
    const gone = ok(t.a2, { _: 'getChat', chat_id: t.cid });
    assert.deepEqual([gone.order, gone.is_pinned, gone.draft_message], ['0', false, null]);
    assert.deepEqual(chats(t.a2), [t.bid]);
    await u2.waitFor((u) => u._ === 'updateChatIsPinned' && u.chat_id === t.cid && u.is_pinned === false);
  } finally {
    await t.done();
  }
});

test('toggleChatIsPinned and setPinnedChats: pinned chats lead getChats in their order, up to pinned_chat_count_max', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const a2 = openEmbeddedCore({ network: net, session: 'a2' });
  try {
    login(a, '9996610001', 'Ann');
    login(a2, '9996610001', 'Ann');
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) {
      const other = openEmbeddedCore({ network: net, session: `o${i}` });
      ids.push(login(other, `999662000${i}`, `User${i}`));
      await other.close();
      say(a, ids[i], `hi ${i}`);
    }
    assert.deepEqual(chats(a), [...ids].reverse());
    assert.deepEqual(ok(a, { _: 'getOption', name: 'pinned_chat_count_max' }), { _: 'optionValueInteger', value: 5 });
    const u2 = new Updates(a2);
    ok(a, { _: 'toggleChatIsPinned', chat_id: ids[0], is_pinned: true });
    ok(a, { _: 'toggleChatIsPinned', chat_id: ids[1], is_pinned: true });
    const up = await u2.waitFor((u) => u._ === 'updateChatIsPinned' && u.chat_id === ids[1]);
    assert.equal(up.is_pinned, true);
    const chat1 = ok(a2, { _: 'getChat', chat_id: ids[1] });
    assert.equal(chat1.is_pinned, true);
    assert.equal(chat1.order, up.order);
    assert.deepEqual(chats(a2).slice(0, 3), [ids[1], ids[0], ids[6]], 'the latest pinned first, then the rest by activity');
    // a new message does not move an unpinned chat above the pinned ones
    say(a, ids[3], 'news');
    assert.deepEqual(chats(a).slice(0, 3), [ids[1], ids[0], ids[3]]);
    // paging through the list crosses from the pinned chats to the others
    const first = ok(a, { _: 'getChats', offset_order: '9223372036854775807', offset_chat_id: 0, limit: 2 }).chat_ids as number[];
    const last = ok(a, { _: 'getChat', chat_id: first[1] });
    assert.deepEqual(ok(a, { _: 'getChats', offset_order: last.order, offset_chat_id: last.id, limit: 1 }).chat_ids, [ids[3]]);
    ok(a, { _: 'setPinnedChats', chat_ids: [ids[4], ids[0], ids[2]] });
    assert.deepEqual(chats(a).slice(0, 4), [ids[4], ids[0], ids[2], ids[3]]);
    assert.equal(ok(a, { _: 'getChat', chat_id: ids[1] }).is_pinned, false, 'left out of the list: unpinned');
    await u2.waitFor((u) => u._ === 'updateChatIsPinned' && u.chat_id === ids[1] && u.is_pinned === false);
    await u2.waitFor((u) => u._ === 'updateChatOrder' && u.chat_id === ids[0]);
    assert.equal(call(a, { _: 'setPinnedChats', chat_ids: [ids[0], ids[0]] }).message, 'Duplicate chats in the list of pinned chats');
    assert.equal(call(a, { _: 'setPinnedChats', chat_ids: ids.slice(0, 6) }).message, 'Wrong number of pinned chats');
    ok(a, { _: 'setPinnedChats', chat_ids: ids.slice(0, 5) });
    assert.equal(call(a, { _: 'toggleChatIsPinned', chat_id: ids[6], is_pinned: true }).message, 'Maximum number of pinned chats exceeded');
    ok(a, { _: 'toggleChatIsPinned', chat_id: ids[0], is_pinned: false });
    ok(a, { _: 'toggleChatIsPinned', chat_id: ids[6], is_pinned: true });
    assert.deepEqual(chats(a), [ids[6], ids[1], ids[2], ids[3], ids[4], ids[5], ids[0]], 'an unpinned chat goes back to its place by activity');
    assert.equal(call(a, { _: 'toggleChatIsPinned', chat_id: 4242, is_pinned: true }).message, 'Chat not found');
  } finally {
    await a.close();
    await a2.close();
    net.close();
  }
});

test('getTopChats ranks chats by the messages the account sent there; deleteTopChat drops one until its next use', async () => {
  const net = createMemoryNetwork();
  const bot = createBot(net, 'Inl');
  const t = { a: openEmbeddedCore({ network: net, session: 'a' }), b: openEmbeddedCore({ network: net, session: 'b' }), c: openEmbeddedCore({ network: net, session: 'c' }) };
  const botClient = openEmbeddedCore({ network: net, session: 'bot' });
  try {
    const aid = login(t.a, '9996610001', 'Ann');
    const bid = login(t.b, '9996620002', 'Ben');
    const cid = login(t.c, '9996630003', 'Cid');
    ok(botClient, { _: 'checkAuthBotToken', token: bot.token });
    const top = (category: string): number[] => ok(t.a, { _: 'getTopChats', category: { _: category }, limit: 10 }).chat_ids as number[];
    assert.deepEqual(top('topChatCategoryUsers'), []);
    say(t.a, cid, 'one');
    for (let i = 0; i < 3; i++) say(t.a, bid, `b${i}`);
    for (let i = 0; i < 5; i++) say(t.c, aid, `from Cid ${i}`); // received messages are not the account's use
    const g = ok(t.a, { _: 'createNewGroupChat', user_ids: [bid], title: 'Team' });
    say(t.a, g.id as number, 'team');
    say(t.a, bot.user_id, '/start');
    assert.deepEqual(top('topChatCategoryUsers'), [bid, cid]);
    assert.deepEqual(top('topChatCategoryGroups'), [g.id]);
    assert.deepEqual(top('topChatCategoryBots'), [bot.user_id]);
    assert.deepEqual(top('topChatCategoryCalls'), []);
    assert.deepEqual(top('topChatCategoryChannels'), []);
    assert.deepEqual(ok(t.b, { _: 'getTopChats', category: { _: 'topChatCategoryUsers' }, limit: 10 }).chat_ids, [], 'Ben sent nothing');
    assert.deepEqual(ok(t.a, { _: 'getTopChats', category: { _: 'topChatCategoryUsers' }, limit: 1 }).chat_ids, [bid]);
    ok(t.a, { _: 'deleteTopChat', category: { _: 'topChatCategoryUsers' }, chat_id: bid });
    assert.deepEqual(top('topChatCategoryUsers'), [cid]);
    say(t.a, bid, 'back');
    assert.deepEqual(top('topChatCategoryUsers'), [cid, bid], 'counted again from its next use');
    say(t.a, bid, 'again');
    assert.deepEqual(top('topChatCategoryUsers'), [bid, cid]);
    // an inline bot counts by the messages sent through it, wherever they went
    const bb = new Updates(botClient);
    const asked = t.a.invoke({ _: 'getInlineQueryResults', bot_user_id: bot.user_id, chat_id: cid, user_location: null, query: 'q', offset: '' });
    const q = await bb.waitFor((u) => u._ === 'updateNewInlineQuery');
    const article = { _: 'inputInlineQueryResultArticle', id: 'r1', url: '', hide_url: true, title: 'R', description: '', thumb_url: '', thumb_width: 0, thumb_height: 0, reply_markup: null, input_message_content: { _: 'inputMessageText', text: 'result' } };
    ok(botClient, { _: 'answerInlineQuery', inline_query_id: q.id, is_personal: false, results: [article], cache_time: 0, next_offset: '', switch_pm_text: '', switch_pm_parameter: '' });
    const r = await asked;
    assert.deepEqual(top('topChatCategoryInlineBots'), []);
    ok(t.a, { _: 'sendInlineQueryResultMessage', chat_id: cid, reply_to_message_id: 0, disable_notification: false, from_background: false, query_id: r.inline_query_id, result_id: 'r1' });
    assert.deepEqual(top('topChatCategoryInlineBots'), [bot.user_id]);
    assert.equal(ok(t.a, { _: 'getChat', chat_id: bot.user_id }).id, bot.user_id);
    ok(t.a, { _: 'deleteTopChat', category: { _: 'topChatCategoryInlineBots' }, chat_id: bot.user_id });
    assert.deepEqual(top('topChatCategoryInlineBots'), []);
    assert.equal(call(t.a, { _: 'getTopChats', category: { _: 'topChatCategoryUsers' }, limit: 0 }).code, 400);
    assert.equal(call(t.a, { _: 'getTopChats', category: null, limit: 5 }).code, 400);
    assert.equal(call(t.a, { _: 'deleteTopChat', category: { _: 'topChatCategoryUsers' }, chat_id: 777 }).message, 'Chat not found');
  } finally {
    for (const x of [t.a, t.b, t.c, botClient]) await x.close();
    net.close();
  }
});

test('getTopChats: supergroups count with groups by the account\'s messages, broadcast channels by the posts it read', async () => {
  const t = trio();
  try {
    const top = (c: Client, category: string): number[] => ok(c, { _: 'getTopChats', category: { _: category }, limit: 10 }).chat_ids as number[];
    const club = ok(t.b, { _: 'createNewChannelChat', title: 'Club', is_supergroup: true, description: '' });
    const news = ok(t.b, { _: 'createNewChannelChat', title: 'News', is_supergroup: false, description: '' });
    const blog = ok(t.b, { _: 'createNewChannelChat', title: 'Blog', is_supergroup: false, description: '' });
    for (const ch of [club, news, blog]) ok(t.b, { _: 'addChatMembers', chat_id: ch.id, user_ids: [t.aid] });
    const posts = [1, 2, 3].map((i) => say(t.b, news.id as number, `news ${i}`).id as number);
    say(t.b, blog.id as number, 'blog 1');
    say(t.a, club.id as number, 'hello club');
    assert.deepEqual(top(t.a, 'topChatCategoryGroups'), [club.id]);
    assert.deepEqual(top(t.a, 'topChatCategoryChannels'), [], 'nothing read yet');
    ok(t.a, { _: 'viewMessages', chat_id: news.id, message_ids: posts });
    assert.deepEqual(top(t.a, 'topChatCategoryChannels'), [news.id]);
    assert.deepEqual(top(t.b, 'topChatCategoryChannels'), [news.id, blog.id], 'the author posted in both, more in News');
    // typing in a broadcast channel reaches nobody; in a supergroup, the members
    const ua = new Updates(t.a);
    ok(t.b, { _: 'sendChatAction', chat_id: news.id, action: { _: 'chatActionTyping' } });
    ok(t.b, { _: 'sendChatAction', chat_id: club.id, action: { _: 'chatActionTyping' } });
    const typing = await ua.waitFor((u) => u._ === 'updateUserChatAction');
    assert.equal(typing.chat_id, club.id);
    say(t.b, club.id as number, 'sync');
    await ua.waitFor((u) => u._ === 'updateNewMessage');
    assert.equal(ua.list.filter((u) => u._ === 'updateUserChatAction').length, 1);
  } finally {
    await t.done();
  }
});

test('recently found chats: added to the front, shown by searchChats with an empty query in every session, deleted one by one or all', async () => {
  const t = trio();
  try {
    ok(t.a, { _: 'createPrivateChat', user_id: t.bid });
    ok(t.a, { _: 'createPrivateChat', user_id: t.cid });
    const g = ok(t.a, { _: 'createNewGroupChat', user_ids: [t.bid], title: 'Team' });
    const recent = (c: Client): number[] => ok(c, { _: 'searchChats', query: '', limit: 10 }).chat_ids as number[];
    assert.deepEqual(recent(t.a), []);
    for (const id of [t.bid, g.id, t.cid, t.bid]) ok(t.a, { _: 'addRecentlyFoundChat', chat_id: id });
    assert.deepEqual(recent(t.a2), [t.bid, t.cid, g.id], 'the latest first, a chat only once');
    assert.deepEqual(ok(t.a, { _: 'searchChats', query: '', limit: 2 }).chat_ids, [t.bid, t.cid]);
    assert.deepEqual(ok(t.a, { _: 'searchChats', query: 'tea', limit: 10 }).chat_ids, [g.id], 'a query still searches titles');
    assert.deepEqual(recent(t.b), [], 'per account');
    ok(t.a, { _: 'deleteRecentlyFoundChat', chat_id: t.cid });
    assert.deepEqual(recent(t.a), [t.bid, g.id]);
    ok(t.a2, { _: 'deleteRecentlyFoundChats' });
    assert.deepEqual(recent(t.a), []);
    assert.equal(call(t.a, { _: 'addRecentlyFoundChat', chat_id: 31337 }).message, 'Chat not found');
  } finally {
    await t.done();
  }
});

test('searchHashtags lists the hashtags of the account\'s sent messages, last used first; deleteRecentHashtag forgets one', async () => {
  const t = trio();
  try {
    say(t.a, t.bid, 'learning #Lua with #luatd');
    say(t.a, t.bid, 'more #lua and #news');
    say(t.b, t.aid, 'mine: #lunch');
    const tags = (c: Client, prefix: string): string[] => ok(c, { _: 'searchHashtags', prefix, limit: 10 }).hashtags as string[];
    assert.deepEqual(tags(t.a, 'lu'), ['lua', 'luatd'], 'case does not make another tag; the last spelling shows');
    assert.deepEqual(tags(t.a2, '#LU'), ['lua', 'luatd']);
    assert.deepEqual(tags(t.a, ''), ['news', 'lua', 'luatd']);
    assert.deepEqual(tags(t.b, 'lu'), ['lunch'], 'another account has its own');
    assert.deepEqual(ok(t.a, { _: 'searchHashtags', prefix: '', limit: 1 }).hashtags, ['news']);
    ok(t.a, { _: 'deleteRecentHashtag', hashtag: '#LUA' });
    assert.deepEqual(tags(t.a, 'lu'), ['luatd']);
    say(t.a, t.cid, '#lua is back');
    assert.deepEqual(tags(t.a, 'lu'), ['lua', 'luatd']);
    assert.equal(call(t.a, { _: 'searchHashtags', prefix: 'x', limit: 0 }).code, 400);
    // letters beyond ASCII fold too
    say(t.a, t.cid, '#Привет всем');
    say(t.a, t.cid, 'и снова #привет');
    assert.deepEqual(tags(t.a, 'ПРИ'), ['привет']);
    ok(t.a, { _: 'deleteRecentHashtag', hashtag: 'ПРИВЕТ' });
    assert.deepEqual(tags(t.a, 'при'), []);
  } finally {
    await t.done();
  }
});

test('sendChatAction: the other members get updateUserChatAction in their chat, not the sender; a blocker hears nothing', async () => {
  const t = trio();
  try {
    say(t.a, t.bid, 'hi');
    const g = ok(t.a, { _: 'createNewGroupChat', user_ids: [t.bid, t.cid], title: 'Team' });
    const ub = new Updates(t.b);
    const uc = new Updates(t.c);
    const ua2 = new Updates(t.a2);
    ok(t.a, { _: 'sendChatAction', chat_id: t.bid, action: { _: 'chatActionTyping' } });
    const typing = await ub.waitFor((u) => u._ === 'updateUserChatAction');
    assert.deepEqual(typing, { _: 'updateUserChatAction', chat_id: t.aid, user_id: t.aid, action: { _: 'chatActionTyping' } });
    ok(t.a, { _: 'sendChatAction', chat_id: g.id, action: { _: 'chatActionUploadingPhoto', progress: 150 } });
    const up = await uc.waitFor((u) => u._ === 'updateUserChatAction');
    assert.deepEqual(up, { _: 'updateUserChatAction', chat_id: g.id, user_id: t.aid, action: { _: 'chatActionUploadingPhoto', progress: 100 } });
    await ub.waitFor((u) => u._ === 'updateUserChatAction' && u.chat_id === g.id);
    ok(t.b, { _: 'blockUser', user_id: t.aid });
    ub.clear();
    ok(t.a, { _: 'sendChatAction', chat_id: t.bid, action: { _: 'chatActionCancel' } });
    ok(t.a, { _: 'sendChatAction', chat_id: g.id, action: { _: 'chatActionCancel' } });
    await uc.waitFor((u) => u._ === 'updateUserChatAction' && (u.action as TdObject)._ === 'chatActionCancel');
    say(t.b, t.aid, 'sync'); // B's own message, seen after anything A wrote before it
    await ub.waitFor((u) => u._ === 'updateNewMessage');
    assert.equal(ub.list.filter((u) => u._ === 'updateUserChatAction').length, 0, 'a blocker gets no action');
    assert.equal(ua2.list.filter((u) => u._ === 'updateUserChatAction').length, 0, 'the sender\'s other sessions get none');
    assert.equal(call(t.a, { _: 'sendChatAction', chat_id: t.bid, action: null }).code, 400);
    assert.equal(call(t.a, { _: 'sendChatAction', chat_id: 999, action: { _: 'chatActionTyping' } }).message, 'Chat not found');
  } finally {
    await t.done();
  }
});

test('sendChatScreenshotTakenNotification posts a notice both sides of a private chat see, and refuses groups', async () => {
  const t = trio();
  try {
    say(t.a, t.bid, 'look');
    const ub = new Updates(t.b);
    ok(t.a, { _: 'sendChatScreenshotTakenNotification', chat_id: t.bid });
    const m = await ub.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageScreenshotTaken');
    assert.equal((m.message as TdObject).sender_user_id, t.aid);
    const mine = ok(t.a, { _: 'getChatHistory', chat_id: t.bid, from_message_id: 0, offset: 0, limit: 1 }).messages as TdObject[];
    assert.equal((mine[0].content as TdObject)._, 'messageScreenshotTaken');
    const g = ok(t.a, { _: 'createNewGroupChat', user_ids: [t.bid], title: 'Team' });
    assert.equal(call(t.a, { _: 'sendChatScreenshotTakenNotification', chat_id: g.id }).code, 400);
  } finally {
    await t.done();
  }
});

test('searchCallMessages pages over the call messages of private chats, newest first, optionally missed only; searchSecretMessages finds none without secret chats', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-calls-'));
  const a = openEmbeddedCore({ dataDir: dir, session: 'a' });
  const b = openEmbeddedCore({ dataDir: dir, session: 'b' });
  try {
    const aid = login(a, '9996610001', 'Ann');
    const bid = login(b, '9996620002', 'Ben');
    say(a, bid, 'call me');
    assert.deepEqual(ok(a, { _: 'searchCallMessages', from_message_id: 0, limit: 10, only_missed: false }).messages, []);
    // call messages as the calls of the engine store them: a missed one from Ben, an answered one from Ann
    const db = new Database(path.join(dir, DB_FILE));
    const conv = db.prepare("SELECT id FROM convs WHERE kind = 'private'").pluck().get() as number;
    const put = db.prepare('INSERT INTO messages (conv, id, sender, date, content) VALUES (?, ?, ?, ?, ?)');
    put.run(conv, 2, bid, 100, JSON.stringify({ _: 'messageCall', discard_reason: { _: 'callDiscardReasonMissed' }, duration: 0 }));
    put.run(conv, 3, aid, 200, JSON.stringify({ _: 'messageCall', discard_reason: { _: 'callDiscardReasonHungUp' }, duration: 42 }));
    db.close();
    const calls = (c: Client, from: number, limit: number, missed: boolean): number[] =>
      (ok(c, { _: 'searchCallMessages', from_message_id: from, limit, only_missed: missed }).messages as TdObject[]).map((m) => m.id as number);
    assert.deepEqual(calls(a, 0, 10, false), [3, 2]);
    assert.deepEqual(calls(a, 0, 1, false), [3]);
    assert.deepEqual(calls(a, 3, 10, false), [2], 'the next page starts below from_message_id');
    assert.deepEqual(calls(b, 0, 10, true), [2]);
    assert.equal(call(a, { _: 'searchCallMessages', from_message_id: 0, limit: 0, only_missed: false }).code, 400);
    const found = ok(a, { _: 'searchSecretMessages', chat_id: 0, query: 'call', from_search_id: '0', limit: 10, filter: null });
    assert.deepEqual(found, { _: 'foundMessages', messages: [], next_from_search_id: '0' }, 'no secret chat: nothing found');
    assert.deepEqual(ok(a, { _: 'searchSecretMessages', chat_id: bid, query: 'call', from_search_id: '0', limit: 10, filter: null }).messages, [], 'a cloud chat has no secret messages');
    assert.equal(call(a, { _: 'searchSecretMessages', chat_id: 5555, query: 'x', from_search_id: '0', limit: 10, filter: null }).message, 'Chat not found');
  } finally {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('searchSecretMessages searches the messages of secret chats, newest first, in pages, by chat and filter', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-secret-'));
  const a = openEmbeddedCore({ dataDir: dir, session: 'a' });
  const b = openEmbeddedCore({ dataDir: dir, session: 'b' });
  try {
    const aid = login(a, '9996610001', 'Ann');
    const bid = login(b, '9996620002', 'Ben');
    say(a, bid, 'a cloud secret'); // not in a secret chat: never found
    // two secret chats of Ann and Ben as the secret chats of the engine keep them (conversations of kind 'secret')
    const db = new Database(path.join(dir, DB_FILE));
    const chatIds: number[] = [];
    for (const n of [1, 2]) {
      const conv = Number(db.prepare("INSERT INTO convs (kind, user_a, user_b, created) VALUES ('secret', ?, ?, 0)").run(aid, bid).lastInsertRowid);
      chatIds.push(-2000000000 - conv);
      for (const [owner, chat] of [[aid, -2000000000 - conv], [bid, -2100000000 - conv]]) db.prepare("INSERT INTO dialogs (owner, conv, chat_id, status, join_date) VALUES (?, ?, ?, 'member', 0)").run(owner, conv, chat);
      const put = db.prepare('INSERT INTO messages (conv, id, sender, date, content, search) VALUES (?, ?, ?, ?, ?, ?)');
      put.run(conv, 1, bid, 10 * n, JSON.stringify({ _: 'messageText', text: `secret plan ${n}`, entities: [] }), `secret plan ${n}`);
      put.run(conv, 2, aid, 10 * n + 1, JSON.stringify({ _: 'messageText', text: `see https://example.org ${n}`, entities: [{ _: 'textEntity', offset: 4, length: 19, type: { _: 'textEntityTypeUrl' } }] }), `see https://example.org ${n}`);
    }
    db.close();
    const search = (chatId: number, query: string, from: string, limit: number, filter: string | null = null): { texts: string[]; next: string } => {
      const r = ok(a, { _: 'searchSecretMessages', chat_id: chatId, query, from_search_id: from, limit, filter: filter ? { _: filter } : null });
      return { texts: (r.messages as TdObject[]).map((m) => (m.content as TdObject).text as string), next: r.next_from_search_id as string };
    };
    assert.deepEqual(search(0, 'secret', '0', 10), { texts: ['secret plan 2', 'secret plan 1'], next: '0' });
    const first = search(0, '', '0', 3);
    assert.deepEqual(first.texts, ['see https://example.org 2', 'secret plan 2', 'see https://example.org 1']);
    assert.deepEqual(search(0, '', first.next, 3), { texts: ['secret plan 1'], next: '0' });
    assert.deepEqual(search(chatIds[0], 'plan', '0', 10).texts, ['secret plan 1']);
    assert.deepEqual(search(0, '', '0', 10, 'searchMessagesFilterUrl').texts, ['see https://example.org 2', 'see https://example.org 1']);
    assert.deepEqual(search(0, '', '0', 10, 'searchMessagesFilterPhoto').texts, []);
  } finally {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in a real secret chat: searchSecretMessages finds its messages, the screenshot notice and typing reach the peer once it is accepted', async () => {
  const t = trio();
  try {
    const ub = new Updates(t.b);
    const chat = ok(t.a, { _: 'createNewSecretChat', user_id: t.bid });
    const sid = (chat.type as TdObject).secret_chat_id as number;
    assert.equal(call(t.a, { _: 'sendChatScreenshotTakenNotification', chat_id: chat.id }).message, 'Have no write access to the chat', 'pending: nothing goes through');
    ok(t.b, { _: 'createSecretChat', secret_chat_id: sid });
    say(t.a, chat.id as number, 'the secret plan');
    say(t.b, chat.id as number, 'a secret reply');
    say(t.a, t.bid, 'a cloud plan');
    const found = (c: Client, chatId: number, q: string): string[] =>
      (ok(c, { _: 'searchSecretMessages', chat_id: chatId, query: q, from_search_id: '0', limit: 10, filter: null }).messages as TdObject[]).map((m) => (m.content as TdObject).text as string);
    assert.deepEqual(found(t.a, 0, 'plan'), ['the secret plan'], 'only the secret chat\'s messages');
    assert.deepEqual(found(t.b, chat.id as number, 'secret'), ['a secret reply', 'the secret plan']);
    assert.deepEqual(found(t.c, 0, 'secret'), [], 'a third account has no part in it');
    ok(t.a, { _: 'sendChatAction', chat_id: chat.id, action: { _: 'chatActionTyping' } });
    const typing = await ub.waitFor((u) => u._ === 'updateUserChatAction');
    assert.deepEqual([typing.chat_id, typing.user_id], [chat.id, t.aid]);
    ok(t.a, { _: 'sendChatScreenshotTakenNotification', chat_id: chat.id });
    const shot = await ub.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageScreenshotTaken');
    assert.equal((shot.message as TdObject).chat_id, chat.id);
  } finally {
    await t.done();
  }
});

test('report spam: a stranger\'s chat offers it until answered once; a contact\'s or one the account wrote in does not; reportChat only for bots', async () => {
  const net = createMemoryNetwork();
  const bot = createBot(net, 'Spammy');
  const t = { a: openEmbeddedCore({ network: net, session: 'a' }), b: openEmbeddedCore({ network: net, session: 'b' }), c: openEmbeddedCore({ network: net, session: 'c' }) };
  try {
    const aid = login(t.a, '9996610001', 'Ann');
    login(t.b, '9996620002', 'Ben');
    const cid = login(t.c, '9996630003', 'Cid');
    const bid = ok(t.b, { _: 'getMe' }).id as number;
    const can = (c: Client, id: number): boolean => ok(c, { _: 'getChatReportSpamState', chat_id: id }).can_report_spam as boolean;
    say(t.b, aid, 'buy now');
    assert.equal(can(t.a, bid), true);
    assert.equal(can(t.b, aid), false, 'the sender is not offered it');
    ok(t.a, { _: 'changeChatReportSpamState', chat_id: bid, is_spam_chat: true });
    assert.equal(can(t.a, bid), false);
    assert.equal(call(t.a, { _: 'changeChatReportSpamState', chat_id: bid, is_spam_chat: false }).message, "Can't update chat report spam state");
    // Cid is a contact: no offer; a group a stranger added Ann to: offered, until she writes there
    ok(t.a, { _: 'importContacts', contacts: [{ _: 'contact', phone_number: '9996630003', first_name: 'Cid', last_name: '', user_id: 0 }] });
    say(t.c, aid, 'hello');
    assert.equal(can(t.a, cid), false);
    const g = ok(t.b, { _: 'createNewGroupChat', user_ids: [aid], title: 'Deals' });
    assert.equal(can(t.a, g.id as number), true);
    say(t.a, g.id as number, 'who are you?');
    assert.equal(can(t.a, g.id as number), false);
    assert.equal(call(t.a, { _: 'changeChatReportSpamState', chat_id: g.id, is_spam_chat: false }).code, 400);
    // reportChat: moderators check bots (and channels), not people's private chats or groups
    ok(t.a, { _: 'createPrivateChat', user_id: bot.user_id });
    ok(t.a, { _: 'reportChat', chat_id: bot.user_id, reason: { _: 'chatReportReasonOther', text: 'scam' } });
    assert.equal(call(t.a, { _: 'reportChat', chat_id: bid, reason: { _: 'chatReportReasonSpam' } }).message, "Chat can't be reported");
    assert.equal(call(t.a, { _: 'reportChat', chat_id: g.id, reason: { _: 'chatReportReasonSpam' } }).message, "Chat can't be reported");
    assert.equal(call(t.a, { _: 'reportChat', chat_id: bot.user_id, reason: null }).code, 400);
  } finally {
    for (const x of [t.a, t.b, t.c]) await x.close();
    net.close();
  }
});
