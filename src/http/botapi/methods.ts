/**
 * The Bot API subset, one function per method, each over the core's TD functions through the
 * mapping module. A method whose TD function the core lacks answers 501 naming both (never a
 * pretend success); a method outside the subset answers 404 naming it.
 */
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TdObject } from '../../core/client.js';
import { type UploadedFile, isUpload } from '../body.js';
import { IMPLEMENTED_METHODS } from '../../core/index.js';
import { ApiError, badRequest } from '../reply.js';
import type { BotSession } from '../sessions.js';
import { MapCtx, botFilePath, chatMemberToBot, chatToBot, entitiesFromBot, fileUniqueId, messageToBot, replyMarkupFromBot, userToBot } from './mapping.js';
import { parseMarkdownV2 } from './markdownv2.js';
import type { Params } from './params.js';
import type { BotUpdates } from './updates.js';

/** What a method runs with. */
export interface MethodCtx {
  bot: BotSession;
  updates: BotUpdates;
  db: Database.Database;
  p: Params;
  map: MapCtx;
  /** Aborted when the client closes its connection (ends a long poll early). */
  signal?: AbortSignal;
  /** Refuses a webhook URL the gateway may not call (only loopback by default). */
  checkWebhookUrl: (url: string) => void;
}

type Method = (c: MethodCtx) => Promise<unknown>;

/** 501 when the core lacks a TD function a Bot API method needs. */
function need(method: string, ...fns: string[]): void {
  for (const fn of fns) {
    if (!IMPLEMENTED_METHODS.has(fn)) throw new ApiError(501, `Not Implemented: ${method} needs the TD function ${fn}, which the embedded backend does not implement yet`);
  }
}

async function chatIdOf(c: MethodCtx, name = 'chat_id'): Promise<number> {
  const v = c.p.chatId(name);
  if (typeof v === 'number') return v;
  const r = await c.bot.client.invoke({ _: 'searchPublicChat', username: v.slice(1) });
  if (r._ === 'error') throw badRequest('chat not found');
  return r.id as number;
}

/** An inputMessageText from text, parse_mode and entities parameters (names vary: text/caption). */
function inputText(c: MethodCtx, textName: string, modeName: string, entitiesName: string, required = true): TdObject | undefined {
  const text = required ? c.p.str(textName, true) : c.p.str(textName);
  if (text === undefined) return undefined;
  const mode = c.p.str(modeName);
  const base = { _: 'inputMessageText', text, disable_web_page_preview: false, clear_draft: false, entities: [] as TdObject[], parse_mode: null as TdObject | null };
  if (c.p.has(entitiesName)) {
    base.entities = entitiesFromBot(c.p.json(entitiesName), entitiesName);
    return base;
  }
  switch (mode?.toLowerCase()) {
    case undefined:
    case '':
      return base;
    case 'markdown':
      return { ...base, parse_mode: { _: 'textParseModeMarkdown' } };
    case 'html':
      return { ...base, parse_mode: { _: 'textParseModeHTML' } };
    case 'markdownv2': {
      const r = parseMarkdownV2(text);
      if ('error' in r) throw badRequest(r.error);
      return { ...base, text: r.text, entities: r.entities };
    }
    default:
      throw badRequest(`unsupported parse_mode '${String(mode).slice(0, 40)}'`);
  }
}

function replyToOf(c: MethodCtx): number {
  const direct = c.p.int('reply_to_message_id');
  if (direct !== undefined) return direct;
  const rp = c.p.json('reply_parameters') as { message_id?: unknown } | undefined;
  if (rp === undefined) return 0;
  if (typeof rp !== 'object' || rp === null || !Number.isInteger(rp.message_id)) throw badRequest("invalid 'reply_parameters': expected an object with 'message_id'");
  return rp.message_id as number;
}

const SEND_COMMON = ['chat_id', 'reply_to_message_id', 'reply_parameters', 'disable_notification', 'reply_markup'];

async function send(c: MethodCtx, content: TdObject): Promise<unknown> {
  const chatId = await chatIdOf(c);
  const m = await c.map.call({
    _: 'sendMessage',
    chat_id: chatId,
    reply_to_message_id: replyToOf(c),
    disable_notification: c.p.bool('disable_notification'),
    from_background: false,
    reply_markup: replyMarkupFromBot(c.p.json('reply_markup')),
    input_message_content: content,
  });
  return messageToBot(c.map, m);
}

/** The input content that sends a media message's file again, with `caption`; undefined for other contents. */
function copiedMedia(content: TdObject, caption: string): TdObject | undefined {
  const fileOf = (o: unknown, key: string): TdObject => ({ _: 'inputFileId', id: ((o as Record<string, { id: number }>)[key]).id });
  const o = (k: string) => content[k] as Record<string, unknown>;
  switch (content._) {
    case 'messagePhoto': {
      const sizes = o('photo').sizes as { photo: { id: number }; width: number; height: number }[];
      const big = sizes[sizes.length - 1];
      return { _: 'inputMessagePhoto', photo: { _: 'inputFileId', id: big.photo.id }, thumb: null, added_sticker_file_ids: [], width: big.width, height: big.height, caption, ttl: 0 };
    }
    case 'messageDocument':
      return { _: 'inputMessageDocument', document: fileOf(o('document'), 'document'), thumb: null, caption };
    case 'messageAudio': {
      const a = o('audio');
      return { _: 'inputMessageAudio', audio: fileOf(a, 'audio'), album_cover_thumb: null, duration: a.duration, title: a.title, performer: a.performer, caption };
    }
    case 'messageVideo': {
      const v = o('video');
      return { _: 'inputMessageVideo', video: fileOf(v, 'video'), thumb: null, added_sticker_file_ids: [], duration: v.duration, width: v.width, height: v.height, caption, ttl: 0 };
    }
    case 'messageVoice': {
      const v = o('voice');
      return { _: 'inputMessageVoice', voice: fileOf(v, 'voice'), duration: v.duration, waveform: v.waveform, caption };
    }
    case 'messageAnimation': {
      const a = o('animation');
      return { _: 'inputMessageAnimation', animation: fileOf(a, 'animation'), thumb: null, duration: a.duration, width: a.width, height: a.height, caption };
    }
    case 'messageSticker': {
      const st = o('sticker');
      return { _: 'inputMessageSticker', sticker: fileOf(st, 'sticker'), thumb: null, width: st.width, height: st.height };
    }
    default:
      return undefined;
  }
}

/** Largest file getFile hands out (the official Bot API's download limit: 20 MB). */
export const GET_FILE_LIMIT = 20 * 1024 * 1024;

/** How long getFile waits for the core to copy a file into the bot's local cache. */
const GET_FILE_WAIT_MS = 60_000;

/** A TD InputFile for a Bot API file parameter, and what to remove once the core has stored it. */
interface BotInputFile {
  input: TdObject;
  cleanup: () => void;
}

/** An uploaded part, written to a private temporary folder under its own name (the core keeps the name). */
function fromUpload(u: UploadedFile): BotInputFile {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-upload-'));
  const name = path.basename(u.filename).replace(/[^A-Za-z0-9._ -]/g, '_').replace(/^\.+/, '').slice(-100) || 'file';
  const file = path.join(dir, name);
  try {
    writeFileSync(file, u.data, { mode: 0o600 });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return { input: { _: 'inputFileLocal', path: file }, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A Bot API InputFile parameter: a multipart upload, "attach://<part>", or a file_id (our TD
 * persistent id, reused as Telegram's are). HTTP URLs are refused: the offline network cannot fetch them.
 */
function inputFile(c: MethodCtx, name: string): BotInputFile {
  const v = c.p.file(name);
  if (typeof v !== 'string') return fromUpload(v);
  if (v.startsWith('attach://')) {
    const part = c.p.raw[v.slice('attach://'.length)];
    if (!isUpload(part)) throw badRequest(`file for '${name}' not found in the request (${v.slice(0, 80)})`);
    return fromUpload(part);
  }
  if (/^https?:\/\//i.test(v)) throw badRequest('failed to get HTTP URL content: this gateway has no Internet access; upload the file or pass a file_id');
  return { input: { _: 'inputFilePersistentId', persistent_id: v }, cleanup: () => {} };
}

/** The thumbnail parameter (thumbnail, or the older thumb) as a TD inputThumb, when given. */
function inputThumb(c: MethodCtx, files: BotInputFile[]): TdObject | null {
  const name = c.p.has('thumbnail') ? 'thumbnail' : c.p.has('thumb') ? 'thumb' : undefined;
  if (!name) return null;
  const f = inputFile(c, name);
  files.push(f);
  return { _: 'inputThumb', thumb: f.input, width: 0, height: 0 };
}

/** A caption as plain text: our 2017 schema keeps captions without entities, so markup is parsed and dropped. */
async function captionOf(c: MethodCtx): Promise<string> {
  const text = c.p.str('caption') ?? '';
  if (text === '') return '';
  const mode = c.p.str('parse_mode')?.toLowerCase();
  if (mode === undefined || mode === '' || c.p.has('caption_entities')) return text;
  if (mode === 'markdownv2') {
    const r = parseMarkdownV2(text);
    if ('error' in r) throw badRequest(r.error);
    return r.text;
  }
  if (mode !== 'markdown' && mode !== 'html') throw badRequest(`unsupported parse_mode '${String(mode).slice(0, 40)}'`);
  const r = await c.map.call({ _: 'parseTextEntities', text, parse_mode: { _: mode === 'html' ? 'textParseModeHTML' : 'textParseModeMarkdown' } });
  return String(r.text);
}

const MEDIA_COMMON = [...SEND_COMMON, 'caption', 'parse_mode', 'caption_entities', 'thumbnail', 'thumb'];

/** Sends a message whose content names files; the temporary copies of uploads go once the core has stored them. */
async function sendMedia(c: MethodCtx, files: BotInputFile[], content: TdObject): Promise<unknown> {
  try {
    return await send(c, content);
  } catch (e) {
    if (e instanceof ApiError && /wrong remote file id/i.test(e.description)) throw badRequest('wrong file identifier/HTTP URL specified');
    throw e;
  } finally {
    for (const f of files) f.cleanup();
  }
}

/** Reads a media method's file parameter and runs sendMedia with the content built around it. */
async function sendFile(c: MethodCtx, param: string, build: (file: TdObject, thumb: TdObject | null, caption: string) => TdObject): Promise<unknown> {
  const files: BotInputFile[] = [];
  try {
    const caption = await captionOf(c);
    const f = inputFile(c, param);
    files.push(f);
    const thumb = inputThumb(c, files);
    return await sendMedia(c, files.splice(0), build(f.input, thumb, caption));
  } finally {
    for (const f of files) f.cleanup();
  }
}

function notInline(c: MethodCtx): void {
  if (c.p.has('inline_message_id')) throw badRequest('inline messages (inline_message_id) are not supported by this backend');
}

const CHAT_ACTIONS: Record<string, TdObject> = {
  typing: { _: 'chatActionTyping' },
  find_location: { _: 'chatActionChoosingLocation' },
  choose_contact: { _: 'chatActionChoosingContact' },
  record_video: { _: 'chatActionRecordingVideo' },
  record_voice: { _: 'chatActionRecordingVoice' },
  record_video_note: { _: 'chatActionRecordingVideoNote' },
  upload_photo: { _: 'chatActionUploadingPhoto', progress: 0 },
  upload_video: { _: 'chatActionUploadingVideo', progress: 0 },
  upload_voice: { _: 'chatActionUploadingVoice', progress: 0 },
  upload_document: { _: 'chatActionUploadingDocument', progress: 0 },
  upload_video_note: { _: 'chatActionUploadingVideoNote', progress: 0 },
};

function commandsKey(c: MethodCtx): string {
  const scope = c.p.json('scope') ?? { type: 'default' };
  return JSON.stringify([scope, c.p.str('language_code') ?? '']);
}

function readCommands(c: MethodCtx): Record<string, unknown> {
  return JSON.parse((c.db.prepare('SELECT commands FROM bots WHERE bot = ?').pluck().get(c.bot.uid) as string | undefined) ?? '{}') as Record<string, unknown>;
}

function writeCommands(c: MethodCtx, all: Record<string, unknown>): void {
  c.db.prepare('UPDATE bots SET commands = ? WHERE bot = ?').run(JSON.stringify(all), c.bot.uid);
}

const COMMAND_RE = /^[a-z0-9_]{1,32}$/;

/** The Bot API methods served, by name. */
export const BOT_METHODS: Record<string, Method> = {
  async getMe(c) {
    c.p.only([]);
    return userToBot(await c.map.call({ _: 'getMe' }), true);
  },

  async getUpdates(c) {
    c.p.only(['offset', 'limit', 'timeout', 'allowed_updates']);
    const allowed = c.p.json('allowed_updates');
    if (allowed !== undefined && (!Array.isArray(allowed) || allowed.some((a) => typeof a !== 'string'))) throw badRequest("invalid 'allowed_updates': expected an Array of String");
    return c.updates.getUpdates({ offset: c.p.int('offset'), limit: c.p.int('limit'), timeout: c.p.int('timeout'), allowed_updates: allowed as string[] | undefined }, c.signal);
  },

  async setWebhook(c) {
    c.p.only(['url', 'secret_token', 'max_connections', 'allowed_updates', 'drop_pending_updates', 'certificate', 'ip_address']);
    const url = c.p.str('url') ?? '';
    if (url !== '') c.checkWebhookUrl(url);
    const secret = c.p.str('secret_token');
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw badRequest('secret token contains unallowed characters');
    const allowed = c.p.json('allowed_updates');
    if (allowed !== undefined && (!Array.isArray(allowed) || allowed.some((a) => typeof a !== 'string'))) throw badRequest("invalid 'allowed_updates': expected an Array of String");
    const max = c.p.int('max_connections');
    if (max !== undefined && (max < 1 || max > 100)) throw badRequest("invalid 'max_connections': expected 1-100");
    if (url === '') c.updates.deleteWebhook(c.p.bool('drop_pending_updates'));
    else c.updates.setWebhook({ url, secret_token: secret, max_connections: max, allowed_updates: allowed as string[] | undefined, drop_pending_updates: c.p.bool('drop_pending_updates') });
    return true;
  },

  async deleteWebhook(c) {
    c.p.only(['drop_pending_updates']);
    c.updates.deleteWebhook(c.p.bool('drop_pending_updates'));
    return true;
  },

  async getWebhookInfo(c) {
    c.p.only([]);
    return c.updates.webhookInfo();
  },

  async sendMessage(c) {
    c.p.only([...SEND_COMMON, 'text', 'parse_mode', 'entities']);
    return send(c, inputText(c, 'text', 'parse_mode', 'entities')!);
  },

  async editMessageText(c) {
    c.p.only(['chat_id', 'message_id', 'inline_message_id', 'text', 'parse_mode', 'entities', 'reply_markup']);
    notInline(c);
    const m = await c.map.call({
      _: 'editMessageText',
      chat_id: await chatIdOf(c),
      message_id: c.p.int('message_id', true),
      reply_markup: replyMarkupFromBot(c.p.json('reply_markup')),
      input_message_content: inputText(c, 'text', 'parse_mode', 'entities'),
    });
    return messageToBot(c.map, m);
  },

  async editMessageReplyMarkup(c) {
    c.p.only(['chat_id', 'message_id', 'inline_message_id', 'reply_markup']);
    notInline(c);
    need('editMessageReplyMarkup', 'editMessageReplyMarkup');
    const m = await c.map.call({ _: 'editMessageReplyMarkup', chat_id: await chatIdOf(c), message_id: c.p.int('message_id', true), reply_markup: replyMarkupFromBot(c.p.json('reply_markup')) });
    return messageToBot(c.map, m);
  },

  async editMessageCaption(c) {
    c.p.only(['chat_id', 'message_id', 'inline_message_id', 'caption', 'parse_mode', 'caption_entities', 'reply_markup']);
    notInline(c);
    need('editMessageCaption', 'editMessageCaption');
    const m = await c.map.call({
      _: 'editMessageCaption',
      chat_id: await chatIdOf(c),
      message_id: c.p.int('message_id', true),
      reply_markup: replyMarkupFromBot(c.p.json('reply_markup')),
      caption: c.p.str('caption') ?? '',
    });
    return messageToBot(c.map, m);
  },

  async deleteMessage(c) {
    c.p.only(['chat_id', 'message_id']);
    await c.map.call({ _: 'deleteMessages', chat_id: await chatIdOf(c), message_ids: [c.p.int('message_id', true)], revoke: true });
    return true;
  },

  async forwardMessage(c) {
    c.p.only(['chat_id', 'from_chat_id', 'message_id', 'disable_notification']);
    const r = await c.map.call({
      _: 'forwardMessages',
      chat_id: await chatIdOf(c),
      from_chat_id: await chatIdOf(c, 'from_chat_id'),
      message_ids: [c.p.int('message_id', true)],
      disable_notification: c.p.bool('disable_notification'),
      from_background: false,
    });
    const m = (r.messages as TdObject[])[0];
    if (!m) throw badRequest('message to forward not found');
    return messageToBot(c.map, m);
  },

  async copyMessage(c) {
    c.p.only([...SEND_COMMON, 'from_chat_id', 'message_id', 'caption', 'parse_mode', 'caption_entities']);
    const from = await chatIdOf(c, 'from_chat_id');
    const orig = await c.map.call({ _: 'getMessage', chat_id: from, message_id: c.p.int('message_id', true) });
    const content = orig.content as TdObject;
    let input: TdObject;
    switch (content._) {
      case 'messageText':
        input = { _: 'inputMessageText', text: content.text, disable_web_page_preview: false, clear_draft: false, entities: content.entities, parse_mode: null };
        break;
      case 'messageLocation':
        input = { _: 'inputMessageLocation', location: content.location };
        break;
      case 'messageContact':
        input = { _: 'inputMessageContact', contact: content.contact };
        break;
      case 'messageVenue':
        input = { _: 'inputMessageVenue', venue: content.venue };
        break;
      default: {
        // media: the same stored file again (file ids are valid across the data dir), the caption
        // kept unless the call gives one, as the Bot API does
        const media = copiedMedia(content, c.p.has('caption') ? await captionOf(c) : String(content.caption ?? ''));
        if (!media) throw badRequest(`messages with ${content._} content can't be copied`);
        input = media;
      }
    }
    const sent = (await send(c, input)) as { message_id: number };
    return { message_id: sent.message_id };
  },

  async sendPhoto(c) {
    c.p.only([...MEDIA_COMMON, 'photo']);
    return sendFile(c, 'photo', (photo, _thumb, caption) => ({ _: 'inputMessagePhoto', photo, caption }));
  },

  async sendDocument(c) {
    c.p.only([...MEDIA_COMMON, 'document', 'disable_content_type_detection']);
    return sendFile(c, 'document', (document, thumb, caption) => ({ _: 'inputMessageDocument', document, thumb, caption }));
  },

  async sendAudio(c) {
    c.p.only([...MEDIA_COMMON, 'audio', 'duration', 'performer', 'title']);
    return sendFile(c, 'audio', (audio, thumb, caption) => ({
      _: 'inputMessageAudio',
      audio,
      album_cover_thumb: thumb,
      duration: c.p.int('duration') ?? 0,
      title: c.p.str('title') ?? '',
      performer: c.p.str('performer') ?? '',
      caption,
    }));
  },

  async sendVideo(c) {
    c.p.only([...MEDIA_COMMON, 'video', 'duration', 'width', 'height', 'supports_streaming', 'cover', 'start_timestamp']);
    return sendFile(c, 'video', (video, thumb, caption) => ({
      _: 'inputMessageVideo',
      video,
      thumb,
      duration: c.p.int('duration') ?? 0,
      width: c.p.int('width') ?? 0,
      height: c.p.int('height') ?? 0,
      caption,
    }));
  },

  async sendVoice(c) {
    c.p.only([...MEDIA_COMMON, 'voice', 'duration']);
    return sendFile(c, 'voice', (voice, _thumb, caption) => ({ _: 'inputMessageVoice', voice, duration: c.p.int('duration') ?? 0, caption }));
  },

  async sendAnimation(c) {
    c.p.only([...MEDIA_COMMON, 'animation', 'duration', 'width', 'height']);
    return sendFile(c, 'animation', (animation, thumb, caption) => ({
      _: 'inputMessageAnimation',
      animation,
      thumb,
      duration: c.p.int('duration') ?? 0,
      width: c.p.int('width') ?? 0,
      height: c.p.int('height') ?? 0,
      caption,
    }));
  },

  async sendSticker(c) {
    c.p.only([...SEND_COMMON, 'sticker', 'emoji']);
    return sendFile(c, 'sticker', (sticker) => ({ _: 'inputMessageSticker', sticker, width: 512, height: 512 }));
  },

  async sendVenue(c) {
    c.p.only([...SEND_COMMON, 'latitude', 'longitude', 'title', 'address', 'foursquare_id', 'foursquare_type', 'google_place_id', 'google_place_type']);
    const google = c.p.str('google_place_id');
    return send(c, {
      _: 'inputMessageVenue',
      venue: {
        _: 'venue',
        location: { _: 'location', latitude: c.p.float('latitude', true), longitude: c.p.float('longitude', true) },
        title: c.p.str('title', true),
        address: c.p.str('address', true),
        provider: google !== undefined ? 'gplaces' : c.p.has('foursquare_id') ? 'foursquare' : '',
        id: google ?? c.p.str('foursquare_id') ?? '',
      },
    });
  },

  async getFile(c) {
    c.p.only(['file_id']);
    const fileId = c.p.str('file_id', true);
    let f: TdObject;
    try {
      f = await c.map.call({ _: 'getFilePersistent', persistent_file_id: fileId, file_type: null });
    } catch (e) {
      if (e instanceof ApiError && e.code === 400) throw badRequest('invalid file_id');
      throw e;
    }
    if ((f.size as number) > GET_FILE_LIMIT) throw badRequest('file is too big');
    // as the official server does: the file is fetched into the bot's own cache, then served from there
    await c.map.call({ _: 'downloadFile', file_id: f.id, priority: 1 });
    const deadline = Date.now() + GET_FILE_WAIT_MS;
    while (!(f.local_size === f.size && f.path !== '' && !f.is_being_downloaded)) {
      if (Date.now() > deadline || c.signal?.aborted) throw new ApiError(500, 'Internal Server Error: the file could not be fetched in time');
      await new Promise((r) => setTimeout(r, 20));
      f = await c.map.call({ _: 'getFile', file_id: f.id });
      if (!f.is_being_downloaded && f.local_size !== f.size) await c.map.call({ _: 'downloadFile', file_id: f.id, priority: 1 });
    }
    return { file_id: fileId, file_unique_id: fileUniqueId(f), file_size: f.size, file_path: botFilePath(f) };
  },

  async sendLocation(c) {
    c.p.only([...SEND_COMMON, 'latitude', 'longitude', 'horizontal_accuracy', 'live_period', 'heading', 'proximity_alert_radius']);
    return send(c, { _: 'inputMessageLocation', location: { _: 'location', latitude: c.p.float('latitude', true), longitude: c.p.float('longitude', true) } });
  },

  async sendContact(c) {
    c.p.only([...SEND_COMMON, 'phone_number', 'first_name', 'last_name', 'vcard']);
    return send(c, {
      _: 'inputMessageContact',
      contact: { _: 'contact', phone_number: c.p.str('phone_number', true), first_name: c.p.str('first_name', true), last_name: c.p.str('last_name') ?? '', user_id: 0 },
    });
  },

  async sendChatAction(c) {
    c.p.only(['chat_id', 'action']);
    const name = c.p.str('action', true);
    const action = CHAT_ACTIONS[name];
    if (!action) throw badRequest('wrong parameter action in request');
    await c.map.call({ _: 'sendChatAction', chat_id: await chatIdOf(c), action });
    return true;
  },

  async getChat(c) {
    c.p.only(['chat_id']);
    const chat = await c.map.call({ _: 'getChat', chat_id: await chatIdOf(c) });
    return { ...(await chatToBot(c.map, chat)), accent_color_id: 0, max_reaction_count: 11 };
  },

  async getChatMember(c) {
    c.p.only(['chat_id', 'user_id']);
    const m = await c.map.call({ _: 'getChatMember', chat_id: await chatIdOf(c), user_id: c.p.int('user_id', true) });
    return chatMemberToBot(c.map, m);
  },

  async getChatMemberCount(c) {
    c.p.only(['chat_id']);
    const id = await chatIdOf(c);
    const chat = await c.map.call({ _: 'getChat', chat_id: id });
    if ((chat.type as TdObject)._ === 'chatTypePrivate') return id === c.bot.uid ? 1 : 2;
    return (await groupMembers(c, chat)).length;
  },

  async getChatAdministrators(c) {
    c.p.only(['chat_id']);
    const chat = await c.map.call({ _: 'getChat', chat_id: await chatIdOf(c) });
    if ((chat.type as TdObject)._ === 'chatTypePrivate') throw badRequest('there are no administrators in the private chat');
    const members = await groupMembers(c, chat);
    const admins = members.filter((m) => ['chatMemberStatusCreator', 'chatMemberStatusAdministrator'].includes((m.status as TdObject)._));
    return Promise.all(admins.map((m) => chatMemberToBot(c.map, m)));
  },

  async banChatMember(c) {
    c.p.only(['chat_id', 'user_id', 'until_date', 'revoke_messages']);
    need('banChatMember', 'changeChatMemberStatus');
    await c.map.call({ _: 'changeChatMemberStatus', chat_id: await chatIdOf(c), user_id: c.p.int('user_id', true), status: { _: 'chatMemberStatusBanned', banned_until_date: c.p.int('until_date') ?? 0 } });
    return true;
  },

  async unbanChatMember(c) {
    c.p.only(['chat_id', 'user_id', 'only_if_banned']);
    need('unbanChatMember', 'changeChatMemberStatus');
    const chatId = await chatIdOf(c);
    const userId = c.p.int('user_id', true);
    if (c.p.bool('only_if_banned')) {
      const m = await c.map.call({ _: 'getChatMember', chat_id: chatId, user_id: userId });
      if ((m.status as TdObject)._ !== 'chatMemberStatusBanned') return true;
    }
    await c.map.call({ _: 'changeChatMemberStatus', chat_id: chatId, user_id: userId, status: { _: 'chatMemberStatusLeft' } });
    return true;
  },

  async restrictChatMember(c) {
    c.p.only(['chat_id', 'user_id', 'permissions', 'until_date', 'use_independent_chat_permissions']);
    need('restrictChatMember', 'changeChatMemberStatus');
    const perms = (c.p.json('permissions') ?? {}) as Record<string, unknown>;
    if (typeof perms !== 'object' || perms === null) throw badRequest("invalid 'permissions': expected a ChatPermissions object");
    const media = perms.can_send_media_messages === true || perms.can_send_photos === true || perms.can_send_documents === true;
    await c.map.call({
      _: 'changeChatMemberStatus',
      chat_id: await chatIdOf(c),
      user_id: c.p.int('user_id', true),
      status: {
        _: 'chatMemberStatusRestricted',
        is_member: true,
        restricted_until_date: c.p.int('until_date') ?? 0,
        can_send_messages: perms.can_send_messages === true,
        can_send_media_messages: media,
        can_send_other_messages: perms.can_send_other_messages === true,
        can_add_web_page_previews: perms.can_add_web_page_previews === true,
      },
    });
    return true;
  },

  async promoteChatMember(c) {
    c.p.only([
      'chat_id', 'user_id', 'is_anonymous', 'can_manage_chat', 'can_change_info', 'can_post_messages', 'can_edit_messages', 'can_delete_messages', 'can_invite_users',
      'can_restrict_members', 'can_pin_messages', 'can_promote_members', 'can_manage_video_chats', 'can_manage_topics', 'can_post_stories', 'can_edit_stories', 'can_delete_stories', 'can_manage_direct_messages',
    ]);
    need('promoteChatMember', 'changeChatMemberStatus');
    const b = (k: string) => c.p.bool(k);
    const any = ['can_change_info', 'can_post_messages', 'can_edit_messages', 'can_delete_messages', 'can_invite_users', 'can_restrict_members', 'can_pin_messages', 'can_promote_members'].some(b);
    await c.map.call({
      _: 'changeChatMemberStatus',
      chat_id: await chatIdOf(c),
      user_id: c.p.int('user_id', true),
      status: any
        ? {
            _: 'chatMemberStatusAdministrator',
            can_be_edited: true,
            can_change_info: b('can_change_info'),
            can_post_messages: b('can_post_messages'),
            can_edit_messages: b('can_edit_messages'),
            can_delete_messages: b('can_delete_messages'),
            can_invite_users: b('can_invite_users'),
            can_restrict_members: b('can_restrict_members'),
            can_pin_messages: b('can_pin_messages'),
            can_promote_members: b('can_promote_members'),
          }
        : { _: 'chatMemberStatusMember' },
    });
    return true;
  },

  async leaveChat(c) {
    c.p.only(['chat_id']);
    need('leaveChat', 'changeChatMemberStatus');
    await c.map.call({ _: 'changeChatMemberStatus', chat_id: await chatIdOf(c), user_id: c.bot.uid, status: { _: 'chatMemberStatusLeft' } });
    return true;
  },

  async pinChatMessage(c) {
    c.p.only(['chat_id', 'message_id', 'disable_notification']);
    const chat = await c.map.call({ _: 'getChat', chat_id: await chatIdOf(c) });
    const t = chat.type as TdObject;
    if (t._ !== 'chatTypeChannel' && t._ !== 'chatTypeSupergroup') throw badRequest('method is available only for supergroups and channel');
    need('pinChatMessage', 'pinChannelMessage');
    await c.map.call({ _: 'pinChannelMessage', channel_id: t.channel_id ?? t.supergroup_id, message_id: c.p.int('message_id', true), disable_notification: c.p.bool('disable_notification') });
    return true;
  },

  async unpinChatMessage(c) {
    c.p.only(['chat_id', 'message_id']);
    const chat = await c.map.call({ _: 'getChat', chat_id: await chatIdOf(c) });
    const t = chat.type as TdObject;
    if (t._ !== 'chatTypeChannel' && t._ !== 'chatTypeSupergroup') throw badRequest('method is available only for supergroups and channel');
    need('unpinChatMessage', 'unpinChannelMessage');
    await c.map.call({ _: 'unpinChannelMessage', channel_id: t.channel_id ?? t.supergroup_id });
    return true;
  },

  async answerCallbackQuery(c) {
    c.p.only(['callback_query_id', 'text', 'show_alert', 'url', 'cache_time']);
    need('answerCallbackQuery', 'answerCallbackQuery');
    await c.map.call({
      _: 'answerCallbackQuery',
      callback_query_id: c.p.str('callback_query_id', true),
      text: c.p.str('text') ?? '',
      show_alert: c.p.bool('show_alert'),
      url: c.p.str('url') ?? '',
      cache_time: c.p.int('cache_time') ?? 0,
    });
    return true;
  },

  async answerInlineQuery(c) {
    c.p.only(['inline_query_id', 'results', 'cache_time', 'is_personal', 'next_offset', 'button', 'switch_pm_text', 'switch_pm_parameter']);
    need('answerInlineQuery', 'answerInlineQuery');
    const results = c.p.json('results');
    if (!Array.isArray(results)) throw badRequest("invalid 'results': expected an Array of InlineQueryResult");
    const button = c.p.json('button') as { text?: string; start_parameter?: string } | undefined;
    await c.map.call({
      _: 'answerInlineQuery',
      inline_query_id: c.p.str('inline_query_id', true),
      is_personal: c.p.bool('is_personal'),
      results: results.map((r, i) => inlineResultFromBot(r, i)),
      cache_time: c.p.int('cache_time') ?? 300,
      next_offset: c.p.str('next_offset') ?? '',
      switch_pm_text: button?.text ?? c.p.str('switch_pm_text') ?? '',
      switch_pm_parameter: button?.start_parameter ?? c.p.str('switch_pm_parameter') ?? '',
    });
    return true;
  },

  async setMyCommands(c) {
    c.p.only(['commands', 'scope', 'language_code']);
    const list = c.p.json('commands');
    if (!Array.isArray(list) || list.length > 100) throw badRequest("invalid 'commands': expected an Array of at most 100 BotCommand");
    const commands = list.map((raw, i) => {
      const o = raw as { command?: unknown; description?: unknown };
      if (typeof o?.command !== 'string' || !COMMAND_RE.test(o.command)) throw badRequest(`commands[${i}]: command must be 1-32 of a-z, 0-9 and _`);
      if (typeof o.description !== 'string' || o.description.length < 1 || o.description.length > 256) throw badRequest(`commands[${i}]: description must have 1-256 characters`);
      return { command: o.command, description: o.description };
    });
    const all = readCommands(c);
    all[commandsKey(c)] = commands;
    writeCommands(c, all);
    return true;
  },

  async getMyCommands(c) {
    c.p.only(['scope', 'language_code']);
    return readCommands(c)[commandsKey(c)] ?? [];
  },

  async deleteMyCommands(c) {
    c.p.only(['scope', 'language_code']);
    const all = readCommands(c);
    delete all[commandsKey(c)];
    writeCommands(c, all);
    return true;
  },
};

/** Members of a group or channel, through whichever TD function the core has. */
async function groupMembers(c: MethodCtx, chat: TdObject): Promise<TdObject[]> {
  const t = chat.type as TdObject;
  if (t._ === 'chatTypeGroup' || t._ === 'chatTypeBasicGroup') {
    need('getChatAdministrators', 'getGroupFull');
    const full = await c.map.call({ _: 'getGroupFull', group_id: t.group_id ?? t.basic_group_id });
    return (full.members as TdObject[]) ?? [];
  }
  need('getChatAdministrators', 'getChannelMembers');
  const r = await c.map.call({ _: 'getChannelMembers', channel_id: t.channel_id ?? t.supergroup_id, filter: { _: 'channelMembersRecent' }, offset: 0, limit: 200 });
  return (r.members as TdObject[]) ?? [];
}

/** A Bot API InlineQueryResult as a TD InputInlineQueryResult (articles with text content). */
function inlineResultFromBot(raw: unknown, i: number): TdObject {
  const r = raw as Record<string, unknown>;
  if (typeof r !== 'object' || r === null) throw badRequest(`results[${i}] must be an object`);
  if (r.type !== 'article') throw badRequest(`results[${i}]: result type '${String(r.type).slice(0, 40)}' is not supported by this backend (only 'article')`);
  const content = r.input_message_content as Record<string, unknown> | undefined;
  if (typeof content?.message_text !== 'string') throw badRequest(`results[${i}]: an article needs input_message_content with message_text`);
  const mode = typeof content.parse_mode === 'string' ? content.parse_mode.toLowerCase() : '';
  let input: TdObject = { _: 'inputMessageText', text: content.message_text, disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null };
  if (Array.isArray(content.entities)) input.entities = entitiesFromBot(content.entities, `results[${i}].input_message_content.entities`);
  else if (mode === 'html') input.parse_mode = { _: 'textParseModeHTML' };
  else if (mode === 'markdown') input.parse_mode = { _: 'textParseModeMarkdown' };
  else if (mode === 'markdownv2') {
    const p = parseMarkdownV2(content.message_text);
    if ('error' in p) throw badRequest(p.error);
    input = { ...input, text: p.text, entities: p.entities };
  }
  return {
    _: 'inputInlineQueryResultArticle',
    id: String(r.id ?? i),
    url: typeof r.url === 'string' ? r.url : '',
    hide_url: r.hide_url === true,
    title: String(r.title ?? ''),
    description: typeof r.description === 'string' ? r.description : '',
    thumb_url: typeof r.thumbnail_url === 'string' ? r.thumbnail_url : typeof r.thumb_url === 'string' ? r.thumb_url : '',
    thumb_width: 0,
    thumb_height: 0,
    reply_markup: replyMarkupFromBot(r.reply_markup),
    input_message_content: input,
  };
}

/** A case-insensitive lookup, as Telegram's method names are. */
const LOWER = new Map(Object.keys(BOT_METHODS).map((k) => [k.toLowerCase(), k]));

/** The Bot API method of a name (any case), or undefined. */
export function botMethod(name: string): { name: string; run: Method } | undefined {
  const canonical = LOWER.get(name.toLowerCase());
  return canonical ? { name: canonical, run: BOT_METHODS[canonical]! } : undefined;
}
