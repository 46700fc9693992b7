/**
 * Stickers and animations made from uploaded files: a bot creates a sticker set for a user,
 * adds, moves and deletes stickers; accounts install, archive, reorder and view sets; recent,
 * attached and favourite stickers; saved animations (docs/files.md).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBot, createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { call, login, ok, Updates } from './helpers.js';

interface World {
  bot: Client;
  u: Client;
  v: Client;
  uid: number;
  vid: number;
  botName: string;
  uu: Updates;
  png: (name: string) => TdObject;
  done: () => Promise<void>;
}

async function world(): Promise<World> {
  const net = createMemoryNetwork();
  const created = createBot(net, 'Sticker Maker', { username: 'stickermakerbot' });
  const bot = openEmbeddedCore({ network: net, session: 'bot' });
  ok(bot, { _: 'checkAuthBotToken', token: created.token });
  const u = openEmbeddedCore({ network: net, session: 'u' });
  const v = openEmbeddedCore({ network: net, session: 'v' });
  const uid = login(u, '9996610001', 'Una');
  const vid = login(v, '9996620002', 'Vic');
  const tmp = mkdtempSync(path.join(tmpdir(), 'luatd-stickers-'));
  let n = 0;
  return {
    bot,
    u,
    v,
    uid,
    vid,
    botName: created.username,
    uu: new Updates(u),
    png: (name) => {
      const p = path.join(tmp, `${name}-${n++}.png`);
      writeFileSync(p, randomBytes(500));
      return { _: 'inputFileLocal', path: p };
    },
    done: async () => {
      await bot.close();
      await u.close();
      await v.close();
      net.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

const idOf = (f: TdObject): TdObject => ({ _: 'inputFileId', id: f.id as number });
const stickerFiles = (set: TdObject): TdObject[] => (set.stickers as TdObject[]).map((s) => s.sticker as TdObject);

test('a bot makes a sticker set for a user: uploadStickerFile, createNewStickerSet, addStickerToSet, setStickerPositionInSet, deleteStickerFromSet', async () => {
  const w = await world();
  try {
    assert.equal(call(w.u, { _: 'uploadStickerFile', user_id: w.uid, png_sticker: w.png('a') }).message, 'The method is available only for bots');
    const f1 = ok(w.bot, { _: 'uploadStickerFile', user_id: w.uid, png_sticker: w.png('a') });
    assert.equal(f1.remote_size, 500);
    const name = `cats_by_${w.botName}`;
    assert.match(call(w.bot, { _: 'createNewStickerSet', user_id: w.uid, title: 'Cats', name: 'cats', is_masks: false, stickers: [{ _: 'inputSticker', png_sticker: idOf(f1), emojis: '😺' }] }).message as string, /_by_stickermakerbot/);
    const set = ok(w.bot, {
      _: 'createNewStickerSet',
      user_id: w.uid,
      title: 'Cats',
      name,
      is_masks: false,
      stickers: [
        { _: 'inputSticker', png_sticker: idOf(f1), emojis: '😺' },
        { _: 'inputSticker', png_sticker: w.png('b'), emojis: '😸😹' },
      ],
    });
    assert.equal(set.name, name);
    assert.equal((set.stickers as TdObject[]).length, 2);
    assert.deepEqual((set.emojis as TdObject[]).map((e) => e.emojis), [['😺'], ['😸', '😹']]);
    assert.equal(call(w.bot, { _: 'createNewStickerSet', user_id: w.uid, title: 'Again', name: name.toUpperCase(), is_masks: false, stickers: [{ _: 'inputSticker', png_sticker: w.png('c'), emojis: '🙀' }] }).message, 'Sticker set name is already occupied');
    // the owner has it installed
    const inst = await w.uu.waitFor((x) => x._ === 'updateInstalledStickerSets');
    assert.deepEqual(inst.sticker_set_ids, [set.id]);
    const added = ok(w.bot, { _: 'addStickerToSet', user_id: w.uid, name, sticker: { _: 'inputSticker', png_sticker: w.png('d'), emojis: '😻' } });
    assert.equal((added.stickers as TdObject[]).length, 3);
    assert.match(call(w.bot, { _: 'addStickerToSet', user_id: w.vid, name, sticker: { _: 'inputSticker', png_sticker: w.png('e'), emojis: '😻' } }).message as string, /not created by this bot for this user/);
    const third = stickerFiles(added)[2];
    ok(w.bot, { _: 'setStickerPositionInSet', sticker: idOf(third), position: 0 });
    const moved = ok(w.u, { _: 'searchStickerSet', name });
    assert.equal(stickerFiles(moved)[0].id, third.id);
    assert.equal(call(w.bot, { _: 'setStickerPositionInSet', sticker: idOf(third), position: 7 }).message, 'Wrong sticker position specified');
    ok(w.bot, { _: 'deleteStickerFromSet', sticker: idOf(third) });
    assert.equal((ok(w.u, { _: 'getStickerSet', set_id: set.id as string }).stickers as TdObject[]).length, 2);
    assert.equal(call(w.u, { _: 'deleteStickerFromSet', sticker: idOf(stickerFiles(set)[0]) }).message, 'The method is available only for bots');
    assert.equal(call(w.u, { _: 'getStickerSet', set_id: '999' }).message, 'Sticker set not found');
    assert.deepEqual(ok(w.u, { _: 'getStickerEmojis', sticker: idOf(stickerFiles(set)[1]) }).emojis, ['😸', '😹']);
  } finally {
    await w.done();
  }
});

async function twoSets(w: World): Promise<[TdObject, TdObject]> {
  const mk = (n: string): TdObject =>
    ok(w.bot, { _: 'createNewStickerSet', user_id: w.uid, title: n, name: `${n}_by_${w.botName}`, is_masks: false, stickers: [{ _: 'inputSticker', png_sticker: w.png(n), emojis: n === 'dogs' ? '🐶' : '🐱' }] });
  return [mk('dogs'), mk('cats')];
}

test('installed, archived and trending sets: changeStickerSet, reorderInstalledStickerSets, viewTrendingStickerSets, getStickers', async () => {
  const w = await world();
  try {
    const [dogs, cats] = await twoSets(w);
    const trending = ok(w.v, { _: 'getTrendingStickerSets' });
    assert.deepEqual((trending.sets as TdObject[]).map((s) => [s.name, s.is_viewed]), [
      [cats.name, false],
      [dogs.name, false],
    ]);
    ok(w.v, { _: 'viewTrendingStickerSets', sticker_set_ids: [dogs.id as string] });
    assert.equal((ok(w.v, { _: 'getTrendingStickerSets' }).sets as TdObject[]).find((s) => s.id === dogs.id)!.is_viewed, true);
    const uv = new Updates(w.v);
    ok(w.v, { _: 'changeStickerSet', set_id: dogs.id as string, is_installed: true, is_archived: false });
    ok(w.v, { _: 'changeStickerSet', set_id: cats.id as string, is_installed: true, is_archived: false });
    const last = await uv.waitFor((x) => x._ === 'updateInstalledStickerSets' && (x.sticker_set_ids as string[]).length === 2);
    assert.deepEqual(last.sticker_set_ids, [cats.id, dogs.id], 'a newly installed set comes first');
    ok(w.v, { _: 'reorderInstalledStickerSets', is_masks: false, sticker_set_ids: [dogs.id as string, cats.id as string] });
    assert.deepEqual((ok(w.v, { _: 'getInstalledStickerSets', is_masks: false }).sets as TdObject[]).map((s) => s.id), [dogs.id, cats.id]);
    assert.deepEqual((ok(w.v, { _: 'getStickers', emoji: '🐱', limit: 10 }).stickers as TdObject[]).map((s) => s.set_id), [cats.id]);
    assert.equal((ok(w.v, { _: 'getStickers', emoji: '', limit: 10 }).stickers as TdObject[]).length, 2);
    assert.equal((ok(w.v, { _: 'getTrendingStickerSets' }).sets as TdObject[]).length, 0, 'installed sets are not trending');
    assert.match(call(w.v, { _: 'changeStickerSet', set_id: cats.id as string, is_installed: true, is_archived: true }).message as string, /installed and archived/);
    ok(w.v, { _: 'changeStickerSet', set_id: cats.id as string, is_installed: false, is_archived: true });
    assert.deepEqual((ok(w.v, { _: 'getInstalledStickerSets', is_masks: false }).sets as TdObject[]).map((s) => s.id), [dogs.id]);
    const archived = ok(w.v, { _: 'getArchivedStickerSets', is_masks: false, offset_sticker_set_id: '0', limit: 10 });
    assert.deepEqual((archived.sets as TdObject[]).map((s) => [s.id, s.is_archived]), [[cats.id, true]]);
    assert.equal((ok(w.v, { _: 'getArchivedStickerSets', is_masks: false, offset_sticker_set_id: cats.id as string, limit: 10 }).sets as TdObject[]).length, 0);
  } finally {
    await w.done();
  }
});

test('recent, attached and favourite stickers; stickers attached to a photo; saved animations', async () => {
  const w = await world();
  try {
    const [dogs, cats] = await twoSets(w);
    const dog = stickerFiles(dogs)[0];
    const cat = stickerFiles(cats)[0];
    ok(w.u, { _: 'createPrivateChat', user_id: w.vid });
    // sending a sticker of a set puts it first in the recently sent ones
    const sent = ok(w.u, { _: 'sendMessage', chat_id: w.vid, input_message_content: { _: 'inputMessageSticker', sticker: idOf(dog), width: 0, height: 0 } });
    assert.equal(((sent.content as TdObject).sticker as TdObject).set_id, dogs.id);
    assert.equal(((sent.content as TdObject).sticker as TdObject).emoji, '🐶');
    const rec = ok(w.u, { _: 'addRecentSticker', is_attached: false, sticker: idOf(cat) });
    assert.deepEqual((rec.stickers as TdObject[]).map((s) => (s.sticker as TdObject).id), [cat.id, dog.id]);
    await w.uu.waitFor((x) => x._ === 'updateRecentStickers' && (x.sticker_ids as number[]).length === 2);
    ok(w.u, { _: 'deleteRecentSticker', is_attached: false, sticker: idOf(cat) });
    assert.deepEqual((ok(w.u, { _: 'getRecentStickers', is_attached: false }).stickers as TdObject[]).map((s) => (s.sticker as TdObject).id), [dog.id]);
    ok(w.u, { _: 'addRecentSticker', is_attached: true, sticker: idOf(cat) });
    assert.equal((ok(w.u, { _: 'getRecentStickers', is_attached: true }).stickers as TdObject[]).length, 1);
    ok(w.u, { _: 'clearRecentStickers', is_attached: true });
    assert.equal((ok(w.u, { _: 'getRecentStickers', is_attached: true }).stickers as TdObject[]).length, 0);
    const loose = ok(w.u, { _: 'uploadFile', file: w.png('loose'), file_type: { _: 'fileTypeSticker' }, priority: 1 });
    await w.uu.waitFor((x) => x._ === 'updateFile' && (x.file as TdObject).id === loose.id && (x.file as TdObject).is_being_uploaded === false);
    assert.equal(call(w.u, { _: 'addFavoriteSticker', sticker: idOf(loose) }).message, 'Sticker must belong to a sticker set');
    ok(w.u, { _: 'addFavoriteSticker', sticker: idOf(dog) });
    ok(w.u, { _: 'addFavoriteSticker', sticker: idOf(cat) });
    const fav = await w.uu.waitFor((x) => x._ === 'updateFavoriteStickers' && (x.sticker_ids as number[]).length === 2);
    assert.deepEqual(fav.sticker_ids, [cat.id, dog.id]);
    ok(w.u, { _: 'deleteFavoriteSticker', sticker: idOf(cat) });
    assert.deepEqual((ok(w.u, { _: 'getFavoriteStickers' }).stickers as TdObject[]).map((s) => (s.sticker as TdObject).id), [dog.id]);

    const photo = ok(w.u, { _: 'sendMessage', chat_id: w.vid, input_message_content: { _: 'inputMessagePhoto', photo: w.png('photo'), added_sticker_file_ids: [cat.id as number], caption: '' } });
    const pf = (((photo.content as TdObject).photo as TdObject).sizes as TdObject[])[0].photo as TdObject;
    assert.equal(((photo.content as TdObject).photo as TdObject).has_stickers, true);
    assert.deepEqual((ok(w.v, { _: 'getAttachedStickerSets', file_id: pf.id as number }).sets as TdObject[]).map((s) => s.name), [cats.name]);

    const gif = ok(w.u, { _: 'sendMessage', chat_id: w.vid, input_message_content: { _: 'inputMessageAnimation', animation: w.png('anim'), caption: '' } });
    const af = ((gif.content as TdObject).animation as TdObject).animation as TdObject;
    assert.match(call(w.v, { _: 'addSavedAnimation', animation: w.png('new') }).message as string, /known to the server/);
    ok(w.v, { _: 'addSavedAnimation', animation: { _: 'inputFilePersistentId', persistent_id: af.persistent_id } });
    const saved = ok(w.v, { _: 'getSavedAnimations' });
    assert.deepEqual((saved.animations as TdObject[]).map((a) => (a.animation as TdObject).id), [af.id]);
    ok(w.v, { _: 'deleteSavedAnimation', animation: idOf(af) });
    assert.equal((ok(w.v, { _: 'getSavedAnimations' }).animations as TdObject[]).length, 0);
  } finally {
    await w.done();
  }
});
