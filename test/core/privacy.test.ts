/**
 * Privacy rules enforced by the network (who sees my last-seen status, who adds me to groups,
 * who may call me, who finds me by my phone number), with updatePrivacy in every session; and
 * notification settings per chat, per kind of chat and for all chats, with
 * updateNotificationSettings and the chat objects showing them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryNetwork, openEmbeddedCore, type EmbeddedNetwork } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { call, login, ok, text, Updates } from './helpers.js';

interface Three {
  net: EmbeddedNetwork;
  me: Client;
  friend: Client;
  stranger: Client;
  ids: { me: number; friend: number; stranger: number };
  done: () => Promise<void>;
}

/** `me` has `friend` in their contacts; `stranger` is nobody to them. */
function three(clock?: () => number): Three {
  const net = createMemoryNetwork();
  const open = (session: string): Client => openEmbeddedCore({ network: net, session, clock });
  const me = open('me');
  const friend = open('friend');
  const stranger = open('stranger');
  const ids = { me: login(me, '9996640001', 'Me'), friend: login(friend, '9996640002', 'Friend'), stranger: login(stranger, '9996640003', 'Stranger') };
  ok(me, { _: 'importContacts', contacts: [{ _: 'contact', phone_number: '9996640002', first_name: 'F', last_name: '', user_id: 0 }] });
  return {
    net,
    me,
    friend,
    stranger,
    ids,
    done: async () => {
      for (const c of [me, friend, stranger]) await c.close();
      net.close();
    },
  };
}

const rules = (...r: TdObject[]): TdObject => ({ _: 'privacyRules', rules: r });
const setPrivacy = (key: string, ...r: TdObject[]): TdObject => ({ _: 'setPrivacy', key: { _: key }, rules: rules(...r) });

test('getPrivacy: everybody by default; setPrivacy stores the rules and every session of the account gets updatePrivacy', async () => {
  const w = three();
  try {
    assert.deepEqual(ok(w.me, { _: 'getPrivacy', key: { _: 'privacyKeyCall' } }), rules({ _: 'privacyRuleAllowAll' }));
    const second = openEmbeddedCore({ network: w.net, session: 'me2' });
    login(second, '9996640001');
    const su = new Updates(second);
    const r = [{ _: 'privacyRuleAllowUsers', user_ids: [w.ids.stranger] }, { _: 'privacyRuleAllowContacts' }, { _: 'privacyRuleDisallowAll' }];
    ok(w.me, setPrivacy('privacyKeyCall', ...r));
    assert.deepEqual(ok(second, { _: 'getPrivacy', key: { _: 'privacyKeyCall' } }), rules(...r));
    const u = await su.waitFor((x) => x._ === 'updatePrivacy', 3000, 'updatePrivacy');
    assert.deepEqual(u, { _: 'updatePrivacy', key: { _: 'privacyKeyCall' }, rules: rules(...r) });
    assert.equal(call(w.me, setPrivacy('privacyKeyCall', { _: 'privacyRuleAllowUsers', user_ids: [424242424] })).code, 400, 'unknown users are refused');
    assert.deepEqual(ok(w.me, { _: 'getPrivacy', key: { _: 'privacyKeyCall' } }), rules(...r), 'a refused change changes nothing');
    await second.close();
  } finally {
    await w.done();
  }
});

test('privacyKeyChatInvite: a stranger cannot add me to a group (USER_PRIVACY_RESTRICTED), a contact can', async () => {
  const w = three();
  try {
    ok(w.me, setPrivacy('privacyKeyChatInvite', { _: 'privacyRuleAllowContacts' }, { _: 'privacyRuleDisallowAll' }));
    assert.equal(call(w.stranger, { _: 'createNewGroupChat', user_ids: [w.ids.me], title: 'Spam' }).message, 'USER_PRIVACY_RESTRICTED');
    const group = ok(w.stranger, { _: 'createNewGroupChat', user_ids: [w.ids.friend], title: 'Mixed' });
    assert.equal(call(w.stranger, { _: 'addChatMember', chat_id: group.id, user_id: w.ids.me, forward_limit: 0 }).message, 'USER_PRIVACY_RESTRICTED');
    assert.equal(
      call(w.stranger, { _: 'changeChatMemberStatus', chat_id: group.id, user_id: w.ids.me, status: { _: 'chatMemberStatusMember' } }).message,
      'USER_PRIVACY_RESTRICTED',
    );
    assert.equal(call(w.me, { _: 'getChat', chat_id: group.id }).code, 400, 'I was not added');
    // the friend is in my contacts: they may
    ok(w.friend, { _: 'addChatMember', chat_id: group.id, user_id: w.ids.me, forward_limit: 0 });
    assert.equal(ok(w.me, { _: 'getChat', chat_id: group.id }).title, 'Mixed');
    // an exception by user lets the stranger through
    ok(w.me, setPrivacy('privacyKeyChatInvite', { _: 'privacyRuleAllowUsers', user_ids: [w.ids.stranger] }, { _: 'privacyRuleDisallowAll' }));
    ok(w.stranger, { _: 'createNewGroupChat', user_ids: [w.ids.me], title: 'Allowed' });
  } finally {
    await w.done();
  }
});

test('privacyKeyUserStatus: hidden from a stranger (an approximate status), shown to a contact; watchers get updateUserStatus', async () => {
  let now = 1_700_000_000_000;
  const w = three(() => now);
  try {
    // both have written to me, so both see me (and get my status changes)
    for (const c of [w.stranger, w.friend]) {
      ok(c, { _: 'createPrivateChat', user_id: w.ids.me });
      ok(c, text(w.ids.me, 'hi'));
    }
    assert.equal((ok(w.stranger, { _: 'getUser', user_id: w.ids.me }).status as TdObject)._, 'userStatusOnline');
    const su = new Updates(w.stranger);
    ok(w.me, setPrivacy('privacyKeyUserStatus', { _: 'privacyRuleAllowContacts' }, { _: 'privacyRuleDisallowAll' }));
    await su.waitFor((u) => u._ === 'updateUserStatus' && u.user_id === w.ids.me && (u.status as TdObject)._ === 'userStatusRecently', 3000, 'the hidden status');
    assert.deepEqual(ok(w.stranger, { _: 'getUser', user_id: w.ids.me }).status, { _: 'userStatusRecently' });
    assert.equal((ok(w.friend, { _: 'getUser', user_id: w.ids.me }).status as TdObject)._, 'userStatusOnline');
    now += 10 * 24 * 3600 * 1000;
    assert.deepEqual(ok(w.stranger, { _: 'getUser', user_id: w.ids.me }).status, { _: 'userStatusLastMonth' });
    assert.equal((ok(w.friend, { _: 'getUser', user_id: w.ids.me }).status as TdObject)._, 'userStatusOffline', 'the contact sees the exact time');
  } finally {
    await w.done();
  }
});

test('privacyKeyCall: userFull.can_be_called and has_private_calls follow the rules; those who see me get updateUserFull', async () => {
  const w = three();
  try {
    const before = ok(w.stranger, { _: 'getUserFull', user_id: w.ids.me });
    assert.equal(before.can_be_called, true);
    assert.equal(before.has_private_calls, false);
    ok(w.stranger, { _: 'createPrivateChat', user_id: w.ids.me });
    ok(w.stranger, text(w.ids.me, 'hi'));
    const su = new Updates(w.stranger);
    ok(w.me, setPrivacy('privacyKeyCall', { _: 'privacyRuleDisallowUsers', user_ids: [w.ids.stranger] }, { _: 'privacyRuleAllowAll' }));
    const after = ok(w.stranger, { _: 'getUserFull', user_id: w.ids.me });
    assert.equal(after.can_be_called, false);
    assert.equal(after.has_private_calls, true);
    const u = await su.waitFor((x) => x._ === 'updateUserFull' && x.user_id === w.ids.me, 3000, 'updateUserFull');
    assert.deepEqual(u.user_full, after);
    assert.equal(ok(w.friend, { _: 'getUserFull', user_id: w.ids.me }).can_be_called, true);
  } finally {
    await w.done();
  }
});

test('privacyKeyAllowFindingByPhoneNumber: a stranger importing my number finds nobody, a contact finds me', async () => {
  const w = three();
  try {
    ok(w.me, setPrivacy('privacyKeyAllowFindingByPhoneNumber', { _: 'privacyRuleAllowContacts' }));
    const mine = { _: 'contact', phone_number: '9996640001', first_name: 'Who', last_name: '', user_id: 0 };
    assert.deepEqual(ok(w.stranger, { _: 'importContacts', contacts: [mine] }).user_ids, [0]);
    assert.equal(ok(w.stranger, { _: 'searchContacts', query: '', limit: 10 }).total_count, 0);
    assert.equal(ok(w.stranger, { _: 'getUser', user_id: w.ids.me }).phone_number, '', 'the number stays hidden');
    assert.deepEqual(ok(w.friend, { _: 'importContacts', contacts: [mine] }).user_ids, [w.ids.me]);
  } finally {
    await w.done();
  }
});

test('notification settings: a chat follows its kind and all chats until set; updates go to every session; reset puts defaults back', async () => {
  const w = three();
  try {
    const chat = ok(w.me, { _: 'createPrivateChat', user_id: w.ids.friend }).id as number;
    const group = ok(w.me, { _: 'createNewGroupChat', user_ids: [w.ids.friend], title: 'G' }).id as number;
    const scope = (s: TdObject): TdObject => ({ _: 'getNotificationSettings', scope: s });
    const chatScope = (id: number): TdObject => ({ _: 'notificationSettingsScopeChat', chat_id: id });
    const def = { _: 'notificationSettings', mute_for: 0, sound: 'default', show_preview: true };
    assert.deepEqual(ok(w.me, scope(chatScope(chat))), def);
    const mu = new Updates(w.me);
    ok(w.me, { _: 'setNotificationSettings', scope: { _: 'notificationSettingsScopePrivateChats' }, notification_settings: { _: 'notificationSettings', mute_for: 3600, sound: 'bell', show_preview: false } });
    const inherited = ok(w.me, scope(chatScope(chat)));
    assert.equal(inherited.sound, 'bell', 'the private chat follows private chats');
    assert.ok((inherited.mute_for as number) > 3500 && (inherited.mute_for as number) <= 3600);
    assert.deepEqual(ok(w.me, scope(chatScope(group))), def, 'a group does not');
    ok(w.me, { _: 'setNotificationSettings', scope: { _: 'notificationSettingsScopeAllChats' }, notification_settings: { _: 'notificationSettings', mute_for: 0, sound: 'chime', show_preview: true } });
    assert.equal(ok(w.me, scope(chatScope(group))).sound, 'chime', 'the group follows all chats');
    ok(w.me, { _: 'setNotificationSettings', scope: chatScope(group), notification_settings: { _: 'notificationSettings', mute_for: 0, sound: 'own', show_preview: true } });
    assert.equal((ok(w.me, { _: 'getChat', chat_id: group }).notification_settings as TdObject).sound, 'own', 'the chat object shows them');
    assert.equal(call(w.me, scope(chatScope(987654321))).code, 400, 'an unknown chat');
    assert.equal(
      call(w.me, { _: 'setNotificationSettings', scope: { _: 'notificationSettingsScopeAllChats' }, notification_settings: { _: 'notificationSettings', mute_for: -1, sound: '', show_preview: true } }).code,
      400,
    );
    const u = await mu.waitFor((x) => x._ === 'updateNotificationSettings' && (x.scope as TdObject)._ === 'notificationSettingsScopeChat', 3000, 'the chat update');
    assert.deepEqual(u.scope, chatScope(group));
    assert.equal(ok(w.friend, { _: 'getNotificationSettings', scope: chatScope(group) }).sound, 'default', 'another account keeps its own');
    mu.clear();
    ok(w.me, { _: 'resetAllNotificationSettings' });
    for (const s of [chatScope(chat), chatScope(group), { _: 'notificationSettingsScopeAllChats' }]) assert.deepEqual(ok(w.me, scope(s)), def);
    await mu.waitFor((x) => mu.list.filter((y) => y._ === 'updateNotificationSettings').length === 3 && x._ === 'updateNotificationSettings', 3000, 'three resets');
    for (const x of mu.list.filter((y) => y._ === 'updateNotificationSettings')) assert.deepEqual(x.notification_settings, def);
  } finally {
    await w.done();
  }
});

test('a muted chat: its new messages come with disable_notification, until the mute ends or a chat setting unmutes it', async () => {
  let now = 1_700_000_000_000;
  const w = three(() => now);
  try {
    const mu = new Updates(w.me);
    ok(w.friend, { _: 'createPrivateChat', user_id: w.ids.me });
    const group = ok(w.friend, { _: 'createNewGroupChat', user_ids: [w.ids.me], title: 'Loud' }).id as number;
    const incoming = async (chat: number, textValue: string): Promise<boolean> => {
      ok(w.friend, text(chat, textValue));
      const u = await mu.waitFor((x) => x._ === 'updateNewMessage' && ((x.message as TdObject).content as TdObject).text === textValue, 3000, textValue);
      return u.disable_notification as boolean;
    };
    const settings = (mute: number): TdObject => ({ _: 'notificationSettings', mute_for: mute, sound: 'default', show_preview: true });
    assert.equal(await incoming(w.ids.me, 'one'), false);
    ok(w.me, { _: 'setNotificationSettings', scope: { _: 'notificationSettingsScopePrivateChats' }, notification_settings: settings(3600) });
    assert.equal(await incoming(w.ids.me, 'two'), true, 'private chats are muted');
    assert.equal(await incoming(group, 'three'), false, 'groups are not');
    ok(w.me, { _: 'setNotificationSettings', scope: { _: 'notificationSettingsScopeChat', chat_id: w.ids.friend }, notification_settings: settings(0) });
    assert.equal(await incoming(w.ids.me, 'four'), false, 'the chat setting unmutes this chat');
    ok(w.me, { _: 'setNotificationSettings', scope: { _: 'notificationSettingsScopeChat', chat_id: group }, notification_settings: settings(600) });
    assert.equal(await incoming(group, 'five'), true);
    now += 601_000;
    assert.equal(await incoming(group, 'six'), false, 'the mute ended');
    const fu = new Updates(w.friend);
    ok(w.friend, text(group, 'seven'));
    const own = await fu.waitFor((x) => x._ === 'updateNewMessage' && ((x.message as TdObject).content as TdObject).text === 'seven', 3000, 'own');
    assert.equal(own.disable_notification, false, "the sender's own settings decide for the sender");
  } finally {
    await w.done();
  }
});
