/**
 * TypeScript/JavaScript plugins that extend the core with new API functions.
 *
 * A plugin folder's plugin.json declares its name and its module (`"main": "index.mjs"`); the
 * module exports (default export or named exports):
 *   { name: 'weather', tl: '<TL text>', handlers: { getWeather: (params, ctx) => result } }
 * (`name` may be left out; when present it must match the manifest's).
 * The TL text uses the same syntax and doc comments as our schema; functions go after a
 * `---functions---` line. Its IR (parsed with `parseTl`, the one TL parser) is merged into the
 * schema, so the new functions are Lua globals, validated, described and completed like any
 * other; `PluginClient` routes their calls to the handlers and the rest to the core.
 */
import { pathToFileURL } from 'node:url';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { SchemaIR, AbstractType } from '../schema/ir.js';
import { parseTl } from '../schema/parser.js';
import { LuatdError } from '../errors.js';
import { tdError, type Client, type TdObject, type UpdateListener } from '../core/client.js';
import { checkManifest, isPluginName, type PluginManifest } from './manifest.js';

/** What a handler receives besides its parameters. */
export interface HandlerContext {
  /** The client below the plugins (the core): handlers may call other API functions. */
  client: Client;
  /** The plugin's name. */
  plugin: string;
  /** Deliver an update (`{ _: 'updateSomething', ... }`) to every listener of the client. */
  emit(update: TdObject): void;
}

/** A handler: the request's fields (without `_`) → a result object (undefined means `ok`). */
export type Handler = (params: Record<string, unknown>, ctx: HandlerContext) => unknown;

/** A loaded, checked TS/JS plugin. */
export interface TsPlugin {
  name: string;
  /** Module file it came from. */
  file: string;
  /** Its TL, parsed. */
  ir: SchemaIR;
  handlers: Map<string, Handler>;
}

/**
 * Check a module's exports and parse its TL. Throws LuatdError(PLUGIN) naming what is wrong:
 * a missing handler for a declared function, a handler for an undeclared one, a bad name.
 */
export function checkTsPlugin(mod: unknown, file: string, expectedName?: string): TsPlugin {
  const m = (mod && typeof mod === 'object' && 'default' in mod && (mod as { default: unknown }).default) || mod;
  if (!m || typeof m !== 'object') throw new LuatdError('PLUGIN', `${file}: the module must export { name, tl, handlers }`);
  const { tl, handlers } = m as Record<string, unknown>;
  let name = (m as Record<string, unknown>).name;
  if (expectedName !== undefined) {
    if (name !== undefined && name !== expectedName) throw new LuatdError('PLUGIN', `${file}: the module says its name is ${JSON.stringify(name)} but plugin.json says '${expectedName}'`);
    name = expectedName;
  }
  if (typeof name !== 'string' || !isPluginName(name)) throw new LuatdError('PLUGIN', `${file}: 'name' must be a plugin name (letters, digits, _ and -), got ${JSON.stringify(name)}`);
  if (typeof tl !== 'string') throw new LuatdError('PLUGIN', `${file}: 'tl' must be a string of TL declarations`);
  if (!handlers || typeof handlers !== 'object') throw new LuatdError('PLUGIN', `${file}: 'handlers' must be an object of functions`);
  let ir: SchemaIR;
  try {
    ir = parseTl(tl, `${name}.tl`);
  } catch (e) {
    throw new LuatdError('PLUGIN', `plugin '${name}': ${(e as Error).message}`);
  }
  const map = new Map<string, Handler>();
  for (const f of ir.functions) {
    const h = (handlers as Record<string, unknown>)[f.name];
    if (typeof h !== 'function') throw new LuatdError('PLUGIN', `plugin '${name}': function ${f.name} is declared in its TL but has no handler`);
    map.set(f.name, h as Handler);
  }
  for (const k of Object.keys(handlers)) {
    if (!map.has(k)) throw new LuatdError('PLUGIN', `plugin '${name}': handler ${k} has no declaration in its TL (functions go after ---functions---)`);
  }
  return { name, file, ir, handlers: map };
}

/**
 * Read the manifest of a JS/TS plugin folder and find the module it declares, without running
 * anything. `main` must name a `.js`/`.mjs` file inside the folder (no `..`, no dot-file).
 * Throws LuatdError(PLUGIN) naming the folder and the field.
 */
export function jsPluginManifest(folder: string): { manifest: PluginManifest; file: string } {
  const id = path.basename(folder);
  const where = `${id}/plugin.json`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(folder, 'plugin.json'), 'utf8'));
  } catch (e) {
    throw new LuatdError('PLUGIN', `${where}: cannot read it as JSON: ${(e as Error).message}`);
  }
  const manifest = checkManifest(raw, id, where);
  const main = manifest.main;
  if (main === undefined) throw new LuatdError('PLUGIN', `${where}: no init.lua in the folder and no 'main' module declared (a JS plugin declares "main": "index.mjs")`);
  const parts = main.split(/[\\/]/);
  if (path.isAbsolute(main) || !/\.m?js$/.test(main) || parts.some((x) => x === '' || x === '..' || x.startsWith('.'))) {
    throw new LuatdError('PLUGIN', `${where}: 'main' must be a relative path to a .js or .mjs file inside the plugin folder (no '..', no dot-files), got ${JSON.stringify(main)}`);
  }
  const file = path.join(folder, main);
  if (!existsSync(file)) throw new LuatdError('PLUGIN', `${where}: 'main' names ${JSON.stringify(main)}, which does not exist`);
  // a symlink must not lead the import out of the folder either
  const real = realpathSync(file);
  const root = realpathSync(folder);
  if (!real.startsWith(root + path.sep)) throw new LuatdError('PLUGIN', `${where}: 'main' resolves outside the plugin folder (${real})`);
  return { manifest, file };
}

/**
 * Load the JS/TS plugin of a folder: its plugin.json declares the name and the module; only
 * then is the module imported. The module's own `name`, when it has one, must match.
 */
export async function loadJsPluginFolder(folder: string): Promise<TsPlugin> {
  const { manifest, file } = jsPluginManifest(folder);
  return loadTsPlugin(file, manifest.name);
}

/**
 * Import a plugin module (fresh on each call, so a reload sees the edited file) and check it.
 * With `expectedName` (the name its manifest declares), the module may leave out `name`, and
 * a different one is refused.
 */
export async function loadTsPlugin(file: string, expectedName?: string): Promise<TsPlugin> {
  let mod: unknown;
  try {
    // the query string defeats the ESM cache: a hot reload must see the new file
    mod = await import(pathToFileURL(file).href + `?v=${Date.now()}`);
  } catch (e) {
    throw new LuatdError('PLUGIN', `${file}: cannot import: ${(e as Error).message}`);
  }
  return checkTsPlugin(mod, file, expectedName);
}

/**
 * The schema extended by plugins: `base` plus each plugin's constructors, types and functions.
 * A name the base (or an earlier plugin) already has is an error naming both.
 * Never mutates its inputs.
 */
export function mergeSchemas(base: SchemaIR, plugins: { name: string; ir: SchemaIR }[]): SchemaIR {
  if (plugins.length === 0) return base;
  const owner = new Map<string, string>();
  for (const c of base.constructors) owner.set(c.name, base.source);
  for (const f of base.functions) owner.set(f.name, base.source);
  const types = new Map<string, AbstractType>(base.types.map((t) => [t.name, t]));
  const constructors = [...base.constructors];
  const functions = [...base.functions];
  const builtins = [...base.builtins];
  for (const p of plugins) {
    for (const item of [...p.ir.constructors, ...p.ir.functions]) {
      const prev = owner.get(item.name);
      if (prev !== undefined) throw new LuatdError('PLUGIN', `plugin '${p.name}': ${item.name} is already defined by ${prev}`);
      owner.set(item.name, `plugin '${p.name}'`);
    }
    constructors.push(...p.ir.constructors);
    functions.push(...p.ir.functions);
    for (const b of p.ir.builtins) if (!builtins.some((x) => x.name === b.name)) builtins.push(b);
    for (const t of p.ir.types) {
      const had = types.get(t.name);
      types.set(t.name, had ? { ...had, constructors: [...had.constructors, ...t.constructors.filter((c) => !had.constructors.includes(c))] } : t);
    }
  }
  return {
    irVersion: 1,
    source: `${base.source} + ${plugins.map((p) => p.name).join(', ')}`,
    builtins,
    types: [...types.values()],
    constructors,
    functions,
  };
}

/** Options of PluginClient. */
export interface PluginClientOptions {
  /**
   * A handler whose promise has not settled after this many milliseconds answers error 504
   * naming the plugin and the function (the caller goes on; a late answer is dropped). 0: no
   * limit. Hosts give `--max-slice` + `--hard-stop-grace`.
   */
  handlerTimeoutMs?: number;
}

/**
 * A Client that answers the plugins' functions itself and passes everything else to `inner`.
 * Handler failures become TD error objects (code 500) naming the plugin, a handler that never
 * answers error 504 after `handlerTimeoutMs`; nothing is dropped, nothing hangs.
 */
export class PluginClient implements Client {
  readonly backend: string;
  private readonly routes = new Map<string, TsPlugin>();
  private readonly listeners = new Set<UpdateListener>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly inner: Client,
    plugins: TsPlugin[],
    private readonly opts: PluginClientOptions = {},
  ) {
    this.backend = inner.backend;
    for (const p of plugins) for (const f of p.handlers.keys()) this.routes.set(f, p);
    this.unsubscribe = inner.onUpdate((u) => this.deliver(u));
  }

  /** Route a request: a plugin's function to its handler, the rest to the inner client. */
  async invoke(request: TdObject): Promise<TdObject> {
    const p = this.routes.get(request._);
    if (!p) return this.inner.invoke(request);
    const { _: fn, ...params } = request;
    const ctx: HandlerContext = { client: this.inner, plugin: p.name, emit: (u) => this.deliver(u) };
    try {
      const r = await this.inTime(Promise.resolve((p.handlers.get(fn) as Handler)(params, ctx)), p.name, fn);
      if (r === undefined) return { _: 'ok' };
      if (!r || typeof r !== 'object' || typeof (r as TdObject)._ !== 'string') {
        return tdError(500, `plugin '${p.name}': ${fn} returned ${r === null ? 'null' : typeof r}, not an object with '_'`);
      }
      return r as TdObject;
    } catch (e) {
      return tdError(500, `plugin '${p.name}': ${fn} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The handler's answer, or a 504 error object once `handlerTimeoutMs` has passed. */
  private inTime(answer: Promise<unknown>, plugin: string, fn: string): Promise<unknown> {
    const ms = this.opts.handlerTimeoutMs ?? 0;
    if (!(ms > 0)) return answer;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<TdObject>((resolve) => {
      timer = setTimeout(() => resolve(tdError(504, `plugin '${plugin}': ${fn} did not answer within ${ms} ms`)), ms);
    });
    answer.catch(() => undefined); // a rejection after the deadline is nobody's business
    return Promise.race([answer, late]).finally(() => clearTimeout(timer));
  }

  /** Synchronous answers only for the core's functions (a handler may be async). */
  invokeSync(request: TdObject): TdObject | undefined {
    if (this.routes.has(request._)) return undefined;
    return this.inner.invokeSync?.(request);
  }

  onUpdate(listener: UpdateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.inner.close();
  }

  private deliver(u: TdObject): void {
    for (const l of [...this.listeners]) {
      try {
        l(u);
      } catch {
        // listeners must not throw (Client contract); one that does must not starve the others
      }
    }
  }
}
