/**
 * Message contents with files (photo, document, audio, video, voice note, animation, sticker,
 * video note) and venues: the input content in, the stored message content out. Files are stored
 * before the message is sent (uploadedFile), so the answer is the sent message, never a pending one.
 */
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest } from '../errors.js';
import { type FileRow, photoObject, remoteFileObject } from '../network/files.js';
import type { Ctx } from './context.js';
import { isErr } from './chats.js';
import { mimeOf, uploadedFile } from './files.js';
import { attachStickers, noteStickerSent, stickerObject } from './stickers.js';

/** Longest caption, in UTF-16 code units (Telegram's limit in 2017). */
export const MAX_CAPTION_LENGTH = 200;

/** Input contents this module turns into messages. */
export const MEDIA_INPUTS: ReadonlySet<string> = new Set([
  'inputMessagePhoto',
  'inputMessageDocument',
  'inputMessageAudio',
  'inputMessageVideo',
  'inputMessageVoice',
  'inputMessageAnimation',
  'inputMessageSticker',
  'inputMessageVideoNote',
  'inputMessageVenue',
]);

/** The refusal of a caption, or undefined when it is fine. */
export function checkCaption(caption: string): TdError | undefined {
  return caption.length > MAX_CAPTION_LENGTH ? badRequest(`Message caption is too long: at most ${MAX_CAPTION_LENGTH} characters`) : undefined;
}

function dims(w: number, h: number): TdError | undefined {
  return w < 0 || h < 0 ? badRequest('Width and height must be non-negative') : undefined;
}

function duration(d: number): TdError | undefined {
  return d < 0 ? badRequest('Duration must be non-negative') : undefined;
}

/** The thumbnail of an input thumb (stored like any file), null when none, or the error. */
function thumbOf(c: Ctx, t: T.inputThumb | null, conv: number): T.photoSize | null | TdError {
  if (t === null || t.thumb === null) return null;
  const f = uploadedFile(c, t.thumb, 'fileTypeThumb', 'thumb', conv);
  if (isErr(f)) return f;
  return { _: 'photoSize', type: 't', photo: remoteFileObject(f), width: t.width, height: t.height };
}

/** The message content of a media or venue input, for a message in conversation `conv`; or the error to answer. */
export function mediaContent(c: Ctx, input: T.InputMessageContent, conv: number): T.MessageContent | TdError {
  const withFile = (file: T.InputFile | null, type: string, param: string): FileRow | TdError => uploadedFile(c, file, type, param, conv);
  const bad = (...checks: (TdError | undefined)[]): TdError | undefined => checks.find((x) => x !== undefined);
  switch (input._) {
    case 'inputMessageVenue': {
      const v = input.venue as T.venue | null;
      if (!v || !v.location) return badRequest('Venue must have a location');
      if (Math.abs(v.location.latitude) > 90 || Math.abs(v.location.longitude) > 180) return badRequest('Invalid location');
      if (v.title.trim() === '') return badRequest('Venue must have a title');
      return { _: 'messageVenue', venue: { _: 'venue', location: { _: 'location', latitude: v.location.latitude, longitude: v.location.longitude }, title: v.title, address: v.address, provider: v.provider, id: v.id } };
    }
    case 'inputMessagePhoto': {
      const e = bad(checkCaption(input.caption), dims(input.width, input.height), input.ttl < 0 ? badRequest('Parameter ttl must be non-negative') : undefined);
      if (e) return e;
      const f = withFile(input.photo, 'fileTypePhoto', 'photo');
      if (isErr(f)) return f;
      const thumb = thumbOf(c, input.thumb, conv);
      if (thumb !== null && isErr(thumb)) return thumb;
      attachStickers(c, f.id, input.added_sticker_file_ids);
      const photo = photoObject(f, String(f.id), input.width, input.height);
      photo.has_stickers = input.added_sticker_file_ids.length > 0;
      if (thumb) photo.sizes.unshift(thumb);
      return { _: 'messagePhoto', photo, caption: input.caption };
    }
    case 'inputMessageDocument': {
      const e = checkCaption(input.caption);
      if (e) return e;
      const f = withFile(input.document, 'fileTypeDocument', 'document');
      if (isErr(f)) return f;
      const thumb = thumbOf(c, input.thumb, conv);
      if (thumb !== null && isErr(thumb)) return thumb;
      return { _: 'messageDocument', document: { _: 'document', file_name: f.name, mime_type: mimeOf(f.name), thumb, document: remoteFileObject(f) }, caption: input.caption };
    }
    case 'inputMessageAudio': {
      const e = bad(checkCaption(input.caption), duration(input.duration));
      if (e) return e;
      const f = withFile(input.audio, 'fileTypeAudio', 'audio');
      if (isErr(f)) return f;
      const thumb = thumbOf(c, input.album_cover_thumb, conv);
      if (thumb !== null && isErr(thumb)) return thumb;
      return {
        _: 'messageAudio',
        audio: { _: 'audio', duration: input.duration, title: input.title, performer: input.performer, file_name: f.name, mime_type: mimeOf(f.name), album_cover_thumb: thumb, audio: remoteFileObject(f) },
        caption: input.caption,
      };
    }
    case 'inputMessageVideo': {
      const e = bad(checkCaption(input.caption), duration(input.duration), dims(input.width, input.height));
      if (e) return e;
      const f = withFile(input.video, 'fileTypeVideo', 'video');
      if (isErr(f)) return f;
      attachStickers(c, f.id, input.added_sticker_file_ids);
      const thumb = thumbOf(c, input.thumb, conv);
      if (thumb !== null && isErr(thumb)) return thumb;
      return {
        _: 'messageVideo',
        video: {
          _: 'video',
          duration: input.duration,
          width: input.width,
          height: input.height,
          file_name: f.name,
          mime_type: mimeOf(f.name) || 'video/mp4',
          has_stickers: input.added_sticker_file_ids.length > 0,
          thumb,
          video: remoteFileObject(f),
        },
        caption: input.caption,
      };
    }
    case 'inputMessageVoice': {
      const e = bad(checkCaption(input.caption), duration(input.duration));
      if (e) return e;
      const f = withFile(input.voice, 'fileTypeVoice', 'voice');
      if (isErr(f)) return f;
      return { _: 'messageVoice', voice: { _: 'voice', duration: input.duration, waveform: input.waveform, mime_type: mimeOf(f.name) || 'audio/ogg', voice: remoteFileObject(f) }, caption: input.caption, is_listened: false };
    }
    case 'inputMessageAnimation': {
      const e = bad(checkCaption(input.caption), duration(input.duration), dims(input.width, input.height));
      if (e) return e;
      const f = withFile(input.animation, 'fileTypeAnimation', 'animation');
      if (isErr(f)) return f;
      const thumb = thumbOf(c, input.thumb, conv);
      if (thumb !== null && isErr(thumb)) return thumb;
      return {
        _: 'messageAnimation',
        animation: { _: 'animation', duration: input.duration, width: input.width, height: input.height, file_name: f.name, mime_type: mimeOf(f.name), thumb, animation: remoteFileObject(f) },
        caption: input.caption,
      };
    }
    case 'inputMessageSticker': {
      const e = dims(input.width, input.height);
      if (e) return e;
      const f = withFile(input.sticker, 'fileTypeSticker', 'sticker');
      if (isErr(f)) return f;
      const thumb = thumbOf(c, input.thumb, conv);
      if (thumb !== null && isErr(thumb)) return thumb;
      noteStickerSent(c, f.id);
      const sticker = stickerObject(c, f);
      return { _: 'messageSticker', sticker: { ...sticker, width: input.width || sticker.width, height: input.height || sticker.height, thumb } };
    }
    case 'inputMessageVideoNote': {
      const e = bad(duration(input.duration), input.length < 0 ? badRequest('Parameter length must be non-negative') : undefined);
      if (e) return e;
      const f = withFile(input.video_note, 'fileTypeVideoNote', 'video_note');
      if (isErr(f)) return f;
      const thumb = thumbOf(c, input.thumb, conv);
      if (thumb !== null && isErr(thumb)) return thumb;
      return { _: 'messageVideoNote', video_note: { _: 'videoNote', duration: input.duration, length: input.length, thumb, video: remoteFileObject(f) }, is_viewed: false };
    }
    default:
      return badRequest(`Unsupported input message content: ${input._}`);
  }
}

/** The content with its caption replaced, or undefined when the content has no caption. */
export function withCaption(content: T.MessageContent, caption: string): T.MessageContent | undefined {
  if (!('caption' in content)) return undefined;
  return { ...content, caption } as T.MessageContent;
}
