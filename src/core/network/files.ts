/**
 * Files as rows and as TD objects. A file id names the same file for every account of a data dir
 * (TD's ids are per client instance; ours are shared, so an id seen in a message works in any
 * session). The network side (`files`: size, upload state, the content's hash, the persistent id)
 * is shared; the local side (`file_locals`: a downloaded copy, its path and size) is per account.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type * as T from '../api-types.generated.js';
import { sql } from './model.js';

/** A file of the network. */
export interface FileRow {
  id: number;
  /** The account that uploaded or generated it. */
  owner: number;
  /** FileType constructor name (fileTypePhoto, ...). */
  type: string;
  size: number;
  remote_size: number;
  /** 'uploading' | 'generating' | 'remote' (uploaded) | 'cancelled' | 'failed'. */
  state: string;
  /** The local path it was uploaded from ('' when none). */
  source: string;
  /** SHA-256 of the content once uploaded. */
  blob: string | null;
  /** Persistent id, given when the file is first used in a message or photo. */
  persistent: string | null;
  /** File name (the source's base name). */
  name: string;
  gen_id: string | null;
  conversion: string;
  /** The conversation the file was first sent in (0: none, e.g. profile photos). */
  conv: number;
  created: number;
}

/** An account's local copy of a file. */
export interface LocalRow {
  account: number;
  file: number;
  path: string;
  local_size: number;
  downloading: number;
  /** 1 when the copy lives in the file store (counted by the storage statistics, removable). */
  stored: number;
  accessed: number;
  created: number;
}

/** The file of that id, or undefined. */
export function fileRow(db: Database.Database, id: number): FileRow | undefined {
  return sql(db, 'SELECT * FROM files WHERE id = ?').get(id) as FileRow | undefined;
}

/** An account's local copy of a file, or undefined. */
export function localRow(db: Database.Database, account: number, file: number): LocalRow | undefined {
  return sql(db, 'SELECT * FROM file_locals WHERE account = ? AND file = ?').get(account, file) as LocalRow | undefined;
}

/** The `file` object as `viewer` sees it (its local copy, the network's upload state). */
export function fileObject(db: Database.Database, viewer: number, f: FileRow): T.file {
  const l = localRow(db, viewer, f.id);
  return {
    _: 'file',
    id: f.id,
    persistent_id: f.persistent ?? '',
    size: f.size,
    is_being_downloaded: (l?.downloading ?? 0) === 1,
    local_size: l?.local_size ?? 0,
    is_being_uploaded: f.state === 'uploading',
    remote_size: f.remote_size,
    path: l?.path ?? '',
  };
}

/** The `file` object as stored inside a message or photo: the network's side only (no local copy). */
export function remoteFileObject(f: FileRow): T.file {
  return {
    _: 'file',
    id: f.id,
    persistent_id: f.persistent ?? '',
    size: f.size,
    is_being_downloaded: false,
    local_size: 0,
    is_being_uploaded: false,
    remote_size: f.remote_size,
    path: '',
  };
}

/** Gives an uploaded file its persistent id (once; the same id forever after). */
export function makePersistent(db: Database.Database, f: FileRow): FileRow {
  if (f.persistent !== null || f.blob === null) return f;
  // opaque like Telegram's: the id and a piece of the content's hash, so ids cannot be guessed by counting
  const tag = createHash('sha256').update(`${f.id}:${f.blob}`).digest('base64url').slice(0, 16);
  const persistent = `LT${Buffer.from(`${f.id}`).toString('base64url')}_${tag}`;
  sql(db, 'UPDATE files SET persistent = ? WHERE id = ?').run(persistent, f.id);
  return { ...f, persistent };
}

/** A profile photo row. */
export interface ProfilePhotoRow {
  id: number;
  account: number;
  file: number;
  date: number;
}

/** The `photo` object of a stored image file (one size: we keep no thumbnails). */
export function photoObject(f: FileRow, id: string, width = 0, height = 0): T.photo {
  return { _: 'photo', id, has_stickers: false, sizes: [{ _: 'photoSize', type: 'x', photo: remoteFileObject(f), width, height }] };
}

/** The current profile photo of an account, or null. */
export function profilePhotoOf(db: Database.Database, account: number): T.profilePhoto | null {
  const r = sql(db, 'SELECT p.id AS pid, f.* FROM accounts a JOIN profile_photos p ON p.id = a.photo JOIN files f ON f.id = p.file WHERE a.id = ?').get(account) as
    | (FileRow & { pid: number })
    | undefined;
  if (!r) return null;
  const file = remoteFileObject(r);
  return { _: 'profilePhoto', id: String(r.pid), small: file, big: file };
}

/** The chat photo of a file id (0: none). */
export function chatPhotoOf(db: Database.Database, fileId: number): T.chatPhoto | null {
  if (fileId === 0) return null;
  const f = fileRow(db, fileId);
  if (!f) return null;
  const file = remoteFileObject(f);
  return { _: 'chatPhoto', small: file, big: file };
}
