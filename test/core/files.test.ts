/**
 * The file store and its functions (docs/files.md): uploads and downloads with updateFile
 * progress, cancelling, deleting, generation, persistent ids, storage statistics and their
 * optimisation, profile and chat photos, message contents with files and captions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMemoryNetwork, openEmbeddedCore, type EmbeddedNetwork } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { call, login, ok, settle, Updates } from './helpers.js';

const MiB = 1 << 20;

interface Pair {
  a: Client;
  b: Client;
  aid: number;
  bid: number;
  ua: Updates;
  ub: Updates;
  tmp: string;
  done: () => Promise<void>;
}

/** Two logged-in accounts (in memory, or on a data dir) with a private chat, and a scratch folder for local files. */
function pair(opts: { dataDir?: string; fileQuota?: number } = {}): Pair {
  let net: EmbeddedNetwork | undefined;
  const where = opts.dataDir !== undefined ? { dataDir: opts.dataDir } : { network: (net = createMemoryNetwork()) };
  const a = openEmbeddedCore({ ...where, session: 'a', fileQuota: opts.fileQuota });
  const b = openEmbeddedCore({ ...where, session: 'b' });
  const aid = login(a, '9996610001', 'Alice');
  const bid = login(b, '9996620002', 'Bob');
  ok(a, { _: 'createPrivateChat', user_id: bid });
  ok(b, { _: 'createPrivateChat', user_id: aid });
  const tmp = mkdtempSync(path.join(tmpdir(), 'luatd-files-test-'));
  return {
    a,
    b,
    aid,
    bid,
    ua: new Updates(a),
    ub: new Updates(b),
    tmp,
    done: async () => {
      await a.close();
      await b.close();
      net?.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Writes `size` random bytes to a file in `dir`; answers its path and SHA-256. */
function localFile(dir: string, name: string, size: number): { path: string; sha: string } {
  const p = path.join(dir, name);
  const data = randomBytes(size);
  writeFileSync(p, data);
  return { path: p, sha: createHash('sha256').update(data).digest('hex') };
}

const local = (p: string): TdObject => ({ _: 'inputFileLocal', path: p });
const byId = (id: number): TdObject => ({ _: 'inputFileId', id });
const fileUpdates = (u: Updates, id: number): TdObject[] => u.list.filter((x) => x._ === 'updateFile' && (x.file as TdObject).id === id).map((x) => x.file as TdObject);

/** Uploads a local file with uploadFile and waits until it is on the network. */
async function upload(c: Client, u: Updates, p: string, type = 'fileTypeDocument'): Promise<TdObject> {
  const f = ok(c, { _: 'uploadFile', file: local(p), file_type: { _: type }, priority: 1 });
  await u.waitFor((x) => x._ === 'updateFile' && (x.file as TdObject).id === f.id && (x.file as TdObject).remote_size === f.size && (x.file as TdObject).is_being_uploaded === false, 60_000, 'the upload to finish');
  return ok(c, { _: 'getFile', file_id: f.id as number });
}

function photoMessage(chatId: number, file: TdObject, caption = ''): TdObject {
  return { _: 'sendMessage', chat_id: chatId, input_message_content: { _: 'inputMessagePhoto', photo: file, width: 640, height: 480, caption } };
}

test('uploadFile streams a local file into the store with updateFile progress; the content is stored once, 0600 in 0700 folders', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-files-dd-'));
  const p = pair({ dataDir: dir });
  try {
    const src = localFile(p.tmp, 'big.bin', 3 * MiB + 5);
    const f = ok(p.a, { _: 'uploadFile', file: local(src.path), file_type: { _: 'fileTypeDocument' }, priority: 1 });
    assert.equal(f.size, 3 * MiB + 5);
    assert.equal(f.is_being_uploaded, true);
    assert.equal(f.remote_size, 0);
    assert.equal(f.local_size, f.size, 'the source is the local copy');
    assert.equal(f.path, src.path);
    const done = await upload(p.a, p.ua, src.path);
    assert.equal(done.is_being_uploaded, false);
    assert.equal(done.persistent_id, '', 'no persistent id before the file is sent (TD)');
    const steps = fileUpdates(p.ua, f.id as number).map((x) => x.remote_size as number);
    assert.ok(steps.length >= 3, `progress in steps: ${steps.join(',')}`);
    assert.deepEqual([...steps].sort((x, y) => x - y), steps, 'remote_size only grows');
    const blob = path.join(dir, 'files', 'blobs', src.sha.slice(0, 2), src.sha);
    assert.equal(createHash('sha256').update(readFileSync(blob)).digest('hex'), src.sha, 'stored under its SHA-256');
    assert.equal(statSync(blob).mode & 0o777, 0o600);
    assert.equal(statSync(path.dirname(blob)).mode & 0o777, 0o700);
    assert.equal(statSync(path.join(dir, 'files')).mode & 0o777, 0o700);
    // the same content again is stored once
    const copy = path.join(p.tmp, 'copy.bin');
    writeFileSync(copy, readFileSync(src.path));
    const again = await upload(p.a, p.ua, copy);
    assert.notEqual(again.id, f.id);
    assert.deepEqual(readdirSync(path.join(dir, 'files', 'blobs', src.sha.slice(0, 2))), [src.sha]);
    assert.equal(call(p.a, { _: 'uploadFile', file: local(src.path), file_type: null, priority: 0 }).message, 'Upload priority must be between 1 and 32');
    assert.match(call(p.a, { _: 'uploadFile', file: local(path.join(p.tmp, 'nope')), file_type: null, priority: 1 }).message as string, /Can't use the local file/);
  } finally {
    await p.done();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a photo sent by one account is downloaded by the other with updateFile progress; getFilePersistent finds it; deleteFile removes the copy', async () => {
  const p = pair();
  try {
    const src = localFile(p.tmp, 'cat.jpg', 2 * MiB + 100);
    const up = await upload(p.a, p.ua, src.path, 'fileTypePhoto');
    const sent = ok(p.a, photoMessage(p.bid, byId(up.id as number), 'a cat'));
    const content = sent.content as TdObject;
    assert.equal(content._, 'messagePhoto');
    assert.equal(content.caption, 'a cat');
    assert.equal(sent.can_be_edited, true, 'a caption can be edited');
    const got = (await p.ub.waitFor((u) => u._ === 'updateNewMessage')).message as TdObject;
    const size = ((got.content as TdObject).photo as TdObject).sizes as TdObject[];
    assert.equal(size.length, 1);
    assert.equal(size[0].width, 640);
    const file = size[0].photo as TdObject;
    assert.equal(file.id, up.id);
    assert.equal(file.size, 2 * MiB + 100);
    assert.equal(file.remote_size, file.size);
    assert.notEqual(file.persistent_id, '', 'a sent file has a persistent id');
    assert.equal(ok(p.b, { _: 'getFilePersistent', persistent_file_id: file.persistent_id as string, file_type: null }).id, file.id);
    assert.equal(call(p.b, { _: 'getFilePersistent', persistent_file_id: 'LTnope_x', file_type: null }).message, 'Wrong remote file id specified');
    assert.match(call(p.b, { _: 'getFilePersistent', persistent_file_id: 'https://example.org/a.jpg', file_type: null }).message as string, /URL/);
    assert.equal(ok(p.b, { _: 'getFile', file_id: file.id as number }).local_size, 0);

    ok(p.b, { _: 'downloadFile', file_id: file.id as number, priority: 1 });
    const fin = await p.ub.waitFor((u) => u._ === 'updateFile' && (u.file as TdObject).local_size === file.size && !(u.file as TdObject).is_being_downloaded, 60_000, 'the download');
    const steps = fileUpdates(p.ub, file.id as number);
    assert.equal(steps[0].is_being_downloaded, true);
    assert.ok(steps.some((s) => (s.local_size as number) > 0 && (s.local_size as number) < (file.size as number)), 'a progress update in the middle');
    const dl = (fin.file as TdObject).path as string;
    assert.equal(createHash('sha256').update(readFileSync(dl)).digest('hex'), src.sha, 'the downloaded copy is the sent file');
    assert.notEqual(dl, src.path);
    const again = ok(p.b, { _: 'getFile', file_id: file.id as number });
    assert.equal(again.path, dl);
    assert.equal(again.local_size, file.size);
    assert.equal(call(p.b, { _: 'downloadFile', file_id: file.id as number, priority: 0 }).message, 'Download priority must be between 1 and 32');
    assert.equal(call(p.b, { _: 'getFile', file_id: 999999 }).message, 'Invalid file id');

    ok(p.b, { _: 'deleteFile', file_id: file.id as number });
    assert.equal(existsSync(dl), false, 'the local copy is gone');
    const after = ok(p.b, { _: 'getFile', file_id: file.id as number });
    assert.equal(after.local_size, 0);
    assert.equal(after.path, '');
    assert.equal(after.remote_size, file.size, 'still on the network');
    // deleting the uploader's file forgets it and never removes the user's own file
    ok(p.a, { _: 'deleteFile', file_id: up.id as number });
    assert.equal(existsSync(src.path), true);
  } finally {
    await p.done();
  }
});

test('cancelDownloadFile stops a download and removes its partial copy; cancelUploadFile stops an upload', async () => {
  const p = pair();
  try {
    const src = localFile(p.tmp, 'v.bin', 4 * MiB);
    const up = await upload(p.a, p.ua, src.path);
    ok(p.a, { _: 'sendMessage', chat_id: p.bid, input_message_content: { _: 'inputMessageDocument', document: byId(up.id as number), caption: '' } });
    ok(p.b, { _: 'downloadFile', file_id: up.id as number, priority: 1 });
    assert.equal(ok(p.b, { _: 'getFile', file_id: up.id as number }).is_being_downloaded, true);
    ok(p.b, { _: 'cancelDownloadFile', file_id: up.id as number });
    await settle(100);
    const f = ok(p.b, { _: 'getFile', file_id: up.id as number });
    assert.equal(f.is_being_downloaded, false);
    assert.equal(f.local_size, 0);
    assert.equal(f.path, '');
    ok(p.b, { _: 'cancelDownloadFile', file_id: up.id as number }); // nothing to cancel: ok

    const u = ok(p.a, { _: 'uploadFile', file: local(localFile(p.tmp, 'w.bin', 2 * MiB).path), file_type: null, priority: 1 });
    ok(p.a, { _: 'cancelUploadFile', file_id: u.id as number });
    await settle(100);
    const c = ok(p.a, { _: 'getFile', file_id: u.id as number });
    assert.equal(c.is_being_uploaded, false);
    assert.equal(c.remote_size, 0);
    assert.match(call(p.a, photoMessage(p.bid, byId(u.id as number))).message as string, /not uploaded/);
  } finally {
    await p.done();
  }
});

test('file generation: uploadFile with inputFileGenerated asks the client to generate it, which reports progress and finishes it', async () => {
  const p = pair();
  try {
    const f = ok(p.a, { _: 'uploadFile', file: { _: 'inputFileGenerated', original_path: '/x/original.png', conversion: 'shrink', expected_size: 1000 }, file_type: { _: 'fileTypePhoto' }, priority: 1 });
    const start = await p.ua.waitFor((u) => u._ === 'updateFileGenerationStart');
    assert.equal(start.original_path, '/x/original.png');
    assert.equal(start.conversion, 'shrink');
    const gen = start.generation_id as string;
    const dest = start.destination_path as string;
    writeFileSync(dest, randomBytes(600));
    ok(p.a, { _: 'setFileGenerationProgress', generation_id: gen, size: 1200, local_size: 600 });
    const prog = await p.ua.waitFor((u) => u._ === 'updateFile' && (u.file as TdObject).local_size === 600);
    assert.equal((prog.file as TdObject).size, 1200);
    writeFileSync(dest, randomBytes(1200));
    ok(p.a, { _: 'finishFileGeneration', generation_id: gen });
    await p.ua.waitFor((u) => u._ === 'updateFile' && (u.file as TdObject).id === f.id && (u.file as TdObject).remote_size === 1200, 60_000, 'the generated file uploaded');
    const sent = ok(p.a, photoMessage(p.bid, byId(f.id as number)));
    assert.equal(((((sent.content as TdObject).photo as TdObject).sizes as TdObject[])[0].photo as TdObject).size, 1200);
    assert.equal(call(p.a, { _: 'finishFileGeneration', generation_id: gen }).message, 'Invalid generation_id', 'finished once');
    assert.equal(call(p.a, { _: 'setFileGenerationProgress', generation_id: '12345', size: 1, local_size: 1 }).message, 'Invalid generation_id');
    // a client that gives up: negative local_size fails the generation
    ok(p.a, { _: 'uploadFile', file: { _: 'inputFileGenerated', original_path: '', conversion: 'x', expected_size: 0 }, file_type: null, priority: 1 });
    const s2 = await p.ua.waitFor((u) => u._ === 'updateFileGenerationStart' && u.generation_id !== gen);
    ok(p.a, { _: 'setFileGenerationProgress', generation_id: s2.generation_id as string, size: 0, local_size: -1 });
    assert.equal(call(p.a, { _: 'finishFileGeneration', generation_id: s2.generation_id as string }).message, 'Invalid generation_id');
    assert.match(call(p.a, photoMessage(p.bid, { _: 'inputFileGenerated', original_path: '', conversion: 'x', expected_size: 0 })).message as string, /uploadFile/);
  } finally {
    await p.done();
  }
});

test('storage statistics count downloaded copies by chat and type; optimizeStorage removes them by its limits', async () => {
  let now = 1_800_000_000_000;
  const net = createMemoryNetwork();
  const a = openEmbeddedCore({ network: net, session: 'a' });
  const b = openEmbeddedCore({ network: net, session: 'b', clock: () => now });
  const tmp = mkdtempSync(path.join(tmpdir(), 'luatd-files-test-'));
  try {
    const aid = login(a, '9996610001', 'Alice');
    const bid = login(b, '9996620002', 'Bob');
    ok(a, { _: 'createPrivateChat', user_id: bid });
    const ub = new Updates(b);
    const doc = ok(a, { _: 'sendMessage', chat_id: bid, input_message_content: { _: 'inputMessageDocument', document: local(localFile(tmp, 'a.pdf', 3000).path), caption: '' } });
    const photo = ok(a, photoMessage(bid, local(localFile(tmp, 'b.jpg', 2000).path)));
    const docFile = ((doc.content as TdObject).document as TdObject).document as TdObject;
    const photoFile = ((((photo.content as TdObject).photo as TdObject).sizes as TdObject[])[0].photo) as TdObject;
    assert.deepEqual(ok(b, { _: 'getStorageStatistics', chat_limit: 10 }), { _: 'storageStatistics', size: 0, count: 0, by_chat: [] });
    for (const f of [docFile, photoFile]) {
      ok(b, { _: 'downloadFile', file_id: f.id as number, priority: 1 });
      await ub.waitFor((u) => u._ === 'updateFile' && (u.file as TdObject).id === f.id && (u.file as TdObject).local_size === f.size);
    }
    const st = ok(b, { _: 'getStorageStatistics', chat_limit: 10 });
    assert.equal(st.size, 5000);
    assert.equal(st.count, 2);
    const byChat = st.by_chat as TdObject[];
    assert.equal(byChat.length, 1);
    assert.equal(byChat[0].chat_id, aid);
    assert.deepEqual(
      (byChat[0].by_file_type as TdObject[]).map((t) => [(t.file_type as TdObject)._, t.size, t.count]),
      [
        ['fileTypeDocument', 3000, 1],
        ['fileTypePhoto', 2000, 1],
      ],
    );
    const limited = ok(b, { _: 'getStorageStatistics', chat_limit: 0 });
    assert.equal((limited.by_chat as TdObject[])[0].chat_id, 0, 'chats past the limit are grouped under chat id 0');
    const fast = ok(b, { _: 'getStorageStatisticsFast' });
    assert.equal(fast.files_size, 5000);
    assert.equal(fast.files_count, 2);
    assert.ok((fast.database_size as number) > 0);
    // files younger than the immunity delay are kept
    const kept = ok(b, { _: 'optimizeStorage', size: 0, ttl: -1, count: -1, immunity_delay: -1, file_types: [], chat_ids: [], exclude_chat_ids: [], chat_limit: 10 });
    assert.equal(kept.count, 2);
    // a day later: a size limit of 2500 removes the least recently used until it holds; photos only when asked
    now += 2 * 86_400_000;
    const opt = ok(b, { _: 'optimizeStorage', size: 2500, ttl: 0, count: -1, immunity_delay: -1, file_types: [{ _: 'fileTypeDocument' }], chat_ids: [], exclude_chat_ids: [], chat_limit: 10 });
    assert.equal(opt.size, 2000);
    assert.equal(ok(b, { _: 'getFile', file_id: docFile.id as number }).local_size, 0);
    // the default ttl (a day) removes what was not used for longer
    const all = ok(b, { _: 'optimizeStorage', size: -1, ttl: -1, count: -1, immunity_delay: -1, file_types: [{ _: 'fileTypePhoto' }], chat_ids: [], exclude_chat_ids: [], chat_limit: 10 });
    assert.equal(all.count, 0);
  } finally {
    await a.close();
    await b.close();
    net.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('profile photos: setProfilePhoto shows in updateUser and getUserProfilePhotos; deleting the current one brings back the previous', async () => {
  const p = pair();
  try {
    const first = localFile(p.tmp, 'me1.jpg', 1000);
    ok(p.a, { _: 'setProfilePhoto', photo: local(first.path) });
    const upd = await p.ub.waitFor((u) => u._ === 'updateUser' && (u.user as TdObject).id === p.aid && (u.user as TdObject).profile_photo !== null);
    const pp = (upd.user as TdObject).profile_photo as TdObject;
    assert.equal((pp.big as TdObject).size, 1000);
    ok(p.a, { _: 'setProfilePhoto', photo: local(localFile(p.tmp, 'me2.jpg', 2000).path) });
    const photos = ok(p.b, { _: 'getUserProfilePhotos', user_id: p.aid, offset: 0, limit: 10 });
    assert.equal(photos.total_count, 2);
    const list = photos.photos as TdObject[];
    assert.deepEqual(list.map((x) => ((x.sizes as TdObject[])[0].photo as TdObject).size), [2000, 1000], 'newest first');
    assert.equal((ok(p.b, { _: 'getUserProfilePhotos', user_id: p.aid, offset: 1, limit: 10 }).photos as TdObject[]).length, 1);
    assert.equal(call(p.b, { _: 'getUserProfilePhotos', user_id: p.aid, offset: -1, limit: 10 }).message, 'Parameter offset must be non-negative');
    const current = (ok(p.b, { _: 'getUser', user_id: p.aid }).profile_photo as TdObject).id;
    assert.equal(current, list[0].id);
    assert.equal(((ok(p.b, { _: 'getChat', chat_id: p.aid }).photo as TdObject).big as TdObject).size, 2000, "a private chat shows the other user's photo");
    assert.equal(call(p.b, { _: 'deleteProfilePhoto', profile_photo_id: current as string }).message, 'Profile photo not found', "not Bob's photo");
    ok(p.a, { _: 'deleteProfilePhoto', profile_photo_id: current as string });
    assert.equal(((ok(p.b, { _: 'getUser', user_id: p.aid }).profile_photo as TdObject).big as TdObject).size, 1000);
    ok(p.a, { _: 'deleteProfilePhoto', profile_photo_id: list[1].id as string });
    assert.equal(ok(p.b, { _: 'getUser', user_id: p.aid }).profile_photo, null);
    assert.equal(ok(p.b, { _: 'getUserProfilePhotos', user_id: p.aid, offset: 0, limit: 10 }).total_count, 0);
  } finally {
    await p.done();
  }
});

test('changeChatPhoto: members get updateChatPhoto and the service message; rights are checked; a zero id removes the photo', async () => {
  const p = pair();
  try {
    const chat = ok(p.a, { _: 'createNewGroupChat', user_ids: [p.bid], title: 'Pics' });
    const gid = (chat.type as TdObject).group_id as number;
    const pic = localFile(p.tmp, 'group.png', 1500);
    ok(p.b, { _: 'changeChatPhoto', chat_id: chat.id as number, photo: local(pic.path) }); // every member is an administrator by default
    ok(p.a, { _: 'toggleGroupAdministrators', group_id: gid, everyone_is_administrator: false });
    assert.equal(call(p.b, { _: 'changeChatPhoto', chat_id: chat.id as number, photo: local(pic.path) }).message, 'CHAT_ADMIN_REQUIRED');
    ok(p.a, { _: 'changeChatPhoto', chat_id: chat.id as number, photo: local(pic.path) });
    const upd = await p.ub.waitFor((u) => u._ === 'updateChatPhoto' && u.photo !== null);
    assert.equal(upd.chat_id, chat.id);
    assert.equal(((upd.photo as TdObject).big as TdObject).size, 1500);
    const msg = await p.ub.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageChatChangePhoto');
    assert.equal((msg.message as TdObject).can_be_forwarded, false, 'a service message');
    assert.equal(((ok(p.b, { _: 'getChat', chat_id: chat.id as number }).photo as TdObject).small as TdObject).size, 1500);
    ok(p.a, { _: 'changeChatPhoto', chat_id: chat.id as number, photo: byId(0) });
    await p.ub.waitFor((u) => u._ === 'updateChatPhoto' && u.photo === null);
    await p.ub.waitFor((u) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject)._ === 'messageChatDeletePhoto');
    assert.equal(ok(p.b, { _: 'getChat', chat_id: chat.id as number }).photo, null);
    assert.equal(call(p.a, { _: 'changeChatPhoto', chat_id: chat.id as number, photo: byId(0) }).message, 'CHAT_NOT_MODIFIED');
    assert.match(call(p.a, { _: 'changeChatPhoto', chat_id: p.bid, photo: local(pic.path) }).message as string, /private chat/);
    // a channel: its creator may, a plain member may not
    const ch = ok(p.a, { _: 'createNewChannelChat', title: 'News', is_supergroup: true, description: '' });
    ok(p.a, { _: 'addChatMember', chat_id: ch.id as number, user_id: p.bid, forward_limit: 0 });
    assert.match(call(p.b, { _: 'changeChatPhoto', chat_id: ch.id as number, photo: local(pic.path) }).message as string, /Not enough rights/);
    ok(p.a, { _: 'changeChatPhoto', chat_id: ch.id as number, photo: local(pic.path) });
    assert.equal(((ok(p.b, { _: 'getChat', chat_id: ch.id as number }).photo as TdObject).big as TdObject).size, 1500);
    // the channel's event log keeps the change
    const ev = (ok(p.a, { _: 'getChatEventLog', chat_id: ch.id, query: '', from_event_id: '0', limit: 1, filters: null, user_ids: [] }).events as TdObject[])[0];
    assert.equal((ev.action as TdObject)._, 'chatEventPhotoChanged');
    assert.equal((ev.action as TdObject).old_photo, null);
    assert.equal((((ev.action as TdObject).new_photo as TdObject).big as TdObject).size, 1500);
  } finally {
    await p.done();
  }
});

test('message contents with files and captions: each kind is rendered as the schema says, searchable, forwardable; editMessageCaption', async () => {
  const p = pair();
  try {
    const f = (name: string): TdObject => local(localFile(p.tmp, name, 700).path);
    const send = (content: TdObject): TdObject => ok(p.a, { _: 'sendMessage', chat_id: p.bid, input_message_content: content });
    const cases: [TdObject, string, (c: TdObject) => void][] = [
      [{ _: 'inputMessageDocument', document: f('report.pdf'), caption: 'the report' }, 'messageDocument', (c) => {
        const d = c.document as TdObject;
        assert.equal(d.file_name, 'report.pdf');
        assert.equal(d.mime_type, 'application/pdf');
      }],
      [{ _: 'inputMessageAudio', audio: f('song.mp3'), duration: 180, title: 'Song', performer: 'Band', caption: 'listen' }, 'messageAudio', (c) => {
        assert.equal((c.audio as TdObject).title, 'Song');
        assert.equal((c.audio as TdObject).mime_type, 'audio/mpeg');
      }],
      [{ _: 'inputMessageVideo', video: f('clip.mp4'), duration: 5, width: 320, height: 240, caption: 'watch', thumb: { _: 'inputThumb', thumb: f('t.jpg'), width: 90, height: 90 } }, 'messageVideo', (c) => {
        assert.equal((c.video as TdObject).width, 320);
        assert.equal(((c.video as TdObject).thumb as TdObject).width, 90);
      }],
      [{ _: 'inputMessageVoice', voice: f('v.ogg'), duration: 3, waveform: '', caption: 'hear' }, 'messageVoice', (c) => assert.equal((c.voice as TdObject).duration, 3)],
      [{ _: 'inputMessageAnimation', animation: f('a.gif'), duration: 2, width: 100, height: 80, caption: 'lol' }, 'messageAnimation', (c) => assert.equal((c.animation as TdObject).mime_type, 'image/gif')],
      [{ _: 'inputMessageSticker', sticker: f('s.webp'), width: 512, height: 512 }, 'messageSticker', (c) => assert.equal((c.sticker as TdObject).width, 512)],
      [{ _: 'inputMessageVideoNote', video_note: f('n.mp4'), duration: 4, length: 240 }, 'messageVideoNote', (c) => assert.equal((c.video_note as TdObject).length, 240)],
      [{ _: 'inputMessageVenue', venue: { _: 'venue', location: { _: 'location', latitude: 48.85, longitude: 2.35 }, title: 'Cafe', address: '1 Rue', provider: 'foursquare', id: 'x1' } }, 'messageVenue', (c) => assert.equal((c.venue as TdObject).title, 'Cafe')],
      [{ _: 'inputMessageLocation', location: { _: 'location', latitude: 1, longitude: 2 } }, 'messageLocation', () => {}],
      [{ _: 'inputMessageContact', contact: { _: 'contact', phone_number: '123', first_name: 'Ann', last_name: '', user_id: 0 } }, 'messageContact', () => {}],
    ];
    for (const [input, kind, check] of cases) {
      const m = send(input);
      assert.equal((m.content as TdObject)._, kind);
      check(m.content as TdObject);
      const got = await p.ub.waitFor((u) => u._ === 'updateNewMessage' && (u.message as TdObject).id === m.id);
      assert.equal(((got.message as TdObject).content as TdObject)._, kind);
      assert.equal((got.message as TdObject).can_be_forwarded, true);
    }
    assert.equal(((ok(p.b, { _: 'searchChatMessages', chat_id: p.aid, query: 'the report', sender_user_id: 0, from_message_id: 0, offset: 0, limit: 10 }).messages as TdObject[])[0].content as TdObject)._, 'messageDocument', 'captions are searched');
    assert.match(call(p.a, photoMessage(p.bid, f('x.jpg'), 'x'.repeat(201))).message as string, /caption is too long/);
    assert.equal(call(p.a, { _: 'sendMessage', chat_id: p.bid, input_message_content: { _: 'inputMessagePhoto', photo: null, caption: '' } }).message !== undefined, true);

    const m = ok(p.a, photoMessage(p.bid, f('y.jpg'), 'before'));
    const fwd = ok(p.b, { _: 'forwardMessages', chat_id: p.aid, from_chat_id: p.aid, message_ids: [m.id as number], disable_notification: false, from_background: false });
    assert.equal((((fwd.messages as TdObject[])[0].content as TdObject) as TdObject)._, 'messagePhoto', 'a photo forwards');
    const edited = ok(p.a, { _: 'editMessageCaption', chat_id: p.bid, message_id: m.id as number, reply_markup: null, caption: 'after' });
    assert.equal((edited.content as TdObject).caption, 'after');
    const upd = await p.ub.waitFor((u) => u._ === 'updateMessageContent' && u.message_id === m.id);
    assert.equal((upd.new_content as TdObject).caption, 'after');
    assert.equal(call(p.a, { _: 'editMessageCaption', chat_id: p.bid, message_id: m.id as number, reply_markup: null, caption: 'after' }).message, 'MESSAGE_NOT_MODIFIED');
    assert.equal(call(p.b, { _: 'editMessageCaption', chat_id: p.aid, message_id: m.id as number, reply_markup: null, caption: 'mine' }).message, 'MESSAGE_AUTHOR_REQUIRED');
    const t = ok(p.a, { _: 'sendMessage', chat_id: p.bid, input_message_content: { _: 'inputMessageText', text: 'plain' } });
    assert.equal(call(p.a, { _: 'editMessageCaption', chat_id: p.bid, message_id: t.id as number, reply_markup: null, caption: 'c' }).message, 'There is no caption in the message to edit');
  } finally {
    await p.done();
  }
});

test('the quota refuses what would not fit; an in-memory core keeps its files in a temporary folder removed on close', async () => {
  const p = pair({ fileQuota: 3000 });
  try {
    ok(p.a, photoMessage(p.bid, local(localFile(p.tmp, 'a.jpg', 2000).path)));
    const r = call(p.a, photoMessage(p.bid, local(localFile(p.tmp, 'b.jpg', 2000).path)));
    assert.match(r.message as string, /file store is full/);
    assert.match(call(p.a, { _: 'uploadFile', file: local(path.join(p.tmp, 'b.jpg')), file_type: null, priority: 1 }).message as string, /quota/);
  } finally {
    await p.done();
  }
  const before = new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('luatd-files-') && !n.startsWith('luatd-files-test')));
  const c = openEmbeddedCore({ memory: true });
  const tmp = mkdtempSync(path.join(tmpdir(), 'luatd-files-test-'));
  try {
    login(c, '9996630003', 'Mem');
    ok(c, { _: 'setProfilePhoto', photo: local(localFile(tmp, 'p.jpg', 100).path) });
    const made = readdirSync(tmpdir()).filter((n) => n.startsWith('luatd-files-') && !n.startsWith('luatd-files-test') && !before.has(n));
    assert.equal(made.length, 1, 'one temporary folder');
    assert.equal(statSync(path.join(tmpdir(), made[0])).mode & 0o777, 0o700);
    await c.close();
    assert.equal(existsSync(path.join(tmpdir(), made[0])), false, 'removed with the core');
  } finally {
    await c.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});
