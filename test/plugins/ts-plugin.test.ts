// TS/JS plugins extending the core: module checks, schema merge, request routing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkTsPlugin, jsPluginManifest, loadJsPluginFolder, loadTsPlugin, mergeSchemas, PluginClient } from '../../src/plugins/ts-plugin.js';
import { parseTl } from '../../src/schema/parser.js';
import { tdError, type Client, type TdObject, type UpdateListener } from '../../src/core/client.js';

const BASE = parseTl('ok = Ok;\nerror code:int32 message:string = Error;\n---functions---\ngetMe = Ok;\n', 'base.tl');
const TL = `//@description A weather report @city City name @celsius Temperature
weather city:string celsius:double = Weather;
---functions---
//@description Returns the weather in a city @city City name
getWeather city:string = Weather;
`;

/** A recording inner client: answers `ok` to everything and lets the test push updates. */
class Inner implements Client {
  readonly backend = 'test';
  calls: string[] = [];
  listeners = new Set<UpdateListener>();
  async invoke(r: TdObject): Promise<TdObject> {
    this.calls.push(r._);
    return r._ === 'getMe' ? { _: 'ok' } : tdError(400, 'unknown');
  }
  onUpdate(l: UpdateListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  async close(): Promise<void> {}
}

test('a plugin module is checked: handlers and declarations must match', () => {
  assert.throws(() => checkTsPlugin({ name: 'w', tl: TL, handlers: {} }, 'w.js'), /function getWeather is declared in its TL but has no handler/);
  assert.throws(() => checkTsPlugin({ name: 'w', tl: TL, handlers: { getWeather() {}, other() {} } }, 'w.js'), /handler other has no declaration/);
  assert.throws(() => checkTsPlugin({ name: 'w', tl: 'bad line here', handlers: {} }, 'w.js'), /plugin 'w': w\.tl:1:/);
  assert.throws(() => checkTsPlugin({ default: { name: 'no spaces allowed', tl: '', handlers: {} } }, 'w.js'), /'name' must be a plugin name/);
});

test('the merged schema has the plugin functions; a clash names both owners', () => {
  const p = checkTsPlugin({ name: 'w', tl: TL, handlers: { getWeather: () => undefined } }, 'w.js');
  const ir = mergeSchemas(BASE, [p]);
  assert.deepEqual(ir.functions.map((f) => f.name), ['getMe', 'getWeather']);
  assert.ok(ir.types.some((t) => t.name === 'Weather' && t.constructors.includes('weather')));
  assert.equal(BASE.functions.length, 1, 'the base IR is not mutated');
  const clash = checkTsPlugin({ name: 'x', tl: '---functions---\ngetMe = Ok;\n', handlers: { getMe: () => undefined } }, 'x.js');
  assert.throws(() => mergeSchemas(BASE, [clash]), /plugin 'x': getMe is already defined by base\.tl/);
});

test('PluginClient routes plugin functions to handlers, the rest to the core, failures become errors', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-tsp-'));
  const file = path.join(dir, 'weather.mjs');
  writeFileSync(file, `export default { name: 'weather', tl: ${JSON.stringify(TL)}, handlers: {
    async getWeather({ city }, ctx) {
      if (city === 'boom') throw new Error('no such city');
      if (city === 'bad') return 42;
      const me = await ctx.client.invoke({ _: 'getMe' });
      ctx.emit({ _: 'updateWeather', city });
      return { _: 'weather', city, celsius: me._ === 'ok' ? 21.5 : 0 };
    } } };`);
  const p = await loadTsPlugin(file);
  const inner = new Inner();
  const c = new PluginClient(inner, [p]);
  const seen: string[] = [];
  c.onUpdate((u) => seen.push(u._));
  assert.deepEqual(await c.invoke({ _: 'getWeather', city: 'Oslo' }), { _: 'weather', city: 'Oslo', celsius: 21.5 });
  assert.deepEqual(seen, ['updateWeather']);
  assert.deepEqual(await c.invoke({ _: 'getWeather', city: 'boom' }), tdError(500, "plugin 'weather': getWeather failed: no such city"));
  assert.equal(((await c.invoke({ _: 'getWeather', city: 'bad' })) as TdObject).message, "plugin 'weather': getWeather returned number, not an object with '_'");
  assert.deepEqual(await c.invoke({ _: 'getMe' }), { _: 'ok' });
  assert.equal(c.invokeSync({ _: 'getWeather', city: 'x' }), undefined);
  for (const l of inner.listeners) l({ _: 'updateFromCore' });
  assert.deepEqual(seen, ['updateWeather', 'updateFromCore']);
  await c.close();
  assert.equal(inner.listeners.size, 0);
});

test('a JS plugin folder: plugin.json names it and its module; nothing outside the folder is imported', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'luatd-jsp-'));
  const folder = (name: string, manifest: unknown, files: Record<string, string> = {}): string => {
    const d = path.join(root, name);
    mkdirSync(d);
    writeFileSync(path.join(d, 'plugin.json'), JSON.stringify(manifest));
    for (const [f, text] of Object.entries(files)) writeFileSync(path.join(d, f), text);
    return d;
  };
  writeFileSync(path.join(root, 'outside.mjs'), 'globalThis.luatdOutsideRan = true; export default {}');
  const module = `export default { tl: ${JSON.stringify(TL)}, handlers: { getWeather: () => undefined } }`;
  const ok = await loadJsPluginFolder(folder('w', { name: 'weather2', main: 'index.mjs' }, { 'index.mjs': module }));
  assert.equal(ok.name, 'weather2', "the manifest's name, the module may leave it out");
  assert.throws(() => jsPluginManifest(folder('nomain', { name: 'x' })), /no init\.lua in the folder and no 'main' module declared/);
  for (const main of ['../outside.mjs', '/etc/passwd.js', '.hidden.mjs', 'index.ts', 'a/../../outside.mjs']) {
    assert.throws(() => jsPluginManifest(folder(`bad${main.length}${main.charCodeAt(0)}`, { main })), /'main' must be a relative path to a \.js or \.mjs file inside the plugin folder/, main);
  }
  const linked = folder('linked', { main: 'index.mjs' });
  symlinkSync(path.join(root, 'outside.mjs'), path.join(linked, 'index.mjs'));
  assert.throws(() => jsPluginManifest(linked), /resolves outside the plugin folder/);
  await assert.rejects(loadJsPluginFolder(folder('liar', { name: 'honest', main: 'i.mjs' }, { 'i.mjs': `export default { name: 'other', tl: '', handlers: {} }` })), /the module says its name is "other" but plugin.json says 'honest'/);
  assert.equal((globalThis as { luatdOutsideRan?: boolean }).luatdOutsideRan, undefined, 'no module outside a plugin folder ran');
});
