import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';
import { openEmbeddedCore } from '../../src/core/index.js';
import { ok } from './helpers.js';

test('luatd bot create NAME --data DIR prints a token that checkAuthBotToken accepts', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-bot-'));
  try {
    const r = spawnSync(process.execPath, [binPath, 'bot', 'create', 'Weather', '--data', dir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const token = r.stdout.trim();
    assert.match(token, /^\d+:[A-Za-z0-9_-]+$/);
    assert.match(r.stderr, /@Weather_bot/);
    const again = spawnSync(process.execPath, [binPath, 'bot', 'create', 'Weather', '--data', dir], { encoding: 'utf8' });
    assert.equal(again.status, 2, 'a second bot of the same username is refused');
    assert.match(again.stderr, /@Weather_bot is taken/);
    assert.equal(again.stdout, '', 'no token printed');
    const j = spawnSync(process.execPath, [binPath, 'bot', 'create', 'Weather', '--username', 'weather2bot', '--data', dir, '--json'], { encoding: 'utf8' });
    assert.equal(j.status, 0, j.stderr);
    const second = JSON.parse(j.stdout) as { user_id: number; username: string; token: string };
    assert.equal(second.username, 'weather2bot');
    const echo = spawnSync(process.execPath, [binPath, 'bot', 'create', 'echobot', '--data', dir], { encoding: 'utf8' });
    assert.match(echo.stderr, /bot @echobot /);
    const c = openEmbeddedCore({ dataDir: dir, session: 'bot' });
    assert.equal(ok(c, { _: 'checkAuthBotToken', token })._, 'authStateOk');
    assert.equal(ok(c, { _: 'getMe' }).username, 'Weather_bot');
    await c.close();
    const bad = spawnSync(process.execPath, [binPath, 'bot', 'create', '   ', '--data', dir], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /bot name/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
