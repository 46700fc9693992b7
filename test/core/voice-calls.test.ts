/** Calls between two accounts: the signalling state machine (ringing, accepted, discarded, rated), updateCall to both sides. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBot, createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { Updates, call, login, ok, trio } from './helpers.js';

const PROTOCOL = { _: 'callProtocol', udp_p2p: true, udp_reflector: true, min_layer: 65, max_layer: 65 };

type Any = any;
const callUpdates = (u: Updates, id: number): Any[] => u.list.filter((x) => x._ === 'updateCall' && (x.call as TdObject).id === id).map((x) => x.call);
const states = (u: Updates, id: number): string[] => callUpdates(u, id).map((c) => c.state._);

test('createCall rings the callee, discardCall by the callee declines it: both get updateCall, a messageCall stays in their chat, nothing to rate', async () => {
  const { a, b, aid, bid, done } = trio();
  try {
    const ua = new Updates(a);
    const ub = new Updates(b);
    const id = ok(a, { _: 'createCall', user_id: bid, protocol: PROTOCOL }).id as number;
    assert.ok(id > 0);
    const ring = (await ub.waitFor((u) => u._ === 'updateCall')).call as Any;
    assert.deepEqual(ring, { _: 'call', id, user_id: aid, is_outgoing: false, state: { _: 'callStatePending', is_created: true, is_received: true } });
    const out = (await ua.waitFor((u) => u._ === 'updateCall')).call as Any;
    assert.equal(out.is_outgoing, true);
    assert.equal(out.user_id, bid);
    assert.equal(call(a, { _: 'acceptCall', call_id: id, protocol: PROTOCOL }).message, "Can't accept an outgoing call");
    ok(b, { _: 'discardCall', call_id: id, is_disconnected: false, duration: 0, connection_id: '0' });
    const ended = (await ua.waitFor((u) => u._ === 'updateCall' && (u.call as Any).state._ === 'callStateDiscarded')).call as Any;
    assert.deepEqual(ended.state, { _: 'callStateDiscarded', reason: { _: 'callDiscardReasonDeclined' }, need_rating: false, need_debug: false });
    await ub.waitFor((u) => u._ === 'updateCall' && (u.call as Any).state._ === 'callStateDiscarded');
    assert.deepEqual(states(ub, id), ['callStatePending', 'callStateHangingUp', 'callStateDiscarded'], 'the one hanging up sees HangingUp first');
    assert.deepEqual(states(ua, id), ['callStatePending', 'callStateDiscarded']);
    // the call is a message of their private chat, from the caller
    const history = ok(b, { _: 'getChatHistory', chat_id: aid, from_message_id: 0, offset: 0, limit: 1 }).messages as Any[];
    assert.equal(history[0].sender_user_id, aid);
    assert.deepEqual(history[0].content, { _: 'messageCall', discard_reason: { _: 'callDiscardReasonDeclined' }, duration: 0 });
    assert.match(call(a, { _: 'rateCall', call_id: id, rating: 5, comment: '' }).message as string, /only after it ended, when it was answered/);
    assert.equal(call(b, { _: 'discardCall', call_id: id, is_disconnected: false, duration: 0, connection_id: '0' }).message, 'CALL_ALREADY_DECLINED');
  } finally {
    await done();
  }
});

test('acceptCall: both sides exchange keys and are ready with the same key and emojis; hanging up, rateCall and debugCall once per side', async () => {
  const { a, b, d, bid, done } = trio();
  try {
    const ua = new Updates(a);
    const ub = new Updates(b);
    const id = ok(a, { _: 'createCall', user_id: bid, protocol: { ...PROTOCOL, min_layer: 60, max_layer: 70 } }).id as number;
    assert.equal(call(d, { _: 'acceptCall', call_id: id, protocol: PROTOCOL }).message, 'CALL_NOT_FOUND', 'a third account does not see the call');
    assert.equal(call(b, { _: 'acceptCall', call_id: id, protocol: { ...PROTOCOL, min_layer: 70, max_layer: 80 } }).message, 'CALL_PROTOCOL_LAYER_INVALID');
    ok(b, { _: 'acceptCall', call_id: id, protocol: PROTOCOL });
    const readyA = (await ua.waitFor((u) => u._ === 'updateCall' && (u.call as Any).state._ === 'callStateReady')).call as Any;
    const readyB = (await ub.waitFor((u) => u._ === 'updateCall' && (u.call as Any).state._ === 'callStateReady')).call as Any;
    assert.deepEqual(states(ua, id), ['callStatePending', 'callStateExchangingKeys', 'callStateReady']);
    assert.equal(readyA.state.encryption_key, readyB.state.encryption_key);
    assert.equal(Buffer.from(readyA.state.encryption_key, 'base64').length, 256);
    assert.deepEqual(readyA.state.emojis, readyB.state.emojis);
    assert.equal(readyA.state.emojis.length, 4);
    assert.deepEqual(readyA.state.protocol, { _: 'callProtocol', udp_p2p: true, udp_reflector: true, min_layer: 65, max_layer: 65 });
    assert.equal(call(b, { _: 'acceptCall', call_id: id, protocol: PROTOCOL }).message, 'CALL_ALREADY_ACCEPTED');
    assert.equal(call(a, { _: 'createCall', user_id: bid, protocol: PROTOCOL }).message, 'CALL_ALREADY_ACTIVE');
    ok(a, { _: 'discardCall', call_id: id, is_disconnected: false, duration: 42, connection_id: '1' });
    const endB = (await ub.waitFor((u) => u._ === 'updateCall' && (u.call as Any).state._ === 'callStateDiscarded')).call as Any;
    assert.deepEqual(endB.state, { _: 'callStateDiscarded', reason: { _: 'callDiscardReasonHungUp' }, need_rating: true, need_debug: true });
    const msg = (ok(a, { _: 'getChatHistory', chat_id: bid, from_message_id: 0, offset: 0, limit: 1 }).messages as Any[])[0];
    assert.deepEqual(msg.content, { _: 'messageCall', discard_reason: { _: 'callDiscardReasonHungUp' }, duration: 42 });
    // rating: 1 to 5, once per side; the rater's next updateCall needs no rating
    assert.equal(call(b, { _: 'rateCall', call_id: id, rating: 6, comment: '' }).message, 'Rating must be between 1 and 5');
    ok(b, { _: 'rateCall', call_id: id, rating: 4, comment: 'echo' });
    assert.equal(call(b, { _: 'rateCall', call_id: id, rating: 3, comment: '' }).message, 'Call is already rated');
    const rated = (await ub.waitFor((u) => u._ === 'updateCall' && (u.call as Any).state.need_rating === false && (u.call as Any).state.need_debug === true)).call as Any;
    assert.equal(rated.state._, 'callStateDiscarded');
    ok(a, { _: 'rateCall', call_id: id, rating: 5, comment: '' });
    assert.equal(call(d, { _: 'rateCall', call_id: id, rating: 5, comment: '' }).message, 'CALL_NOT_FOUND');
    // debug information: JSON, after the call
    assert.equal(call(a, { _: 'debugCall', call_id: id, debug: 'not json' }).message, 'Debug information must be JSON');
    ok(a, { _: 'debugCall', call_id: id, debug: '{"loss": 0}' });
    const debugged = (await ua.waitFor((u) => u._ === 'updateCall' && (u.call as Any).state.need_debug === false)).call as Any;
    assert.equal(debugged.state.need_rating, false, 'a rated and debugged call needs nothing more');
  } finally {
    await done();
  }
});

test('a caller giving up while it rings is a missed call; a disconnected call says so; a busy callee declines at once', async () => {
  const { a, b, d, aid, bid, did, done } = trio();
  try {
    const ub = new Updates(b);
    const missed = ok(a, { _: 'createCall', user_id: bid, protocol: PROTOCOL }).id as number;
    ok(a, { _: 'discardCall', call_id: missed, is_disconnected: false, duration: 0, connection_id: '0' });
    await ub.waitFor((u) => u._ === 'updateCall' && (u.call as Any).id === missed && (u.call as Any).state._ === 'callStateDiscarded');
    assert.deepEqual(callUpdates(ub, missed).at(-1).state.reason, { _: 'callDiscardReasonMissed' });
    // b talks to d; a rings b meanwhile: busy
    const talk = ok(d, { _: 'createCall', user_id: bid, protocol: PROTOCOL }).id as number;
    ok(b, { _: 'acceptCall', call_id: talk, protocol: PROTOCOL });
    const ua = new Updates(a);
    const busy = ok(a, { _: 'createCall', user_id: bid, protocol: PROTOCOL }).id as number;
    const end = (await ua.waitFor((u) => u._ === 'updateCall' && (u.call as Any).id === busy)).call as Any;
    assert.deepEqual(end.state, { _: 'callStateDiscarded', reason: { _: 'callDiscardReasonDeclined' }, need_rating: false, need_debug: false });
    ok(b, { _: 'discardCall', call_id: talk, is_disconnected: true, duration: 5, connection_id: '0' });
    const ud = new Updates(d);
    const gone = (await ud.waitFor((u) => u._ === 'updateCall' && (u.call as Any).id === talk && (u.call as Any).state._ === 'callStateDiscarded')).call as Any;
    assert.deepEqual(gone.state.reason, { _: 'callDiscardReasonDisconnected' });
    assert.equal(gone.user_id, bid);
    // refusals
    assert.equal(call(a, { _: 'createCall', user_id: aid, protocol: PROTOCOL }).message, "Can't call self");
    assert.equal(call(a, { _: 'createCall', user_id: 777, protocol: PROTOCOL }).message, 'User not found');
    assert.equal(call(a, { _: 'createCall', user_id: did }).message, "Required: 'protocol'");
    assert.equal(call(a, { _: 'createCall', user_id: did, protocol: { ...PROTOCOL, udp_p2p: false, udp_reflector: false } }).message, 'CALL_PROTOCOL_FLAGS_INVALID');
    assert.equal(call(a, { _: 'createCall', user_id: did, protocol: { ...PROTOCOL, min_layer: 80, max_layer: 90 } }).message, 'CALL_PROTOCOL_LAYER_INVALID');
    assert.equal(call(a, { _: 'acceptCall', call_id: 999, protocol: PROTOCOL }).message, 'CALL_NOT_FOUND');
    ok(d, { _: 'blockUser', user_id: aid });
    assert.equal(call(a, { _: 'createCall', user_id: did, protocol: PROTOCOL }).message, 'USER_PRIVACY_RESTRICTED');
  } finally {
    await done();
  }
});

test('a bot cannot be called', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  try {
    login(a, '9996610001', 'Ann');
    const bot = createBot(net, 'Ringer');
    assert.equal(call(a, { _: 'createCall', user_id: bot.user_id, protocol: PROTOCOL }).message, 'USER_IS_BOT');
  } finally {
    await a.close();
    net.close();
  }
});
