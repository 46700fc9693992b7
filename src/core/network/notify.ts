/**
 * Notification settings of accounts (table `notify_settings`, migration 7). A chat without
 * settings of its own follows those of its kind (private or group chats), which follow those of
 * all chats, which default to Telegram's: not muted, the default sound, with previews.
 */
import type Database from 'better-sqlite3';
import type * as T from '../api-types.generated.js';
import { sql } from './model.js';

/** A scope as stored: `chat:<chat id as the owner sees it>`, `private`, `group` or `all`. */
export type ScopeKey = string;

/** The settings nobody changed. */
export function defaultNotificationSettings(): T.notificationSettings {
  return { _: 'notificationSettings', mute_for: 0, sound: 'default', show_preview: true };
}

/** The stored key of a chat's own scope. */
export function chatScopeKey(chatId: number): ScopeKey {
  return `chat:${chatId}`;
}

interface NotifyRow {
  scope: string;
  mute_until: number;
  sound: string;
  show_preview: number;
}

/**
 * The settings that apply to `scopes` (most specific first): the first one set wins, else the
 * default. `mute_for` counts down from the stored end of the mute.
 */
export function effectiveNotificationSettings(db: Database.Database, owner: number, scopes: ScopeKey[], nowSec: number): T.notificationSettings {
  const rows = sql(db, 'SELECT scope, mute_until, sound, show_preview FROM notify_settings WHERE owner = ?').all(owner) as NotifyRow[];
  for (const s of scopes) {
    const r = rows.find((x) => x.scope === s);
    if (r) return { _: 'notificationSettings', mute_for: Math.max(0, r.mute_until - nowSec), sound: r.sound, show_preview: r.show_preview === 1 };
  }
  return defaultNotificationSettings();
}

/** The scopes a chat's settings come from, most specific first. */
export function chatScopes(chatId: number, kind: 'private' | 'group' | string): ScopeKey[] {
  return [chatScopeKey(chatId), kind === 'private' ? 'private' : 'group', 'all'];
}

/**
 * The members of conversation `conv` (of kind `kind`) for whom it is muted now: their effective
 * settings for the chat (see effectiveNotificationSettings) have a mute that has not ended. One
 * query per message, which reads only the members that have settings at all.
 */
export function mutedMembers(db: Database.Database, conv: number, kind: string, nowSec: number): Set<number> | undefined {
  const rows = sql(
    db,
    "SELECT n.owner, n.scope, n.mute_until, d.chat_id FROM dialogs d JOIN notify_settings n ON n.owner = d.owner AND n.scope IN ('chat:' || d.chat_id, ?, 'all') WHERE d.conv = ?",
  ).all(kind === 'private' ? 'private' : 'group', conv) as (NotifyRow & { owner: number; chat_id: number })[];
  if (rows.length === 0) return undefined;
  const byOwner = new Map<number, typeof rows>();
  for (const r of rows) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r]);
  const muted = new Set<number>();
  for (const [owner, mine] of byOwner) {
    const chain = chatScopes(mine[0].chat_id, kind);
    const effective = chain.map((s) => mine.find((r) => r.scope === s)).find((r) => r !== undefined);
    if (effective && effective.mute_until > nowSec) muted.add(owner);
  }
  return muted;
}
