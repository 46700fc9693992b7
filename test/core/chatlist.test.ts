/** Chat list extras: client data, chats in common, public chat search, clearing a history, openMessageContent; recent inline bots. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBot, createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { call, login, ok, text, Updates } from './helpers.js';

test('setChatClientData, getCommonChats, searchPublicChats, deleteChatHistory, openMessageContent', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  try {
    login(a, '9996610001', 'Ann');
    const bid = login(b, '9996620002', 'Ben');
    ok(b, { _: 'changeUsername', username: 'ben_public' });
    ok(a, { _: 'createPrivateChat', user_id: bid });
    ok(a, { _: 'setChatClientData', chat_id: bid, client_data: '{"pinned":true}' });
    assert.equal(ok(a, { _: 'getChat', chat_id: bid }).client_data, '{"pinned":true}');
    const g1 = ok(a, { _: 'createNewGroupChat', user_ids: [bid], title: 'One' });
    const g2 = ok(a, { _: 'createNewGroupChat', user_ids: [bid], title: 'Two' });
    ok(a, { _: 'createNewGroupChat', user_ids: [], title: 'Alone' });
    assert.deepEqual(ok(a, { _: 'getCommonChats', user_id: bid, offset_chat_id: 0, limit: 10 }).chat_ids, [g1.id, g2.id].sort((x, y) => (y as number) - (x as number)));
    assert.deepEqual(ok(a, { _: 'getCommonChats', user_id: bid, offset_chat_id: Math.max(g1.id as number, g2.id as number), limit: 10 }).chat_ids, [Math.min(g1.id as number, g2.id as number)]);
    assert.deepEqual(ok(a, { _: 'searchPublicChats', username_prefix: '@BEN_' }).chat_ids, [bid]);
    assert.deepEqual(ok(a, { _: 'searchPublicChats', username_prefix: 'ben%' }).chat_ids, [], 'LIKE wildcards are literal');
    // clearing a history hides it for the caller only
    const ua = new Updates(a);
    const m = ok(a, text(bid, 'one'));
    ok(b, text(a.invokeSync!({ _: 'getMe' })!.id as number, 'two'));
    assert.equal(ok(a, { _: 'openMessageContent', chat_id: bid, message_id: m.id })._, 'ok');
    ok(a, { _: 'deleteChatHistory', chat_id: bid, remove_from_chat_list: true });
    await ua.waitFor((u) => u._ === 'updateDeleteMessages' && u.chat_id === bid);
    assert.equal((ok(a, { _: 'getChatHistory', chat_id: bid, from_message_id: 0, offset: 0, limit: 10 }).messages as TdObject[]).length, 0);
    assert.equal(ok(a, { _: 'getChat', chat_id: bid }).order, '0');
    assert.equal(call(a, { _: 'openMessageContent', chat_id: bid, message_id: m.id }).message, 'Message not found');
    assert.equal((ok(b, { _: 'getChatHistory', chat_id: ok(a, { _: 'getMe' }).id, from_message_id: 0, offset: 0, limit: 10 }).messages as TdObject[]).length, 2, 'the other side keeps it');
  } finally {
    await a.close();
    await b.close();
    net.close();
  }
});

test('getRecentInlineBots lists the bots asked inline, most recent first', async () => {
  const net = createMemoryNetwork();
  const bots = [createBot(net, 'One'), createBot(net, 'Two')];
  const u = openEmbeddedCore({ network: net, session: 'u', botTimeoutMs: 50 });
  try {
    login(u, '9996610001', 'Ann');
    assert.deepEqual(ok(u, { _: 'getRecentInlineBots' }).user_ids, []);
    for (const b of bots) await u.invoke({ _: 'getInlineQueryResults', bot_user_id: b.user_id, chat_id: 0, user_location: null, query: 'x', offset: '' });
    assert.deepEqual(ok(u, { _: 'getRecentInlineBots' }).user_ids, [bots[1].user_id, bots[0].user_id]);
  } finally {
    await u.close();
    net.close();
  }
});
