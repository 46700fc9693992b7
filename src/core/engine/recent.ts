/**
 * What an account used lately: the recently found chats (addRecentlyFoundChat, shown by
 * searchChats with an empty query) and the hashtags of its sent messages (searchHashtags).
 * Both are kept per account on the network side, so every session and process of it sees them.
 */
import type * as T from '../api-types.generated.js';
import { badRequest, err } from '../errors.js';
import { sql } from '../network/model.js';
import { dialogByChat } from '../network/ops.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { checkLimit } from './users.js';

/** Most chats the recently found list keeps; older ones fall off its end. */
export const MAX_RECENT_FOUND = 50;
/** Most recently found chats searchChats shows for an empty query. */
export const MAX_RECENT_SHOWN = 20;
/** Most hashtags the account's recent list keeps. */
const MAX_HASHTAGS = 200;
/** Most hashtags one searchHashtags answers. */
const MAX_HASHTAGS_SHOWN = 100;

/** The account's recently found chats, newest first, at most `limit`. */
export function recentlyFound(c: Ctx, limit: number): number[] {
  return sql(c.db, 'SELECT chat_id FROM recent_found WHERE owner = ? ORDER BY pos DESC LIMIT ?').pluck().all(c.me, limit) as number[];
}

/** Hashtag of a textEntityTypeHashtag entity's text, without '#' and lower-cased (the key it is remembered by). */
function tagKey(tag: string): string {
  return tag.replace(/^#/, '').toLowerCase();
}

/** The account's recent hashtags, last used first (at most MAX_HASHTAGS). */
function ownTags(c: Ctx): string[] {
  return sql(c.db, 'SELECT tag FROM recent_hashtags WHERE owner = ? ORDER BY used DESC').pluck().all(c.me) as string[];
}

/**
 * Forgets the spellings of a hashtag (by its key), but `keep`. The keys are compared here, not in
 * SQL: SQLite's lower() folds ASCII letters only, and a tag may be #Привет.
 */
function forgetTag(c: Ctx, key: string, keep?: string): void {
  const del = sql(c.db, 'DELETE FROM recent_hashtags WHERE owner = ? AND tag = ?');
  for (const t of ownTags(c)) if (t !== keep && tagKey(t) === key) del.run(c.me, t);
}

/** After the account sent a text: its hashtags become its most recent ones (searchHashtags). */
export function noteHashtags(c: Ctx, content: T.MessageContent): void {
  if (content._ !== 'messageText') return;
  const tags = content.entities.filter((e) => e.type._ === 'textEntityTypeHashtag').map((e) => content.text.slice(e.offset + 1, e.offset + e.length));
  if (tags.length === 0) return;
  let used = (sql(c.db, 'SELECT COALESCE(MAX(used), 0) FROM recent_hashtags WHERE owner = ?').pluck().get(c.me) as number) ?? 0;
  const put = sql(c.db, 'INSERT INTO recent_hashtags (owner, tag, used) VALUES (?, ?, ?) ON CONFLICT (owner, tag) DO UPDATE SET used = excluded.used');
  // a tag keeps the spelling of its last use; case does not make another tag
  for (const t of tags) {
    forgetTag(c, tagKey(t), t);
    put.run(c.me, t, ++used);
  }
  sql(c.db, 'DELETE FROM recent_hashtags WHERE owner = ? AND used <= ?').run(c.me, used - MAX_HASHTAGS);
}

/** Recently found chats and recent hashtags. */
export const recentHandlers: HandlerEntry[] = [
  write('addRecentlyFoundChat', (c, p) => {
    if (!dialogByChat(c.db, c.me, p.chat_id)) return err('CHAT_NOT_FOUND');
    const pos = ((sql(c.db, 'SELECT COALESCE(MAX(pos), 0) FROM recent_found WHERE owner = ?').pluck().get(c.me) as number) ?? 0) + 1;
    sql(c.db, 'INSERT INTO recent_found (owner, chat_id, pos) VALUES (?, ?, ?) ON CONFLICT (owner, chat_id) DO UPDATE SET pos = excluded.pos').run(c.me, p.chat_id, pos);
    sql(c.db, 'DELETE FROM recent_found WHERE owner = ? AND pos <= ?').run(c.me, pos - MAX_RECENT_FOUND);
    return { _: 'ok' };
  }),

  write('deleteRecentlyFoundChat', (c, p) => {
    sql(c.db, 'DELETE FROM recent_found WHERE owner = ? AND chat_id = ?').run(c.me, p.chat_id);
    return { _: 'ok' };
  }),

  write('deleteRecentlyFoundChats', (c) => {
    sql(c.db, 'DELETE FROM recent_found WHERE owner = ?').run(c.me);
    return { _: 'ok' };
  }),

  read('searchHashtags', (c, p) => {
    const bad = checkLimit(p.limit);
    if (bad) return bad;
    const prefix = tagKey(p.prefix.trim());
    // most recently used first; a prefix matches case-insensitively, as TD's hints do
    const tags = ownTags(c).filter((t) => tagKey(t).startsWith(prefix));
    return { _: 'hashtags', hashtags: tags.slice(0, Math.min(p.limit, MAX_HASHTAGS_SHOWN)) };
  }),

  write('deleteRecentHashtag', (c, p) => {
    const key = tagKey(p.hashtag.trim());
    if (key === '') return badRequest('Hashtag must be non-empty');
    forgetTag(c, key);
    return { _: 'ok' };
  }),
];
