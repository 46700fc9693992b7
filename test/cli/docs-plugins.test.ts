import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';
import { packageRoot } from '../../src/paths.js';

const examplePlugins = path.join(packageRoot, 'examples', 'plugins');
const luatd = (args: string[]) => spawnSync(process.execPath, [binPath, ...args], { encoding: 'utf8', timeout: 60_000 });

test('describe --plugins DIR shows a function that a JS plugin adds', () => {
  const without = luatd(['describe', 'getWeather']);
  assert.equal(without.status, 1, 'unknown without the plugin');
  const r = luatd(['describe', 'getWeather', '--plugins', examplePlugins]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /getWeather \(method\)/);
  assert.match(r.stdout, /city/);
  assert.doesNotMatch(r.stdout, /[Nn]ot implemented/);
});

test('docs --plugins DIR writes pages for the plugin functions, not marked unimplemented', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'luatd-site-'));
  const r = luatd(['docs', '--out', out, '--plugins', examplePlugins]);
  assert.equal(r.status, 0, r.stderr);
  const page = path.join(out, 'methods', 'getWeather.md');
  assert.ok(existsSync(page));
  const text = readFileSync(page, 'utf8');
  assert.match(text, /getWeather\(\{city = "/);
  assert.doesNotMatch(text, /Not implemented/);
  assert.ok(existsSync(path.join(out, 'methods', 'resetAuth.md')), 'our own methods are still there');
});
