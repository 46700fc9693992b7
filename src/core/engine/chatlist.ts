/** Chat list extras: client data kept with a chat, chats in common, public chat search, clearing a history. */
import type * as T from '../api-types.generated.js';
import { badRequest, err } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type AccountRow, getAccount, sql } from '../network/model.js';
import { countUnread, dialogOf } from '../network/ops.js';
import { renderChat } from '../network/render.js';
import { type HandlerEntry, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { setDraft } from './drafts.js';
import { checkLimit } from './users.js';

/** Longest client data kept with a chat. */
const MAX_CLIENT_DATA = 65536;

/** Chat list methods. */
export const chatListHandlers: HandlerEntry[] = [
  write('setChatClientData', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (p.client_data.length > MAX_CLIENT_DATA) return badRequest(`Client data must be at most ${MAX_CLIENT_DATA} characters`);
    sql(c.db, 'UPDATE dialogs SET client_data = ? WHERE owner = ? AND conv = ?').run(p.client_data, c.me, r.conv.id);
    return { _: 'ok' };
  }),

  read('getCommonChats', (c, p) => {
    const bad = checkLimit(p.limit);
    if (bad) return bad;
    if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
    // groups and channels both are members of, by chat id descending from offset_chat_id (0: from the top)
    const ids = sql(
      c.db,
      `SELECT d1.chat_id FROM dialogs d1 JOIN dialogs d2 ON d1.conv = d2.conv JOIN convs v ON v.id = d1.conv
       WHERE d1.owner = ? AND d2.owner = ? AND v.kind IN ('group', 'channel')
         AND d1.status IN ('creator', 'administrator', 'member') AND d2.status IN ('creator', 'administrator', 'member')
         AND (? = 0 OR d1.chat_id < ?)
       ORDER BY d1.chat_id DESC LIMIT ?`,
    )
      .pluck()
      .all(c.me, p.user_id, p.offset_chat_id, p.offset_chat_id, Math.min(p.limit, 100)) as number[];
    return { _: 'chats', chat_ids: ids };
  }),

  read('searchPublicChats', (c, p) => {
    const prefix = p.username_prefix.trim().replace(/^@/, '').toLowerCase();
    if (prefix.length < 1) return { _: 'chats', chat_ids: [] };
    // public chats are accounts and channels with a username; only those the caller already has
    // a chat with get a chat id without creating one
    const like = prefix.replace(/[\\%_]/g, (x) => `\\${x}`) + '%';
    const found = sql(c.db, "SELECT * FROM accounts WHERE username IS NOT NULL AND lower(username) LIKE ? ESCAPE '\\' ORDER BY lower(username) LIMIT 50").all(like) as AccountRow[];
    const ids = found.filter((a) => sql(c.db, 'SELECT 1 FROM dialogs WHERE owner = ? AND chat_id = ?').get(c.me, a.id) !== undefined).map((a) => a.id);
    const channels = sql(
      c.db,
      "SELECT d.chat_id FROM convs v JOIN dialogs d ON d.conv = v.id AND d.owner = ? WHERE v.kind = 'channel' AND v.username IS NOT NULL AND lower(v.username) LIKE ? ESCAPE '\\' ORDER BY lower(v.username) LIMIT 50",
    )
      .pluck()
      .all(c.me, like) as number[];
    return { _: 'chats', chat_ids: [...ids, ...channels] };
  }),

  write('deleteChatHistory', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    // for this account only: every visible message becomes hidden for it
    const ids = sql(c.db, 'SELECT id FROM messages m WHERE conv = ? AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.owner = ? AND h.conv = m.conv AND h.id = m.id)')
      .pluck()
      .all(r.conv.id, c.me) as number[];
    const hide = sql(c.db, 'INSERT OR IGNORE INTO hidden (owner, conv, id) VALUES (?, ?, ?)');
    for (const id of ids) hide.run(c.me, r.conv.id, id);
    if (ids.length > 0) feedAccount(c.db, c.me, { _: 'updateDeleteMessages', chat_id: r.d.chat_id, message_ids: ids });
    const d = dialogOf(c.db, c.me, r.conv.id)!;
    const unread = countUnread(c.db, d);
    sql(c.db, 'UPDATE dialogs SET unread_count = ?, order_key = CASE WHEN ? THEN 0 ELSE order_key END WHERE owner = ? AND conv = ?').run(unread, p.remove_from_chat_list ? 1 : 0, c.me, r.conv.id);
    if (p.remove_from_chat_list) {
      // out of the list means out of the pinned chats, and without a draft to hold it there
      if (r.d.pin_order > 0) {
        sql(c.db, 'UPDATE dialogs SET pin_order = 0 WHERE owner = ? AND conv = ?').run(c.me, r.conv.id);
        feedAccount(c.db, c.me, { _: 'updateChatIsPinned', chat_id: r.d.chat_id, is_pinned: false, order: String(r.d.draft !== null ? r.d.draft_order : 0) });
      }
      if (r.d.draft !== null) setDraft(c, { ...r.d, order_key: 0, pin_order: 0 }, null);
      feedAccount(c.db, c.me, { _: 'updateChatOrder', chat_id: r.d.chat_id, order: '0' });
    }
    const chat: T.chat = renderChat(c.db, dialogOf(c.db, c.me, r.conv.id)!, r.conv);
    feedAccount(c.db, c.me, { _: 'updateChatTopMessage', chat_id: chat.id, top_message: chat.top_message, order: chat.order });
    return { _: 'ok' };
  }),

  read('openMessageContent', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const seen = sql(c.db, 'SELECT 1 FROM messages m WHERE conv = ? AND id = ? AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.owner = ? AND h.conv = m.conv AND h.id = m.id)').get(r.conv.id, p.message_id, c.me);
    // no content here has an "opened" state yet (voice notes, self-destructing media): nothing to mark
    return seen ? { _: 'ok' } : err('MESSAGE_NOT_FOUND');
  }),
];
