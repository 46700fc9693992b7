/** Secret chats between two accounts: pending → ready (the peer opens it) → closed, updateSecretChat to both, TTL messages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBot } from '../../src/core/index.js';
import { Updates, call, ok, text, trio } from './helpers.js';

type Any = any;

const secretUpdates = (u: Updates): Any[] => u.list.filter((x) => x._ === 'updateSecretChat').map((x) => x.secret_chat);

test('createNewSecretChat: pending for both (updateSecretChat before updateChat), the peer accepts with createSecretChat, closeSecretChat closes it for both', async () => {
  const { a, b, d, aid, bid, done } = trio();
  try {
    const ua = new Updates(a);
    const ub = new Updates(b);
    const chat = ok(a, { _: 'createNewSecretChat', user_id: bid }) as Any;
    const sid = chat.type.secret_chat_id as number;
    assert.deepEqual(chat.type, { _: 'chatTypeSecret', secret_chat_id: sid, user_id: bid });
    assert.equal(chat.id, -2_000_000_000_000 + sid);
    assert.equal(chat.title, 'Ben');
    const mine = ok(a, { _: 'getSecretChat', secret_chat_id: sid }) as Any;
    assert.deepEqual({ ...mine, layer: 0 }, { _: 'secretChat', id: sid, user_id: bid, state: 0, is_outbound: true, ttl: 0, key_hash: '', layer: 0 });
    await ub.waitFor((u) => u._ === 'updateChat' && (u.chat as Any).id === chat.id);
    const names = ub.list.map((u) => u._);
    assert.ok(names.indexOf('updateSecretChat') < names.indexOf('updateChat'), `the secret chat comes before the chat: ${names.join(', ')}`);
    const theirs = secretUpdates(ub)[0];
    assert.equal(theirs.state, 0);
    assert.equal(theirs.is_outbound, false);
    assert.equal(theirs.user_id, aid);
    // nobody writes into a pending chat
    assert.equal(call(a, text(chat.id, 'too early')).message, 'Have no write access to the chat');
    // a third account does not see it
    assert.equal(call(d, { _: 'getSecretChat', secret_chat_id: sid }).message, 'Secret chat not found');
    assert.equal(call(d, { _: 'createSecretChat', secret_chat_id: sid }).message, 'Secret chat not found');
    // the initiator opening it again changes nothing; the peer opening it accepts it
    ok(a, { _: 'createSecretChat', secret_chat_id: sid });
    assert.equal((ok(b, { _: 'getSecretChat', secret_chat_id: sid }) as Any).state, 0);
    const opened = ok(b, { _: 'createSecretChat', secret_chat_id: sid }) as Any;
    assert.equal(opened.id, chat.id);
    assert.deepEqual(opened.type, { _: 'chatTypeSecret', secret_chat_id: sid, user_id: aid });
    const ready = (await ua.waitFor((u) => u._ === 'updateSecretChat' && (u.secret_chat as Any).state === 1)).secret_chat as Any;
    const readyB = ok(b, { _: 'getSecretChat', secret_chat_id: sid }) as Any;
    assert.equal(Buffer.from(ready.key_hash, 'base64').length, 36);
    assert.equal(ready.key_hash, readyB.key_hash, 'both sides compare the same key');
    // messages flow both ways
    ok(a, text(chat.id, 'psst'));
    const got = (await ub.waitFor((u) => u._ === 'updateNewMessage' && (u.message as Any).chat_id === chat.id)).message as Any;
    assert.equal(got.content.text, 'psst');
    assert.equal(got.ttl, 0);
    ok(b, text(chat.id, 'hi'));
    // closing: either side, both see state 2 and can no longer write
    ok(b, { _: 'closeSecretChat', secret_chat_id: sid });
    await ua.waitFor((u) => u._ === 'updateSecretChat' && (u.secret_chat as Any).state === 2);
    assert.equal((ok(a, { _: 'getSecretChat', secret_chat_id: sid }) as Any).state, 2);
    assert.equal(call(a, text(chat.id, 'after')).message, 'Have no write access to the chat');
    ok(a, { _: 'closeSecretChat', secret_chat_id: sid });
    assert.deepEqual(secretUpdates(ub).map((s) => s.state), [0, 1, 2]);
    // a second secret chat with the same user is another chat
    const again = ok(a, { _: 'createNewSecretChat', user_id: bid }) as Any;
    assert.notEqual(again.id, chat.id);
  } finally {
    await done();
  }
});

test('sendChatSetTtlMessage: a messageChatSetTtl, updateSecretChat with the TTL, later messages carry it; only in ready secret chats; searchSecretMessages', async () => {
  const { a, b, bid, done } = trio();
  try {
    const ub = new Updates(b);
    const chat = ok(a, { _: 'createNewSecretChat', user_id: bid }) as Any;
    const sid = chat.type.secret_chat_id as number;
    assert.equal(call(a, { _: 'sendChatSetTtlMessage', chat_id: chat.id, ttl: 10 }).message, 'Have no write access to the chat', 'not while pending');
    ok(b, { _: 'createSecretChat', secret_chat_id: sid });
    const set = ok(a, { _: 'sendChatSetTtlMessage', chat_id: chat.id, ttl: 10 }) as Any;
    assert.deepEqual(set.content, { _: 'messageChatSetTtl', ttl: 10 });
    assert.equal(set.chat_id, chat.id);
    await ub.waitFor((u) => u._ === 'updateSecretChat' && (u.secret_chat as Any).ttl === 10);
    const sent = ok(a, text(chat.id, 'this goes in 10 s')) as Any;
    assert.equal(sent.ttl, 10);
    const got = (await ub.waitFor((u) => u._ === 'updateNewMessage' && (u.message as Any).content._ === 'messageText')).message as Any;
    assert.equal(got.ttl, 10);
    const history = ok(b, { _: 'getChatHistory', chat_id: chat.id, from_message_id: 0, offset: 0, limit: 10 }).messages as Any[];
    assert.deepEqual(history.map((m) => [m.content._, m.ttl]), [['messageText', 10], ['messageChatSetTtl', 0]]);
    ok(b, { _: 'sendChatSetTtlMessage', chat_id: chat.id, ttl: 0 });
    assert.equal((ok(a, text(chat.id, 'stays')) as Any).ttl, 0);
    assert.match(call(a, { _: 'sendChatSetTtlMessage', chat_id: chat.id, ttl: -1 }).message as string, /TTL must be between 0 and/);
    assert.equal(call(a, { _: 'sendChatSetTtlMessage', chat_id: bid, ttl: 5 }).message, 'Chat not found');
    ok(a, { _: 'createPrivateChat', user_id: bid });
    assert.equal(call(a, { _: 'sendChatSetTtlMessage', chat_id: bid, ttl: 5 }).message, "Can't set chat ttl in non-secret chat");
    // searchSecretMessages (chat-extras.ts) finds the texts of secret chats only
    ok(a, text(bid, 'stays in the cloud'));
    const all = ok(b, { _: 'searchSecretMessages', chat_id: 0, query: 'STAYS', from_search_id: '0', limit: 10, filter: null }) as Any;
    assert.deepEqual(all.messages.map((m: Any) => [m.chat_id, m.content.text]), [[chat.id, 'stays']]);
    const ttl = ok(b, { _: 'searchSecretMessages', chat_id: chat.id, query: 'goes in', from_search_id: '0', limit: 5, filter: null }) as Any;
    assert.deepEqual(ttl.messages.map((m: Any) => [m.content.text, m.ttl]), [['this goes in 10 s', 10]]);
  } finally {
    await done();
  }
});

test('no secret chat with oneself, a bot, an unknown user, or someone who blocked you', async () => {
  const { net, a, b, aid, bid, done } = trio();
  try {
    assert.equal(call(a, { _: 'createNewSecretChat', user_id: aid }).message, "Can't create a secret chat with self");
    assert.equal(call(a, { _: 'createNewSecretChat', user_id: 4242 }).message, 'User not found');
    const bot = createBot(net, 'Secretive');
    assert.equal(call(a, { _: 'createNewSecretChat', user_id: bot.user_id }).message, "Can't create a secret chat with a bot");
    ok(b, { _: 'blockUser', user_id: aid });
    assert.equal(call(a, { _: 'createNewSecretChat', user_id: bid }).message, 'USER_PRIVACY_RESTRICTED');
    assert.equal(call(a, { _: 'getSecretChat', secret_chat_id: 1 }).message, 'Secret chat not found');
  } finally {
    await done();
  }
});
