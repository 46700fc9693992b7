/**
 * Channels: supergroups and broadcast channels. Members with statuses and rights enforced
 * (creator; administrators with their own rights; members; restricted members with rights and an
 * end date; left; banned with an end date), public usernames, invite links (with groups.ts),
 * pinned messages, settings, the administrators' event log, migrating a basic group, deleting a
 * channel, members' spam reported by administrators, public message links.
 *
 * Rights follow Telegram's of late 2017: the creator may do everything; an administrator has the
 * rights given when promoted, may give only rights they have, and may change only administrators
 * they promoted; a restriction or ban ends at its until_date (0, or less than 30 s or more than
 * 366 days ahead, means never) and is read as ended from then on, without a write.
 */
import type Database from 'better-sqlite3';
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type ConvRow, type DialogRow, type MessageRow, getAccount, isMember, sql } from '../network/model.js';
import { announceChat, dialogOf, ensureDialog, getConv, lastMessageId, memberDialogs, nextActivity, postMessage, retireMessageId } from '../network/ops.js';
import { fullName, renderChat, renderMessage } from '../network/render.js';
import { USERNAME_RE } from './auth.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { INVITE_PREFIX, announceGroupChange, statusObject } from './groups.js';
import { refuseGroupInvite } from './refusals.js';

/** A channel conversation with the columns of migration 7. */
export interface ChannelConv extends ConvRow {
  is_supergroup: number;
  username: string | null;
  about: string;
  anyone_can_invite: number;
  sign_messages: number;
  pinned: number;
  sticker_set: string;
  migrated_from: number;
  migrated_from_max: number;
  migrated_to: number;
  deleted: number;
  invite: string | null;
}

/** A dialog row with the member columns of migration 7. */
export interface MemberRow extends DialogRow {
  rights: number;
  restricted: number;
  until: number;
  promoter: number;
}

/** Administrator rights, one bit each (dialogs.rights of an administrator), in the schema's order. */
const ADMIN_RIGHTS = [
  'can_change_info',
  'can_post_messages',
  'can_edit_messages',
  'can_delete_messages',
  'can_invite_users',
  'can_restrict_members',
  'can_pin_messages',
  'can_promote_members',
] as const;
type AdminRight = (typeof ADMIN_RIGHTS)[number];

/** What a restricted member may still do, one bit each (dialogs.rights of a restricted member). */
const MEMBER_RIGHTS = ['can_send_messages', 'can_send_media_messages', 'can_send_other_messages', 'can_add_web_page_previews'] as const;
type MemberRight = (typeof MEMBER_RIGHTS)[number];
const ALL_MEMBER_RIGHTS = (1 << MEMBER_RIGHTS.length) - 1;

/** Rights a basic group's administrators keep when the group becomes a supergroup. */
const MIGRATED_ADMIN = bits(ADMIN_RIGHTS, ['can_change_info', 'can_delete_messages', 'can_invite_users', 'can_restrict_members', 'can_pin_messages']);

/** Public channels one account may create, as Telegram limits them. */
export const MAX_PUBLIC_CHANNELS = 10;
/** Most members one page of getChannelMembers or searchChatMembers lists. */
const MAX_MEMBERS_PAGE = 200;
/** Longest channel description. */
const MAX_DESCRIPTION = 255;

function bits<N extends string>(names: readonly N[], on: N[]): number {
  return on.reduce((acc, n) => acc | (1 << names.indexOf(n)), 0);
}

function flagsOf<N extends string>(names: readonly N[], obj: Record<string, unknown>): number {
  return names.reduce((acc, n, i) => (obj[n] === true ? acc | (1 << i) : acc), 0);
}

const NOT_ENOUGH_RIGHTS = (what: string): TdError => badRequest(`Not enough rights to ${what}`);
const CHANNEL_NOT_FOUND = (): TdError => badRequest('Channel not found');

/** The channel of that id, or undefined (a basic group or private conversation is not one). */
export function channelConv(db: Database.Database, id: number): ChannelConv | undefined {
  const conv = getConv(db, id) as ChannelConv | undefined;
  return conv && conv.kind === 'channel' ? conv : undefined;
}

function memberRow(db: Database.Database, owner: number, conv: number): MemberRow | undefined {
  return dialogOf(db, owner, conv) as MemberRow | undefined;
}

/** A user's role in a channel as it is now (an ended restriction or ban reads as ended). */
interface Role {
  role: 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'banned';
  /** In the chat (receives its messages). */
  member: boolean;
  /** Administrator rights (all for the creator) or, when restricted, what the member may still do. */
  rights: number;
  until: number;
}

function roleOf(c: Ctx, d: MemberRow | undefined): Role {
  if (!d) return { role: 'left', member: false, rights: 0, until: 0 };
  const now = c.now();
  const ended = d.until > 0 && d.until <= now;
  switch (d.status) {
    case 'creator':
      return { role: 'creator', member: true, rights: (1 << ADMIN_RIGHTS.length) - 1, until: 0 };
    case 'administrator':
      return { role: 'administrator', member: true, rights: d.rights, until: 0 };
    case 'banned':
      return ended ? { role: 'left', member: false, rights: 0, until: 0 } : { role: 'banned', member: false, rights: 0, until: d.until };
    default: {
      const member = d.status === 'member';
      if (d.restricted === 1 && !ended) return { role: 'restricted', member, rights: d.rights, until: d.until };
      return { role: member ? 'member' : 'left', member, rights: 0, until: 0 };
    }
  }
}

function has(r: Role, right: AdminRight): boolean {
  return r.role === 'creator' || (r.role === 'administrator' && (r.rights & (1 << ADMIN_RIGHTS.indexOf(right))) !== 0);
}

function isAdmin(r: Role): boolean {
  return r.role === 'creator' || r.role === 'administrator';
}

/** True when `me` may change the administrator `target` (the creator, or whoever promoted them with the right to). */
function canEditAdmin(c: Ctx, me: Role, target: MemberRow | undefined): boolean {
  return me.role === 'creator' || (has(me, 'can_promote_members') && target?.promoter === c.me);
}

/** The status object of a role, as a viewer whose own role is `viewer` (and id `viewerId`) sees it. */
function statusOf(c: Ctx, conv: ChannelConv, d: MemberRow | undefined, viewerId: number): T.ChatMemberStatus {
  const r = roleOf(c, d);
  switch (r.role) {
    case 'creator':
      return { _: 'chatMemberStatusCreator' };
    case 'administrator': {
      const viewer = roleOf(c, memberRow(c.db, viewerId, conv.id));
      const s: Record<string, unknown> = { _: 'chatMemberStatusAdministrator', can_be_edited: viewer.role === 'creator' || (has(viewer, 'can_promote_members') && d!.promoter === viewerId) };
      ADMIN_RIGHTS.forEach((n, i) => (s[n] = (r.rights & (1 << i)) !== 0));
      return s as unknown as T.ChatMemberStatus;
    }
    case 'restricted': {
      const s: Record<string, unknown> = { _: 'chatMemberStatusRestricted', is_member: r.member, restricted_until_date: r.until };
      MEMBER_RIGHTS.forEach((n, i) => (s[n] = (r.rights & (1 << i)) !== 0));
      return s as unknown as T.ChatMemberStatus;
    }
    case 'member':
      return { _: 'chatMemberStatusMember' };
    case 'banned':
      return { _: 'chatMemberStatusBanned', banned_until_date: r.until };
    default:
      return { _: 'chatMemberStatusLeft' };
  }
}

/** Telegram's rule for an end date: 0, or less than 30 s or more than 366 days ahead, is forever. */
function untilOf(c: Ctx, until: number): number {
  const ahead = until - c.now();
  return until === 0 || ahead < 30 || ahead > 366 * 86400 ? 0 : until;
}

/** The `channel` object as `viewer` sees it. */
export function renderChannel(c: Ctx, conv: ChannelConv, viewer: number): T.channel {
  const d = memberRow(c.db, viewer, conv.id);
  return {
    _: 'channel',
    id: conv.id,
    username: conv.username ?? '',
    date: d && isMember(d.status) ? d.join_date : conv.created,
    status: statusOf(c, conv, d, viewer),
    anyone_can_invite: conv.anyone_can_invite === 1,
    sign_messages: conv.sign_messages === 1,
    is_supergroup: conv.is_supergroup === 1,
    is_verified: false,
    restriction_reason: '',
  };
}

function count(c: Ctx, conv: number, where: string): number {
  return sql(c.db, `SELECT COUNT(*) FROM dialogs WHERE conv = @conv AND ${where}`).pluck().get({ conv, now: c.now() }) as number;
}

const ACTIVE = '(until = 0 OR until > @now)';

/** The `channelFull` object as `viewer` sees it. */
function renderChannelFull(c: Ctx, conv: ChannelConv, viewer: number): T.channelFull {
  const me = roleOf(c, memberRow(c.db, viewer, conv.id));
  return {
    _: 'channelFull',
    description: conv.about,
    member_count: count(c, conv.id, "status IN ('creator', 'administrator', 'member')"),
    administrator_count: count(c, conv.id, "status IN ('creator', 'administrator')"),
    restricted_count: count(c, conv.id, `restricted = 1 AND status IN ('member', 'left') AND ${ACTIVE}`),
    banned_count: count(c, conv.id, `status = 'banned' AND ${ACTIVE}`),
    can_get_members: canGetMembers(conv, me),
    can_set_username: me.role === 'creator',
    can_set_sticker_set: conv.is_supergroup === 1 && has(me, 'can_change_info'),
    sticker_set_id: conv.sticker_set,
    invite_link: has(me, 'can_invite_users') && conv.invite ? INVITE_PREFIX + conv.invite : '',
    pinned_message_id: conv.pinned,
    migrated_from_group_id: conv.migrated_from,
    migrated_from_max_message_id: conv.migrated_from_max,
  };
}

function canGetMembers(conv: ChannelConv, me: Role): boolean {
  return conv.is_supergroup === 1 ? me.member : isAdmin(me);
}

/** Members and `also` (as they are after the change). */
function audience(c: Ctx, conv: ChannelConv, also: number[]): Set<number> {
  return new Set([...memberDialogs(c.db, conv.id).map((d) => d.owner), ...also]);
}

/** updateChannel to members and `also`, each with their own status. */
function announceChannel(c: Ctx, conv: ChannelConv, also: number[] = []): void {
  const fresh = channelConv(c.db, conv.id)!;
  for (const u of audience(c, fresh, also)) feedAccount(c.db, u, { _: 'updateChannel', channel: renderChannel(c, fresh, u) });
}

/** updateChannelFull to members and `also`, each as they see it. */
function announceChannelFull(c: Ctx, conv: ChannelConv, also: number[] = []): void {
  const fresh = channelConv(c.db, conv.id)!;
  for (const u of audience(c, fresh, also)) feedAccount(c.db, u, { _: 'updateChannelFull', channel_id: fresh.id, channel_full: renderChannelFull(c, fresh, u) });
}

/** As TD does, a client learns a channel (updateChannel) before the chat (updateChat). */
function announceChannelChat(c: Ctx, conv: ChannelConv, user: number): void {
  feedAccount(c.db, user, { _: 'updateChannel', channel: renderChannel(c, channelConv(c.db, conv.id)!, user) });
  announceChat(c.db, user, conv, c.now());
}

/** Event log categories (chatEventLogFilters' fields). */
type EventKind =
  | 'message_edits'
  | 'message_deletions'
  | 'message_pins'
  | 'member_joins'
  | 'member_leaves'
  | 'member_invites'
  | 'member_promotions'
  | 'member_restrictions'
  | 'info_changes'
  | 'setting_changes';

function logEvent(c: Ctx, conv: ConvRow, kind: EventKind, action: T.ChatEventAction): void {
  sql(c.db, 'INSERT INTO chat_events (conv, date, user_id, kind, action) VALUES (?, ?, ?, ?, ?)').run(conv.id, c.now(), c.me, kind, JSON.stringify(action));
}

/** Records an edit of a channel message in the event log (called by editMessageText). */
export function logEdited(c: Ctx, conv: ConvRow, chatId: number, before: MessageRow, after: MessageRow): void {
  if (conv.kind !== 'channel') return;
  logEvent(c, conv, 'message_edits', { _: 'chatEventMessageEdited', old_message: renderMessage(c.me, before, chatId), new_message: renderMessage(c.me, after, chatId) });
}

/** Records the deletion of someone else's channel message in the event log (called by deleteMessages). */
export function logDeleted(c: Ctx, conv: ConvRow, chatId: number, m: MessageRow): void {
  if (conv.kind !== 'channel' || m.sender === c.me) return;
  logEvent(c, conv, 'message_deletions', { _: 'chatEventMessageDeleted', message: renderMessage(c.me, m, chatId) });
}

/** True when the caller may delete other members' messages in this chat (deleteMessages with revoke). */
export function canDeleteOthers(c: Ctx, r: { d: DialogRow; conv: ConvRow }): boolean {
  if (r.conv.kind === 'channel') return has(roleOf(c, r.d as MemberRow), 'can_delete_messages');
  return r.d.status === 'creator' || r.d.status === 'administrator';
}

/** True when the caller may edit other members' posts (an administrator of a broadcast channel with can_edit_messages). */
export function canEditOthers(c: Ctx, r: { d: DialogRow; conv: ConvRow }): boolean {
  return r.conv.kind === 'channel' && (r.conv as ChannelConv).is_supergroup !== 1 && has(roleOf(c, r.d as MemberRow), 'can_edit_messages');
}

/** Input contents a restricted member needs can_send_other_messages for; every other kind but text-like ones needs media. */
const OTHER_CONTENTS = new Set(['inputMessageSticker', 'inputMessageAnimation', 'inputMessageGame']);
const PLAIN_CONTENTS = new Set(['inputMessageText', 'inputMessageLocation', 'inputMessageVenue', 'inputMessageContact', 'inputMessageForwarded']);

/**
 * Why the caller may not send a message of kind `input` (an InputMessageContent constructor)
 * into this chat, or undefined when they may: membership, a deactivated (migrated) group, a
 * broadcast channel's posting right, a restricted member's rights.
 */
export function writeDenied(c: Ctx, r: { d: DialogRow; conv: ConvRow }, input = 'inputMessageText'): TdError | undefined {
  if (r.conv.kind === 'group' && (r.conv as ChannelConv).migrated_to) return badRequest('The group was upgraded to a supergroup; write there');
  if (r.conv.kind !== 'channel') return isMember(r.d.status) ? undefined : err('CHAT_WRITE_FORBIDDEN');
  const conv = r.conv as ChannelConv;
  const me = roleOf(c, r.d as MemberRow);
  if (!me.member || conv.deleted) return err('CHAT_WRITE_FORBIDDEN');
  if (conv.is_supergroup !== 1) return has(me, 'can_post_messages') ? undefined : badRequest('Need administrator rights to post in a channel');
  if (me.role !== 'restricted') return undefined;
  const need: MemberRight = PLAIN_CONTENTS.has(input) ? 'can_send_messages' : OTHER_CONTENTS.has(input) ? 'can_send_other_messages' : 'can_send_media_messages';
  if ((me.rights & (1 << MEMBER_RIGHTS.indexOf(need))) === 0) return badRequest(`Have no rights to send a message (${need} is off)`);
  return undefined;
}

/** The chatMember of a user in a channel, for getChatMember. */
export function channelChatMember(c: Ctx, conv: ConvRow, userId: number): T.chatMember {
  const ch = conv as ChannelConv;
  const d = memberRow(c.db, userId, conv.id);
  const a = getAccount(c.db, userId);
  return {
    _: 'chatMember',
    user_id: userId,
    inviter_user_id: d?.inviter ?? 0,
    join_date: d?.join_date ?? 0,
    status: statusOf(c, ch, d, c.me),
    bot_info: a?.is_bot ? { _: 'botInfo', description: a.about, commands: [] } : null,
  };
}

/** A channel the caller knows: a member or former member, or anyone when it is public. */
function knownChannel(c: Ctx, channelId: number): { conv: ChannelConv; d: MemberRow | undefined } | TdError {
  const conv = channelConv(c.db, channelId);
  if (!conv) return CHANNEL_NOT_FOUND();
  const d = memberRow(c.db, c.me, conv.id);
  if (!d && !conv.username) return CHANNEL_NOT_FOUND();
  return { conv, d };
}

/** A channel the caller is a member of. */
function myChannel(c: Ctx, channelId: number): { conv: ChannelConv; d: MemberRow; me: Role } | TdError {
  const k = knownChannel(c, channelId);
  if (isErr(k)) return k;
  const me = roleOf(c, k.d);
  if (!k.d || !me.member || k.conv.deleted) return err('CHAT_WRITE_FORBIDDEN');
  return { conv: k.conv, d: k.d, me };
}

/** The channel of a chat id the caller has, or an error (a private chat or basic group is not one). */
function chatChannel(c: Ctx, chatId: number): { conv: ChannelConv; d: MemberRow } | TdError {
  const r = resolveChat(c, chatId);
  if (isErr(r)) return r;
  if (r.conv.kind !== 'channel') return badRequest('Chat is not a supergroup or channel');
  return { conv: r.conv as ChannelConv, d: r.d as MemberRow };
}

function setMember(c: Ctx, conv: ChannelConv, user: number, f: { status: DialogRow['status']; rights?: number; restricted?: number; until?: number; promoter?: number; inviter?: number }): boolean {
  const had = dialogOf(c.db, user, conv.id);
  if (!had) ensureDialog(c.db, user, conv, c.now(), { status: f.status, inviter: f.inviter ?? 0, order: true });
  else if (isMember(f.status) && !isMember(had.status)) {
    // coming (back) in: a new join date, and the chat returns to the top of the list
    sql(c.db, 'UPDATE dialogs SET status = ?, inviter = ?, join_date = ?, order_key = ? WHERE owner = ? AND conv = ?').run(f.status, f.inviter ?? 0, c.now(), nextActivity(c.db), user, conv.id);
  } else sql(c.db, 'UPDATE dialogs SET status = ? WHERE owner = ? AND conv = ?').run(f.status, user, conv.id);
  sql(c.db, 'UPDATE dialogs SET rights = ?, restricted = ?, until = ?, promoter = ? WHERE owner = ? AND conv = ?').run(
    f.rights ?? 0,
    f.restricted ?? 0,
    f.until ?? 0,
    f.promoter ?? 0,
    user,
    conv.id,
  );
  return !had;
}

/**
 * Adds `users` to a channel on behalf of the caller (addChatMember, addChatMembers, a member
 * status of Member for someone outside): needs the right to invite (any member of a supergroup
 * while anyone_can_invite is on); a banned user needs the right to restrict as well.
 */
export function addChannelMembers(c: Ctx, conv: ChannelConv, mine: MemberRow, users: number[]): T.ok | TdError {
  const me = roleOf(c, mine);
  if (!me.member || conv.deleted) return err('CHAT_WRITE_FORBIDDEN');
  const mayInvite = has(me, 'can_invite_users') || (conv.is_supergroup === 1 && conv.anyone_can_invite === 1 && me.role !== 'restricted');
  if (!mayInvite) return NOT_ENOUGH_RIGHTS('add members');
  const added: number[] = [];
  for (const u of [...new Set(users)]) {
    if (!getAccount(c.db, u)) return err('USER_NOT_FOUND');
    const target = memberRow(c.db, u, conv.id);
    const was = roleOf(c, target);
    if (was.member) {
      if (users.length === 1) return err('USER_ALREADY_PARTICIPANT');
      continue;
    }
    if (was.role === 'banned' && !has(me, 'can_restrict_members')) return badRequest('USER_BANNED_IN_CHANNEL');
    // the added user's privacy rules (privacyKeyChatInvite) and a deleted account refuse, as for groups
    const refused = refuseGroupInvite(c, u);
    if (refused) return refused;
    // a restriction stays with the user when they come back; a ban is lifted by adding
    const keep = was.role === 'restricted' ? { restricted: 1, rights: was.rights, until: was.until } : {};
    const created = setMember(c, conv, u, { status: 'member', inviter: c.me, ...keep });
    if (created || !target || !isMember(target.status)) announceChannelChat(c, conv, u);
    logEvent(c, conv, 'member_invites', { _: 'chatEventMemberInvited', user_id: u, status: statusOf(c, conv, memberRow(c.db, u, conv.id), c.me) });
    added.push(u);
  }
  if (added.length === 0) return { _: 'ok' };
  if (conv.is_supergroup === 1) postMessage(c.db, conv, c.me, { _: 'messageChatAddMembers', member_user_ids: added }, c.now());
  announceChannelFull(c, conv);
  return { _: 'ok' };
}

/** Joins a channel as the caller (a public one by status Member, any one through its invite link). */
export function joinChannel(c: Ctx, conv: ChannelConv, byLink: boolean): T.ok | TdError {
  const mine = memberRow(c.db, c.me, conv.id);
  const was = roleOf(c, mine);
  if (conv.deleted) return CHANNEL_NOT_FOUND();
  if (was.member) return byLink ? err('USER_ALREADY_PARTICIPANT') : { _: 'ok' };
  if (was.role === 'banned') return badRequest('USER_BANNED_IN_CHANNEL');
  if (!byLink && !conv.username) return badRequest('CHANNEL_PRIVATE: join a private channel through its invite link');
  const keep = was.role === 'restricted' ? { restricted: 1, rights: was.rights, until: was.until } : {};
  setMember(c, conv, c.me, { status: 'member', ...keep });
  announceChannelChat(c, conv, c.me);
  logEvent(c, conv, 'member_joins', { _: 'chatEventMemberJoined' });
  if (conv.is_supergroup === 1) postMessage(c.db, conv, c.me, byLink ? { _: 'messageChatJoinByLink' } : { _: 'messageChatAddMembers', member_user_ids: [c.me] }, c.now());
  announceChannelFull(c, conv);
  return { _: 'ok' };
}

/** Whether `me` may export (and see) a channel's invite link. */
export function canExportChannelLink(c: Ctx, d: DialogRow): boolean {
  return has(roleOf(c, d as MemberRow), 'can_invite_users');
}

/** changeChatMemberStatus in a channel, with the caller's rights enforced. */
export function changeChannelMemberStatus(c: Ctx, conv: ChannelConv, mine: MemberRow, userId: number, status: T.ChatMemberStatus): T.ok | TdError {
  if (!getAccount(c.db, userId)) return err('USER_NOT_FOUND');
  if (conv.deleted) return CHANNEL_NOT_FOUND();
  const target = memberRow(c.db, userId, conv.id);
  const was = roleOf(c, target);
  const me = roleOf(c, mine);
  const self = userId === c.me;
  const want = status._;
  const supergroup = conv.is_supergroup === 1;
  const before = statusOf(c, conv, target, c.me);
  const now = c.now();
  if (was.role === 'creator') {
    if (want === 'chatMemberStatusCreator') return { _: 'ok' };
    if (!(self && want === 'chatMemberStatusLeft')) return badRequest("Can't change the status of the chat creator");
  }
  if (self && want === 'chatMemberStatusMember' && !was.member) return joinChannel(c, conv, false);
  if (!me.member) return err('CHAT_WRITE_FORBIDDEN');
  // removing someone's membership (kick, ban, restrict out): the service message first, while they still get it
  const removing = (): void => {
    if (was.member && supergroup) postMessage(c.db, conv, c.me, { _: 'messageChatDeleteMember', user_id: userId }, now);
  };
  const manageTarget = (): TdError | undefined => {
    if (self) return undefined;
    if (!has(me, 'can_restrict_members')) return NOT_ENOUGH_RIGHTS('restrict or remove members');
    if (was.role === 'administrator' && !canEditAdmin(c, me, target)) return NOT_ENOUGH_RIGHTS('change an administrator another administrator appointed');
    return undefined;
  };
  let kind: EventKind = 'member_restrictions';
  switch (want) {
    case 'chatMemberStatusCreator':
      return badRequest("Can't make a user the creator of a chat");
    case 'chatMemberStatusAdministrator': {
      if (!has(me, 'can_promote_members')) return NOT_ENOUGH_RIGHTS('appoint administrators');
      if (was.role === 'administrator' && !canEditAdmin(c, me, target)) return NOT_ENOUGH_RIGHTS('change an administrator another administrator appointed');
      if (!was.member) return badRequest('USER_NOT_PARTICIPANT');
      let rights = flagsOf(ADMIN_RIGHTS, status as unknown as Record<string, unknown>);
      // posting and editing posts belong to broadcast channels, pinning to supergroups
      rights &= supergroup ? ~bits(ADMIN_RIGHTS, ['can_post_messages', 'can_edit_messages']) : ~bits(ADMIN_RIGHTS, ['can_pin_messages']);
      if (me.role !== 'creator' && (rights & ~me.rights) !== 0) return NOT_ENOUGH_RIGHTS('give rights the caller does not have');
      setMember(c, conv, userId, { status: 'administrator', rights, promoter: c.me });
      kind = 'member_promotions';
      break;
    }
    case 'chatMemberStatusMember': {
      if (was.role === 'member') return { _: 'ok' };
      if (was.role === 'administrator') {
        if (!self && !canEditAdmin(c, me, target)) return NOT_ENOUGH_RIGHTS('demote this administrator');
        setMember(c, conv, userId, { status: 'member' });
        kind = 'member_promotions';
        break;
      }
      if (was.role === 'restricted' && was.member) {
        const bad = manageTarget();
        if (bad) return bad;
        setMember(c, conv, userId, { status: 'member' });
        break;
      }
      return addChannelMembers(c, conv, mine, [userId]);
    }
    case 'chatMemberStatusRestricted': {
      if (!supergroup) return badRequest("Members of a broadcast channel can't be restricted; ban them instead");
      if (self) return badRequest("Can't restrict yourself");
      const bad = manageTarget();
      if (bad) return bad;
      const s = status as T.chatMemberStatusRestricted;
      let rights = flagsOf(MEMBER_RIGHTS, s as unknown as Record<string, unknown>);
      // each right needs the one it builds on: media needs messages, other needs media, previews need messages
      if (!(rights & 1)) rights &= ~(2 | 4 | 8);
      if (!(rights & 2)) rights &= ~4;
      const stays = s.is_member && was.member;
      if (!stays) removing();
      if (rights === ALL_MEMBER_RIGHTS) setMember(c, conv, userId, { status: stays ? 'member' : 'left' });
      else setMember(c, conv, userId, { status: stays ? 'member' : 'left', restricted: 1, rights, until: untilOf(c, s.restricted_until_date) });
      break;
    }
    case 'chatMemberStatusLeft': {
      if (self) {
        if (!was.member) return { _: 'ok' };
        removing();
        const r = roleOf(c, target);
        setMember(c, conv, userId, r.role === 'restricted' ? { status: 'left', restricted: 1, rights: r.rights, until: r.until } : { status: 'left' });
        kind = 'member_leaves';
        break;
      }
      const bad = manageTarget();
      if (bad) return bad;
      if (!was.member && was.role !== 'banned') return { _: 'ok' };
      removing();
      setMember(c, conv, userId, { status: 'left' });
      break;
    }
    case 'chatMemberStatusBanned': {
      if (self) return badRequest("Can't ban yourself");
      const bad = manageTarget();
      if (bad) return bad;
      removing();
      setMember(c, conv, userId, { status: 'banned', until: untilOf(c, (status as T.chatMemberStatusBanned).banned_until_date) });
      break;
    }
    default:
      return badRequest('Unsupported chat member status');
  }
  const after = statusOf(c, conv, memberRow(c.db, userId, conv.id), c.me);
  if (kind === 'member_leaves') logEvent(c, conv, kind, { _: 'chatEventMemberLeft' });
  else if (kind === 'member_promotions') logEvent(c, conv, kind, { _: 'chatEventMemberPromoted', user_id: userId, old_status: before, new_status: after });
  else logEvent(c, conv, kind, { _: 'chatEventMemberRestricted', user_id: userId, old_status: before, new_status: after });
  feedAccount(c.db, userId, { _: 'updateChannel', channel: renderChannel(c, channelConv(c.db, conv.id)!, userId) });
  announceChannelFull(c, conv, [userId]);
  return { _: 'ok' };
}

/** Records a new or removed photo of a channel in its event log (called by changeChatPhoto). */
export function logPhotoChanged(c: Ctx, conv: ConvRow, oldPhoto: T.chatPhoto | null, newPhoto: T.chatPhoto | null): void {
  if (conv.kind !== 'channel') return;
  logEvent(c, conv, 'info_changes', { _: 'chatEventPhotoChanged', old_photo: oldPhoto, new_photo: newPhoto });
}

/** Why the caller may not change a channel's photo (the right to change its info), or undefined. */
export function channelPhotoDenied(c: Ctx, mine: DialogRow): TdError | undefined {
  const me = roleOf(c, mine as MemberRow);
  if (!me.member) return err('CHAT_WRITE_FORBIDDEN');
  return has(me, 'can_change_info') ? undefined : NOT_ENOUGH_RIGHTS('change the photo');
}

/** changeChatTitle in a channel: needs the right to change its info. */
export function changeChannelTitle(c: Ctx, conv: ChannelConv, mine: DialogRow, title: string): T.ok | TdError {
  const me = roleOf(c, mine as MemberRow);
  if (!me.member) return err('CHAT_WRITE_FORBIDDEN');
  if (!has(me, 'can_change_info')) return NOT_ENOUGH_RIGHTS('change the title');
  if (title === conv.title) return { _: 'ok' };
  sql(c.db, 'UPDATE convs SET title = ? WHERE id = ?').run(title, conv.id);
  logEvent(c, conv, 'info_changes', { _: 'chatEventTitleChanged', old_title: conv.title, new_title: title });
  conv.title = title;
  for (const d of memberDialogs(c.db, conv.id)) feedAccount(c.db, d.owner, { _: 'updateChatTitle', chat_id: d.chat_id, title });
  postMessage(c.db, conv, c.me, { _: 'messageChatChangeTitle', title }, c.now());
  return { _: 'ok' };
}

/** The chat of a public channel with that username, for searchPublicChat (a dialog is made for the viewer). */
export function publicChannelChat(c: Ctx, username: string): T.chat | undefined {
  const conv = sql(c.db, "SELECT * FROM convs WHERE kind = 'channel' AND deleted = 0 AND lower(username) = lower(?)").get(username) as ChannelConv | undefined;
  if (!conv) return undefined;
  return openChannelChat(c, conv);
}

function openChannelChat(c: Ctx, conv: ChannelConv): T.chat {
  let d = dialogOf(c.db, c.me, conv.id);
  if (!d) {
    // a viewer of a public channel: not a member, not in the chat list (order 0) until they join
    d = ensureDialog(c.db, c.me, conv, c.now(), { status: 'left' }).dialog;
    announceChannelChat(c, conv, c.me);
  }
  return renderChat(c.db, d, conv);
}

/** True when another account or channel holds that username (case-insensitively). */
export function usernameTaken(db: Database.Database, name: string, exceptChannel = 0, exceptAccount = 0): boolean {
  const acc = sql(db, 'SELECT id FROM accounts WHERE lower(username) = lower(?)').pluck().get(name) as number | undefined;
  if (acc !== undefined && acc !== exceptAccount) return true;
  const ch = sql(db, 'SELECT id FROM convs WHERE lower(username) = lower(?)').pluck().get(name) as number | undefined;
  return ch !== undefined && ch !== exceptChannel;
}

function checkRights(c: Ctx, channelId: number, right: AdminRight, what: string): { conv: ChannelConv; d: MemberRow; me: Role } | TdError {
  const m = myChannel(c, channelId);
  if (isErr(m)) return m;
  if (!has(m.me, right)) return NOT_ENOUGH_RIGHTS(what);
  return m;
}

function memberObject(c: Ctx, conv: ChannelConv, d: MemberRow): T.chatMember {
  const a = getAccount(c.db, d.owner);
  return {
    _: 'chatMember',
    user_id: d.owner,
    inviter_user_id: d.inviter,
    join_date: d.join_date,
    status: statusOf(c, conv, d, c.me),
    bot_info: a?.is_bot ? { _: 'botInfo', description: a.about, commands: [] } : null,
  };
}

function matches(c: Ctx, user: number, q: string): boolean {
  if (q === '') return true;
  const a = getAccount(c.db, user);
  if (!a) return false;
  const name = fullName(a).toLowerCase();
  const uname = (a.username ?? '').toLowerCase();
  return name.split(/\s+/).some((w) => w.startsWith(q)) || name.startsWith(q) || (uname !== '' && uname.startsWith(q.replace(/^@/, '')));
}

function checkPage(offset: number, limit: number): TdError | undefined {
  if (limit <= 0) return badRequest('Parameter limit must be positive');
  if (offset < 0) return badRequest('Parameter offset must be non-negative');
  return undefined;
}

/** Members of a channel that pass `filter`, newest first (administrators by promotion order: creator first). */
function listMembers(c: Ctx, conv: ChannelConv, filter: T.ChannelMembersFilter | null): MemberRow[] {
  const rows = sql(c.db, 'SELECT * FROM dialogs WHERE conv = ? ORDER BY join_date DESC, owner DESC').all(conv.id) as MemberRow[];
  const f = filter ?? { _: 'channelMembersFilterRecent' };
  return rows.filter((d) => {
    const r = roleOf(c, d);
    switch (f._) {
      case 'channelMembersFilterAdministrators':
        return isAdmin(r);
      case 'channelMembersFilterSearch':
        return r.member && matches(c, d.owner, f.query.trim().toLowerCase());
      case 'channelMembersFilterRestricted':
        return r.role === 'restricted' && matches(c, d.owner, f.query.trim().toLowerCase());
      case 'channelMembersFilterBanned':
        return r.role === 'banned' && matches(c, d.owner, f.query.trim().toLowerCase());
      case 'channelMembersFilterBots':
        return r.member && getAccount(c.db, d.owner)?.is_bot === 1;
      default:
        return r.member;
    }
  });
}

/** Deletes messages of a conversation for everyone, with the updates (deleteMessagesFromUser, deleteChannel). */
function deleteForAll(c: Ctx, conv: ChannelConv, rows: MessageRow[]): void {
  if (rows.length === 0) return;
  const ids = rows.map((m) => m.id);
  for (const m of rows) {
    retireMessageId(c.db, conv, m.id);
    sql(c.db, 'DELETE FROM messages WHERE conv = ? AND id = ?').run(conv.id, m.id);
    sql(c.db, 'DELETE FROM hidden WHERE conv = ? AND id = ?').run(conv.id, m.id);
  }
  for (const d of memberDialogs(c.db, conv.id)) feedAccount(c.db, d.owner, { _: 'updateDeleteMessages', chat_id: d.chat_id, message_ids: ids });
}

function reportSpam(c: Ctx, conv: ConvRow, userId: number, messageIds: number[]): void {
  sql(c.db, 'INSERT INTO spam_reports (reporter, conv, user_id, message_ids, date) VALUES (?, ?, ?, ?, ?)').run(c.me, conv.id, userId, JSON.stringify(messageIds), c.now());
}

/** Channel methods (plus the chat methods that mean channels: event log, public links, members' spam). */
export const channelHandlers: HandlerEntry[] = [
  read('getChannel', (c, p) => {
    const k = knownChannel(c, p.channel_id);
    return isErr(k) ? k : renderChannel(c, k.conv, c.me);
  }),

  read('getChannelFull', (c, p) => {
    const k = knownChannel(c, p.channel_id);
    return isErr(k) ? k : renderChannelFull(c, k.conv, c.me);
  }),

  write('createChannelChat', (c, p) => {
    const k = knownChannel(c, p.channel_id);
    return isErr(k) ? k : openChannelChat(c, k.conv);
  }),

  write('createNewChannelChat', (c, p) => {
    const title = p.title.trim();
    if (title === '') return err('CHAT_TITLE_EMPTY');
    if (title.length > 255) return badRequest('Chat title must be at most 255 characters');
    const about = p.description.trim();
    if (about.length > MAX_DESCRIPTION) return badRequest(`Description must be at most ${MAX_DESCRIPTION} characters`);
    const now = c.now();
    const id = Number(
      sql(c.db, "INSERT INTO convs (kind, title, created, is_supergroup, about, all_admins) VALUES ('channel', ?, ?, ?, ?, 0)").run(title, now, p.is_supergroup ? 1 : 0, about)
        .lastInsertRowid,
    );
    const conv = channelConv(c.db, id)!;
    ensureDialog(c.db, c.me, conv, now, { status: 'creator', order: true });
    announceChannelChat(c, conv, c.me);
    postMessage(c.db, conv, c.me, { _: 'messageChannelChatCreate', title }, now);
    return renderChat(c.db, dialogOf(c.db, c.me, id)!, conv);
  }),

  write('migrateGroupChatToChannelChat', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (r.conv.kind !== 'group') return badRequest('Only basic groups can be upgraded to supergroups');
    const group = r.conv as ChannelConv;
    if (group.migrated_to) return badRequest('The group was already upgraded');
    if (r.d.status !== 'creator') return NOT_ENOUGH_RIGHTS('upgrade the group (creator only)');
    const now = c.now();
    const maxId = lastMessageId(c.db, group);
    const id = Number(
      sql(c.db, "INSERT INTO convs (kind, title, created, is_supergroup, all_admins, migrated_from, migrated_from_max) VALUES ('channel', ?, ?, 1, 0, ?, ?)").run(group.title, now, group.id, maxId)
        .lastInsertRowid,
    );
    postMessage(c.db, group, c.me, { _: 'messageChatMigrateTo', channel_id: id }, now);
    sql(c.db, 'UPDATE convs SET migrated_to = ?, invite = NULL WHERE id = ?').run(id, group.id);
    // the history moves over with its ids; messages hidden for one member stay hidden
    sql(c.db, 'INSERT INTO messages (conv, id, sender, date, edit_date, reply_to, content, search, fwd, markup, via_bot) SELECT ?, id, sender, date, edit_date, reply_to, content, search, fwd, markup, via_bot FROM messages WHERE conv = ? AND id <= ?').run(id, group.id, maxId);
    sql(c.db, 'INSERT INTO hidden (owner, conv, id) SELECT owner, ?, id FROM hidden WHERE conv = ? AND id <= ?').run(id, group.id, maxId);
    sql(c.db, 'UPDATE convs SET last_msg_id = ? WHERE id = ?').run(maxId, id);
    const conv = channelConv(c.db, id)!;
    const people = sql(c.db, 'SELECT * FROM dialogs WHERE conv = ?').all(group.id) as DialogRow[];
    for (const d of people) {
      if (d.status === 'left') continue;
      ensureDialog(c.db, d.owner, conv, now, { status: d.status, inviter: d.inviter, order: isMember(d.status) });
      sql(c.db, 'UPDATE dialogs SET join_date = ?, last_read_inbox = ?, unread_count = ?, rights = ?, promoter = ? WHERE owner = ? AND conv = ?').run(
        d.join_date,
        d.last_read_inbox,
        d.unread_count,
        d.status === 'administrator' ? MIGRATED_ADMIN : 0,
        d.status === 'administrator' ? c.me : 0,
        d.owner,
        id,
      );
      // the old group leaves the chat list; it stays readable
      sql(c.db, 'UPDATE dialogs SET order_key = 0 WHERE owner = ? AND conv = ?').run(d.owner, group.id);
    }
    announceGroupChange(c, group.id);
    for (const d of people) {
      if (!isMember(d.status)) continue;
      feedAccount(c.db, d.owner, { _: 'updateChatOrder', chat_id: d.chat_id, order: '0' });
      announceChannelChat(c, conv, d.owner);
    }
    postMessage(c.db, conv, c.me, { _: 'messageChatMigrateFrom', title: group.title, group_id: group.id }, now);
    return renderChat(c.db, dialogOf(c.db, c.me, id)!, conv);
  }),

  write('addChatMembers', (c, p) => {
    const ch = chatChannel(c, p.chat_id);
    if (isErr(ch)) return ch;
    if (p.user_ids.length === 0) return badRequest('No users to add');
    if (p.user_ids.length > MAX_MEMBERS_PAGE) return badRequest(`At most ${MAX_MEMBERS_PAGE} users can be added at once`);
    return addChannelMembers(c, ch.conv, ch.d, p.user_ids);
  }),

  read('searchChatMembers', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (p.limit <= 0) return badRequest('Parameter limit must be positive');
    const q = p.query.trim().toLowerCase();
    let rows: T.chatMember[];
    if (r.conv.kind === 'private') {
      const users = [...new Set([r.conv.user_a!, r.conv.user_b!])];
      rows = users.filter((u) => matches(c, u, q)).map((u) => ({ _: 'chatMember', user_id: u, inviter_user_id: 0, join_date: r.conv.created, status: { _: 'chatMemberStatusMember' }, bot_info: null }));
    } else if (r.conv.kind === 'channel') {
      const conv = r.conv as ChannelConv;
      if (!canGetMembers(conv, roleOf(c, r.d as MemberRow))) return NOT_ENOUGH_RIGHTS('list the members of a broadcast channel');
      rows = listMembers(c, conv, { _: 'channelMembersFilterSearch', query: q }).map((d) => memberObject(c, conv, d));
    } else {
      rows = memberDialogs(c.db, r.conv.id)
        .filter((d) => matches(c, d.owner, q))
        .map((d) => channelChatMemberOfGroup(c, d));
    }
    return { _: 'chatMembers', total_count: rows.length, members: rows.slice(0, Math.min(p.limit, MAX_MEMBERS_PAGE)) };
  }),

  write('changeChannelUsername', (c, p) => {
    const m = myChannel(c, p.channel_id);
    if (isErr(m)) return m;
    if (m.me.role !== 'creator') return NOT_ENOUGH_RIGHTS('change the username (creator only)');
    const name = p.username.trim().replace(/^@/, '');
    if (name !== '') {
      if (!USERNAME_RE.test(name)) return err('USERNAME_INVALID');
      if (usernameTaken(c.db, name, m.conv.id)) return err('USERNAME_OCCUPIED');
      const mine = sql(c.db, "SELECT COUNT(*) FROM convs v JOIN dialogs d ON d.conv = v.id WHERE d.owner = ? AND d.status = 'creator' AND v.kind = 'channel' AND v.username IS NOT NULL AND v.id <> ?").pluck().get(c.me, m.conv.id) as number;
      if (!m.conv.username && mine >= MAX_PUBLIC_CHANNELS) return badRequest('CHANNELS_ADMIN_PUBLIC_TOO_MUCH');
    }
    if ((m.conv.username ?? '') === name) return { _: 'ok' };
    sql(c.db, 'UPDATE convs SET username = ? WHERE id = ?').run(name === '' ? null : name, m.conv.id);
    logEvent(c, m.conv, 'info_changes', { _: 'chatEventUsernameChanged', old_username: m.conv.username ?? '', new_username: name });
    announceChannel(c, m.conv);
    return { _: 'ok' };
  }),

  write('setChannelStickerSet', (c, p) => {
    const m = checkRights(c, p.channel_id, 'can_change_info', 'set the sticker set');
    if (isErr(m)) return m;
    if (m.conv.is_supergroup !== 1) return badRequest('Only supergroups have a sticker set');
    let id: bigint;
    try {
      id = BigInt(p.sticker_set_id);
    } catch {
      return badRequest('Parameter sticker_set_id must be an int64 decimal string');
    }
    if (String(id) === m.conv.sticker_set) return { _: 'ok' };
    sql(c.db, 'UPDATE convs SET sticker_set = ? WHERE id = ?').run(String(id), m.conv.id);
    logEvent(c, m.conv, 'info_changes', { _: 'chatEventStickerSetChanged', old_sticker_set_id: m.conv.sticker_set, new_sticker_set_id: String(id) });
    announceChannelFull(c, m.conv);
    return { _: 'ok' };
  }),

  write('toggleChannelInvites', (c, p) => {
    const m = checkRights(c, p.channel_id, 'can_change_info', 'change who may add members');
    if (isErr(m)) return m;
    if (m.conv.is_supergroup !== 1) return badRequest('Only administrators add members to a broadcast channel');
    const on = p.anyone_can_invite ? 1 : 0;
    if (m.conv.anyone_can_invite === on) return { _: 'ok' };
    sql(c.db, 'UPDATE convs SET anyone_can_invite = ? WHERE id = ?').run(on, m.conv.id);
    logEvent(c, m.conv, 'setting_changes', { _: 'chatEventInvitesToggled', anyone_can_invite: on === 1 });
    announceChannel(c, m.conv);
    return { _: 'ok' };
  }),

  write('toggleChannelSignMessages', (c, p) => {
    const m = checkRights(c, p.channel_id, 'can_change_info', 'change whether posts are signed');
    if (isErr(m)) return m;
    if (m.conv.is_supergroup === 1) return badRequest('Only posts of broadcast channels are signed');
    const on = p.sign_messages ? 1 : 0;
    if (m.conv.sign_messages === on) return { _: 'ok' };
    sql(c.db, 'UPDATE convs SET sign_messages = ? WHERE id = ?').run(on, m.conv.id);
    logEvent(c, m.conv, 'setting_changes', { _: 'chatEventSignMessagesToggled', sign_messages: on === 1 });
    announceChannel(c, m.conv);
    return { _: 'ok' };
  }),

  write('changeChannelDescription', (c, p) => {
    const m = checkRights(c, p.channel_id, 'can_change_info', 'change the description');
    if (isErr(m)) return m;
    const about = p.description.trim();
    if (about.length > MAX_DESCRIPTION) return badRequest(`Description must be at most ${MAX_DESCRIPTION} characters`);
    if (about === m.conv.about) return { _: 'ok' };
    sql(c.db, 'UPDATE convs SET about = ? WHERE id = ?').run(about, m.conv.id);
    logEvent(c, m.conv, 'info_changes', { _: 'chatEventDescriptionChanged', old_description: m.conv.about, new_description: about });
    announceChannelFull(c, m.conv);
    return { _: 'ok' };
  }),

  write('pinChannelMessage', (c, p) => {
    const m = myChannel(c, p.channel_id);
    if (isErr(m)) return m;
    // pinning is a supergroup right; in a broadcast channel it goes with editing posts
    if (!has(m.me, m.conv.is_supergroup === 1 ? 'can_pin_messages' : 'can_edit_messages')) return NOT_ENOUGH_RIGHTS('pin messages');
    const msg = sql(c.db, 'SELECT * FROM messages WHERE conv = ? AND id = ?').get(m.conv.id, p.message_id) as MessageRow | undefined;
    if (!msg) return err('MESSAGE_NOT_FOUND');
    if (!['messageText', 'messageLocation', 'messageContact', 'messagePhoto', 'messageDocument', 'messageAudio', 'messageVideo', 'messageVoiceNote', 'messageAnimation', 'messageSticker', 'messageVenue', 'messageGame'].includes((JSON.parse(msg.content) as { _: string })._))
      return badRequest("Service messages can't be pinned");
    if (m.conv.pinned === msg.id) return { _: 'ok' };
    sql(c.db, 'UPDATE convs SET pinned = ? WHERE id = ?').run(msg.id, m.conv.id);
    logEvent(c, m.conv, 'message_pins', { _: 'chatEventMessagePinned', message: renderMessage(c.me, msg, m.d.chat_id) });
    postMessage(c.db, m.conv, c.me, { _: 'messagePinMessage', message_id: msg.id }, c.now(), { disableNotification: p.disable_notification });
    announceChannelFull(c, m.conv);
    return { _: 'ok' };
  }),

  write('unpinChannelMessage', (c, p) => {
    const m = myChannel(c, p.channel_id);
    if (isErr(m)) return m;
    if (!has(m.me, m.conv.is_supergroup === 1 ? 'can_pin_messages' : 'can_edit_messages')) return NOT_ENOUGH_RIGHTS('unpin messages');
    if (m.conv.pinned === 0) return { _: 'ok' };
    sql(c.db, 'UPDATE convs SET pinned = 0 WHERE id = ?').run(m.conv.id);
    logEvent(c, m.conv, 'message_pins', { _: 'chatEventMessageUnpinned' });
    announceChannelFull(c, m.conv);
    return { _: 'ok' };
  }),

  write('reportChannelSpam', (c, p) => {
    const m = myChannel(c, p.channel_id);
    if (isErr(m)) return m;
    if (m.conv.is_supergroup !== 1) return badRequest('Spam is reported in supergroups only');
    if (!isAdmin(m.me)) return NOT_ENOUGH_RIGHTS('report spam (administrators only)');
    if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
    if (p.message_ids.length === 0) return badRequest('No messages to report');
    for (const id of p.message_ids) {
      const msg = sql(c.db, 'SELECT sender FROM messages WHERE conv = ? AND id = ?').pluck().get(m.conv.id, id) as number | undefined;
      if (msg === undefined) return err('MESSAGE_NOT_FOUND');
      if (msg !== p.user_id) return badRequest(`Message ${id} was not sent by user ${p.user_id}`);
    }
    reportSpam(c, m.conv, p.user_id, p.message_ids);
    return { _: 'ok' };
  }),

  read('getChannelMembers', (c, p) => {
    const k = knownChannel(c, p.channel_id);
    if (isErr(k)) return k;
    const bad = checkPage(p.offset, p.limit);
    if (bad) return bad;
    const me = roleOf(c, k.d);
    const adminsOnly = p.filter?._ === 'channelMembersFilterAdministrators';
    // anyone who sees a channel sees its administrators; the rest only members of a supergroup and administrators
    if (!adminsOnly && !canGetMembers(k.conv, me)) return NOT_ENOUGH_RIGHTS('list the members');
    const f = p.filter?._;
    if ((f === 'channelMembersFilterBanned' || f === 'channelMembersFilterRestricted') && !isAdmin(me)) return NOT_ENOUGH_RIGHTS('list restricted or banned members');
    const all = listMembers(c, k.conv, p.filter);
    return { _: 'chatMembers', total_count: all.length, members: all.slice(p.offset, p.offset + Math.min(p.limit, MAX_MEMBERS_PAGE)).map((d) => memberObject(c, k.conv, d)) };
  }),

  write('deleteChannel', (c, p) => {
    const m = myChannel(c, p.channel_id);
    if (isErr(m)) return m;
    if (m.me.role !== 'creator') return NOT_ENOUGH_RIGHTS('delete the channel (creator only)');
    const people = sql(c.db, 'SELECT * FROM dialogs WHERE conv = ?').all(m.conv.id) as DialogRow[];
    deleteForAll(c, m.conv, sql(c.db, 'SELECT * FROM messages WHERE conv = ?').all(m.conv.id) as MessageRow[]);
    sql(c.db, 'UPDATE convs SET deleted = 1, username = NULL, invite = NULL, pinned = 0 WHERE id = ?').run(m.conv.id);
    sql(c.db, "UPDATE dialogs SET status = 'left', order_key = 0, unread_count = 0, rights = 0, restricted = 0, until = 0 WHERE conv = ?").run(m.conv.id);
    const conv = channelConv(c.db, m.conv.id)!;
    for (const d of people) {
      feedAccount(c.db, d.owner, { _: 'updateChannel', channel: renderChannel(c, conv, d.owner) });
      feedAccount(c.db, d.owner, { _: 'updateChatOrder', chat_id: d.chat_id, order: '0' });
    }
    return { _: 'ok' };
  }),

  read('getChatEventLog', (c, p) => {
    const ch = chatChannel(c, p.chat_id);
    if (isErr(ch)) return ch;
    if (!isAdmin(roleOf(c, ch.d))) return err('CHAT_ADMIN_REQUIRED');
    if (p.limit <= 0) return badRequest('Parameter limit must be positive');
    let from: bigint;
    try {
      from = BigInt(p.from_event_id);
    } catch {
      return badRequest('Parameter from_event_id must be an int64 decimal string');
    }
    const f = p.filters as Record<string, unknown> | null;
    const kinds = f ? Object.keys(f).filter((k) => k !== '_' && f[k] === true) : [];
    const users = new Set(p.user_ids);
    const q = p.query.trim().toLowerCase();
    const rows = sql(c.db, 'SELECT * FROM chat_events WHERE conv = ? AND (? = 0 OR id < ?) ORDER BY id DESC').all(ch.conv.id, from, from) as {
      id: number;
      date: number;
      user_id: number;
      kind: string;
      action: string;
    }[];
    const events: T.chatEvent[] = [];
    for (const e of rows) {
      if (events.length >= Math.min(p.limit, 100)) break;
      // no filter switched on means every kind, as for a missing filters object
      if (kinds.length > 0 && !kinds.includes(e.kind)) continue;
      if (users.size > 0 && !users.has(e.user_id)) continue;
      if (q !== '') {
        const a = getAccount(c.db, e.user_id);
        if (!e.action.toLowerCase().includes(q) && !(a && fullName(a).toLowerCase().includes(q))) continue;
      }
      events.push({ _: 'chatEvent', id: String(e.id), date: e.date, user_id: e.user_id, action: JSON.parse(e.action) as T.ChatEventAction });
    }
    return { _: 'chatEvents', events };
  }),

  read('getCreatedPublicChats', (c) => {
    const ids = sql(
      c.db,
      "SELECT d.chat_id FROM dialogs d JOIN convs v ON v.id = d.conv WHERE d.owner = ? AND d.status = 'creator' AND v.kind = 'channel' AND v.username IS NOT NULL AND v.deleted = 0 ORDER BY v.id",
    )
      .pluck()
      .all(c.me) as number[];
    return { _: 'chats', chat_ids: ids };
  }),

  write('deleteMessagesFromUser', (c, p) => {
    const ch = chatChannel(c, p.chat_id);
    if (isErr(ch)) return ch;
    if (ch.conv.is_supergroup !== 1) return badRequest('Messages of one user are deleted in supergroups only');
    const me = roleOf(c, ch.d);
    if (!me.member) return err('CHAT_WRITE_FORBIDDEN');
    if (!has(me, 'can_delete_messages')) return NOT_ENOUGH_RIGHTS("delete other members' messages");
    if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
    const rows = sql(c.db, 'SELECT * FROM messages WHERE conv = ? AND sender = ? ORDER BY id').all(ch.conv.id, p.user_id) as MessageRow[];
    for (const m of rows) logDeleted(c, ch.conv, ch.d.chat_id, m);
    deleteForAll(c, ch.conv, rows);
    return { _: 'ok' };
  }),

  read('getPublicMessageLink', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    const conv = r.conv as ChannelConv;
    if (conv.kind !== 'channel' || !conv.username) return badRequest('Public message links are available only for messages of public channels and supergroups');
    const m = sql(c.db, 'SELECT 1 FROM messages WHERE conv = ? AND id = ?').pluck().get(conv.id, p.message_id);
    if (m === undefined) return err('MESSAGE_NOT_FOUND');
    return { _: 'publicMessageLink', url: `https://t.me/${conv.username}/${p.message_id}` };
  }),

];

/** A basic group member for searchChatMembers (statuses as groups.ts shows them). */
function channelChatMemberOfGroup(c: Ctx, d: DialogRow): T.chatMember {
  const a = getAccount(c.db, d.owner);
  return {
    _: 'chatMember',
    user_id: d.owner,
    inviter_user_id: d.inviter,
    join_date: d.join_date,
    status: statusObject(d.status, false),
    bot_info: a?.is_bot ? { _: 'botInfo', description: a.about, commands: [] } : null,
  };
}
