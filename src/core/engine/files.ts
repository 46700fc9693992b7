/** Files: what can be answered without a file store (MIME types and extensions). */
import { type HandlerEntry, read } from './context.js';

/** A small table of common types; for anything else both directions answer '' (as TD does for what it does not know). */
const MIME: readonly (readonly [string, string])[] = [
  ['jpg', 'image/jpeg'],
  ['png', 'image/png'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
  ['mp4', 'video/mp4'],
  ['mp3', 'audio/mpeg'],
  ['ogg', 'audio/ogg'],
  ['pdf', 'application/pdf'],
  ['zip', 'application/zip'],
  ['txt', 'text/plain'],
  ['json', 'application/json'],
  ['html', 'text/html'],
  ['tgs', 'application/x-tgsticker'],
  ['jpeg', 'image/jpeg'],
  ['oga', 'audio/ogg'],
];

/** MIME type of a file name by its extension; '' when unknown. */
export function mimeOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot < 0) return '';
  const ext = base.slice(dot + 1).toLowerCase();
  return MIME.find(([e]) => e === ext)?.[1] ?? '';
}

/** Usual extension of a MIME type (the first in the table); '' when unknown. */
export function extensionOf(mime: string): string {
  const m = mime.trim().toLowerCase();
  return MIME.find(([, t]) => t === m)?.[0] ?? '';
}

/** File methods. */
export const fileHandlers: HandlerEntry[] = [
  read('getFileMimeType', (_c, p) => ({ _: 'text', text: mimeOf(p.file_name) })),
  read('getFileExtension', (_c, p) => ({ _: 'text', text: extensionOf(p.mime_type) })),
];
