import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { call, login, ok, settle, Updates } from './helpers.js';

function sessionsOf(c: ReturnType<typeof openEmbeddedCore>): TdObject[] {
  return ok(c, { _: 'getActiveSessions' }).sessions as TdObject[];
}

test('resetAuth force=false logs out on the network: LoggingOut answer, updates, 401, session gone for the other session', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  login(a, '9996611111', 'Ann');
  login(b, '9996611111');
  ok(a, { _: 'setOption', name: 'theme', value: { _: 'optionValueString', value: 'dark' } });
  assert.equal(sessionsOf(b).length, 2);
  const ups = new Updates(a);
  await settle();
  ups.clear();
  assert.deepEqual(ok(a, { _: 'resetAuth', force: false }), { _: 'authStateLoggingOut' });
  await settle();
  assert.deepEqual(ups.names(), ['updateAuthState:authStateLoggingOut', 'updateAuthState:authStateWaitPhoneNumber']);
  assert.deepEqual(call(a, { _: 'getMe' }), { _: 'error', code: 401, message: 'Unauthorized' });
  assert.equal(ok(a, { _: 'getAuthState' })._, 'authStateWaitPhoneNumber');
  // local data is gone
  assert.deepEqual(ok(a, { _: 'getOption', name: 'theme' }), { _: 'optionValueEmpty' });
  const left = sessionsOf(b);
  assert.equal(left.length, 1);
  assert.equal(left[0].is_current, true);
  await a.close();
  await b.close();
  net.close();
});

test('resetAuth force=true drops local data at once, answers 401, and the network still lists the session', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  login(a, '9996622222');
  login(b, '9996622222');
  const aSession = (sessionsOf(a).find((s) => s.is_current) as TdObject).id;
  assert.deepEqual(call(a, { _: 'resetAuth', force: true }), { _: 'error', code: 401, message: 'Unauthorized' });
  assert.equal(ok(a, { _: 'getAuthState' })._, 'authStateWaitPhoneNumber');
  assert.equal(call(a, { _: 'getChats', offset_order: '9223372036854775807', offset_chat_id: 0, limit: 10 }).code, 401);
  const seen = sessionsOf(b);
  assert.equal(seen.length, 2, 'the forced-out session stays in the active sessions list');
  assert.ok(seen.some((s) => s.id === aSession && s.is_current === false));
  // the orphan can be ended from the other session
  ok(b, { _: 'terminateSession', session_id: aSession });
  assert.equal(sessionsOf(b).length, 1);
  // and the first client can log in again
  login(a, '9996622222');
  assert.equal(sessionsOf(a).length, 2);
  await a.close();
  await b.close();
  net.close();
});

test('terminateSession: the victim gets updateAuthState(WaitPhoneNumber) and 401 on its next call', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  login(a, '9996633333');
  login(b, '9996633333');
  const ups = new Updates(b);
  await settle();
  ups.clear();
  const victim = sessionsOf(a).find((s) => !s.is_current) as TdObject;
  assert.equal(call(a, { _: 'terminateSession', session_id: '12345' }).message, 'Session not found');
  const current = sessionsOf(a).find((s) => s.is_current) as TdObject;
  assert.equal(call(a, { _: 'terminateSession', session_id: current.id }).code, 400);
  ok(a, { _: 'terminateSession', session_id: victim.id });
  await ups.waitFor((u) => u._ === 'updateAuthState' && (u.auth_state as TdObject)._ === 'authStateWaitPhoneNumber');
  assert.equal(call(b, { _: 'getMe' }).code, 401);
  // terminateAllOtherSessions
  login(b, '9996633333');
  const c = openEmbeddedCore({ network: net, session: 'c' });
  login(c, '9996633333');
  assert.equal(sessionsOf(a).length, 3);
  ok(a, { _: 'terminateAllOtherSessions' });
  assert.equal(sessionsOf(a).length, 1);
  assert.equal(call(b, { _: 'getMe' }).code, 401);
  assert.equal(call(c, { _: 'getMe' }).code, 401);
  for (const x of [a, b, c]) await x.close();
  net.close();
});

test('updates wait for the first listener instead of being consumed unseen', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  login(a, '9996655555');
  ok(a, { _: 'setOption', name: 'k', value: { _: 'optionValueBoolean', value: true } });
  await settle(120);
  const ups = new Updates(a);
  await ups.waitFor((u) => u._ === 'updateOption' && u.name === 'k');
  assert.deepEqual(ups.names().slice(0, 4), [
    'updateAuthState:authStateWaitPhoneNumber',
    'updateAuthState:authStateWaitCode',
    'updateAuthState:authStateOk',
    'updateOption',
  ]);
  await a.close();
  net.close();
});

test('one client per session name at a time in a process', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'same' });
  assert.throws(() => openEmbeddedCore({ network: net, session: 'same' }), { code: 'USAGE', message: /already open/ });
  await a.close();
  const again = openEmbeddedCore({ network: net, session: 'same' });
  await again.close();
  net.close();
});

test('options: read-only my_id/version, user options persisted per session, updateOption on change', async () => {
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b' });
  const ups = new Updates(a);
  assert.deepEqual(ok(a, { _: 'getOption', name: 'my_id' }), { _: 'optionValueEmpty' });
  assert.equal((ok(a, { _: 'getOption', name: 'version' }) as TdObject)._, 'optionValueString');
  assert.equal(call(a, { _: 'setOption', name: 'my_id', value: { _: 'optionValueInteger', value: 1 } }).code, 400);
  assert.equal(call(a, { _: 'setOption', name: 'bad name!', value: { _: 'optionValueInteger', value: 1 } }).code, 400);
  ok(a, { _: 'setOption', name: 'lang', value: { _: 'optionValueString', value: 'fr' } });
  assert.deepEqual(ok(a, { _: 'getOption', name: 'lang' }), { _: 'optionValueString', value: 'fr' });
  assert.deepEqual(ok(b, { _: 'getOption', name: 'lang' }), { _: 'optionValueEmpty' });
  const u = await ups.waitFor((x) => x._ === 'updateOption' && x.name === 'lang');
  assert.deepEqual(u.value, { _: 'optionValueString', value: 'fr' });
  ok(a, { _: 'setOption', name: 'lang', value: { _: 'optionValueEmpty' } });
  assert.deepEqual(ok(a, { _: 'getOption', name: 'lang' }), { _: 'optionValueEmpty' });
  await a.close();
  await b.close();
  net.close();
});

test('dispatch: unknown method 400 with a suggestion, schema method without implementation 501, invalid params 400', async () => {
  const c = openEmbeddedCore({ memory: true });
  const unknown = call(c, { _: 'getChatz' });
  assert.equal(unknown.code, 400);
  assert.match(String(unknown.message), /getChatz.*did you mean 'getChats?'/);
  login(c, '9996644444');
  const notServed = call(c, { _: 'processDcUpdate', dc: '2', addr: '149.154.167.50:443' });
  assert.equal(notServed.code, 501);
  assert.match(String(notServed.message), /^Method not implemented by the embedded backend: processDcUpdate \(.+\)$/, 'it says why');
  const bad = call(c, { _: 'getChat', chat_id: 'x' });
  assert.equal(bad.code, 400);
  assert.match(String(bad.message), /chat_id/);
  assert.deepEqual(ok(c, { _: 'testSquareInt', x: 46341 }), { _: 'testInt', value: Math.imul(46341, 46341) });
  assert.deepEqual(ok(c, { _: 'testCallVectorString', x: ['a', 'b'] }), { _: 'testVectorString', value: ['a', 'b'] });
  assert.throws(() => openEmbeddedCore({ memory: true, session: 'bad name' }), { code: 'USAGE' });
  // a trusting client given a malformed request answers an error object, it does not crash
  const trusting = openEmbeddedCore({ memory: true, trustRequests: true });
  assert.equal(call(trusting, { _: 'getPremiumStickers', limit: 1 }).code, 501, 'a method of another schema is not implemented here');
  const broken = call(trusting, { _: 'setAuthPhoneNumber' });
  assert.equal(broken.code, 500);
  assert.match(String(broken.message), /setAuthPhoneNumber/);
  assert.equal(ok(trusting, { _: 'getAuthState' })._, 'authStateWaitPhoneNumber');
  await trusting.close();
  assert.equal(call(c, null as unknown as TdObject).code, 400);
  await c.close();
  await assert.rejects(c.invoke({ _: 'getMe' }), { code: 'CLIENT_CLOSED' });
  await c.close(); // idempotent
});
