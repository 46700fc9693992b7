/**
 * Privacy settings and notification settings of the account: setPrivacy/getPrivacy (enforced by
 * the network: src/core/network/privacy.ts) and get/set/resetAllNotificationSettings. Both belong
 * to the account, so every session of it sees a change (updatePrivacy, updateNotificationSettings).
 */
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, required } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { getAccount, sql } from '../network/model.js';
import { chatScopeKey, chatScopes, defaultNotificationSettings, effectiveNotificationSettings, type ScopeKey } from '../network/notify.js';
import { watchersOf } from '../network/ops.js';
import { privacyRules } from '../network/privacy.js';
import { renderUser } from '../network/render.js';
import { isErr, resolveChat } from './chats.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { userFullOf } from './users.js';

/** Most users one allow/disallow rule may name (Telegram's limit is of the same order). */
const MAX_RULE_USERS = 1000;

function checkRules(c: Ctx, rules: T.privacyRules | null): T.PrivacyRule[] | TdError {
  if (rules === null) return required('rules');
  const out: T.PrivacyRule[] = [];
  for (const r of rules.rules) {
    if (r === null) return required('rules.rules');
    if (r._ === 'privacyRuleAllowUsers' || r._ === 'privacyRuleDisallowUsers') {
      if (r.user_ids.length > MAX_RULE_USERS) return badRequest(`A privacy rule names at most ${MAX_RULE_USERS} users`);
      for (const id of r.user_ids) if (!getAccount(c.db, id)) return badRequest('User not found');
      out.push({ _: r._, user_ids: [...new Set(r.user_ids)] });
    } else out.push({ _: r._ } as T.PrivacyRule);
  }
  return out;
}

/** The scope of a request as stored, and the chat's kind for a chat scope; or the error to answer. */
function scopeKey(c: Ctx, scope: T.NotificationSettingsScope | null): { key: ScopeKey; chain: ScopeKey[] } | TdError {
  if (scope === null) return required('scope');
  switch (scope._) {
    case 'notificationSettingsScopeChat': {
      const r = resolveChat(c, scope.chat_id);
      if (isErr(r)) return r;
      return { key: chatScopeKey(scope.chat_id), chain: chatScopes(scope.chat_id, r.conv.kind) };
    }
    case 'notificationSettingsScopePrivateChats':
      return { key: 'private', chain: ['private', 'all'] };
    case 'notificationSettingsScopeGroupChats':
      return { key: 'group', chain: ['group', 'all'] };
    default:
      return { key: 'all', chain: ['all'] };
  }
}

/** The scope object of a stored key, for updateNotificationSettings. */
function scopeObject(key: ScopeKey): T.NotificationSettingsScope {
  if (key.startsWith('chat:')) return { _: 'notificationSettingsScopeChat', chat_id: Number(key.slice(5)) };
  if (key === 'private') return { _: 'notificationSettingsScopePrivateChats' };
  if (key === 'group') return { _: 'notificationSettingsScopeGroupChats' };
  return { _: 'notificationSettingsScopeAllChats' };
}

/** Privacy and notification methods. */
export const privacyHandlers: HandlerEntry[] = [
  write('setPrivacy', (c, p) => {
    if (p.key === null) return required('key');
    const rules = checkRules(c, p.rules);
    if (!Array.isArray(rules)) return rules;
    const key = p.key._;
    const told = key === 'privacyKeyUserStatus' || key === 'privacyKeyCall';
    const before = told ? watchersOf(c.db, c.me).filter((w) => w !== c.me) : [];
    sql(c.db, 'INSERT OR REPLACE INTO privacy (owner, key, rules) VALUES (?, ?, ?)').run(c.me, key, JSON.stringify(rules));
    feedAccount(c.db, c.me, { _: 'updatePrivacy', key: { _: key }, rules: { _: 'privacyRules', rules } });
    // what those who see me see changed: my last-seen status, or whether they may call me
    const a = getAccount(c.db, c.me)!;
    for (const w of before) {
      if (key === 'privacyKeyUserStatus') feedAccount(c.db, w, { _: 'updateUserStatus', user_id: c.me, status: renderUser(c.db, w, a, c.now()).status });
      else feedAccount(c.db, w, { _: 'updateUserFull', user_id: c.me, user_full: userFullOf(c.db, w, a) });
    }
    return { _: 'ok' };
  }),

  read('getPrivacy', (c, p) => {
    if (p.key === null) return required('key');
    return { _: 'privacyRules', rules: privacyRules(c.db, c.me, p.key._) };
  }),

  read('getNotificationSettings', (c, p) => {
    const s = scopeKey(c, p.scope);
    if (isErr(s)) return s;
    return effectiveNotificationSettings(c.db, c.me, s.chain, c.now());
  }),

  write('setNotificationSettings', (c, p) => {
    const s = scopeKey(c, p.scope);
    if (isErr(s)) return s;
    const n = p.notification_settings;
    if (n === null) return required('notification_settings');
    if (n.mute_for < 0) return badRequest('Parameter mute_for must be non-negative');
    sql(c.db, 'INSERT OR REPLACE INTO notify_settings (owner, scope, mute_until, sound, show_preview) VALUES (?, ?, ?, ?, ?)').run(
      c.me,
      s.key,
      n.mute_for === 0 ? 0 : c.now() + n.mute_for,
      n.sound,
      n.show_preview ? 1 : 0,
    );
    feedAccount(c.db, c.me, { _: 'updateNotificationSettings', scope: scopeObject(s.key), notification_settings: { _: 'notificationSettings', mute_for: n.mute_for, sound: n.sound, show_preview: n.show_preview } });
    return { _: 'ok' };
  }),

  write('resetAllNotificationSettings', (c) => {
    const keys = sql(c.db, 'SELECT scope FROM notify_settings WHERE owner = ? ORDER BY scope').pluck().all(c.me) as string[];
    sql(c.db, 'DELETE FROM notify_settings WHERE owner = ?').run(c.me);
    for (const k of keys) feedAccount(c.db, c.me, { _: 'updateNotificationSettings', scope: scopeObject(k), notification_settings: defaultNotificationSettings() });
    return { _: 'ok' };
  }),
];
