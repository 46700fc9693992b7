/**
 * Chat extras: top chats ranked by the account's own use, chat actions (typing, ...) to the other
 * members, screenshot and TTL notices, searches over call messages and secret chats, and the
 * report-spam offer and reports.
 */
import type * as T from '../api-types.generated.js';
import { badRequest, err, required } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type AccountRow, type ConvRow, type DialogRow, type MessageRow, getAccount, isMember, sql } from '../network/model.js';
import { announceChat, dialogByChat, ensureDialog, isBlocked, lastMessageId, memberDialogs, postMessage, privateConv } from '../network/ops.js';
import { renderMessage } from '../network/render.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { checkLimit } from './users.js';
import { MAX_PAGE } from './messages.js';

/** Most chats one getTopChats answers. */
const MAX_TOP_CHATS = 30;
/** A sent message weighs half in a top chat's rating at this age (seconds): recent use counts more. */
const RATING_HALF_LIFE = 7 * 86400;

/** The category name kept in top_resets. */
function categoryName(cat: T.TopChatCategory): string {
  return cat._.replace(/^topChatCategory/, '').toLowerCase();
}

/** The conversations that count for a category, as a WHERE clause over dialogs d, convs v and messages m. */
const CATEGORY_SQL: Record<string, string | undefined> = {
  users: "v.kind = 'private' AND d.chat_id <> @me AND m.sender = @me AND (SELECT is_bot FROM accounts WHERE id = d.chat_id) = 0",
  bots: "v.kind = 'private' AND m.sender = @me AND (SELECT is_bot FROM accounts WHERE id = d.chat_id) = 1",
  // basic groups and supergroups the account writes in
  groups: "(v.kind = 'group' OR (v.kind = 'channel' AND v.is_supergroup = 1 AND v.deleted = 0)) AND d.status IN ('creator', 'administrator', 'member') AND m.sender = @me",
  // broadcast channels: their readers use them by reading, so the posts read count (and any posted)
  channels: "v.kind = 'channel' AND v.is_supergroup = 0 AND v.deleted = 0 AND d.status IN ('creator', 'administrator', 'member') AND (m.sender = @me OR m.id <= d.last_read_inbox)",
  calls: "v.kind = 'private' AND d.chat_id <> @me AND json_extract(m.content, '$._') = 'messageCall'",
};

/** Weight of one message in a rating: 1 now, 1/2 at RATING_HALF_LIFE, 1/3 at twice that (a hyperbola: SQLite has no exp). */
const WEIGHT = `1.0 / (1 + MAX(0, @now - m.date) / ${RATING_HALF_LIFE}.0)`;

/**
 * Chat ids of a category, best first: each counts the account's messages there (for calls,
 * the call messages either way), recent ones more, only those after a deleteTopChat of it.
 * Inline bots count the messages sent through them (via_bot), in any chat.
 */
function topChats(c: Ctx, category: string, limit: number): number[] {
  const args = { me: c.me, now: c.now(), cat: category, n: limit };
  if (category === 'inlinebots') {
    return sql(
      c.db,
      `SELECT m.via_bot FROM dialogs d JOIN messages m ON m.conv = d.conv
       LEFT JOIN top_resets r ON r.owner = @me AND r.category = @cat AND r.chat_id = m.via_bot AND r.conv = d.conv
       WHERE d.owner = @me AND m.sender = @me AND m.via_bot <> 0 AND m.id > COALESCE(r.after_id, 0)
       GROUP BY m.via_bot ORDER BY SUM(${WEIGHT}) DESC, MAX(m.date) DESC, m.via_bot DESC LIMIT @n`,
    )
      .pluck()
      .all(args) as number[];
  }
  const where = CATEGORY_SQL[category];
  if (where === undefined) return [];
  return sql(
    c.db,
    `SELECT d.chat_id FROM dialogs d JOIN convs v ON v.id = d.conv JOIN messages m ON m.conv = d.conv
     LEFT JOIN top_resets r ON r.owner = @me AND r.category = @cat AND r.chat_id = d.chat_id AND r.conv = d.conv
     WHERE d.owner = @me AND ${where} AND m.id > COALESCE(r.after_id, 0)
     GROUP BY d.chat_id ORDER BY SUM(${WEIGHT}) DESC, MAX(m.date) DESC, d.chat_id DESC LIMIT @n`,
  )
    .pluck()
    .all(args) as number[];
}

/** The other user of a private dialog, or undefined (groups, the chat with oneself). */
function peerOf(c: Ctx, conv: ConvRow): AccountRow | undefined {
  if (conv.kind !== 'private') return undefined;
  const other = conv.user_a === c.me ? conv.user_b : conv.user_a;
  return other === null || other === c.me ? undefined : getAccount(c.db, other);
}

function isContact(c: Ctx, a: AccountRow | undefined): boolean {
  return a !== undefined && a.phone !== null && sql(c.db, 'SELECT 1 FROM contacts WHERE owner = ? AND phone = ?').get(c.me, a.phone) !== undefined;
}

/**
 * Whether the account may still report a chat as spam (Telegram's "report spam" bar): it has
 * not answered the offer yet, has sent nothing there, and the chat came from a stranger: a
 * private chat a non-contact wrote in first, or a group a non-contact added it to.
 */
function canReportSpam(c: Ctx, d: DialogRow, conv: ConvRow): boolean {
  if (d.spam_state !== null) return false;
  if (sql(c.db, 'SELECT 1 FROM messages WHERE conv = ? AND sender = ? LIMIT 1').get(conv.id, c.me) !== undefined) return false;
  if (conv.kind === 'private') {
    const peer = peerOf(c, conv);
    return peer !== undefined && !isContact(c, peer) && sql(c.db, 'SELECT 1 FROM messages WHERE conv = ? AND sender = ? LIMIT 1').get(conv.id, peer.id) !== undefined;
  }
  if (conv.kind !== 'group' || d.status === 'creator' || d.inviter === 0 || d.inviter === c.me) return false;
  return !isContact(c, getAccount(c.db, d.inviter));
}

function report(c: Ctx, conv: number, reason: string): void {
  sql(c.db, 'INSERT INTO chat_reports (reporter, conv, reason, date) VALUES (?, ?, ?, ?)').run(c.me, conv, reason, c.now());
}

/** Keeps a chat action's progress within 0..100, as TD does. */
function clampAction(a: T.ChatAction): T.ChatAction {
  return 'progress' in a ? { ...a, progress: Math.max(0, Math.min(100, a.progress)) } : a;
}

/** True for a secret chat (conversations of kind 'secret', src/core/engine/secret-chats.ts). */
function isSecret(conv: ConvRow): boolean {
  return (conv.kind as string) === 'secret';
}

function hasEntity(content: T.MessageContent, types: string[]): boolean {
  const entities = 'entities' in content ? content.entities : 'caption' in content && typeof content.caption === 'object' && content.caption !== null && 'entities' in content.caption ? (content.caption as T.formattedText).entities : [];
  return (entities as T.textEntity[]).some((e) => types.includes(e.type._));
}

/** Which contents a search filter keeps (undefined: all of them); `own` is true for the account's own messages. */
function filterKinds(filter: T.SearchMessagesFilter | null): ((content: T.MessageContent, own: boolean) => boolean) | undefined {
  const kinds = (...names: string[]) => (m: T.MessageContent) => names.includes(m._);
  switch (filter?._ ?? 'searchMessagesFilterEmpty') {
    case 'searchMessagesFilterEmpty':
      return undefined;
    case 'searchMessagesFilterAnimation':
      return kinds('messageAnimation');
    case 'searchMessagesFilterAudio':
      return kinds('messageAudio');
    case 'searchMessagesFilterDocument':
      return kinds('messageDocument');
    case 'searchMessagesFilterPhoto':
      return kinds('messagePhoto');
    case 'searchMessagesFilterVideo':
      return kinds('messageVideo');
    case 'searchMessagesFilterVoice':
      return kinds('messageVoiceNote');
    case 'searchMessagesFilterPhotoAndVideo':
      return kinds('messagePhoto', 'messageVideo');
    case 'searchMessagesFilterUrl':
      return (m) => hasEntity(m, ['textEntityTypeUrl', 'textEntityTypeTextUrl']);
    case 'searchMessagesFilterChatPhoto':
      return kinds('messageChatChangePhoto');
    case 'searchMessagesFilterCall':
      return kinds('messageCall');
    case 'searchMessagesFilterMissedCall':
      return (m) => m._ === 'messageCall' && m.discard_reason?._ === 'callDiscardReasonMissed';
    case 'searchMessagesFilterVideoNote':
      return kinds('messageVideoNote');
    case 'searchMessagesFilterVoiceAndVideoNote':
      return kinds('messageVoiceNote', 'messageVideoNote');
    case 'searchMessagesFilterMention':
      return (m, own) => !own && hasEntity(m, ['textEntityTypeMention', 'textEntityTypeMentionName']);
    default:
      // unread mentions: no message here carries an unread mention
      return () => false;
  }
}

/** Top chats, chat actions, notices, searches and spam reports. */
export const chatExtraHandlers: HandlerEntry[] = [
  write('getTopChats', (c, p) => {
    if (p.category === null) return required('category');
    const bad = checkLimit(p.limit);
    if (bad) return bad;
    const cat = categoryName(p.category);
    const ids = topChats(c, cat, Math.min(p.limit, MAX_TOP_CHATS));
    // an inline bot is ranked without a chat with it: open one (out of the list) so the id resolves
    if (cat === 'inlinebots') {
      for (const id of ids) {
        if (dialogByChat(c.db, c.me, id)) continue;
        const conv = privateConv(c.db, c.me, id, c.now());
        if (ensureDialog(c.db, c.me, conv, c.now()).created) announceChat(c.db, c.me, conv, c.now());
      }
    }
    return { _: 'chats', chat_ids: ids };
  }),

  write('deleteTopChat', (c, p) => {
    if (p.category === null) return required('category');
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const cat = categoryName(p.category);
    // the chat counts again from its next use: remember where its messages end now
    const put = sql(c.db, 'INSERT OR REPLACE INTO top_resets (owner, category, chat_id, conv, after_id) VALUES (?, ?, ?, ?, ?)');
    if (cat === 'inlinebots') {
      const convs = sql(c.db, 'SELECT d.conv AS conv, MAX(m.id) AS id FROM dialogs d JOIN messages m ON m.conv = d.conv WHERE d.owner = ? AND m.sender = ? AND m.via_bot = ? GROUP BY d.conv').all(
        c.me,
        c.me,
        p.chat_id,
      ) as { conv: number; id: number }[];
      for (const v of convs) put.run(c.me, cat, p.chat_id, v.conv, v.id);
    } else {
      put.run(c.me, cat, p.chat_id, r.conv.id, lastMessageId(c.db, r.conv));
    }
    return { _: 'ok' };
  }),

  write('sendChatAction', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (p.action === null) return required('action');
    if (!isMember(r.d.status)) return err('CHAT_WRITE_FORBIDDEN');
    // subscribers of a broadcast channel never see who is typing there
    if (r.conv.kind === 'channel' && (r.conv as ConvRow & { is_supergroup: number }).is_supergroup === 0) return { _: 'ok' };
    const action = clampAction(p.action);
    // members who have the chat hear of it (TD ignores actions in chats it does not know);
    // someone who blocked the account does not
    for (const d of memberDialogs(c.db, r.conv.id)) {
      if (d.owner === c.me || isBlocked(c.db, d.owner, c.me)) continue;
      feedAccount(c.db, d.owner, { _: 'updateUserChatAction', chat_id: d.chat_id, user_id: c.me, action });
    }
    return { _: 'ok' };
  }),

  write('sendChatScreenshotTakenNotification', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (r.conv.kind !== 'private' && !isSecret(r.conv)) return badRequest('Screenshot notifications can be sent only to private and secret chats');
    if (!isMember(r.d.status)) return err('CHAT_WRITE_FORBIDDEN');
    // a service message both sides see, as Telegram posts it
    postMessage(c.db, r.conv, c.me, { _: 'messageScreenshotTaken' }, c.now());
    return { _: 'ok' };
  }),

  read('searchSecretMessages', (c, p) => {
    const bad = checkLimit(p.limit);
    if (bad) return bad;
    let conv = 0;
    if (p.chat_id !== 0) {
      const r = resolveChat(c, p.chat_id);
      if (isErr(r)) return r;
      // a cloud chat has no secret messages to find (searchChatMessages searches it)
      if (!isSecret(r.conv)) return { _: 'foundMessages', messages: [], next_from_search_id: '0' };
      conv = r.conv.id;
    }
    let skip: number;
    try {
      skip = Number(BigInt(p.from_search_id));
    } catch {
      return badRequest('Parameter from_search_id must be an int64 decimal string');
    }
    if (skip < 0) return badRequest('Parameter from_search_id must not be negative');
    const wanted = filterKinds(p.filter);
    const q = p.query.trim().toLowerCase();
    // newest first over the account's secret chats (or one); the next search id counts the
    // messages passed so far
    const rows = sql(
      c.db,
      `SELECT m.*, d.chat_id AS chat_id, d.status AS status FROM dialogs d JOIN convs v ON v.id = d.conv JOIN messages m ON m.conv = d.conv
       WHERE d.owner = @me AND v.kind = 'secret' AND (@conv = 0 OR d.conv = @conv) AND instr(m.search, @q) > 0
         AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.owner = @me AND h.conv = m.conv AND h.id = m.id)
       ORDER BY m.date DESC, m.conv DESC, m.id DESC`,
    ).all({ me: c.me, conv, q }) as (MessageRow & { chat_id: number; status: DialogRow['status'] })[];
    const matching = wanted === undefined ? rows : rows.filter((m) => wanted(JSON.parse(m.content) as T.MessageContent, m.sender === c.me));
    const n = Math.min(p.limit, MAX_PAGE);
    const page = matching.slice(skip, skip + n);
    const next = skip + page.length < matching.length ? String(skip + page.length) : '0';
    return { _: 'foundMessages', messages: page.map((m) => renderMessage(c.me, m, m.chat_id, m.status === 'creator')), next_from_search_id: next };
  }),

  read('searchCallMessages', (c, p) => {
    const bad = checkLimit(p.limit);
    if (bad) return bad;
    const from = p.from_message_id <= 0 ? Number.MAX_SAFE_INTEGER : p.from_message_id;
    const missed = p.only_missed ? " AND json_extract(m.content, '$.discard_reason._') = 'callDiscardReasonMissed'" : '';
    const n = Math.min(p.limit, MAX_PAGE);
    const rows = sql(
      c.db,
      `SELECT m.*, d.chat_id AS chat_id, d.status AS status FROM dialogs d JOIN convs v ON v.id = d.conv JOIN messages m ON m.conv = d.conv
       WHERE d.owner = @me AND v.kind = 'private' AND m.id < @from AND json_extract(m.content, '$._') = 'messageCall'${missed}
         AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.owner = @me AND h.conv = m.conv AND h.id = m.id)
       ORDER BY m.id DESC, d.chat_id DESC LIMIT @n`,
    ).all({ me: c.me, from, n: n + 1 }) as (MessageRow & { chat_id: number; status: DialogRow['status'] })[];
    // ids grow per chat here, so several chats can share one: a page never splits such a group
    // (the next page starts below the last id returned), which may make it shorter than limit
    if (rows.length > n) {
      const cut = rows[n].id;
      const kept = rows.slice(0, n).filter((m) => m.id !== cut);
      if (kept.length > 0) rows.splice(0, rows.length, ...kept);
      else rows.splice(0, rows.length, ...rows.filter((m) => m.id === cut));
    }
    return { _: 'messages', total_count: rows.length, messages: rows.map((m) => renderMessage(c.me, m, m.chat_id, m.status === 'creator')) };
  }),

  read('getChatReportSpamState', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    return { _: 'chatReportSpamState', can_report_spam: canReportSpam(c, r.d, r.conv) };
  }),

  write('changeChatReportSpamState', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (!canReportSpam(c, r.d, r.conv)) return badRequest("Can't update chat report spam state");
    // answered once for good: the offer is gone either way
    sql(c.db, 'UPDATE dialogs SET spam_state = ? WHERE owner = ? AND conv = ?').run(p.is_spam_chat ? 'spam' : 'not_spam', c.me, r.conv.id);
    if (p.is_spam_chat) report(c, r.conv.id, 'spam');
    return { _: 'ok' };
  }),

  write('reportChat', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (p.reason === null) return required('reason');
    // moderators can check only what is not private between people: a bot, or a channel
    const peer = peerOf(c, r.conv);
    const checkable = r.conv.kind === 'private' ? peer?.is_bot === 1 : r.conv.kind !== 'group';
    if (!checkable) return badRequest("Chat can't be reported");
    const reason = p.reason._ === 'chatReportReasonOther' ? `other: ${p.reason.text}` : p.reason._.replace(/^chatReportReason/, '').toLowerCase();
    report(c, r.conv.id, reason);
    return { _: 'ok' };
  }),
];
