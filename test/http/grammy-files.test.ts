/**
 * Files through a real bot framework: a grammY bot sends a photo uploaded as multipart and then
 * the same photo again by its file_id; the Lua user (luatd run on the same data dir) downloads
 * both with downloadFile. The user then sends a photo, and the bot fetches it with getFile and
 * the file download route, answering with its size and hash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Bot, InputFile } from 'grammy';
import { createBot } from '../../src/core/index.js';
import { HttpGateway } from '../../src/http/index.js';
import { packageRoot } from '../../src/paths.js';
import { binPath } from '../helpers/bin.js';

const SCRIPT = path.join(packageRoot, 'test', 'http', 'fixtures', 'grammy_photo_user.lua');

function runUser(dir: string, username: string, photo: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [binPath, 'run', '--data', dir, '--session', 'uli', '--timeout', '30000', `--allow-read=${photo}`, SCRIPT, username, photo], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const kill = setTimeout(() => p.kill('SIGKILL'), 40_000);
    p.on('close', (code) => {
      clearTimeout(kill);
      resolve({ code, out, err });
    });
  });
}

test('grammY: a bot sends a photo (multipart upload, then by file_id) the Lua user downloads; it fetches the user\'s photo with getFile', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-grammy-files-'));
  const gw = await HttpGateway.start({ dataDir: dir });
  const { token, username } = createBot(dir, 'Painter');
  const apiRoot = gw.address.url;
  const bot = new Bot(token, { client: { apiRoot } });
  const picture = randomBytes(300_000);
  const userPhoto = randomBytes(123_457);
  const userPhotoPath = path.join(dir, 'uli.jpg');
  writeFileSync(userPhotoPath, userPhoto);
  const errors: unknown[] = [];
  bot.catch((e) => errors.push(e.error));
  bot.command('photo', async (ctx) => {
    const first = await ctx.replyWithPhoto(new InputFile(picture, 'sunset.jpg'), { caption: 'a <b>sunset</b>', parse_mode: 'HTML' });
    const largest = first.photo[first.photo.length - 1]!;
    assert.equal(largest.file_size, picture.length);
    await ctx.replyWithPhoto(largest.file_id, { caption: 'again' });
  });
  bot.on('message:photo', async (ctx) => {
    const file = await ctx.getFile();
    const res = await fetch(`${apiRoot}/file/bot${token}/${file.file_path!}`);
    const body = Buffer.from(await res.arrayBuffer());
    await ctx.reply(`got ${body.length} bytes, ${createHash('sha256').update(body).digest('hex').slice(0, 12)}, caption ${ctx.message.caption}`);
  });
  try {
    await new Promise<void>((resolve) => void bot.start({ timeout: 5, onStart: () => resolve() }));
    const r = await runUser(dir, username, userPhotoPath);
    assert.equal(r.code, 0, `${r.err}\nbot errors: ${errors.map(String).join('; ')}\nuser output: ${r.out}`);
    assert.deepEqual(r.out.trim().split('\n'), [
      `photo 1: a sunset, ${picture.length} bytes downloaded`,
      `photo 2: again, ${picture.length} bytes downloaded`,
      'same file reused: true',
      `bot: got ${userPhoto.length} bytes, ${createHash('sha256').update(userPhoto).digest('hex').slice(0, 12)}, caption from Uli`,
    ]);
    assert.deepEqual(errors, []);
    // the download route serves only what getFile fetched, and only to a valid token
    assert.equal((await fetch(`${apiRoot}/file/bot${token}/files/file_999999`)).status, 404);
    assert.equal((await fetch(`${apiRoot}/file/bot1:wrongwrongwrongwrong/files/file_1`)).status, 401);
    const bad = await bot.api.sendPhoto(1, 'https://example.org/a.jpg').catch((e: Error) => e.message);
    assert.match(String(bad), /no Internet access/);
  } finally {
    await bot.stop();
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
