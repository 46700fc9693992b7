/**
 * Basic groups: the group objects, member statuses changed with the caller's rights enforced
 * (kick, ban, promote, demote, add back, leave), the "all members are administrators" toggle,
 * and invite links (export, check, import) for groups and channels (channels.ts does the rest).
 *
 * Rights in a basic group, as Telegram had them in 2017: the creator may do everything; an
 * administrator (or every member while everyone_is_administrator is on) may add and remove
 * members but not other administrators; only the creator promotes and demotes, and toggles.
 */
import { randomBytes } from 'node:crypto';
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err, required } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type ConvRow, type DialogRow, getAccount, isMember, sql } from '../network/model.js';
import { announceChat, dialogOf, ensureDialog, getConv, memberDialogs, postMessage } from '../network/ops.js';
import { renderChat } from '../network/render.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { refuseGroupInvite } from './refusals.js';
import { type ChannelConv, type MemberRow, canExportChannelLink, changeChannelMemberStatus, joinChannel } from './channels.js';

/** The prefix of invite links; the rest is a random token. */
export const INVITE_PREFIX = 'https://t.me/joinchat/';

const NOT_ENOUGH_RIGHTS = (): TdError => badRequest('Not enough rights');

/** Extra columns of a group conversation (migration 6). */
interface GroupConv extends ConvRow {
  invite: string | null;
  all_admins: number;
  /** The supergroup it was upgraded to (migration 7); 0 while active. */
  migrated_to: number;
}

function groupConv(c: Ctx, groupId: number): GroupConv | undefined {
  const conv = getConv(c.db, groupId) as GroupConv | undefined;
  return conv && conv.kind === 'group' ? conv : undefined;
}

/** True when `d` may add and remove ordinary members. */
function canManage(conv: GroupConv, d: DialogRow | undefined): boolean {
  if (!d) return false;
  return d.status === 'creator' || d.status === 'administrator' || (conv.all_admins === 1 && d.status === 'member');
}

/** A member status as TD shows it. */
export function statusObject(status: string | undefined, viewerIsCreator: boolean): T.ChatMemberStatus {
  switch (status) {
    case 'creator':
      return { _: 'chatMemberStatusCreator' };
    case 'administrator': {
      return {
        _: 'chatMemberStatusAdministrator',
        can_be_edited: viewerIsCreator,
        can_change_info: true,
        can_post_messages: false,
        can_edit_messages: false,
        can_delete_messages: true,
        can_invite_users: true,
        can_restrict_members: true,
        can_pin_messages: false,
        can_promote_members: false,
      };
    }
    case 'member':
      // with everyone_is_administrator on a member also has the administrators' rights (canManage),
      // but keeps showing as a member, as TD shows it
      return { _: 'chatMemberStatusMember' };
    case 'banned':
      return { _: 'chatMemberStatusBanned', banned_until_date: 0 };
    default:
      return { _: 'chatMemberStatusLeft' };
  }
}

function memberCount(c: Ctx, conv: number): number {
  return sql(c.db, "SELECT COUNT(*) FROM dialogs WHERE conv = ? AND status IN ('creator', 'administrator', 'member')").pluck().get(conv) as number;
}

function renderGroup(c: Ctx, conv: GroupConv, viewer: number): T.group {
  const d = dialogOf(c.db, viewer, conv.id);
  return {
    _: 'group',
    id: conv.id,
    member_count: memberCount(c, conv.id),
    status: statusObject(d?.status, d?.status === 'creator'),
    everyone_is_administrator: conv.all_admins === 1,
    is_active: !conv.migrated_to,
    migrated_to_channel_id: conv.migrated_to ?? 0,
  };
}

function chatMember(c: Ctx, conv: GroupConv, d: DialogRow, viewerIsCreator: boolean): T.chatMember {
  const a = getAccount(c.db, d.owner);
  return {
    _: 'chatMember',
    user_id: d.owner,
    inviter_user_id: d.inviter,
    join_date: d.join_date,
    status: statusObject(d.status, viewerIsCreator),
    bot_info: a?.is_bot ? { _: 'botInfo', description: a.about, commands: [] } : null,
  };
}

/** Tells every member (and `also`) that the group changed: updateGroup as each sees it. */
function announceGroup(c: Ctx, conv: GroupConv, also: number[] = []): void {
  const fresh = groupConv(c, conv.id)!;
  const to = new Set([...memberDialogs(c.db, conv.id).map((d) => d.owner), ...also]);
  for (const owner of to) feedAccount(c.db, owner, { _: 'updateGroup', group: renderGroup(c, fresh, owner) });
}

/** updateGroup to every member of a basic group (channels.ts, after an upgrade). */
export function announceGroupChange(c: Ctx, groupId: number): void {
  const conv = groupConv(c, groupId);
  if (conv) announceGroup(c, conv);
}

function setStatus(c: Ctx, conv: GroupConv, user: number, status: DialogRow['status'], inviter = 0): void {
  const now = c.now();
  const had = dialogOf(c.db, user, conv.id);
  if (had) sql(c.db, 'UPDATE dialogs SET status = ?, inviter = CASE WHEN ? > 0 THEN ? ELSE inviter END WHERE owner = ? AND conv = ?').run(status, inviter, inviter, user, conv.id);
  else ensureDialog(c.db, user, conv, now, { status, inviter, order: true });
}

/** Group methods. */
export const groupHandlers: HandlerEntry[] = [
  read('getGroup', (c, p) => {
    const conv = groupConv(c, p.group_id);
    if (!conv || !dialogOf(c.db, c.me, conv.id)) return badRequest('Group not found');
    return renderGroup(c, conv, c.me);
  }),

  read('getGroupFull', (c, p) => {
    const conv = groupConv(c, p.group_id);
    const mine = conv ? dialogOf(c.db, c.me, conv.id) : undefined;
    if (!conv || !mine) return badRequest('Group not found');
    const members = memberDialogs(c.db, conv.id);
    const creator = sql(c.db, "SELECT owner FROM dialogs WHERE conv = ? AND status = 'creator'").pluck().get(conv.id) as number | undefined;
    return {
      _: 'groupFull',
      creator_user_id: creator ?? 0,
      members: members.map((d) => chatMember(c, conv, d, mine.status === 'creator')),
      invite_link: canManage(conv, mine) && conv.invite ? INVITE_PREFIX + conv.invite : '',
    };
  }),

  write('createGroupChat', (c, p) => {
    const conv = groupConv(c, p.group_id);
    const d = conv ? dialogOf(c.db, c.me, conv.id) : undefined;
    if (!conv || !d) return badRequest('Group not found');
    return renderChat(c.db, d, conv);
  }),

  write('changeChatMemberStatus', (c, p) => {
    if (p.status === null) return required('status');
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (r.conv.kind === 'channel') return changeChannelMemberStatus(c, r.conv as ChannelConv, r.d as MemberRow, p.user_id, p.status);
    if (r.conv.kind !== 'group') return badRequest("Can't change member status in a private chat");
    const conv = groupConv(c, r.conv.id)!;
    if (conv.migrated_to) return badRequest('The group was upgraded to a supergroup; manage its members there');
    if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
    const target = dialogOf(c.db, p.user_id, conv.id);
    const was = target?.status ?? 'left';
    const want = p.status._;
    const self = p.user_id === c.me;
    if (was === 'creator') {
      if (want === 'chatMemberStatusCreator') return { _: 'ok' };
      if (!(self && want === 'chatMemberStatusLeft')) return badRequest("Can't change the status of the chat creator");
    }
    const now = c.now();
    switch (want) {
      case 'chatMemberStatusCreator':
        return badRequest("Can't make a user the creator of a chat");
      case 'chatMemberStatusRestricted':
        return badRequest("Members of a basic group can't be restricted; migrate it to a supergroup first");
      case 'chatMemberStatusMember': {
        if (was === 'member') return { _: 'ok' };
        if (was === 'administrator') {
          if (r.d.status !== 'creator') return NOT_ENOUGH_RIGHTS();
          setStatus(c, conv, p.user_id, 'member');
          announceGroup(c, conv);
          return { _: 'ok' };
        }
        // adding (back): any member may add people, as in a 2017 basic group; a banned user needs a manager
        if (!isMember(r.d.status)) return err('CHAT_WRITE_FORBIDDEN');
        if (was === 'banned' && !canManage(conv, r.d)) return NOT_ENOUGH_RIGHTS();
        if (self) return badRequest("Can't add yourself; use an invite link");
        const refused = refuseGroupInvite(c, p.user_id);
        if (refused) return refused;
        setStatus(c, conv, p.user_id, 'member', c.me);
        announceChat(c.db, p.user_id, conv, now);
        postMessage(c.db, conv, c.me, { _: 'messageChatAddMembers', member_user_ids: [p.user_id] }, now);
        announceGroup(c, conv);
        return { _: 'ok' };
      }
      case 'chatMemberStatusAdministrator': {
        if (r.d.status !== 'creator') return NOT_ENOUGH_RIGHTS();
        if (!isMember(was)) return badRequest('USER_NOT_PARTICIPANT');
        if (was === 'administrator') return { _: 'ok' };
        setStatus(c, conv, p.user_id, 'administrator');
        announceGroup(c, conv);
        return { _: 'ok' };
      }
      case 'chatMemberStatusLeft':
      case 'chatMemberStatusBanned': {
        const banned = want === 'chatMemberStatusBanned';
        if (self) {
          if (banned) return badRequest("Can't ban yourself");
          if (!isMember(was)) return { _: 'ok' };
        } else {
          if (!canManage(conv, r.d)) return NOT_ENOUGH_RIGHTS();
          if (was === 'administrator' && r.d.status !== 'creator') return NOT_ENOUGH_RIGHTS();
          if (!isMember(was) && !banned) return { _: 'ok' };
        }
        // the removed member still gets the service message, then stops being a member
        if (isMember(was)) postMessage(c.db, conv, c.me, { _: 'messageChatDeleteMember', user_id: p.user_id }, now);
        setStatus(c, conv, p.user_id, banned ? 'banned' : 'left');
        announceGroup(c, conv, [p.user_id]);
        return { _: 'ok' };
      }
      default:
        return badRequest('Unsupported chat member status');
    }
  }),

  write('toggleGroupAdministrators', (c, p) => {
    const conv = groupConv(c, p.group_id);
    const d = conv ? dialogOf(c.db, c.me, conv.id) : undefined;
    if (!conv || !d || !isMember(d.status)) return badRequest('Group not found');
    if (d.status !== 'creator') return NOT_ENOUGH_RIGHTS();
    const on = p.everyone_is_administrator ? 1 : 0;
    if (conv.all_admins === on) return { _: 'ok' };
    sql(c.db, 'UPDATE convs SET all_admins = ? WHERE id = ?').run(on, conv.id);
    announceGroup(c, conv);
    return { _: 'ok' };
  }),

  write('exportChatInviteLink', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (r.conv.kind === 'private') return badRequest("Can't invite to a private chat");
    const conv = getConv(c.db, r.conv.id) as GroupConv;
    if (r.conv.kind === 'channel' ? !isMember(r.d.status) || !canExportChannelLink(c, r.d) : !canManage(conv, r.d) || conv.migrated_to) return NOT_ENOUGH_RIGHTS();
    // a new link replaces the old one, which stops working
    const token = randomBytes(16).toString('base64url');
    sql(c.db, 'UPDATE convs SET invite = ? WHERE id = ?').run(token, conv.id);
    return { _: 'chatInviteLink', invite_link: INVITE_PREFIX + token };
  }),

  read('checkChatInviteLink', (c, p) => {
    const conv = byInvite(c, p.invite_link);
    if (!conv) return badRequest('INVITE_HASH_INVALID');
    const d = dialogOf(c.db, c.me, conv.id);
    const members = memberDialogs(c.db, conv.id).map((m) => m.owner);
    const ch = conv.kind === 'channel' ? (conv as unknown as ChannelConv) : undefined;
    return {
      _: 'chatInviteLinkInfo',
      chat_id: d && isMember(d.status) ? d.chat_id : 0,
      title: conv.title,
      photo: null,
      member_count: members.length,
      member_user_ids: members.slice(0, 10),
      is_group: !ch,
      is_channel: !!ch,
      is_public_channel: !!ch?.username,
      is_supergroup_channel: ch?.is_supergroup === 1,
    };
  }),

  write('importChatInviteLink', (c, p) => {
    const conv = byInvite(c, p.invite_link);
    if (!conv) return badRequest('INVITE_HASH_INVALID');
    if (conv.kind === 'channel') return joinChannel(c, conv as unknown as ChannelConv, true);
    const d = dialogOf(c.db, c.me, conv.id);
    if (d && isMember(d.status)) return err('USER_ALREADY_PARTICIPANT');
    if (d?.status === 'banned') return badRequest('USER_BANNED_IN_CHANNEL');
    const now = c.now();
    setStatus(c, conv, c.me, 'member');
    announceChat(c.db, c.me, conv, now);
    postMessage(c.db, conv, c.me, { _: 'messageChatJoinByLink' }, now);
    announceGroup(c, conv);
    return { _: 'ok' };
  }),
];

function byInvite(c: Ctx, link: string): GroupConv | undefined {
  const m = /^(?:https?:\/\/)?(?:t\.me|telegram\.me)\/joinchat\/([A-Za-z0-9_-]{8,64})$/.exec(link.trim());
  if (!m) return undefined;
  return sql(c.db, "SELECT * FROM convs WHERE kind IN ('group', 'channel') AND invite = ?").get(m[1]) as GroupConv | undefined;
}
