/**
 * Bot API objects ↔ the core's TD objects: the one place where the two vocabularies meet.
 * Bot API → TD: entities, reply markup, parse modes, inline results. TD → Bot API: User, Chat,
 * Message (with its reply, forward and markup), CallbackQuery, InlineQuery, ChatMember.
 * Both sides count entity offsets in UTF-16 code units, so offsets pass through unchanged.
 */
import type { Client, TdObject } from '../../core/client.js';
import { isTdError } from '../../core/client.js';
import { ApiError, badRequest } from '../reply.js';

type Obj = Record<string, unknown>;

/** What a mapping needs: the bot's client and caches for one request or update. */
export class MapCtx {
  private readonly users = new Map<number, Promise<TdObject | undefined>>();
  private readonly chats = new Map<number, Promise<TdObject | undefined>>();

  constructor(
    readonly client: Client,
    readonly me: number,
  ) {}

  /** Calls the core; a TD error becomes an ApiError (400 as "Bad Request: ..."). */
  async call(request: TdObject): Promise<TdObject> {
    const r = await this.client.invoke(request);
    if (isTdError(r)) throw tdToBot(r.code, r.message);
    return r;
  }

  user(id: number): Promise<TdObject | undefined> {
    let p = this.users.get(id);
    if (!p) {
      p = this.client.invoke({ _: 'getUser', user_id: id }).then((u) => (isTdError(u) ? undefined : u));
      this.users.set(id, p);
    }
    return p;
  }

  chat(id: number): Promise<TdObject | undefined> {
    let p = this.chats.get(id);
    if (!p) {
      p = this.client.invoke({ _: 'getChat', chat_id: id }).then((c) => (isTdError(c) ? undefined : c));
      this.chats.set(id, p);
    }
    return p;
  }
}

const FIRST_WORD = /^[A-Z][a-z]/;

/** A TD error as the Bot API words it: "Bad Request: chat not found", "Forbidden: ...". */
export function tdToBot(code: number, message: string): ApiError {
  const text = FIRST_WORD.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
  if (code === 400) return new ApiError(400, `Bad Request: ${text}`);
  if (code === 403) return new ApiError(403, `Forbidden: ${text}`);
  if (code === 401) return new ApiError(401, 'Unauthorized');
  return new ApiError(code, message);
}

// --- users and chats ---------------------------------------------------------------------

/** A TD user as a Bot API User. */
export function userToBot(u: TdObject, full = false): Obj {
  const out: Obj = { id: u.id, is_bot: (u.type as TdObject | undefined)?._ === 'userTypeBot', first_name: u.first_name };
  if (u.last_name) out.last_name = u.last_name;
  if (u.username) out.username = u.username;
  if (u.language_code) out.language_code = u.language_code;
  if (full && (u.type as TdObject | undefined)?._ === 'userTypeBot') {
    const t = u.type as Obj;
    out.can_join_groups = t.can_join_group_chats === true;
    out.can_read_all_group_messages = t.can_read_all_group_chat_messages === true;
    out.supports_inline_queries = t.is_inline === true;
  }
  return out;
}

/** A user id as a Bot API User (a placeholder name when the bot cannot see the user). */
export async function userById(ctx: MapCtx, id: number): Promise<Obj> {
  const u = await ctx.user(id);
  return u ? userToBot(u) : { id, is_bot: false, first_name: 'Deleted Account' };
}

/** A TD chat as a Bot API Chat. */
export async function chatToBot(ctx: MapCtx, chat: TdObject): Promise<Obj> {
  const type = chat.type as TdObject;
  switch (type._) {
    case 'chatTypePrivate': {
      const u = await ctx.user(type.user_id as number);
      const out: Obj = { id: chat.id, type: 'private', first_name: u?.first_name ?? chat.title };
      if (u?.last_name) out.last_name = u.last_name;
      if (u?.username) out.username = u.username;
      return out;
    }
    case 'chatTypeGroup':
    case 'chatTypeBasicGroup':
      return { id: chat.id, type: 'group', title: chat.title };
    case 'chatTypeChannel':
    case 'chatTypeSupergroup':
      return { id: chat.id, type: type.is_supergroup === false || type.is_channel === true ? 'channel' : 'supergroup', title: chat.title };
    default:
      return { id: chat.id, type: 'private', first_name: chat.title };
  }
}

/** A chat id as a Bot API Chat. */
export async function chatById(ctx: MapCtx, id: number): Promise<Obj> {
  const c = await ctx.chat(id);
  return c ? chatToBot(ctx, c) : { id, type: id > 0 ? 'private' : 'group', ...(id > 0 ? { first_name: '' } : { title: '' }) };
}

// --- entities -------------------------------------------------------------------------------

const ENTITY_TO_BOT: Record<string, string> = {
  textEntityTypeMention: 'mention',
  textEntityTypeHashtag: 'hashtag',
  textEntityTypeBotCommand: 'bot_command',
  textEntityTypeUrl: 'url',
  textEntityTypeEmail: 'email',
  textEntityTypeBold: 'bold',
  textEntityTypeItalic: 'italic',
  textEntityTypeCode: 'code',
  textEntityTypePre: 'pre',
  textEntityTypePreCode: 'pre',
  textEntityTypeTextUrl: 'text_link',
  textEntityTypeMentionName: 'text_mention',
  textEntityTypeCashtag: 'cashtag',
  textEntityTypePhoneNumber: 'phone_number',
  textEntityTypeUnderline: 'underline',
  textEntityTypeStrikethrough: 'strikethrough',
  textEntityTypeSpoiler: 'spoiler',
};

/** TD text entities as Bot API MessageEntity objects. */
export async function entitiesToBot(ctx: MapCtx, entities: TdObject[]): Promise<Obj[]> {
  const out: Obj[] = [];
  for (const e of entities) {
    const t = e.type as TdObject;
    const type = ENTITY_TO_BOT[t._];
    if (!type) continue;
    const o: Obj = { offset: e.offset, length: e.length, type };
    if (t._ === 'textEntityTypePreCode' && t.language) o.language = t.language;
    if (t._ === 'textEntityTypeTextUrl') o.url = t.url;
    if (t._ === 'textEntityTypeMentionName') o.user = await userById(ctx, t.user_id as number);
    out.push(o);
  }
  return out;
}

/** The entity kinds of the Bot API our schema has no type for: refused rather than dropped. */
const BOT_ONLY_ENTITIES = new Set(['underline', 'strikethrough', 'spoiler', 'blockquote', 'expandable_blockquote', 'custom_emoji', 'cashtag', 'phone_number']);

/** Bot API MessageEntity objects as TD text entities; `where` names the parameter in errors. */
export function entitiesFromBot(list: unknown, where: string): TdObject[] {
  if (!Array.isArray(list)) throw badRequest(`field '${where}' must be an Array`);
  return list.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null) throw badRequest(`${where}[${i}] must be an object`);
    const e = raw as Obj;
    if (!Number.isInteger(e.offset) || !Number.isInteger(e.length)) throw badRequest(`${where}[${i}] needs integer 'offset' and 'length'`);
    let type: TdObject;
    switch (e.type) {
      case 'mention': type = { _: 'textEntityTypeMention' }; break;
      case 'hashtag': type = { _: 'textEntityTypeHashtag' }; break;
      case 'bot_command': type = { _: 'textEntityTypeBotCommand' }; break;
      case 'url': type = { _: 'textEntityTypeUrl' }; break;
      case 'email': type = { _: 'textEntityTypeEmail' }; break;
      case 'bold': type = { _: 'textEntityTypeBold' }; break;
      case 'italic': type = { _: 'textEntityTypeItalic' }; break;
      case 'code': type = { _: 'textEntityTypeCode' }; break;
      case 'pre': type = typeof e.language === 'string' && e.language !== '' ? { _: 'textEntityTypePreCode', language: e.language } : { _: 'textEntityTypePre' }; break;
      case 'text_link':
        if (typeof e.url !== 'string') throw badRequest(`${where}[${i}]: a text_link needs 'url'`);
        type = { _: 'textEntityTypeTextUrl', url: e.url };
        break;
      case 'text_mention': {
        const uid = (e.user as Obj | undefined)?.id;
        if (!Number.isInteger(uid)) throw badRequest(`${where}[${i}]: a text_mention needs 'user' with an 'id'`);
        type = { _: 'textEntityTypeMentionName', user_id: uid };
        break;
      }
      default:
        if (BOT_ONLY_ENTITIES.has(String(e.type))) throw badRequest(`${where}[${i}]: entity type '${String(e.type)}' is not supported by this backend's schema`);
        throw badRequest(`${where}[${i}]: unknown entity type '${String(e.type).slice(0, 40)}'`);
    }
    return { _: 'textEntity', offset: e.offset, length: e.length, type };
  });
}

// --- reply markup ---------------------------------------------------------------------------

function rowsOf(v: unknown, where: string): Obj[][] {
  if (!Array.isArray(v) || v.some((r) => !Array.isArray(r))) throw badRequest(`${where} must be an Array of Arrays of buttons`);
  return (v as unknown[][]).map((r, i) =>
    r.map((b, j) => {
      if (typeof b === 'string') return { text: b };
      if (typeof b !== 'object' || b === null) throw badRequest(`${where}[${i}][${j}] must be a button object`);
      return b as Obj;
    }),
  );
}

/** A Bot API reply_markup (already parsed from JSON) as a TD ReplyMarkup. */
export function replyMarkupFromBot(m: unknown): TdObject | null {
  if (m === undefined || m === null) return null;
  if (typeof m !== 'object' || Array.isArray(m)) throw badRequest("can't parse reply keyboard markup JSON object");
  const o = m as Obj;
  if ('inline_keyboard' in o) {
    const rows = rowsOf(o.inline_keyboard, 'inline_keyboard').map((r) =>
      r.map((b) => {
        if (typeof b.text !== 'string' || b.text === '') throw badRequest('text buttons are unallowed in the inline keyboard');
        let type: TdObject;
        if (typeof b.callback_data === 'string') {
          const bytes = Buffer.from(b.callback_data, 'utf8');
          if (bytes.length < 1 || bytes.length > 64) throw badRequest('BUTTON_DATA_INVALID');
          type = { _: 'inlineKeyboardButtonTypeCallback', data: bytes.toString('base64') };
        } else if (typeof b.url === 'string') type = { _: 'inlineKeyboardButtonTypeUrl', url: b.url };
        else if (typeof b.switch_inline_query === 'string') type = { _: 'inlineKeyboardButtonTypeSwitchInline', query: b.switch_inline_query, in_current_chat: false };
        else if (typeof b.switch_inline_query_current_chat === 'string') type = { _: 'inlineKeyboardButtonTypeSwitchInline', query: b.switch_inline_query_current_chat, in_current_chat: true };
        else if (b.callback_game !== undefined) type = { _: 'inlineKeyboardButtonTypeCallbackGame' };
        else if (b.pay === true) type = { _: 'inlineKeyboardButtonTypeBuy' };
        else throw badRequest(`inline keyboard button '${b.text.slice(0, 40)}' has no action this backend supports (callback_data, url, switch_inline_query)`);
        return { _: 'inlineKeyboardButton', text: b.text, type };
      }),
    );
    return { _: 'replyMarkupInlineKeyboard', rows };
  }
  if ('keyboard' in o) {
    const rows = rowsOf(o.keyboard, 'keyboard').map((r) =>
      r.map((b) => {
        if (typeof b.text !== 'string' || b.text === '') throw badRequest('keyboard buttons need a text');
        const type = b.request_contact === true ? 'keyboardButtonTypeRequestPhoneNumber' : b.request_location === true ? 'keyboardButtonTypeRequestLocation' : 'keyboardButtonTypeText';
        return { _: 'keyboardButton', text: b.text, type: { _: type } };
      }),
    );
    return { _: 'replyMarkupShowKeyboard', rows, resize_keyboard: o.resize_keyboard === true, one_time: o.one_time_keyboard === true, personal: o.selective === true };
  }
  if (o.remove_keyboard === true) return { _: 'replyMarkupRemoveKeyboard', personal: o.selective === true };
  if (o.force_reply === true) return { _: 'replyMarkupForceReply', personal: o.selective === true };
  throw badRequest("can't parse reply keyboard markup JSON object");
}

/** A TD ReplyMarkup as the Bot API's (only inline keyboards appear on received messages). */
export function replyMarkupToBot(m: TdObject | null | undefined): Obj | undefined {
  if (!m || m._ !== 'replyMarkupInlineKeyboard') return undefined;
  const rows = (m.rows as TdObject[][]).map((r) =>
    r.map((b) => {
      const t = b.type as TdObject;
      const out: Obj = { text: b.text };
      if (t._ === 'inlineKeyboardButtonTypeCallback') out.callback_data = Buffer.from(String(t.data), 'base64').toString('utf8');
      else if (t._ === 'inlineKeyboardButtonTypeUrl') out.url = t.url;
      else if (t._ === 'inlineKeyboardButtonTypeSwitchInline') out[t.in_current_chat ? 'switch_inline_query_current_chat' : 'switch_inline_query'] = t.query;
      else if (t._ === 'inlineKeyboardButtonTypeCallbackGame') out.callback_game = {};
      else if (t._ === 'inlineKeyboardButtonTypeBuy') out.pay = true;
      return out;
    }),
  );
  return { inline_keyboard: rows };
}

// --- messages -------------------------------------------------------------------------------

/** The Bot API's file_unique_id of a TD file: stable, the same for every bot (our file ids are shared by the data dir). */
export function fileUniqueId(f: TdObject): string {
  return `LU${Number(f.id).toString(36)}`;
}

/** The file_path getFile answers and the download route takes (`/file/bot<TOKEN>/<file_path>`). */
export function botFilePath(f: TdObject): string {
  return `files/file_${Number(f.id)}`;
}

/** The TD file id in a file_path, or undefined when it is not one of ours. */
export function fileIdOfPath(p: string): number | undefined {
  const m = /^files\/file_(\d{1,15})$/.exec(p);
  return m ? Number(m[1]) : undefined;
}

/** Where a file of a message can be fetched: TD file objects become Bot API file fields (file_id is the TD persistent id). */
export function fileToBot(f: TdObject | undefined | null): Obj | undefined {
  if (!f) return undefined;
  const persistent = typeof f.persistent_id === 'string' && f.persistent_id !== '' ? f.persistent_id : undefined;
  const id = String(persistent ?? (f.remote as Obj | undefined)?.id ?? f.id);
  return { file_id: id, file_unique_id: fileUniqueId(f), file_size: (f.size as number) || (f.expected_size as number) || undefined };
}

function thumbToBot(t: TdObject | null | undefined): Obj | undefined {
  if (!t) return undefined;
  return { ...fileToBot(t.photo as TdObject), width: t.width, height: t.height };
}

function sizes(photo: TdObject): Obj[] {
  return ((photo.sizes as TdObject[] | undefined) ?? []).map((s) => ({ ...fileToBot(s.photo as TdObject), width: s.width, height: s.height }));
}

async function contentToBot(ctx: MapCtx, c: TdObject, out: Obj): Promise<void> {
  const caption = (text: unknown) => {
    const t = typeof text === 'string' ? text : typeof (text as Obj | undefined)?.text === 'string' ? String((text as Obj).text) : '';
    if (t !== '') out.caption = t;
  };
  switch (c._) {
    case 'messageText': {
      out.text = c.text;
      const ents = await entitiesToBot(ctx, (c.entities as TdObject[] | undefined) ?? []);
      if (ents.length) out.entities = ents;
      break;
    }
    case 'messageLocation': {
      const l = c.location as Obj;
      out.location = { latitude: l.latitude, longitude: l.longitude };
      break;
    }
    case 'messageContact': {
      const ct = c.contact as Obj;
      out.contact = { phone_number: ct.phone_number, first_name: ct.first_name, ...(ct.last_name ? { last_name: ct.last_name } : {}), ...(ct.user_id ? { user_id: ct.user_id } : {}) };
      break;
    }
    case 'messagePhoto':
      out.photo = sizes(c.photo as TdObject);
      caption(c.caption);
      break;
    case 'messageDocument': {
      const d = c.document as Obj;
      out.document = { ...fileToBot(d.document as TdObject), ...(d.file_name ? { file_name: d.file_name } : {}), ...(d.mime_type ? { mime_type: d.mime_type } : {}) };
      caption(c.caption);
      break;
    }
    case 'messageAudio': {
      const a = c.audio as Obj;
      out.audio = { ...fileToBot(a.audio as TdObject), duration: a.duration, ...(a.title ? { title: a.title } : {}), ...(a.performer ? { performer: a.performer } : {}), ...(a.mime_type ? { mime_type: a.mime_type } : {}) };
      caption(c.caption);
      break;
    }
    case 'messageVoice': {
      const v = c.voice as Obj;
      out.voice = { ...fileToBot(v.voice as TdObject), duration: v.duration, ...(v.mime_type ? { mime_type: v.mime_type } : {}) };
      caption(c.caption);
      break;
    }
    case 'messageVideo': {
      const v = c.video as Obj;
      out.video = { ...fileToBot(v.video as TdObject), duration: v.duration, width: v.width, height: v.height, ...(v.mime_type ? { mime_type: v.mime_type } : {}) };
      caption(c.caption);
      break;
    }
    case 'messageAnimation': {
      const a = c.animation as Obj;
      const thumb = thumbToBot(a.thumb as TdObject | null);
      const fields = { ...fileToBot(a.animation as TdObject), ...(a.file_name ? { file_name: a.file_name } : {}), ...(a.mime_type ? { mime_type: a.mime_type } : {}) };
      out.animation = { ...fields, width: a.width, height: a.height, duration: a.duration, ...(thumb ? { thumbnail: thumb } : {}) };
      // as Telegram does, for clients that predate animations
      out.document = fields;
      caption(c.caption);
      break;
    }
    case 'messageSticker': {
      const st = c.sticker as Obj;
      const thumb = thumbToBot(st.thumb as TdObject | null);
      out.sticker = { ...fileToBot(st.sticker as TdObject), type: st.is_mask ? 'mask' : 'regular', width: st.width, height: st.height, is_animated: false, is_video: false, ...(st.emoji ? { emoji: st.emoji } : {}), ...(thumb ? { thumbnail: thumb } : {}) };
      break;
    }
    case 'messageVideoNote': {
      const v = c.video_note as Obj;
      out.video_note = { ...fileToBot(v.video as TdObject), length: v.length, duration: v.duration };
      break;
    }
    case 'messageVenue': {
      const v = c.venue as Obj;
      const l = v.location as Obj;
      out.location = { latitude: l.latitude, longitude: l.longitude };
      out.venue = {
        location: out.location,
        title: v.title,
        address: v.address,
        ...(v.provider === 'foursquare' && v.id ? { foursquare_id: v.id } : {}),
        ...(v.provider === 'gplaces' && v.id ? { google_place_id: v.id } : {}),
      };
      break;
    }
    case 'messageGroupChatCreate':
    case 'messageBasicGroupChatCreate':
      out.group_chat_created = true;
      break;
    case 'messageChatChangeTitle':
      out.new_chat_title = c.title;
      break;
    case 'messageChatAddMembers':
      out.new_chat_members = await Promise.all((c.member_user_ids as number[]).map((id) => userById(ctx, id)));
      break;
    case 'messageChatDeleteMember':
      out.left_chat_member = await userById(ctx, c.user_id as number);
      break;
    case 'messageChatJoinByLink':
      break;
    default:
      // A content the Bot API subset has no field for: the message still arrives, without it.
      break;
  }
}

/** A TD message as a Bot API Message (the replied-to message one level deep, as Telegram does). */
export async function messageToBot(ctx: MapCtx, m: TdObject, depth = 0): Promise<Obj> {
  const out: Obj = { message_id: m.id };
  const sender = m.sender_user_id as number;
  if (sender) out.from = await userById(ctx, sender);
  out.chat = await chatById(ctx, m.chat_id as number);
  out.date = m.date;
  if (m.edit_date) out.edit_date = m.edit_date;
  const fwd = m.forward_info as TdObject | null | undefined;
  if (fwd && fwd._ === 'messageForwardedFromUser') {
    const from = await userById(ctx, fwd.sender_user_id as number);
    out.forward_origin = { type: 'user', sender_user: from, date: fwd.date };
    out.forward_from = from;
    out.forward_date = fwd.date;
  }
  const replyTo = m.reply_to_message_id as number;
  if (replyTo && depth === 0) {
    const r = await ctx.client.invoke({ _: 'getMessage', chat_id: m.chat_id, message_id: replyTo });
    if (!isTdError(r)) out.reply_to_message = await messageToBot(ctx, r, depth + 1);
  }
  if (m.via_bot_user_id) out.via_bot = await userById(ctx, m.via_bot_user_id as number);
  await contentToBot(ctx, m.content as TdObject, out);
  const markup = replyMarkupToBot(m.reply_markup as TdObject | null);
  if (markup) out.reply_markup = markup;
  return out;
}

// --- queries and members --------------------------------------------------------------------

/** A TD updateNewCallbackQuery as a Bot API CallbackQuery. */
export async function callbackQueryToBot(ctx: MapCtx, u: TdObject): Promise<Obj> {
  const out: Obj = { id: String(u.id), from: await userById(ctx, u.sender_user_id as number), chat_instance: String(u.chat_instance ?? '0') };
  if (u.message_id) {
    const m = await ctx.client.invoke({ _: 'getMessage', chat_id: u.chat_id, message_id: u.message_id });
    out.message = isTdError(m) ? { message_id: u.message_id, chat: await chatById(ctx, u.chat_id as number), date: 0 } : await messageToBot(ctx, m);
  }
  if (u.inline_message_id) out.inline_message_id = u.inline_message_id;
  const p = u.payload as TdObject | undefined;
  if (p?._ === 'callbackQueryPayloadData') out.data = Buffer.from(String(p.data), 'base64').toString('utf8');
  if (p?._ === 'callbackQueryPayloadGame') out.game_short_name = p.game_short_name;
  return out;
}

/** A TD updateNewInlineQuery as a Bot API InlineQuery. */
export async function inlineQueryToBot(ctx: MapCtx, u: TdObject): Promise<Obj> {
  const out: Obj = { id: String(u.id), from: await userById(ctx, u.sender_user_id as number), query: u.query, offset: u.offset ?? '' };
  const l = u.user_location as Obj | null | undefined;
  if (l) out.location = { latitude: l.latitude, longitude: l.longitude };
  return out;
}

/** A TD chatMember as a Bot API ChatMember. */
export async function chatMemberToBot(ctx: MapCtx, m: TdObject): Promise<Obj> {
  const user = await userById(ctx, m.user_id as number);
  const s = m.status as TdObject;
  switch (s._) {
    case 'chatMemberStatusCreator':
      return { status: 'creator', user, is_anonymous: false };
    case 'chatMemberStatusAdministrator':
      return {
        status: 'administrator',
        user,
        can_be_edited: s.can_be_edited === true,
        is_anonymous: false,
        can_manage_chat: true,
        can_change_info: s.can_change_info === true,
        can_post_messages: s.can_post_messages === true,
        can_edit_messages: s.can_edit_messages === true,
        can_delete_messages: s.can_delete_messages === true,
        can_invite_users: s.can_invite_users === true,
        can_restrict_members: s.can_restrict_members === true,
        can_pin_messages: s.can_pin_messages === true,
        can_promote_members: s.can_promote_members === true,
        can_manage_video_chats: false,
      };
    case 'chatMemberStatusRestricted':
      return {
        status: 'restricted',
        user,
        is_member: s.is_member === true,
        until_date: s.restricted_until_date ?? 0,
        can_send_messages: s.can_send_messages === true,
        can_send_media_messages: s.can_send_media_messages === true,
        can_send_other_messages: s.can_send_other_messages === true,
        can_add_web_page_previews: s.can_add_web_page_previews === true,
      };
    case 'chatMemberStatusLeft':
      return { status: 'left', user };
    case 'chatMemberStatusBanned':
      return { status: 'kicked', user, until_date: s.banned_until_date ?? 0 };
    default:
      return { status: 'member', user };
  }
}
