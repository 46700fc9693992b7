/**
 * Stickers and animations made from uploaded files: sticker sets created by bots (as on
 * Telegram: uploadStickerFile, createNewStickerSet, addStickerToSet, setStickerPositionInSet,
 * deleteStickerFromSet), each account's installed / archived / trending sets and their order,
 * recent (sent and attached) and favourite stickers, saved animations. Sets are network-wide;
 * what an account installed, archived or viewed is kept per account (migration 14).
 */
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type FileRow, fileObject, fileRow, remoteFileObject } from '../network/files.js';
import { getAccount, sql } from '../network/model.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { isErr } from './chats.js';
import { mimeOf, uploadedFile } from './files.js';

/** Limits as Telegram had them in 2017. */
const MAX_SET_STICKERS = 120;
const MAX_RECENT = 200;
const MAX_FAVORITE = 5;
const MAX_SAVED_ANIMATIONS = 200;
/** Largest sticker image uploadStickerFile takes (512 kB). */
const MAX_STICKER_FILE = 512 * 1024;

const SET_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const BOTS_ONLY = (): TdError => badRequest('The method is available only for bots');
const SET_NOT_FOUND = (): TdError => badRequest('Sticker set not found');
const NOT_A_STICKER = (): TdError => badRequest('Sticker must belong to a sticker set');

interface SetRow {
  id: number;
  owner: number;
  creator: number;
  title: string;
  name: string;
  is_masks: number;
  created: number;
}

interface SetSticker {
  file: number;
  set_id: number;
  emojis: string;
  mask: string | null;
  pos: number;
}

interface AccountSet {
  installed: number;
  archived: number;
  viewed: number;
  pos: number;
}

function setRow(c: Ctx, id: number): SetRow | undefined {
  return sql(c.db, 'SELECT * FROM sticker_sets WHERE id = ?').get(id) as SetRow | undefined;
}

function setByName(c: Ctx, name: string): SetRow | undefined {
  return sql(c.db, 'SELECT * FROM sticker_sets WHERE lower(name) = lower(?)').get(name) as SetRow | undefined;
}

function accountSet(c: Ctx, id: number): AccountSet {
  return (sql(c.db, 'SELECT installed, archived, viewed, pos FROM account_sticker_sets WHERE account = ? AND set_id = ?').get(c.me, id) as AccountSet | undefined) ?? { installed: 0, archived: 0, viewed: 0, pos: 0 };
}

function setStickers(c: Ctx, id: number): (SetSticker & FileRow)[] {
  return sql(c.db, 'SELECT s.file, s.set_id, s.emojis, s.mask, s.pos, f.* FROM set_stickers s JOIN files f ON f.id = s.file WHERE s.set_id = ? ORDER BY s.pos, s.file').all(id) as (SetSticker & FileRow)[];
}

/** The `sticker` object of a sticker file (set 0 and no emoji when it belongs to no set). */
export function stickerObject(c: Ctx, f: FileRow): T.sticker {
  const s = sql(c.db, 'SELECT s.*, t.is_masks FROM set_stickers s JOIN sticker_sets t ON t.id = s.set_id WHERE s.file = ?').get(f.id) as (SetSticker & { is_masks: number }) | undefined;
  return {
    _: 'sticker',
    set_id: String(s?.set_id ?? 0),
    width: 512,
    height: 512,
    emoji: s ? ([...s.emojis][0] ?? '') : '',
    is_mask: s?.is_masks === 1,
    mask_position: s?.mask ? (JSON.parse(s.mask) as T.maskPosition) : null,
    thumb: null,
    sticker: remoteFileObject(f),
  };
}

function setObject(c: Ctx, s: SetRow): T.stickerSet {
  const a = accountSet(c, s.id);
  const stickers = setStickers(c, s.id);
  return {
    _: 'stickerSet',
    id: String(s.id),
    title: s.title,
    name: s.name,
    is_installed: a.installed === 1,
    is_archived: a.archived === 1,
    is_official: false,
    is_masks: s.is_masks === 1,
    is_viewed: a.viewed === 1 || a.installed === 1,
    stickers: stickers.map((x) => stickerObject(c, x)),
    emojis: stickers.map((x) => ({ _: 'stickerEmojis', emojis: [...x.emojis] })),
  };
}

function setInfo(c: Ctx, s: SetRow): T.stickerSetInfo {
  const full = setObject(c, s);
  return {
    _: 'stickerSetInfo',
    id: full.id,
    title: full.title,
    name: full.name,
    is_installed: full.is_installed,
    is_archived: full.is_archived,
    is_official: false,
    is_masks: full.is_masks,
    is_viewed: full.is_viewed,
    size: full.stickers.length,
    covers: full.stickers.slice(0, 5),
  };
}

function setsObject(c: Ctx, rows: SetRow[], total = rows.length): T.stickerSets {
  return { _: 'stickerSets', total_count: total, sets: rows.map((s) => setInfo(c, s)) };
}

/** The account's installed sets of one kind, in its order. */
function installed(c: Ctx, masks: boolean): SetRow[] {
  return sql(
    c.db,
    'SELECT t.* FROM account_sticker_sets a JOIN sticker_sets t ON t.id = a.set_id WHERE a.account = ? AND a.installed = 1 AND t.is_masks = ? ORDER BY a.pos, t.id DESC',
  ).all(c.me, masks ? 1 : 0) as SetRow[];
}

function announceInstalled(c: Ctx, masks: boolean): void {
  feedAccount(c.db, c.me, { _: 'updateInstalledStickerSets', is_masks: masks, sticker_set_ids: installed(c, masks).map((s) => String(s.id)) });
}

/** A sticker of a set named by an InputFile (already uploaded), or the error. */
function setStickerOf(c: Ctx, input: T.InputFile | null): (SetSticker & FileRow) | TdError {
  const f = uploadedFile(c, input, 'fileTypeSticker', 'sticker');
  if (isErr(f)) return f;
  const s = sql(c.db, 'SELECT s.file, s.set_id, s.emojis, s.mask, s.pos, f.* FROM set_stickers s JOIN files f ON f.id = s.file WHERE s.file = ?').get(f.id) as (SetSticker & FileRow) | undefined;
  return s ?? NOT_A_STICKER();
}

/** Adds stickers to a set at its end; or the error (nothing is added then: the call rolls back). */
function addStickers(c: Ctx, setId: number, stickers: T.inputSticker[]): TdError | undefined {
  let pos = ((sql(c.db, 'SELECT MAX(pos) FROM set_stickers WHERE set_id = ?').pluck().get(setId) as number | null) ?? -1) + 1;
  for (const [i, s] of stickers.entries()) {
    if ([...s.emojis.trim()].length === 0) return badRequest(`Sticker ${i + 1} must have an emoji`);
    const f = uploadedFile(c, s.png_sticker, 'fileTypeSticker', 'png_sticker');
    if (isErr(f)) return f;
    if (sql(c.db, 'SELECT 1 FROM set_stickers WHERE file = ?').pluck().get(f.id) !== undefined) return badRequest('The sticker is already in a set');
    sql(c.db, 'INSERT INTO set_stickers (file, set_id, emojis, mask, pos) VALUES (?, ?, ?, ?, ?)').run(f.id, setId, s.emojis.trim(), s.mask_position ? JSON.stringify(s.mask_position) : null, pos++);
  }
  if (pos > MAX_SET_STICKERS) return badRequest(`A sticker set holds at most ${MAX_SET_STICKERS} stickers`);
  return undefined;
}

/** A set the calling bot created, by one of its stickers; or the error. */
function ownSetSticker(c: Ctx, input: T.InputFile | null): (SetSticker & FileRow) | TdError {
  if (!getAccount(c.db, c.me)?.is_bot) return BOTS_ONLY();
  const s = setStickerOf(c, input);
  if (isErr(s)) return s;
  if (setRow(c, s.set_id)?.creator !== c.me) return badRequest('The sticker set was not created by this bot');
  return s;
}

/** The files of one of the account's lists (recent, attached, favorite, animation), newest first. */
function listFiles(c: Ctx, kind: string): FileRow[] {
  return sql(c.db, 'SELECT f.* FROM sticker_lists l JOIN files f ON f.id = l.file WHERE l.account = ? AND l.kind = ? ORDER BY l.used DESC').all(c.me, kind) as FileRow[];
}

function putFirst(c: Ctx, kind: string, file: number, max: number): void {
  const top = (sql(c.db, 'SELECT MAX(used) FROM sticker_lists WHERE account = ? AND kind = ?').pluck().get(c.me, kind) as number | null) ?? 0;
  sql(c.db, 'INSERT OR REPLACE INTO sticker_lists (account, kind, file, used) VALUES (?, ?, ?, ?)').run(c.me, kind, file, top + 1);
  sql(c.db, 'DELETE FROM sticker_lists WHERE account = ? AND kind = ? AND file NOT IN (SELECT file FROM sticker_lists WHERE account = ? AND kind = ? ORDER BY used DESC LIMIT ?)').run(c.me, kind, c.me, kind, max);
}

function announceList(c: Ctx, kind: string): void {
  const ids = listFiles(c, kind).map((f) => f.id);
  if (kind === 'favorite') feedAccount(c.db, c.me, { _: 'updateFavoriteStickers', sticker_ids: ids });
  else if (kind === 'animation') feedAccount(c.db, c.me, { _: 'updateSavedAnimations', animation_ids: ids });
  else feedAccount(c.db, c.me, { _: 'updateRecentStickers', is_attached: kind === 'attached', sticker_ids: ids });
}

function stickers(c: Ctx, files: FileRow[]): T.stickers {
  return { _: 'stickers', stickers: files.map((f) => stickerObject(c, f)) };
}

function animationObject(f: FileRow): T.animation {
  return { _: 'animation', duration: 0, width: 0, height: 0, file_name: f.name, mime_type: mimeOf(f.name) || 'video/mp4', thumb: null, animation: remoteFileObject(f) };
}

/** A sticker of a set was sent: it goes first in the sender's recently sent stickers (as TD does). */
export function noteStickerSent(c: Ctx, file: number): void {
  if (sql(c.db, 'SELECT 1 FROM set_stickers WHERE file = ?').pluck().get(file) === undefined) return;
  putFirst(c, 'recent', file, MAX_RECENT);
  announceList(c, 'recent');
}

/** Records the stickers added to a photo or video file (getAttachedStickerSets reads them). */
export function attachStickers(c: Ctx, file: number, stickerFileIds: number[]): void {
  for (const s of stickerFileIds) {
    if (fileRow(c.db, s)) sql(c.db, 'INSERT OR IGNORE INTO file_stickers (file, sticker) VALUES (?, ?)').run(file, s);
  }
}

/** Sticker and animation methods. */
export const stickerHandlers: HandlerEntry[] = [
  write('uploadStickerFile', (c, p) => {
    if (!getAccount(c.db, c.me)?.is_bot) return BOTS_ONLY();
    if (!getAccount(c.db, p.user_id)) return badRequest('User not found');
    const f = uploadedFile(c, p.png_sticker, 'fileTypeSticker', 'png_sticker');
    if (isErr(f)) return f;
    if (f.size > MAX_STICKER_FILE) return badRequest(`A sticker file must be at most ${MAX_STICKER_FILE} bytes`);
    return fileObject(c.db, c.me, f);
  }),

  write('createNewStickerSet', (c, p) => {
    const bot = getAccount(c.db, c.me);
    if (!bot?.is_bot) return BOTS_ONLY();
    if (!getAccount(c.db, p.user_id)) return badRequest('User not found');
    const title = p.title.trim();
    if (title.length < 1 || title.length > 64) return badRequest('Sticker set title must be 1-64 characters long');
    const suffix = `_by_${bot.username ?? ''}`.toLowerCase();
    if (!SET_NAME.test(p.name) || !p.name.toLowerCase().endsWith(suffix)) return badRequest(`Sticker set name must be 1-64 letters, digits and underscores, starting with a letter and ending with "${suffix}"`);
    if (setByName(c, p.name)) return badRequest('Sticker set name is already occupied');
    if (p.stickers.length === 0) return badRequest('A sticker set needs at least one sticker');
    const id = Number(
      sql(c.db, 'INSERT INTO sticker_sets (owner, creator, title, name, is_masks, created) VALUES (?, ?, ?, ?, ?, ?) RETURNING id').pluck().get(p.user_id, c.me, title, p.name, p.is_masks ? 1 : 0, c.now()),
    );
    const bad = addStickers(c, id, p.stickers);
    if (bad) return bad;
    // the owner gets the new set installed, as Telegram's apps do
    const pos = (sql(c.db, 'SELECT MIN(pos) FROM account_sticker_sets WHERE account = ?').pluck().get(p.user_id) as number | null) ?? 0;
    sql(c.db, 'INSERT OR REPLACE INTO account_sticker_sets (account, set_id, installed, archived, viewed, pos) VALUES (?, ?, 1, 0, 1, ?)').run(p.user_id, id, pos - 1);
    feedAccount(c.db, p.user_id, {
      _: 'updateInstalledStickerSets',
      is_masks: p.is_masks,
      sticker_set_ids: (sql(c.db, 'SELECT a.set_id FROM account_sticker_sets a JOIN sticker_sets t ON t.id = a.set_id WHERE a.account = ? AND a.installed = 1 AND t.is_masks = ? ORDER BY a.pos, t.id DESC').pluck().all(p.user_id, p.is_masks ? 1 : 0) as number[]).map(String),
    });
    return setObject(c, setRow(c, id)!);
  }),

  write('addStickerToSet', (c, p) => {
    if (!getAccount(c.db, c.me)?.is_bot) return BOTS_ONLY();
    const s = setByName(c, p.name);
    if (!s) return SET_NOT_FOUND();
    if (s.owner !== p.user_id || s.creator !== c.me) return badRequest('The sticker set was not created by this bot for this user');
    if (p.sticker === null) return badRequest("Input sticker must be non-empty: 'sticker' is null");
    const bad = addStickers(c, s.id, [p.sticker]);
    return bad ?? setObject(c, s);
  }),

  write('setStickerPositionInSet', (c, p) => {
    const s = ownSetSticker(c, p.sticker);
    if (isErr(s)) return s;
    const files = setStickers(c, s.set_id).map((x) => x.file).filter((f) => f !== s.file);
    if (p.position < 0 || p.position > files.length) return badRequest('Wrong sticker position specified');
    files.splice(p.position, 0, s.file);
    files.forEach((f, i) => sql(c.db, 'UPDATE set_stickers SET pos = ? WHERE file = ?').run(i, f));
    return { _: 'ok' };
  }),

  write('deleteStickerFromSet', (c, p) => {
    const s = ownSetSticker(c, p.sticker);
    if (isErr(s)) return s;
    if (setStickers(c, s.set_id).length === 1) return badRequest("The last sticker of a set can't be deleted");
    sql(c.db, 'DELETE FROM set_stickers WHERE file = ?').run(s.file);
    return { _: 'ok' };
  }),

  read('getStickerSet', (c, p) => {
    const s = setRow(c, Number(p.set_id));
    return s ? setObject(c, s) : SET_NOT_FOUND();
  }),

  read('searchStickerSet', (c, p) => {
    const s = setByName(c, p.name.trim());
    return s ? setObject(c, s) : SET_NOT_FOUND();
  }),

  write('changeStickerSet', (c, p) => {
    const s = setRow(c, Number(p.set_id));
    if (!s) return SET_NOT_FOUND();
    if (p.is_installed && p.is_archived) return badRequest("A sticker set can't be installed and archived at once");
    const before = accountSet(c, s.id);
    const pos = p.is_installed && before.installed !== 1 ? ((sql(c.db, 'SELECT MIN(pos) FROM account_sticker_sets WHERE account = ?').pluck().get(c.me) as number | null) ?? 0) - 1 : before.pos;
    sql(c.db, 'INSERT OR REPLACE INTO account_sticker_sets (account, set_id, installed, archived, viewed, pos) VALUES (?, ?, ?, ?, ?, ?)').run(
      c.me,
      s.id,
      p.is_installed ? 1 : 0,
      p.is_archived ? 1 : 0,
      before.viewed === 1 || p.is_installed ? 1 : 0,
      pos,
    );
    if ((before.installed === 1) !== p.is_installed || (before.archived === 1) !== p.is_archived) announceInstalled(c, s.is_masks === 1);
    return { _: 'ok' };
  }),

  read('getInstalledStickerSets', (c, p) => setsObject(c, installed(c, p.is_masks))),

  read('getArchivedStickerSets', (c, p) => {
    if (p.limit <= 0) return badRequest('Parameter limit must be positive');
    const from = Number(p.offset_sticker_set_id) || Number.MAX_SAFE_INTEGER;
    const all = sql(c.db, 'SELECT t.* FROM account_sticker_sets a JOIN sticker_sets t ON t.id = a.set_id WHERE a.account = ? AND a.archived = 1 AND t.is_masks = ? ORDER BY t.id DESC').all(c.me, p.is_masks ? 1 : 0) as SetRow[];
    return setsObject(c, all.filter((s) => s.id < from).slice(0, Math.min(p.limit, 100)), all.length);
  }),

  read('getTrendingStickerSets', (c) => {
    // every set of the network the account has not installed, newest first
    const rows = sql(
      c.db,
      'SELECT t.* FROM sticker_sets t WHERE t.is_masks = 0 AND NOT EXISTS (SELECT 1 FROM account_sticker_sets a WHERE a.account = ? AND a.set_id = t.id AND a.installed = 1) ORDER BY t.id DESC LIMIT 100',
    ).all(c.me) as SetRow[];
    return setsObject(c, rows);
  }),

  write('viewTrendingStickerSets', (c, p) => {
    for (const raw of p.sticker_set_ids) {
      const id = Number(raw);
      if (!setRow(c, id)) continue;
      const a = accountSet(c, id);
      sql(c.db, 'INSERT OR REPLACE INTO account_sticker_sets (account, set_id, installed, archived, viewed, pos) VALUES (?, ?, ?, ?, 1, ?)').run(c.me, id, a.installed, a.archived, a.pos);
    }
    return { _: 'ok' };
  }),

  write('reorderInstalledStickerSets', (c, p) => {
    const have = installed(c, p.is_masks).map((s) => s.id);
    const wanted = p.sticker_set_ids.map(Number).filter((id) => have.includes(id));
    // the sets named come first in that order; the others keep theirs after them
    const order = [...new Set(wanted), ...have.filter((id) => !wanted.includes(id))];
    order.forEach((id, i) => sql(c.db, 'UPDATE account_sticker_sets SET pos = ? WHERE account = ? AND set_id = ?').run(i, c.me, id));
    announceInstalled(c, p.is_masks);
    return { _: 'ok' };
  }),

  read('getAttachedStickerSets', (c, p) => {
    if (!fileRow(c.db, p.file_id)) return badRequest('Invalid file id');
    const rows = sql(c.db, 'SELECT DISTINCT t.* FROM file_stickers a JOIN set_stickers s ON s.file = a.sticker JOIN sticker_sets t ON t.id = s.set_id WHERE a.file = ? ORDER BY t.id').all(p.file_id) as SetRow[];
    return setsObject(c, rows);
  }),

  read('getStickers', (c, p) => {
    if (p.limit <= 0) return badRequest('Parameter limit must be positive');
    const out: FileRow[] = [];
    for (const s of installed(c, false)) for (const x of setStickers(c, s.id)) if (p.emoji === '' || x.emojis.includes(p.emoji)) out.push(x);
    return stickers(c, out.slice(0, p.limit));
  }),

  read('getStickerEmojis', (c, p) => {
    const s = setStickerOf(c, p.sticker);
    if (isErr(s)) return s.message === NOT_A_STICKER().message ? { _: 'stickerEmojis', emojis: [] } : s;
    return { _: 'stickerEmojis', emojis: [...s.emojis] };
  }),

  read('getRecentStickers', (c, p) => stickers(c, listFiles(c, p.is_attached ? 'attached' : 'recent'))),

  write('addRecentSticker', (c, p) => {
    const s = setStickerOf(c, p.sticker);
    if (isErr(s)) return s;
    const kind = p.is_attached ? 'attached' : 'recent';
    putFirst(c, kind, s.file, MAX_RECENT);
    announceList(c, kind);
    return stickers(c, listFiles(c, kind));
  }),

  write('deleteRecentSticker', (c, p) => {
    const f = uploadedFile(c, p.sticker, 'fileTypeSticker', 'sticker');
    if (isErr(f)) return f;
    const kind = p.is_attached ? 'attached' : 'recent';
    if (sql(c.db, 'DELETE FROM sticker_lists WHERE account = ? AND kind = ? AND file = ?').run(c.me, kind, f.id).changes > 0) announceList(c, kind);
    return { _: 'ok' };
  }),

  write('clearRecentStickers', (c, p) => {
    const kind = p.is_attached ? 'attached' : 'recent';
    if (sql(c.db, 'DELETE FROM sticker_lists WHERE account = ? AND kind = ?').run(c.me, kind).changes > 0) announceList(c, kind);
    return { _: 'ok' };
  }),

  read('getFavoriteStickers', (c) => stickers(c, listFiles(c, 'favorite'))),

  write('addFavoriteSticker', (c, p) => {
    const s = setStickerOf(c, p.sticker);
    if (isErr(s)) return s;
    putFirst(c, 'favorite', s.file, MAX_FAVORITE);
    announceList(c, 'favorite');
    return { _: 'ok' };
  }),

  write('deleteFavoriteSticker', (c, p) => {
    const f = uploadedFile(c, p.sticker, 'fileTypeSticker', 'sticker');
    if (isErr(f)) return f;
    if (sql(c.db, "DELETE FROM sticker_lists WHERE account = ? AND kind = 'favorite' AND file = ?").run(c.me, f.id).changes > 0) announceList(c, 'favorite');
    return { _: 'ok' };
  }),

  read('getSavedAnimations', (c) => ({ _: 'animations', animations: listFiles(c, 'animation').map(animationObject) })),

  write('addSavedAnimation', (c, p) => {
    if (p.animation === null || p.animation._ === 'inputFileLocal' || p.animation._ === 'inputFileGenerated') {
      return badRequest('Only animations known to the server (sent in a message) can be saved: pass its file id or persistent id');
    }
    const f = uploadedFile(c, p.animation, 'fileTypeAnimation', 'animation');
    if (isErr(f)) return f;
    if (f.persistent === null || f.conv === 0) return badRequest('Only animations known to the server (sent in a message) can be saved');
    putFirst(c, 'animation', f.id, MAX_SAVED_ANIMATIONS);
    announceList(c, 'animation');
    return { _: 'ok' };
  }),

  write('deleteSavedAnimation', (c, p) => {
    const f = uploadedFile(c, p.animation, 'fileTypeAnimation', 'animation');
    if (isErr(f)) return f;
    if (sql(c.db, "DELETE FROM sticker_lists WHERE account = ? AND kind = 'animation' AND file = ?").run(c.me, f.id).changes > 0) announceList(c, 'animation');
    return { _: 'ok' };
  }),
];
