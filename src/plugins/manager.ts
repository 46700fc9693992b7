/**
 * The plugin manager: discovers plugins, loads them in a stable order (sorted by name within
 * each directory, directories in the order given), reports each one's status, routes REPL
 * commands, hot-reloads Lua plugins when their files change, and disables a plugin that
 * crashes or exceeds a limit while the others keep running.
 *
 * `openPlugins` is the entry point for `luatd run/repl/serve --plugins DIR`: it loads the
 * TS/JS plugins first (they extend the schema and the client), then the Lua plugins on top.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '../core/client.js';
import type { SchemaIR } from '../schema/ir.js';
import { ourSchema } from '../schema/parser.js';
import { resolveLimits, type Limits } from '../lua/limits.js';
import { LuatdError, isLuatdError } from '../errors.js';
import { discoverPlugins, type FoundPlugin } from './discover.js';
import { PluginStore } from './kv.js';
import { LuaPlugin, type PluginSource } from './lua-plugin.js';
import { jsPluginManifest, loadJsPluginFolder, loadTsPlugin, mergeSchemas, PluginClient, type TsPlugin } from './ts-plugin.js';
import { checkManifest, isPluginName } from './manifest.js';
import { visible } from './visible.js';
import { watchPath, type WatchOptions } from './watch.js';

/** A dot-command a plugin offers at the REPL (`.name args`); the REPL takes this shape from any source. */
export type ReplCommand = { help: string; run: (args: string) => Promise<string | undefined> };

/** What `luatd plugins list` shows for each plugin. */
export interface PluginStatus {
  name: string;
  kind: 'lua' | 'js';
  path: string;
  state: 'loaded' | 'disabled';
  /** Why it is disabled. */
  reason?: string;
  version: string;
  description: string;
  permissions: string[];
  updates: string[];
  /** `/name` chat commands (Lua) or API functions added (JS). */
  commands: string[];
  /** `.name` REPL commands. */
  repl: string[];
}

/** A status change, for the host to print. */
export interface PluginEvent {
  plugin: string;
  kind: 'loaded' | 'disabled' | 'reloaded' | 'reload-failed' | 'unloaded';
  message: string;
}

/** Options of `openPlugins`. */
export interface OpenPluginsOptions {
  /** Plugin directories, in priority order (`--plugins DIR`..., then the user's plugin folder). */
  dirs: string[];
  /** The core client. */
  client: Client;
  /** The active schema. */
  schema: SchemaIR;
  /** The core's data directory (the KV store lives there); undefined: in memory (--memory). */
  dataDir?: string;
  limits?: Partial<Limits>;
  /** Lines plugins print (prefixed `[name] `). Default: dropped. */
  print?: (line: string) => void;
  /** Status changes. Default: dropped. */
  report?: (e: PluginEvent) => void;
  /** Hot reload: watch Lua plugin folders (default false). */
  watch?: boolean | WatchOptions;
  /** Load only the plugin with this folder name (`luatd plugins test`). */
  only?: string;
}

/** Plugins opened for a host. */
export interface OpenedPlugins {
  /** The client scripts and the REPL should use: the core plus the JS plugins' functions. */
  client: Client;
  /** The schema scripts and the REPL should use: ours plus the JS plugins' TL. */
  schema: SchemaIR;
  manager: PluginManager;
  /** The plugins' KV store. */
  store: PluginStore;
  /** Unload every plugin, close the store (not the core client). */
  close(): Promise<void>;
}

/** Discover and load every plugin of `dirs`; never throws for a broken plugin (it is reported disabled). */
export async function openPlugins(opts: OpenPluginsOptions): Promise<OpenedPlugins> {
  const found = discoverPlugins(opts.dirs).filter((f) => opts.only === undefined || f.id === opts.only);
  const statuses: PluginStatus[] = [];
  const tsPlugins: TsPlugin[] = [];
  let schema = opts.schema;
  for (const f of found.filter((x) => x.kind === 'js')) {
    const base = jsStatus(f);
    try {
      // the manifest names the plugin and its module before any of its code runs
      const { manifest, file } = jsPluginManifest(f.path);
      Object.assign(base, { name: manifest.name, version: manifest.version, description: manifest.description });
      const twin = statuses.find((s) => s.name === manifest.name);
      if (twin) throw new LuatdError('PLUGIN', `another plugin is already named '${manifest.name}' (${twin.path})`);
      const p = await loadTsPlugin(file, manifest.name);
      schema = mergeSchemas(schema, [p]);
      tsPlugins.push(p);
      const st: PluginStatus = { ...base, state: 'loaded', commands: [...p.handlers.keys()] };
      statuses.push(st);
      opts.report?.({ plugin: p.name, kind: 'loaded', message: `plugin '${p.name}' loaded (adds ${st.commands.join(', ') || 'nothing'})` });
    } catch (e) {
      const reason = visible(e instanceof Error ? e.message : String(e));
      statuses.push({ ...base, state: 'disabled', reason });
      opts.report?.({ plugin: base.name, kind: 'disabled', message: `plugin '${base.name}' disabled: ${reason}` });
    }
  }
  // a handler gets the time a Lua slice gets before the hard stop: it cannot hang a script
  const limits = resolveLimits(opts.limits);
  const client = tsPlugins.length > 0 ? new PluginClient(opts.client, tsPlugins, { handlerTimeoutMs: limits.sliceMs + limits.hardStopGraceMs }) : opts.client;
  const store = new PluginStore(opts.dataDir);
  const manager = new PluginManager({ ...opts, client, schema, store }, statuses);
  await manager.start(found.filter((x) => x.kind === 'lua'));
  return {
    client,
    schema,
    manager,
    store,
    async close() {
      await manager.close();
      store.close();
    },
  };
}

/**
 * Load plugins next to an existing host (`createHost` from src/index.ts, or anything with a
 * client): the Lua plugins share its client. JS plugins' new functions reach only callers that
 * use the returned `client`/`schema`; to give them to scripts, call `openPlugins` first and
 * create the host with `plugins.client` and `plugins.schema`.
 */
export async function loadPlugins(host: { client: Client }, dirs: string[], opts: Partial<Omit<OpenPluginsOptions, 'dirs' | 'client'>> = {}): Promise<OpenedPlugins> {
  return openPlugins({ ...opts, dirs, client: host.client, schema: opts.schema ?? ourSchema() });
}

/**
 * The schema extended by the TS/JS plugins of `dirs` (no core, no Lua): for tools that only
 * describe the API (`luatd describe/docs --plugins DIR`). Broken plugins are left out; their
 * errors are returned.
 */
export async function extendSchema(base: SchemaIR, dirs: string[]): Promise<{ schema: SchemaIR; errors: string[] }> {
  let schema = base;
  const errors: string[] = [];
  for (const f of discoverPlugins(dirs).filter((x) => x.kind === 'js')) {
    try {
      schema = mergeSchemas(schema, [await loadJsPluginFolder(f.path)]);
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
    }
  }
  return { schema, errors };
}

function jsStatus(f: FoundPlugin): PluginStatus {
  return { name: f.id, kind: 'js', path: f.path, state: 'disabled', version: '', description: '', permissions: [], updates: [], commands: [], repl: [] };
}

interface Entry {
  found: FoundPlugin;
  status: PluginStatus;
  live?: LuaPlugin;
  /** The last source that loaded: a failed reload restores it. */
  good?: PluginSource;
  stopWatch?: () => void;
  /** Lifecycle operations of one plugin run one after the other. */
  chain: Promise<unknown>;
}

/** Lua plugins of one host. Build it through `openPlugins`. */
export class PluginManager {
  private readonly entries = new Map<string, Entry>();
  private readonly order: Entry[] = [];
  private closed = false;

  constructor(
    private readonly opts: OpenPluginsOptions & { store: PluginStore },
    private readonly fixed: PluginStatus[] = [],
  ) {}

  /**
   * Load the Lua plugins, in order; each one's status is reported. A plugin's name (plugin.json's
   * `name`, else its folder name) is decided and checked for uniqueness before any of its code
   * runs, so a duplicate never touches the first one's storage.
   */
  async start(found: FoundPlugin[]): Promise<void> {
    for (const f of found) {
      const entry: Entry = { found: f, status: emptyStatus(f), chain: Promise.resolve() };
      this.order.push(entry);
      let source: PluginSource | undefined;
      let unreadable: string | undefined;
      try {
        source = readSource(f);
        entry.status.name = source.name;
      } catch (e) {
        unreadable = (e as Error).message;
      }
      const name = entry.status.name;
      const taken = this.entries.get(name) ?? this.fixed.find((s) => s.name === name);
      if (taken) {
        this.disable(entry, `another plugin is already named '${name}' (${'found' in taken ? taken.found.path : taken.path})`);
        continue;
      }
      this.entries.set(name, entry);
      if (source) await this.load(entry, false, source);
      else this.disable(entry, unreadable ?? 'cannot read it');
      if (this.opts.watch) {
        const w = typeof this.opts.watch === 'object' ? this.opts.watch : {};
        entry.stopWatch = watchPath(f.path, () => void this.reload(entry.status.name), w);
      }
    }
  }

  /** Every plugin's status, JS plugins first, then Lua plugins in load order. */
  list(): PluginStatus[] {
    return [...this.fixed, ...this.order.map((e) => ({ ...e.status }))];
  }

  /** The status of one plugin. */
  status(name: string): PluginStatus | undefined {
    return this.list().find((s) => s.name === name);
  }

  /** The running instance of a Lua plugin (for `luatd plugins test`), or undefined. */
  instance(name: string): LuaPlugin | undefined {
    const e = this.entries.get(name);
    return e && e.status.state === 'loaded' ? e.live : undefined;
  }

  /** `.name` commands of the loaded plugins (the first plugin offering a name wins). */
  replCommands(): Map<string, ReplCommand> {
    const out = new Map<string, ReplCommand>();
    for (const e of this.order) {
      const live = e.live;
      if (!live || e.status.state !== 'loaded') continue;
      for (const c of live.info?.repl ?? []) {
        if (!out.has(c)) out.set(c, { help: `(plugin ${e.status.name})`, run: (args) => live.replCommand(c, args) });
      }
    }
    return out;
  }

  /**
   * Reload a plugin from disk: the new version is prepared first; if that fails, the running
   * version stays and the failure is reported. Resolves with the new status.
   */
  reload(name: string): Promise<PluginStatus | undefined> {
    const entry = this.entries.get(name) ?? this.order.find((e) => e.found.id === name);
    if (!entry) return Promise.resolve(undefined);
    const next = entry.chain.then(() => this.load(entry, true)).then(() => ({ ...entry.status }));
    entry.chain = next.catch(() => undefined);
    return next;
  }

  /** Unload every plugin (on_unload), stop watching. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const e of [...this.order].reverse()) {
      e.stopWatch?.();
      await e.chain;
      const err = await e.live?.unload();
      if (err) this.opts.report?.({ plugin: e.status.name, kind: 'unloaded', message: `plugin '${e.status.name}': on_unload failed: ${err.message}` });
      e.live = undefined;
    }
  }

  private async load(entry: Entry, isReload: boolean, read?: PluginSource): Promise<void> {
    if (this.closed) return;
    let source: PluginSource;
    try {
      source = read ?? readSource(entry.found);
    } catch (e) {
      return this.failed(entry, isReload, visible((e as Error).message));
    }
    if (source.name !== entry.status.name) {
      // decided before its code runs: a running plugin keeps its name (and its storage)
      if (entry.live) return this.failed(entry, isReload, `its name changed from '${entry.status.name}' to '${source.name}' (restart to rename a plugin)`);
      const other = this.entries.get(source.name) ?? this.fixed.find((s) => s.name === source.name);
      if (other && other !== entry) return this.failed(entry, isReload, `another plugin is already named '${source.name}'`);
      if (this.entries.get(entry.status.name) === entry) this.entries.delete(entry.status.name);
      this.entries.set(source.name, entry);
      entry.status = { ...entry.status, name: source.name };
    }
    let fresh: LuaPlugin;
    try {
      fresh = await LuaPlugin.prepare(source, this.env());
    } catch (e) {
      return this.failed(entry, isReload, describe(e));
    }
    // the new version is sound: retire the old one, then start the new one
    const old = entry.live;
    entry.live = undefined;
    if (old) {
      const err = await old.unload();
      if (err) this.opts.report?.({ plugin: old.name, kind: 'unloaded', message: `plugin '${old.name}': on_unload failed: ${err.message}` });
    }
    try {
      await fresh.activate((e) => this.crashed(entry, fresh, e));
    } catch (e) {
      const reason = describe(e);
      if (isReload && entry.good) {
        // on_load of the new version failed: bring the last good version back
        try {
          const back = await LuaPlugin.prepare(entry.good, this.env());
          await back.activate((x) => this.crashed(entry, back, x));
          entry.live = back;
          this.report(entry, 'reload-failed', `plugin '${entry.status.name}' reload failed: ${reason}; the previous version was restored`);
          return;
        } catch {
          // fall through: nothing runs now
        }
      }
      return this.failed(entry, false, reason);
    }
    entry.live = fresh;
    entry.good = source;
    const info = fresh.info!;
    entry.status = {
      ...emptyStatus(entry.found),
      name: fresh.name,
      state: 'loaded',
      version: info.manifest.version,
      description: info.manifest.description,
      permissions: info.manifest.permissions,
      updates: info.manifest.updates,
      commands: info.commands,
      repl: info.repl,
    };
    this.report(entry, isReload ? 'reloaded' : 'loaded', `plugin '${fresh.name}' ${isReload ? 'reloaded' : 'loaded'} (v${info.manifest.version})`);
  }

  private failed(entry: Entry, isReload: boolean, reason: string): void {
    if (isReload && entry.live) {
      this.report(entry, 'reload-failed', `plugin '${entry.status.name}' reload failed: ${reason}; keeping the previous version`);
      return;
    }
    this.disable(entry, reason);
  }

  private crashed(entry: Entry, which: LuaPlugin, e: LuatdError): void {
    if (entry.live !== which) return;
    entry.live = undefined;
    const what = e.code.startsWith('LIMIT') ? 'exceeded a limit' : 'crashed';
    this.disable(entry, `${what}: ${e.message.split('\n')[0]}`);
  }

  private disable(entry: Entry, reason: string): void {
    entry.status = { ...entry.status, state: 'disabled', reason: visible(reason) };
    this.report(entry, 'disabled', `plugin '${entry.status.name}' disabled: ${reason}`);
  }

  private report(entry: Entry, kind: PluginEvent['kind'], message: string): void {
    // reasons quote plugin errors: shown escaped, they cannot forge host lines or drive the terminal
    this.opts.report?.({ plugin: entry.status.name, kind, message: visible(message) });
  }

  private env() {
    return {
      client: this.opts.client,
      schema: this.opts.schema,
      limits: this.opts.limits,
      print: this.opts.print ?? (() => undefined),
      storage: (name: string) => this.opts.store.forPlugin(name),
    };
  }
}

function emptyStatus(f: FoundPlugin): PluginStatus {
  return { name: f.id, kind: f.kind, path: f.path, state: 'disabled', version: '', description: '', permissions: [], updates: [], commands: [], repl: [] };
}

/**
 * Read a Lua plugin's files and decide its name: plugin.json's `name`, else the folder name.
 * Throws LuatdError(IO) for unreadable files, LuatdError(PLUGIN) for a bad plugin.json.
 */
export function readSource(f: FoundPlugin): PluginSource {
  const initPath = path.join(f.path, 'init.lua');
  const jsonPath = path.join(f.path, 'plugin.json');
  let init: string;
  let json: string | undefined;
  try {
    init = readFileSync(initPath, 'utf8');
    json = existsSync(jsonPath) ? readFileSync(jsonPath, 'utf8') : undefined;
  } catch (e) {
    throw new LuatdError('IO', `cannot read ${f.path}: ${(e as Error).message}`);
  }
  let name = f.id;
  if (json === undefined && !isPluginName(f.id)) {
    throw new LuatdError('PLUGIN', `the folder name '${f.id}' is not a plugin name (letters, digits, _ and -): add a plugin.json with a "name"`);
  }
  if (json !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (e) {
      throw new LuatdError('PLUGIN', `${f.id}/plugin.json: not valid JSON: ${(e as Error).message}`);
    }
    name = checkManifest(raw, f.id, `${f.id}/plugin.json`).name;
  }
  return { id: f.id, name, dir: f.path, init, json };
}

function describe(e: unknown): string {
  if (isLuatdError(e)) return e.message.replace(/^plugin '[^']*': /, '');
  return e instanceof Error ? e.message : String(e);
}
