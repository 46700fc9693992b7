// Unit tests of the plugin building blocks: manifest checks, discovery, the KV store, the watcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkManifest, allows, wantsUpdate } from '../../src/plugins/manifest.js';
import { discoverPlugins } from '../../src/plugins/discover.js';
import { PluginStore } from '../../src/plugins/kv.js';
import { watchPath } from '../../src/plugins/watch.js';
import { isLuatdError } from '../../src/errors.js';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'luatd-plug-'));

test('manifest: defaults, folder name fallback, clear errors naming the field', () => {
  const m = checkManifest({ permissions: ['getMe'], updates: { 1: 'updateNewMessage' } }, 'echo', 'p/plugin.json');
  assert.deepEqual(m, { name: 'echo', version: '0.0.0', description: '', permissions: ['getMe'], updates: ['updateNewMessage'] });
  assert.ok(allows(m, 'getMe'));
  assert.ok(!allows(m, 'resetAuth'));
  assert.ok(wantsUpdate(m, 'updateNewMessage') && !wantsUpdate(m, 'updateUser'));
  assert.ok(allows({ ...m, permissions: ['*'] }, 'anything'));
  assert.throws(() => checkManifest({ name: 'bad name' }, 'x', 'p/plugin.json'), /p\/plugin.json: 'name' must match/);
  assert.throws(() => checkManifest({ permissions: 'getMe' }, 'x', 'w'), (e) => isLuatdError(e, 'PLUGIN') && /'permissions' must be a list of strings/.test(e.message));
  assert.throws(() => checkManifest([], 'x', 'w'), /must be an object/);
});

test('discovery: Lua folders and JS plugin folders with a manifest, sorted; loose .js files and missing dirs skipped', () => {
  const d = tmp();
  for (const n of ['zeta', 'alpha', '.hidden']) {
    mkdirSync(path.join(d, n));
    writeFileSync(path.join(d, n, 'init.lua'), '');
  }
  mkdirSync(path.join(d, 'notaplugin'));
  // loose modules and folders without a manifest are never plugins (`--plugins .` in a project)
  writeFileSync(path.join(d, 'eslint.config.js'), 'export default {}');
  mkdirSync(path.join(d, 'src'));
  writeFileSync(path.join(d, 'src', 'index.js'), 'export default {}');
  mkdirSync(path.join(d, 'ext'));
  writeFileSync(path.join(d, 'ext', 'plugin.json'), '{"main": "index.mjs"}');
  const found = discoverPlugins([d, path.join(d, 'missing')]);
  assert.deepEqual(found.map((f) => `${f.kind}:${f.id}`), ['lua:alpha', 'js:ext', 'lua:zeta']);
});

test('KV store: per-plugin keys, JSON values, persistence across reopen, bad values refused', () => {
  const dir = tmp();
  let store = new PluginStore(dir);
  const a = store.forPlugin('a');
  const b = store.forPlugin('b');
  a.set('n', 3);
  a.set('t', { list: [1, 'x', true], nested: { k: 'v' } });
  b.set('n', 'other');
  assert.equal(a.get('n'), 3);
  assert.equal(b.get('n'), 'other');
  assert.equal(a.get('missing'), undefined);
  assert.throws(() => a.set('f', () => 1), (e) => isLuatdError(e, 'INVALID_PARAM') && /a function cannot be stored/.test(e.message));
  assert.throws(() => a.set('', 1), /key must be a non-empty string/);
  assert.throws(() => a.set('x', NaN), /JSON has no NaN/);
  store.close();
  store = new PluginStore(dir);
  assert.deepEqual(store.forPlugin('a').get('t'), { list: [1, 'x', true], nested: { k: 'v' } });
  store.forPlugin('a').set('n', null);
  assert.deepEqual(store.forPlugin('a').keys(), ['t']);
  store.close();
  const mem = new PluginStore(undefined);
  mem.forPlugin('a').set('k', true);
  assert.equal(mem.forPlugin('a').get('k'), true);
  mem.close();
});

test('watcher: one callback per change after the debounce, polling alone also notices', async () => {
  const d = tmp();
  writeFileSync(path.join(d, 'init.lua'), 'a');
  for (const pollOnly of [false, true]) {
    let calls = 0;
    const stop = watchPath(d, () => calls++, { debounceMs: 50, pollMs: pollOnly ? 40 : 0, fsWatch: !pollOnly });
    if (pollOnly) await new Promise((r) => setTimeout(r, 20));
    writeFileSync(path.join(d, 'init.lua'), 'bb' + String(pollOnly));
    writeFileSync(path.join(d, 'init.lua'), 'ccc' + String(pollOnly));
    const deadline = Date.now() + 3000;
    while (calls === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 150));
    stop();
    assert.equal(calls, 1, pollOnly ? 'polling' : 'fs.watch');
  }
});
