/**
 * Turning rows into TD API objects as one account sees them. Chat ids are relative to the
 * viewer (a private chat's id is the other user's id), rights depend on who looks, and a
 * phone number shows only to the account itself and its contacts.
 */
import type Database from 'better-sqlite3';
import type * as T from '../api-types.generated.js';
import { chatPhotoOf, profilePhotoOf } from './files.js';
import { type AccountRow, type ConvRow, type DialogRow, type MessageRow, getAccount, sql } from './model.js';
import { chatScopes, effectiveNotificationSettings } from './notify.js';
import { approximateStatus, privacyAllows } from './privacy.js';

/** Seconds a session counts as online after its last request. */
const ONLINE_FOR = 300;

/** Display name of an account: first and last name. */
export function fullName(a: AccountRow): string {
  return `${a.first_name} ${a.last_name}`.trim();
}

function hasContact(db: Database.Database, owner: number, phone: string | null): boolean {
  if (phone === null) return false;
  return sql(db, 'SELECT 1 FROM contacts WHERE owner = ? AND phone = ?').pluck().get(owner, phone) !== undefined;
}

/** The `user` object of account `a` as seen by `viewer`. */
export function renderUser(db: Database.Database, viewer: number, a: AccountRow, nowSec: number): T.user {
  if (a.deleted) return deletedUser(a.id);
  const self = viewer === a.id;
  const viewerRow = self ? a : getAccount(db, viewer);
  const mine = self || hasContact(db, viewer, a.phone);
  const theirs = self || (viewerRow !== undefined && hasContact(db, a.id, viewerRow.phone));
  const lastActive = sql(db, 'SELECT MAX(last_active_date) FROM authorizations WHERE account_id = ?').pluck().get(a.id) as number | null;
  let status: T.UserStatus;
  if (self) status = { _: 'userStatusOnline', expires: nowSec + ONLINE_FOR };
  else if (!privacyAllows(db, a.id, viewer, 'privacyKeyUserStatus')) status = approximateStatus(lastActive, nowSec);
  else if (lastActive === null) status = { _: 'userStatusEmpty' };
  else if (lastActive + ONLINE_FOR > nowSec) status = { _: 'userStatusOnline', expires: lastActive + ONLINE_FOR };
  else status = { _: 'userStatusOffline', was_online: lastActive };
  return {
    _: 'user',
    id: a.id,
    first_name: a.first_name,
    last_name: a.last_name,
    username: a.username ?? '',
    phone_number: (mine || theirs) && a.phone !== null ? a.phone : '',
    status,
    profile_photo: a.photo ? profilePhotoOf(db, a.id) : null,
    my_link: { _: mine ? 'linkStateContact' : 'linkStateNone' },
    foreign_link: { _: theirs ? 'linkStateContact' : 'linkStateNone' },
    is_verified: false,
    restriction_reason: '',
    have_access: true,
    type: a.is_bot
      ? {
          _: 'userTypeBot',
          can_join_group_chats: true,
          can_read_all_group_chat_messages: false,
          is_inline: false,
          inline_query_placeholder: '',
          need_location: false,
        }
      : { _: 'userTypeGeneral' },
    language_code: '',
  };
}

/** A deleted account as everyone sees it: its id and nothing else (TD clients show "Deleted Account"). */
function deletedUser(id: number): T.user {
  return {
    _: 'user',
    id,
    first_name: '',
    last_name: '',
    username: '',
    phone_number: '',
    status: { _: 'userStatusEmpty' },
    profile_photo: null,
    my_link: { _: 'linkStateNone' },
    foreign_link: { _: 'linkStateNone' },
    is_verified: false,
    restriction_reason: '',
    have_access: true,
    type: { _: 'userTypeDeleted' },
    language_code: '',
  };
}
/** Contents a member sends (all others are service messages: not forwardable). */
export const SENT_CONTENTS: ReadonlySet<string> = new Set([
  'messageText',
  'messageLocation',
  'messageContact',
  'messageVenue',
  'messagePhoto',
  'messageDocument',
  'messageAudio',
  'messageVideo',
  'messageVoice',
  'messageAnimation',
  'messageSticker',
  'messageVideoNote',
]);

/** The `message` object of a row, as seen by `viewer` in the chat `chatId`. */
export function renderMessage(viewer: number, m: MessageRow, chatId: number, viewerIsCreator = false): T.message {
  return messageObject(
    viewer,
    m,
    chatId,
    viewerIsCreator,
    JSON.parse(m.content) as T.MessageContent,
    m.fwd === null ? null : (JSON.parse(m.fwd) as T.MessageForwardInfo),
    m.markup === null ? null : (JSON.parse(m.markup) as T.ReplyMarkup),
  );
}

/**
 * renderMessage with the JSON columns already parsed (the writer has them in hand; the objects
 * are shared, not copied, so the caller must not change them afterwards).
 */
export function messageObject(
  viewer: number,
  m: MessageRow,
  chatId: number,
  viewerIsCreator: boolean,
  content: T.MessageContent,
  forwardInfo: T.MessageForwardInfo | null,
  replyMarkup: T.ReplyMarkup | null,
): T.message {
  const own = m.sender === viewer;
  const service = !SENT_CONTENTS.has(content._);
  return {
    _: 'message',
    id: m.id,
    sender_user_id: m.sender,
    chat_id: chatId,
    send_state: { _: own ? 'messageIsSuccessfullySent' : 'messageIsIncoming' },
    can_be_edited: own && (content._ === 'messageText' || 'caption' in content),
    can_be_forwarded: !service,
    can_be_deleted_only_for_self: true,
    can_be_deleted_for_everyone: own || viewerIsCreator,
    is_post: false,
    contains_unread_mention: false,
    date: m.date,
    edit_date: m.edit_date,
    forward_info: forwardInfo,
    reply_to_message_id: m.reply_to,
    ttl: m.ttl ?? 0,
    ttl_expires_in: 0,
    via_bot_user_id: m.via_bot ?? 0,
    author_signature: '',
    views: 0,
    content,
    reply_markup: replyMarkup,
  };
}

/** The newest message of a conversation that `owner` can see, or undefined. */
export function topMessageRow(db: Database.Database, owner: number, conv: number): MessageRow | undefined {
  return sql(
    db,
    'SELECT * FROM messages m WHERE conv = ? AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.owner = ? AND h.conv = m.conv AND h.id = m.id) ORDER BY id DESC LIMIT 1',
  ).get(conv, owner) as MessageRow | undefined;
}

/** The newest of `owner`'s messages in `conv` that another member has read. */
export function lastReadOutbox(db: Database.Database, owner: number, conv: ConvRow, d: DialogRow): number {
  if (conv.kind === 'private' && conv.user_a === conv.user_b) return d.last_read_inbox;
  return (sql(db, 'SELECT COALESCE(MAX(last_read_inbox), 0) FROM dialogs WHERE conv = ? AND owner <> ?').pluck().get(conv.id, owner) as number) ?? 0;
}

/** Title of a conversation for `owner`: the other user's name for private chats. */
export function convTitle(db: Database.Database, owner: number, conv: ConvRow): string {
  if (conv.kind !== 'private' && conv.kind !== 'secret') return conv.title;
  const other = conv.user_a === owner ? conv.user_b : conv.user_a;
  const a = other === null ? undefined : getAccount(db, other);
  return a ? fullName(a) : '';
}

/**
 * Lowest order of a pinned chat: above every activity value (the feed's seq), and below 2^53 so
 * that it stays an exact number in JS. Pinned chats come first, in their pinned order.
 */
export const PINNED_ORDER_BASE = 2 ** 52;

/**
 * A chat's place in the chat list (`chat.order`): its pinned order when pinned, else the later
 * of its last activity and its draft; 0 keeps it out of the list.
 */
export function chatOrder(d: DialogRow): number {
  return d.pin_order > 0 ? d.pin_order : Math.max(d.order_key, d.draft_order ?? 0);
}

/** chatOrder as an SQL expression over a dialogs row (aliased `d`), for ordering the list. */
export const CHAT_ORDER_SQL = 'CASE WHEN d.pin_order > 0 THEN d.pin_order ELSE MAX(d.order_key, d.draft_order) END';

/** The `chat` object of a dialog row. */
export function renderChat(db: Database.Database, d: DialogRow, conv: ConvRow, nowSec = Math.floor(Date.now() / 1000)): T.chat {
  const top = topMessageRow(db, d.owner, conv.id);
  let photo: T.chatPhoto | null = null;
  if (conv.kind !== 'private') photo = chatPhotoOf(db, conv.photo ?? 0);
  else if (getAccount(db, d.chat_id)?.photo) {
    const p = profilePhotoOf(db, d.chat_id);
    photo = p && { _: 'chatPhoto', small: p.small, big: p.big };
  }
  return {
    _: 'chat',
    id: d.chat_id,
    type:
      conv.kind === 'private'
        ? { _: 'chatTypePrivate', user_id: d.chat_id }
        : conv.kind === 'channel'
          ? { _: 'chatTypeChannel', channel_id: conv.id, is_supergroup: (conv as { is_supergroup?: number }).is_supergroup === 1 }
          : conv.kind === 'secret'
            ? { _: 'chatTypeSecret', secret_chat_id: conv.id, user_id: conv.user_a === d.owner ? conv.user_b! : conv.user_a! }
            : { _: 'chatTypeGroup', group_id: conv.id },
    title: convTitle(db, d.owner, conv),
    photo,
    top_message: top ? renderMessage(d.owner, top, d.chat_id, d.status === 'creator') : null,
    order: String(chatOrder(d)),
    is_pinned: d.pin_order > 0,
    unread_count: d.unread_count,
    last_read_inbox_message_id: d.last_read_inbox,
    last_read_outbox_message_id: lastReadOutbox(db, d.owner, conv, d),
    unread_mention_count: 0,
    notification_settings: effectiveNotificationSettings(db, d.owner, chatScopes(d.chat_id, conv.kind), nowSec),
    reply_markup_message_id: 0,
    draft_message: d.draft ? (JSON.parse(d.draft) as T.draftMessage) : null,
    client_data: d.client_data,
  };
}

/** Search key of a message content: lower-cased text the substring search looks in. */
export function searchKey(content: T.MessageContent): string {
  switch (content._) {
    case 'messageText':
      return content.text.toLowerCase();
    case 'messageContact':
      return `${content.contact.first_name} ${content.contact.last_name}`.toLowerCase();
    case 'messageVenue':
      return `${content.venue.title} ${content.venue.address}`.toLowerCase();
    case 'messagePhoto':
    case 'messageAudio':
    case 'messageVideo':
    case 'messageVoice':
    case 'messageAnimation':
      return content.caption.toLowerCase();
    case 'messageDocument':
      return `${content.caption} ${content.document.file_name}`.trim().toLowerCase();
    case 'messageGroupChatCreate':
    case 'messageChatChangeTitle':
      return content.title.toLowerCase();
    default:
      return '';
  }
}
