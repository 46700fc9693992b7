/**
 * Files: the local file store's functions (upload, download with progress, cancel, delete,
 * generation), storage statistics, profile and chat photos, and MIME types. The store itself is
 * store/blobs.ts; transfers that outlive a call run in filejobs.ts. docs/files.md has the rules.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err } from '../errors.js';
import { feedAccount, feedClient } from '../network/feed.js';
import { type FileRow, type LocalRow, chatPhotoOf, fileObject, fileRow, localRow, makePersistent, photoObject } from '../network/files.js';
import { getAccount, isMember, sql } from '../network/model.js';
import { announceUser, memberDialogs, postMessage } from '../network/ops.js';
import { MAX_FILE_SIZE, fileSize, ingestSync, removeStored, storeDir } from '../store/blobs.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';
import { channelPhotoDenied, logPhotoChanged } from './channels.js';

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

const FILE_NOT_FOUND = (): TdError => badRequest('Invalid file id');
const NOT_UPLOADED = (): TdError => badRequest('The file is not uploaded yet: wait for updateFile with remote_size equal to size');
const WRONG_PERSISTENT = (): TdError => badRequest('Wrong remote file id specified');
const GENERATION_NOT_FOUND = (): TdError => badRequest('Invalid generation_id');
/** TD's answer for an absent InputFile (the parameter is named too). */
const NO_FILE = (param: string): TdError => badRequest(`Input file must be non-empty: '${param}' is null`);

/** Bytes the file store holds or has promised: stored contents, uploads under way, downloaded and downloading copies. */
export function usedBytes(c: Ctx): number {
  const contents = sql(c.db, 'SELECT COALESCE(SUM(size), 0) FROM (SELECT MAX(size) AS size FROM files WHERE blob IS NOT NULL GROUP BY blob)').pluck().get() as number;
  const uploading = sql(c.db, "SELECT COALESCE(SUM(size), 0) FROM files WHERE state IN ('uploading', 'generating')").pluck().get() as number;
  const copies = sql(c.db, 'SELECT COALESCE(SUM(CASE WHEN l.downloading = 1 THEN f.size ELSE l.local_size END), 0) FROM file_locals l JOIN files f ON f.id = l.file WHERE l.stored = 1').pluck().get() as number;
  return contents + uploading + copies;
}

/** The refusal when `size` more bytes would pass the quota or the size limit; undefined when they fit. */
function checkRoom(c: Ctx, size: number): TdError | undefined {
  if (size > MAX_FILE_SIZE) return badRequest(`File is too big: ${size} bytes, the limit is ${MAX_FILE_SIZE}`);
  const used = usedBytes(c);
  if (used + size > c.files.blobs.quota) {
    return badRequest(`The file store is full: ${size} more bytes would pass its quota of ${c.files.blobs.quota} bytes (${used} used); delete files or raise LUATD_FILE_QUOTA_MB`);
  }
  return undefined;
}

/** The size of a local file a request names, or the refusal: unreadable, empty, or more than the store can take. */
function localFileSize(c: Ctx, file: string): number | TdError {
  const size = fileSize(file);
  if (typeof size === 'string') return badRequest(`Can't use the local file: ${size}`);
  if (size === 0) return badRequest('File is empty');
  return checkRoom(c, size) ?? size;
}

/** FileType name of an optional FileType object. */
function typeName(t: T.FileType | null | undefined): string {
  return t?._ ?? 'fileTypeUnknown';
}

function insertFile(c: Ctx, f: Omit<FileRow, 'id' | 'owner' | 'created' | 'persistent' | 'conv'>): FileRow {
  const id = Number(
    sql(c.db, 'INSERT INTO files (owner, type, size, remote_size, state, source, blob, name, gen_id, conversion, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id')
      .pluck()
      .get(c.me, f.type, f.size, f.remote_size, f.state, f.source, f.blob, f.name, f.gen_id, f.conversion, c.now()),
  );
  return fileRow(c.db, id)!;
}

function setLocal(c: Ctx, l: Omit<LocalRow, 'account' | 'accessed' | 'created'>): void {
  const now = c.now();
  sql(c.db, 'INSERT OR REPLACE INTO file_locals (account, file, path, local_size, downloading, stored, accessed, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    c.me,
    l.file,
    l.path,
    l.local_size,
    l.downloading,
    l.stored,
    now,
    now,
  );
}

function feedFile(c: Ctx, f: FileRow): void {
  feedAccount(c.db, c.me, { _: 'updateFile', file: fileObject(c.db, c.me, f) });
}

/** A file the account can name: by id or persistent id; or the error to answer. */
function knownFile(c: Ctx, input: T.inputFileId | T.inputFilePersistentId): FileRow | TdError {
  if (input._ === 'inputFileId') return fileRow(c.db, input.id) ?? FILE_NOT_FOUND();
  return (sql(c.db, 'SELECT * FROM files WHERE persistent = ?').get(input.persistent_id) as FileRow | undefined) ?? WRONG_PERSISTENT();
}

/**
 * The uploaded file an InputFile names, for a message or a photo: an id or persistent id of an
 * uploaded file, or a local path, which is stored now (chunk by chunk) so the call can answer
 * with the sent message. Generated files must go through uploadFile first. Gives the file its
 * persistent id; `conv` records the chat it was first sent in.
 */
export function uploadedFile(c: Ctx, input: T.InputFile | null, type: string, param: string, conv = 0): FileRow | TdError {
  if (input === null) return NO_FILE(param);
  let f: FileRow | TdError;
  switch (input._) {
    case 'inputFileId':
    case 'inputFilePersistentId':
      f = knownFile(c, input);
      if (isErr(f)) return f;
      if (f.state !== 'remote') return NOT_UPLOADED();
      break;
    case 'inputFileLocal': {
      const size = localFileSize(c, input.path);
      if (typeof size !== 'number') return size;
      let stored;
      try {
        stored = ingestSync(c.files.blobs, input.path);
      } catch (e) {
        return badRequest(`Can't read the local file ${input.path}: ${(e as Error).message}`);
      }
      f = insertFile(c, { type, size: stored.size, remote_size: stored.size, state: 'remote', source: input.path, blob: stored.sha, name: path.basename(input.path), gen_id: null, conversion: '' });
      setLocal(c, { file: f.id, path: input.path, local_size: stored.size, downloading: 0, stored: 0 });
      break;
    }
    case 'inputFileGenerated':
      return badRequest('A generated file must be uploaded first: call uploadFile with it and send its id once updateFile shows it uploaded');
  }
  if (conv !== 0 && f.conv === 0) sql(c.db, 'UPDATE files SET conv = ? WHERE id = ?').run(conv, f.id);
  return makePersistent(c.db, f);
}

/** Where an account's downloaded copy of a file goes in the store. */
function downloadPath(c: Ctx, f: FileRow): string {
  const folder = f.type.replace(/^fileType/, '').toLowerCase() || 'unknown';
  const safe = f.name.replace(/[^A-Za-z0-9._-]/g, '_').slice(-64).replace(/^\.+/, '') || 'file';
  return path.join(storeDir(c.files.blobs, 'local', String(c.me), folder), `${f.id}_${safe}`);
}

/** Positive 63-bit id as a decimal string. */
function randomId(): string {
  return (randomBytes(8).readBigUInt64BE() >> 1n || 1n).toString();
}

/** A file being generated by this account, by generation id. */
function generating(c: Ctx, genId: string): FileRow | undefined {
  const f = sql(c.db, 'SELECT * FROM files WHERE gen_id = ?').get(genId) as FileRow | undefined;
  return f && f.owner === c.me && f.state === 'generating' ? f : undefined;
}

/** File types optimizeStorage leaves alone unless asked (as TD keeps them). */
const KEPT_TYPES = new Set(['fileTypeThumb', 'fileTypeProfilePhoto', 'fileTypeSticker', 'fileTypeWallpaper', 'fileTypeSecretThumb']);

/** Default ttl and immunity of optimizeStorage, in seconds (a day, TD's defaults). */
const DAY = 86_400;

interface CacheEntry {
  file: number;
  path: string;
  size: number;
  type: string;
  chat_id: number;
  accessed: number;
  created: number;
}

/** The account's complete copies kept in the store, with the chat each file belongs to (0: none). */
function cacheEntries(c: Ctx): CacheEntry[] {
  return sql(
    c.db,
    `SELECT l.file, l.path, l.local_size AS size, f.type, COALESCE(d.chat_id, 0) AS chat_id, l.accessed, l.created
     FROM file_locals l JOIN files f ON f.id = l.file LEFT JOIN dialogs d ON d.owner = l.account AND d.conv = f.conv AND f.conv <> 0
     WHERE l.account = ? AND l.stored = 1 AND l.downloading = 0 AND l.local_size > 0`,
  ).all(c.me) as CacheEntry[];
}

function statistics(entries: CacheEntry[], chatLimit: number): T.storageStatistics {
  const byChat = new Map<number, CacheEntry[]>();
  for (const e of entries) byChat.set(e.chat_id, [...(byChat.get(e.chat_id) ?? []), e]);
  const sum = (l: CacheEntry[]): number => l.reduce((n, e) => n + e.size, 0);
  let chats = [...byChat.entries()].filter(([id]) => id !== 0).sort((a, b) => sum(b[1]) - sum(a[1]) || a[0] - b[0]);
  const rest = [...(byChat.get(0) ?? []), ...chats.slice(Math.max(0, chatLimit)).flatMap(([, l]) => l)];
  chats = chats.slice(0, Math.max(0, chatLimit));
  if (rest.length > 0) chats.push([0, rest]);
  const group = (chatId: number, l: CacheEntry[]): T.storageStatisticsByChat => {
    const types = new Map<string, CacheEntry[]>();
    for (const e of l) types.set(e.type, [...(types.get(e.type) ?? []), e]);
    return {
      _: 'storageStatisticsByChat',
      chat_id: chatId,
      size: sum(l),
      count: l.length,
      by_file_type: [...types.entries()]
        .sort((a, b) => sum(b[1]) - sum(a[1]) || a[0].localeCompare(b[0]))
        .map(([t, tl]) => ({ _: 'storageStatisticsByFileType', file_type: { _: t } as T.FileType, size: sum(tl), count: tl.length })),
    };
  };
  return { _: 'storageStatistics', size: sum(entries), count: entries.length, by_chat: chats.map(([id, l]) => group(id, l)) };
}

function forgetCopy(c: Ctx, e: { file: number; path: string }): void {
  removeStored(e.path);
  sql(c.db, 'DELETE FROM file_locals WHERE account = ? AND file = ?').run(c.me, e.file);
}

/** A group the account may change the photo of, or the error to answer. */
function photoChat(c: Ctx, chatId: number): { conv: number; photo: number } | TdError {
  const r = resolveChat(c, chatId);
  if (isErr(r)) return r;
  if (r.conv.kind === 'private') return badRequest("Can't change photo of a private chat");
  if (r.conv.kind === 'channel') {
    const denied = channelPhotoDenied(c, r.d);
    return denied ?? { conv: r.conv.id, photo: r.conv.photo ?? 0 };
  }
  if (!isMember(r.d.status)) return err('CHAT_WRITE_FORBIDDEN');
  const all = (sql(c.db, 'SELECT all_admins FROM convs WHERE id = ?').pluck().get(r.conv.id) as number) === 1;
  if (r.d.status !== 'creator' && r.d.status !== 'administrator' && !all) return err('CHAT_ADMIN_REQUIRED');
  return { conv: r.conv.id, photo: r.conv.photo ?? 0 };
}

/** File methods. */
export const fileHandlers: HandlerEntry[] = [
  read('getFileMimeType', (_c, p) => ({ _: 'text', text: mimeOf(p.file_name) })),
  read('getFileExtension', (_c, p) => ({ _: 'text', text: extensionOf(p.mime_type) })),

  read('getFile', (c, p) => {
    const f = fileRow(c.db, p.file_id);
    return f ? fileObject(c.db, c.me, f) : FILE_NOT_FOUND();
  }),

  read('getFilePersistent', (c, p) => {
    if (/^https?:\/\//i.test(p.persistent_file_id)) return badRequest('Files known only by URL are not served: the embedded network has no Internet');
    const f = knownFile(c, { _: 'inputFilePersistentId', persistent_id: p.persistent_file_id });
    return isErr(f) ? f : fileObject(c.db, c.me, f);
  }),

  write('uploadFile', (c, p) => {
    if (p.priority < 1 || p.priority > 32) return badRequest('Upload priority must be between 1 and 32');
    const input = p.file;
    if (input === null) return NO_FILE('file');
    const type = typeName(p.file_type);
    switch (input._) {
      case 'inputFileId':
      case 'inputFilePersistentId': {
        const f = knownFile(c, input);
        return isErr(f) ? f : fileObject(c.db, c.me, f);
      }
      case 'inputFileLocal': {
        const size = localFileSize(c, input.path);
        if (typeof size !== 'number') return size;
        const f = insertFile(c, { type, size, remote_size: 0, state: 'uploading', source: input.path, blob: null, name: path.basename(input.path), gen_id: null, conversion: '' });
        setLocal(c, { file: f.id, path: input.path, local_size: size, downloading: 0, stored: 0 });
        c.files.startUpload(f.id, input.path, c.me);
        return fileObject(c.db, c.me, f);
      }
      case 'inputFileGenerated': {
        if (input.expected_size < 0) return badRequest('Parameter expected_size must be non-negative');
        const genId = randomId();
        const f = insertFile(c, {
          type,
          size: input.expected_size,
          remote_size: 0,
          state: 'generating',
          source: input.original_path,
          blob: null,
          name: path.basename(input.original_path) || 'generated',
          gen_id: genId,
          conversion: input.conversion,
        });
        const dest = path.join(storeDir(c.files.blobs, 'gen'), `${genId}_${f.name.replace(/[^A-Za-z0-9._-]/g, '_').slice(-64)}`);
        setLocal(c, { file: f.id, path: dest, local_size: 0, downloading: 0, stored: 1 });
        // the session that asked generates the file (TD sends this to its client only)
        feedClient(c.db, c.name, { _: 'updateFileGenerationStart', generation_id: genId, original_path: input.original_path, destination_path: dest, conversion: input.conversion });
        return fileObject(c.db, c.me, f);
      }
    }
  }),

  write('cancelUploadFile', (c, p) => {
    const f = fileRow(c.db, p.file_id);
    if (!f) return FILE_NOT_FOUND();
    if (f.owner !== c.me || (f.state !== 'uploading' && f.state !== 'generating')) return { _: 'ok' };
    sql(c.db, "UPDATE files SET state = 'cancelled', remote_size = 0 WHERE id = ?").run(f.id);
    c.files.abort(`up:${f.id}`);
    feedFile(c, fileRow(c.db, f.id)!);
    return { _: 'ok' };
  }),

  write('setFileGenerationProgress', (c, p) => {
    const f = generating(c, p.generation_id);
    if (!f) return GENERATION_NOT_FOUND();
    if (p.local_size < 0) {
      // the client gave up: the generation fails and its partial result goes
      sql(c.db, "UPDATE files SET state = 'failed' WHERE id = ?").run(f.id);
      const l = localRow(c.db, c.me, f.id);
      if (l) forgetCopy(c, l);
      feedFile(c, fileRow(c.db, f.id)!);
      return { _: 'ok' };
    }
    if (p.size < 0) return badRequest('Parameter size must be non-negative');
    if (p.size > 0) sql(c.db, 'UPDATE files SET size = ? WHERE id = ?').run(p.size, f.id);
    sql(c.db, 'UPDATE file_locals SET local_size = ? WHERE account = ? AND file = ?').run(p.local_size, c.me, f.id);
    feedFile(c, fileRow(c.db, f.id)!);
    return { _: 'ok' };
  }),

  write('finishFileGeneration', (c, p) => {
    const f = generating(c, p.generation_id);
    if (!f) return GENERATION_NOT_FOUND();
    const l = localRow(c.db, c.me, f.id)!;
    const size = fileSize(l.path);
    if (typeof size === 'string') return badRequest(`The generated file is missing: ${size}`);
    if (size === 0) return badRequest('File is empty');
    const room = checkRoom(c, size - f.size);
    if (room) return room;
    sql(c.db, "UPDATE files SET state = 'uploading', size = ?, source = ? WHERE id = ?").run(size, l.path, f.id);
    sql(c.db, 'UPDATE file_locals SET local_size = ? WHERE account = ? AND file = ?').run(size, c.me, f.id);
    c.files.startUpload(f.id, l.path, c.me);
    feedFile(c, fileRow(c.db, f.id)!);
    return { _: 'ok' };
  }),

  write('downloadFile', (c, p) => {
    if (p.priority < 1 || p.priority > 32) return badRequest('Download priority must be between 1 and 32');
    const f = fileRow(c.db, p.file_id);
    if (!f) return FILE_NOT_FOUND();
    const l = localRow(c.db, c.me, f.id);
    if (l && (l.downloading === 1 || (l.local_size === f.size && typeof fileSize(l.path) === 'number'))) return { _: 'ok' };
    if (f.state !== 'remote') return f.owner === c.me ? { _: 'ok' } : NOT_UPLOADED();
    const room = checkRoom(c, f.size);
    if (room) return room;
    const dest = downloadPath(c, f);
    setLocal(c, { file: f.id, path: dest, local_size: 0, downloading: 1, stored: 1 });
    feedFile(c, f);
    c.files.startDownload(f.id, c.me, dest);
    return { _: 'ok' };
  }),

  write('cancelDownloadFile', (c, p) => {
    const f = fileRow(c.db, p.file_id);
    if (!f) return FILE_NOT_FOUND();
    const l = localRow(c.db, c.me, f.id);
    if (l?.downloading !== 1) return { _: 'ok' };
    c.files.abort(`down:${c.me}:${f.id}`);
    forgetCopy(c, l);
    feedFile(c, f);
    return { _: 'ok' };
  }),

  write('deleteFile', (c, p) => {
    const f = fileRow(c.db, p.file_id);
    if (!f) return FILE_NOT_FOUND();
    const l = localRow(c.db, c.me, f.id);
    if (!l) return { _: 'ok' };
    if (l.downloading === 1) c.files.abort(`down:${c.me}:${f.id}`);
    // a copy in the store is removed; a file the user uploaded from elsewhere is only forgotten, never deleted
    if (l.stored === 1) removeStored(l.path);
    sql(c.db, 'DELETE FROM file_locals WHERE account = ? AND file = ?').run(c.me, f.id);
    feedFile(c, f);
    return { _: 'ok' };
  }),

  read('getStorageStatistics', (c, p) => {
    if (p.chat_limit < 0) return badRequest('Parameter chat_limit must be non-negative');
    return statistics(cacheEntries(c), p.chat_limit);
  }),

  read('getStorageStatisticsFast', (c) => {
    const e = cacheEntries(c);
    const dbSize = (c.db.pragma('page_count', { simple: true }) as number) * (c.db.pragma('page_size', { simple: true }) as number);
    return { _: 'storageStatisticsFast', files_size: e.reduce((n, x) => n + x.size, 0), files_count: e.length, database_size: dbSize };
  }),

  write('optimizeStorage', (c, p) => {
    if (p.chat_limit < 0) return badRequest('Parameter chat_limit must be non-negative');
    const now = c.now();
    const ttl = p.ttl < 0 ? DAY : p.ttl;
    const immunity = p.immunity_delay < 0 ? DAY : p.immunity_delay;
    const types = new Set<string>(p.file_types.map((t) => t._));
    const all = cacheEntries(c);
    const considered = all.filter(
      (e) =>
        (types.size > 0 ? types.has(e.type) : !KEPT_TYPES.has(e.type)) &&
        (p.chat_ids.length === 0 || p.chat_ids.includes(e.chat_id)) &&
        !p.exclude_chat_ids.includes(e.chat_id) &&
        e.created + immunity <= now,
    );
    const gone = new Set<number>();
    // first what was not used for ttl seconds, then the least recently used until the limits hold
    if (ttl > 0) for (const e of considered) if (e.accessed + ttl <= now) gone.add(e.file);
    const left = considered.filter((e) => !gone.has(e.file)).sort((a, b) => a.accessed - b.accessed || a.file - b.file);
    let size = all.filter((e) => !gone.has(e.file)).reduce((n, e) => n + e.size, 0);
    let count = all.length - gone.size;
    for (const e of left) {
      if ((p.size < 0 || size <= p.size) && (p.count < 0 || count <= p.count)) break;
      gone.add(e.file);
      size -= e.size;
      count--;
    }
    for (const e of all) {
      if (!gone.has(e.file)) continue;
      forgetCopy(c, e);
      feedFile(c, fileRow(c.db, e.file)!);
    }
    return statistics(cacheEntries(c), p.chat_limit);
  }),

  read('getUserProfilePhotos', (c, p) => {
    if (!getAccount(c.db, p.user_id)) return err('USER_NOT_FOUND');
    if (p.offset < 0) return badRequest('Parameter offset must be non-negative');
    if (p.limit <= 0) return badRequest('Parameter limit must be positive');
    const total = sql(c.db, 'SELECT COUNT(*) FROM profile_photos WHERE account = ?').pluck().get(p.user_id) as number;
    const rows = sql(c.db, 'SELECT p.id AS pid, f.* FROM profile_photos p JOIN files f ON f.id = p.file WHERE p.account = ? ORDER BY p.id DESC LIMIT ? OFFSET ?').all(
      p.user_id,
      Math.min(p.limit, 100),
      p.offset,
    ) as (FileRow & { pid: number })[];
    return { _: 'userProfilePhotos', total_count: total, photos: rows.map((r) => photoObject(r, String(r.pid))) };
  }),

  write('setProfilePhoto', (c, p) => {
    const f = uploadedFile(c, p.photo, 'fileTypeProfilePhoto', 'photo');
    if (isErr(f)) return f;
    const id = Number(sql(c.db, 'INSERT INTO profile_photos (account, file, date) VALUES (?, ?, ?) RETURNING id').pluck().get(c.me, f.id, c.now()));
    sql(c.db, 'UPDATE accounts SET photo = ? WHERE id = ?').run(id, c.me);
    announceUser(c.db, c.me, c.now());
    return { _: 'ok' };
  }),

  write('deleteProfilePhoto', (c, p) => {
    const id = Number(p.profile_photo_id);
    const own = Number.isSafeInteger(id) && sql(c.db, 'SELECT 1 FROM profile_photos WHERE id = ? AND account = ?').pluck().get(id, c.me) !== undefined;
    if (!own) return badRequest('Profile photo not found');
    sql(c.db, 'DELETE FROM profile_photos WHERE id = ?').run(id);
    if (getAccount(c.db, c.me)!.photo === id) {
      // the previous photo becomes current again, as on Telegram
      const prev = (sql(c.db, 'SELECT MAX(id) FROM profile_photos WHERE account = ?').pluck().get(c.me) as number | null) ?? 0;
      sql(c.db, 'UPDATE accounts SET photo = ? WHERE id = ?').run(prev, c.me);
      announceUser(c.db, c.me, c.now());
    }
    return { _: 'ok' };
  }),

  write('changeChatPhoto', (c, p) => {
    const chat = photoChat(c, p.chat_id);
    if (isErr(chat)) return chat;
    const conv = sql(c.db, 'SELECT * FROM convs WHERE id = ?').get(chat.conv) as Parameters<typeof postMessage>[1];
    if (p.photo === null || (p.photo._ === 'inputFileId' && p.photo.id === 0)) {
      // a zero file id removes the photo
      if (chat.photo === 0) return badRequest('CHAT_NOT_MODIFIED');
      sql(c.db, 'UPDATE convs SET photo = 0 WHERE id = ?').run(chat.conv);
      logPhotoChanged(c, conv, chatPhotoOf(c.db, chat.photo), null);
      for (const d of memberDialogs(c.db, chat.conv)) feedAccount(c.db, d.owner, { _: 'updateChatPhoto', chat_id: d.chat_id, photo: null });
      postMessage(c.db, conv, c.me, { _: 'messageChatDeletePhoto' }, c.now());
      return { _: 'ok' };
    }
    if (/^https?:\/\//i.test(p.photo._ === 'inputFilePersistentId' ? p.photo.persistent_id : '')) return badRequest('Files known only by URL are not acceptable');
    const f = uploadedFile(c, p.photo, 'fileTypePhoto', 'photo', chat.conv);
    if (isErr(f)) return f;
    sql(c.db, 'UPDATE convs SET photo = ? WHERE id = ?').run(f.id, chat.conv);
    logPhotoChanged(c, conv, chat.photo ? chatPhotoOf(c.db, chat.photo) : null, chatPhotoOf(c.db, f.id));
    for (const d of memberDialogs(c.db, chat.conv)) feedAccount(c.db, d.owner, { _: 'updateChatPhoto', chat_id: d.chat_id, photo: chatPhotoOf(c.db, f.id) });
    postMessage(c.db, conv, c.me, { _: 'messageChatChangePhoto', photo: photoObject(f, String(f.id)) }, c.now());
    return { _: 'ok' };
  }),
];
