/**
 * The photo journey as Lua scripts across two `luatd run` processes on one data dir: one account
 * uploads a photo (following its upload progress) and sends it; the other downloads it with
 * progress updates. Run with the built-in schema and with the real legacy file as --schema
 * (skipped when ../shared is absent): the outputs must be the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLuatd as run, sharedSchemasDir } from '../helpers/bin.js';




const legacy = sharedSchemasDir ? path.join(sharedSchemasDir, 'td_api_legacy_2017-12.tl') : undefined;
const SIZE = 3 * 1024 * 1024 + 17;

async function photoJourney(extra: string[]): Promise<{ sender: string; receiver: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-photo-'));
  try {
    const photo = path.join(dir, 'cat.jpg');
    writeFileSync(photo, randomBytes(SIZE));
    const login = run(['--data', dir, '--session', 'rita', ...extra, 'test/lua/journeys/login.lua', '9996651234', 'Rita']);
    assert.equal(await login.exited, 0, login.err());
    const ritaId = login.out().trim();
    const who = run(['--data', dir, '--session', 'sam', ...extra, 'test/lua/journeys/login.lua', '9996661234', 'Sam']);
    assert.equal(await who.exited, 0, who.err());
    const samId = who.out().trim();
    // wait.lua, shared by the journey scripts, is in the folder above the receiver's
    const rec = run(['--data', dir, '--session', 'rita', ...extra, '--module-path', 'test/lua/journeys', 'test/lua/journeys/photo/receiver.lua', samId]);
    await rec.waitFor(/receiver ready/, 'the receiver to start');
    const snd = run(['--data', dir, '--session', 'sam', ...extra, `--allow-read=${photo}`, 'test/lua/journeys/photo/sender.lua', ritaId, photo]);
    assert.equal(await snd.exited, 0, `sender failed: ${snd.err()}`);
    assert.equal(await rec.exited, 0, `receiver failed: ${rec.err()}`);
    return { sender: snd.out(), receiver: rec.out() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EXPECTED_SENDER = [`uploading: ${SIZE} bytes`, 'uploaded, with progress updates', 'sent: messagePhoto a cat', ''].join('\n');
const EXPECTED_RECEIVER = [
  'receiver ready',
  `got photo: a cat, ${SIZE} bytes, downloaded 0`,
  `downloaded: ${SIZE} bytes, with progress updates`,
  'local copy: true',
  'same file by persistent id: true',
  '',
].join('\n');

test('journey: a photo uploaded by one account (two processes) and downloaded by another, with progress updates on both sides', async () => {
  const r = await photoJourney([]);
  assert.equal(r.sender, EXPECTED_SENDER);
  assert.equal(r.receiver, EXPECTED_RECEIVER);
});

test('journey: the photo journey with the real legacy schema file as --schema', { skip: legacy ? false : 'skipped: ../shared is absent' }, async () => {
  const r = await photoJourney(['--schema', legacy!]);
  assert.equal(r.sender, EXPECTED_SENDER);
  assert.equal(r.receiver, EXPECTED_RECEIVER);
});
