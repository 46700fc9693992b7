/** Chats: private chats, groups, the chat list with TD's order paging, members, titles. */
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type AccountRow, type ConvRow, type DialogRow, getAccount, isMember, sql } from '../network/model.js';
import { announceChat, dialogByChat, dialogOf, ensureDialog, getConv, memberDialogs, postMessage, privateConv } from '../network/ops.js';
import { CHAT_ORDER_SQL, convTitle, renderChat } from '../network/render.js';
import { MAX_RECENT_SHOWN, recentlyFound } from './recent.js';
import { USERNAME_RE } from './auth.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { checkLimit } from './users.js';
import { refuseGroupInvite } from './refusals.js';
import { statusObject } from './groups.js';
import { type ChannelConv, type MemberRow, addChannelMembers, changeChannelTitle, channelChatMember, publicChannelChat } from './channels.js';

/** A chat of the current user: its dialog and conversation, or the TD error to answer. */
export function resolveChat(c: Ctx, chatId: number): { d: DialogRow; conv: ConvRow } | TdError {
  const d = dialogByChat(c.db, c.me, chatId);
  const conv = d ? getConv(c.db, d.conv) : undefined;
  if (!d || !conv) return err('CHAT_NOT_FOUND');
  return { d, conv };
}

/** True when resolveChat answered an error. */
export function isErr(v: object): v is TdError {
  return (v as TdError)._ === 'error';
}

function openPrivate(c: Ctx, user: AccountRow): T.chat {
  const conv = privateConv(c.db, c.me, user.id, c.now());
  const { dialog, created } = ensureDialog(c.db, c.me, conv, c.now());
  if (created) announceChat(c.db, c.me, conv, c.now());
  return renderChat(c.db, dialog, conv);
}

function checkTitle(title: string): string | TdError {
  const t = title.trim();
  if (t === '') return err('CHAT_TITLE_EMPTY');
  if (t.length > 255) return badRequest('Chat title must be at most 255 characters');
  return t;
}

/** Chat methods. */
export const chatHandlers: HandlerEntry[] = [
  write('createPrivateChat', (c, p) => {
    const a = getAccount(c.db, p.user_id);
    return a ? openPrivate(c, a) : err('USER_NOT_FOUND');
  }),

  write('searchPublicChat', (c, p) => {
    const name = p.username.trim().replace(/^@/, '');
    if (!USERNAME_RE.test(name)) return err('USERNAME_INVALID');
    const a = sql(c.db, 'SELECT * FROM accounts WHERE lower(username) = lower(?)').get(name) as AccountRow | undefined;
    if (a) return openPrivate(c, a);
    return publicChannelChat(c, name) ?? err('USERNAME_NOT_OCCUPIED');
  }),

  write('createNewGroupChat', (c, p) => {
    const title = checkTitle(p.title);
    if (typeof title !== 'string') return title;
    const members = [...new Set(p.user_ids)].filter((u) => u !== c.me);
    for (const u of members) {
      const refused = refuseGroupInvite(c, u);
      if (refused) return refused;
    }
    const now = c.now();
    const id = Number(sql(c.db, "INSERT INTO convs (kind, title, created) VALUES ('group', ?, ?)").run(title, now).lastInsertRowid);
    const conv = getConv(c.db, id)!;
    ensureDialog(c.db, c.me, conv, now, { status: 'creator', order: true });
    for (const u of members) ensureDialog(c.db, u, conv, now, { status: 'member', inviter: c.me, order: true });
    for (const u of [c.me, ...members]) announceChat(c.db, u, conv, now);
    postMessage(c.db, conv, c.me, { _: 'messageGroupChatCreate', title, member_user_ids: members }, now);
    return renderChat(c.db, dialogOf(c.db, c.me, id)!, conv);
  }),

  read('getChat', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    return isErr(r) ? r : renderChat(c.db, r.d, r.conv);
  }),

  read('getChats', (c, p) => {
    const bad = checkLimit(p.limit);
    if (bad) return bad;
    let order: bigint;
    try {
      order = BigInt(p.offset_order);
    } catch {
      return badRequest('Parameter offset_order must be an int64 decimal string');
    }
    // pinned chats first (chatOrder in render.ts), then by last activity or draft
    const ids = sql(
      c.db,
      `SELECT chat_id FROM (SELECT d.chat_id, ${CHAT_ORDER_SQL} AS o FROM dialogs d WHERE d.owner = ?)
       WHERE o > 0 AND (o < ? OR (o = ? AND chat_id < ?)) ORDER BY o DESC, chat_id DESC LIMIT ?`,
    )
      .pluck()
      .all(c.me, order, order, p.offset_chat_id, Math.min(p.limit, 1000)) as number[];
    return { _: 'chats', chat_ids: ids };
  }),

  read('searchChats', (c, p) => {
    const bad = checkLimit(p.limit);
    if (bad) return bad;
    const q = p.query.trim().toLowerCase();
    // an empty query lists the recently found chats (addRecentlyFoundChat), as TD does
    if (q === '') return { _: 'chats', chat_ids: recentlyFound(c, Math.min(p.limit, MAX_RECENT_SHOWN)) };
    const rows = sql(c.db, `SELECT d.*, v.kind, v.title, v.user_a, v.user_b FROM dialogs d JOIN convs v ON v.id = d.conv WHERE d.owner = ? ORDER BY ${CHAT_ORDER_SQL} DESC, d.chat_id DESC`).all(c.me) as (DialogRow & ConvRow)[];
    const ids: number[] = [];
    for (const r of rows) {
      if (ids.length >= p.limit) break;
      const conv = { ...r, id: r.conv } as ConvRow;
      const title = convTitle(c.db, c.me, conv).toLowerCase();
      const uname = conv.kind === 'private' ? (getAccount(c.db, r.chat_id)?.username ?? '').toLowerCase() : '';
      if (title.includes(q) || (uname !== '' && uname.includes(q))) ids.push(r.chat_id);
    }
    return { _: 'chats', chat_ids: ids };
  }),

  write('addChatMember', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (r.conv.kind === 'channel') {
      if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
      return addChannelMembers(c, r.conv as ChannelConv, r.d as MemberRow, [p.user_id]);
    }
    if (r.conv.kind !== 'group') return badRequest("Can't add members to a private chat");
    if (!isMember(r.d.status) || (r.conv as ChannelConv).migrated_to) return err('CHAT_WRITE_FORBIDDEN');
    if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
    if (isMember(dialogOf(c.db, p.user_id, r.conv.id)?.status)) return err('USER_ALREADY_PARTICIPANT');
    const refused = refuseGroupInvite(c, p.user_id);
    if (refused) return refused;
    const now = c.now();
    ensureDialog(c.db, p.user_id, r.conv, now, { status: 'member', inviter: c.me, order: true });
    announceChat(c.db, p.user_id, r.conv, now);
    postMessage(c.db, r.conv, c.me, { _: 'messageChatAddMembers', member_user_ids: [p.user_id] }, now);
    return { _: 'ok' };
  }),

  read('getChatMember', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
    if (r.conv.kind === 'channel') return channelChatMember(c, r.conv, p.user_id);
    const d = dialogOf(c.db, p.user_id, r.conv.id);
    let status: T.ChatMemberStatus;
    if (r.conv.kind === 'private') {
      status = { _: p.user_id === r.conv.user_a || p.user_id === r.conv.user_b ? 'chatMemberStatusMember' : 'chatMemberStatusLeft' };
    } else {
      status = statusObject(d?.status, r.d.status === 'creator');
    }
    const a = getAccount(c.db, p.user_id)!;
    return {
      _: 'chatMember',
      user_id: p.user_id,
      inviter_user_id: d?.inviter ?? 0,
      join_date: d?.join_date ?? r.conv.created,
      status,
      bot_info: a.is_bot ? { _: 'botInfo', description: a.about, commands: [] } : null,
    };
  }),

  write('changeChatTitle', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (r.conv.kind === 'private') return badRequest("Can't change the title of a private chat");
    if (!isMember(r.d.status)) return err('CHAT_WRITE_FORBIDDEN');
    const title = checkTitle(p.title);
    if (typeof title !== 'string') return title;
    if (r.conv.kind === 'channel') return changeChannelTitle(c, r.conv as ChannelConv, r.d, title);
    if (title === r.conv.title) return { _: 'ok' };
    sql(c.db, 'UPDATE convs SET title = ? WHERE id = ?').run(title, r.conv.id);
    r.conv.title = title;
    for (const d of memberDialogs(c.db, r.conv.id)) feedAccount(c.db, d.owner, { _: 'updateChatTitle', chat_id: d.chat_id, title });
    postMessage(c.db, r.conv, c.me, { _: 'messageChatChangeTitle', title }, c.now());
    return { _: 'ok' };
  }),

  read('openChat', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    return isErr(r) ? r : { _: 'ok' };
  }),

  read('closeChat', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    return isErr(r) ? r : { _: 'ok' };
  }),
];

