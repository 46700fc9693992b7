/**
 * One Lua plugin instance: its own sandboxed VM (LuaRuntime from the Lua host: same sandbox
 * and limits as scripts), a GuardClient enforcing its manifest, its KV store view.
 *
 * Two phases, so that a hot reload can keep the last good version running until the new one
 * is known to be sound: `prepare` runs init.lua and checks the manifest (the main chunk then
 * waits), `activate` registers the update and command handlers and calls on_load.
 */
import { LuaRuntime, formatError } from '../lua/runtime.js';
import type { Limits } from '../lua/limits.js';
import { LuatdError, isLuatdError } from '../errors.js';
import type { Client } from '../core/client.js';
import type { SchemaIR } from '../schema/ir.js';
import { GuardClient } from './guard.js';
import { checkManifest, type PluginManifest } from './manifest.js';
import { PLUGIN_RUNTIME_LUA } from './runtime-lua.js';
import type { PluginKv } from './kv.js';
import { pluginLines, visible } from './visible.js';

/** The source of one version of a plugin (kept in memory: a failed reload restores it). */
export interface PluginSource {
  /** Folder name. */
  id: string;
  /**
   * The plugin's name, decided before any of its code runs (plugin.json's `name`, else the
   * folder name): its storage and its place among the plugins belong to this name.
   */
  name: string;
  dir: string;
  init: string;
  /** plugin.json's text, when the folder has one. */
  json?: string;
}

/** What the plugin offers, once prepared. */
export interface PluginInfo {
  manifest: PluginManifest;
  /** Update types with a handler in its `on` table. */
  handlers: string[];
  /** `/name` chat commands. */
  commands: string[];
  /** `.name` REPL commands. */
  repl: string[];
}

/** Shared settings of every plugin VM. */
export interface LuaPluginEnv {
  client: Client;
  schema: SchemaIR;
  limits?: Partial<Limits>;
  /** Lines the plugin prints, already prefixed with `[name] ` (control characters escaped). */
  print: (line: string) => void;
  /** The KV view of a plugin name. */
  storage: (name: string) => PluginKv;
}

/** Called once when a running plugin fails (uncaught error in a handler, a limit). */
export type CrashListener = (error: LuatdError) => void;

/** Quote a JS string as a Lua string literal (for values passed in generated chunks). */
export function luaQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (c < 32 || c === 127) out += '\\' + String(c).padStart(3, '0');
    else out += ch;
  }
  return out + '"';
}

// main chunk: plugin runtime, then wait for activation, then handlers and on_load
const MAIN = (name: string): string => `
local ipairs, on, error, load = ipairs, on, error, load -- init.lua may delete globals: keep ours
local H = __luatd_plugin
__luatd_plugin = nil
local runtime = load(${luaQuote(PLUGIN_RUNTIME_LUA)}, "=luatd plugin runtime", "t")
local init, err = load(H.source(), ${luaQuote('@' + name + '/init.lua')}, "t")
if not init then error(err, 0) end
local info = runtime(${luaQuote(name)}, H.api(), H.permissions(), { get = H.get, set = H.set, keys = H.keys }, init, H.reply(), H.replyTo())
local dispatch = info.dispatch
info.dispatch = nil
H.ready(info)
if not H.go() then return end
for _, t in ipairs(info.handlers) do
  on(t, function(u) return dispatch("update", u) end)
end
__luatd_dispatch = dispatch
dispatch("load")
H.loaded()
`;

/** A running (or prepared) Lua plugin. */
export class LuaPlugin {
  /** Its name (from plugin.json, else the folder name), fixed before init.lua runs. */
  readonly name: string;
  info: PluginInfo | undefined;
  private readonly runtime: LuaRuntime;
  private readonly guard: GuardClient;
  private readyWait!: { resolve: (i: PluginInfo) => void; reject: (e: LuatdError) => void };
  private goResolve: ((go: boolean) => void) | undefined;
  private loadedWait!: { resolve: () => void; reject: (e: LuatdError) => void };
  private crashed = false;
  private closed = false;
  private onCrash: CrashListener | undefined;
  private readonly jsonManifest: PluginManifest | undefined;

  private constructor(
    readonly source: PluginSource,
    private readonly env: LuaPluginEnv,
  ) {
    this.jsonManifest = source.json === undefined ? undefined : parseJsonManifest(source);
    this.name = source.name;
    this.guard = new GuardClient(env.client, this.name);
    this.guard.manifest = this.jsonManifest;
    const kv = env.storage(this.name);
    const apiNames = env.schema.functions.map((f) => f.name);
    this.runtime = new LuaRuntime({
      client: this.guard,
      schema: env.schema,
      limits: env.limits,
      print: (line) => {
        for (const l of pluginLines(`[${this.name}] `, line)) env.print(l);
      },
      onHandlerError: (e) => this.fail(e),
      modulePaths: [source.dir],
      // plugins stay sandboxed whatever the flags of the command that loads them
      plugin: true,
    });
    // one table of private host functions; the main chunk takes it and removes the global
    const fns: Record<string, (...a: unknown[]) => unknown> = {
      source: () => source.init,
      api: () => apiNames,
      reply: () => replyShape(env.schema),
      replyTo: () => (env.schema.functions.find((f) => f.name === 'sendMessage')?.params.some((p) => p.name === 'reply_to_message_id') ? 'reply_to_message_id' : null),
      permissions: () => this.jsonManifest?.permissions ?? null,
      get: (k) => kv.get(k as string) ?? null,
      set: (k, v) => {
        kv.set(k as string, v);
        return null;
      },
      keys: () => kv.keys(),
      ready: (info) => this.onReady(info),
      go: () => new Promise<boolean>((resolve) => (this.goResolve = resolve)),
      loaded: () => {
        this.loadedWait.resolve();
        return null;
      },
    };
    for (const [k, f] of Object.entries(fns)) this.runtime.registerGlobal(`__luatd_p_${k}`, f);
  }

  /**
   * Run init.lua and check the manifest. Resolves with the prepared plugin (not yet receiving
   * updates), or rejects with LuatdError(PLUGIN) saying why it cannot load.
   */
  static async prepare(source: PluginSource, env: LuaPluginEnv): Promise<LuaPlugin> {
    const p = new LuaPlugin(source, env);
    const ready = new Promise<PluginInfo>((resolve, reject) => (p.readyWait = { resolve, reject }));
    const loaded = new Promise<void>((resolve, reject) => (p.loadedWait = { resolve, reject }));
    loaded.catch(() => undefined);
    const glue = `local __luatd_plugin = {}\nfor _, k in ipairs({"source","api","reply","replyTo","permissions","get","set","keys","ready","go","loaded"}) do __luatd_plugin[k] = _ENV["__luatd_p_" .. k]; _ENV["__luatd_p_" .. k] = nil end\n_ENV.__luatd_plugin = __luatd_plugin\n`;
    const outcome = p.runtime.run(glue + MAIN(p.name), { chunkName: `=${p.name} (plugin host)` });
    outcome.then((o) => {
      if (o.status === 'ok') return;
      const e = o.error ?? new LuatdError('LUA_RUNTIME', 'stopped');
      p.readyWait.reject(e);
      p.loadedWait.reject(e);
      p.fail(e);
    });
    try {
      p.info = await ready;
    } catch (e) {
      p.close();
      throw new LuatdError('PLUGIN', `plugin '${p.name}': ${describe(e)}`);
    }
    p.loadedPromise = loaded;
    return p;
  }

  private loadedPromise: Promise<void> | undefined;

  private onReady(raw: unknown): null {
    try {
      const r = raw as { manifest?: Record<string, unknown>; handlers?: unknown; commands?: unknown; repl?: unknown };
      const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
      const tableName = r.manifest?.name;
      if (tableName !== undefined && tableName !== this.name) {
        const from = this.jsonManifest ? "plugin.json's" : 'its folder';
        throw new LuatdError('PLUGIN', `init.lua says its name is ${JSON.stringify(visible(String(tableName)))} but the plugin is named '${this.name}' (${from} name; a plugin's name is decided before its code runs)`);
      }
      const manifest: PluginManifest = this.jsonManifest ?? checkManifest({ ...(r.manifest ?? {}), name: this.name }, this.source.id, `${this.source.id}/init.lua`);
      const fnNames = new Set(this.env.schema.functions.map((f) => f.name));
      for (const p of manifest.permissions) {
        if (p !== '*' && !fnNames.has(p)) throw new LuatdError('PLUGIN', `permissions: unknown function '${p}'`);
      }
      const ctorNames = new Set(this.env.schema.constructors.map((c) => c.name));
      for (const u of manifest.updates) {
        if (u !== '*' && !ctorNames.has(u)) throw new LuatdError('PLUGIN', `updates: unknown update type '${u}'`);
      }
      this.guard.manifest = manifest;
      const commands = list(r.commands);
      this.info = { manifest, handlers: list(r.handlers), commands, repl: list(r.repl) };
      for (const h of this.info.handlers) {
        if (!manifest.updates.includes('*') && !manifest.updates.includes(h)) {
          throw new LuatdError('PLUGIN', `it handles ${h} but its manifest's 'updates' does not list it`);
        }
      }
      this.readyWait.resolve(this.info);
    } catch (e) {
      this.readyWait.reject(e as LuatdError);
      this.goResolve?.(false);
      // the main chunk is waiting in go(); let it end
      queueMicrotask(() => this.goResolve?.(false));
    }
    return null;
  }

  /** Start receiving updates and call on_load. Rejects (and closes the VM) when on_load fails. */
  async activate(onCrash: CrashListener): Promise<void> {
    this.onCrash = onCrash;
    // go() is called by the main chunk right after ready(); wait for it to be pending
    for (let i = 0; i < 100 && !this.goResolve; i++) await new Promise((r) => setImmediate(r));
    if (!this.goResolve) throw new LuatdError('PLUGIN', `plugin '${this.name}': its VM did not reach activation`);
    this.goResolve(true);
    try {
      await this.loadedPromise;
    } catch (e) {
      this.close();
      throw new LuatdError('PLUGIN', `plugin '${this.name}': on_load failed: ${describe(e)}`);
    }
    const commands = this.info?.commands ?? [];
    if (commands.length > 0 && !this.closed) {
      // only the messages addressed to its commands; its `updates` decide what else it sees
      this.guard.onCommand(new Set(commands), (u) => {
        // never resume Lua from inside the client's callback (it may be inside an API call)
        setImmediate(() => {
          this.deliver('chat', u).catch((e: unknown) => this.fail(isLuatdError(e) ? e : new LuatdError('LUA_RUNTIME', String(e))));
        });
      });
    }
  }

  /** Run a `.name` REPL command; resolves with what it returned (as tostring shows it), or undefined. */
  async replCommand(cmd: string, args: string): Promise<string | undefined> {
    if (this.closed) throw new LuatdError('PLUGIN', `plugin '${this.name}' is not running`);
    try {
      const r = await this.runtime.exec(`return __luatd_dispatch("repl", ${luaQuote(cmd)}, ${luaQuote(args)})`, `=${this.name}`);
      // shown at the REPL: its lines stay lines, the rest is escaped
      return r.values.length === 0 || r.values[0] === 'nil' ? undefined : r.values.join('\t').split('\n').map(visible).join('\n');
    } catch (e) {
      if (isLuatdError(e) && e.code.startsWith('LIMIT')) this.fail(e);
      throw e;
    }
  }

  private inbox: unknown[] = [];
  private inboxReady = false;

  /**
   * Deliver something to the plugin as if it came from the core, for `luatd plugins test`:
   * `chat` (an updateNewMessage whose text may be a /command) or `update` (any update object).
   * Resolves with what the handler returned (as tostring shows it), or undefined.
   */
  async simulate(kind: 'chat' | 'update', update: Record<string, unknown>): Promise<string | undefined> {
    try {
      return await this.deliver(kind, update);
    } catch (e) {
      if (isLuatdError(e) && e.code.startsWith('LIMIT')) this.fail(e);
      throw e;
    }
  }

  /** Run the plugin's dispatcher on one update (as a task of its VM); rejects with its error. */
  private async deliver(kind: 'chat' | 'update', update: Record<string, unknown>): Promise<string | undefined> {
    if (this.closed) throw new LuatdError('PLUGIN', `plugin '${this.name}' is not running`);
    if (!this.inboxReady) {
      this.runtime.registerGlobal('__luatd_inbox', () => this.inbox.shift() ?? null);
      this.inboxReady = true;
    }
    this.inbox.push(update);
    const r = await this.runtime.exec(`return __luatd_dispatch(${luaQuote(kind)}, __luatd_inbox())`, `=${this.name}`);
    return r.values.length === 0 || r.values[0] === 'nil' ? undefined : r.values.join('\t');
  }

  /** Call on_unload (errors are returned, not thrown) and release the VM. */
  async unload(): Promise<LuatdError | undefined> {
    if (this.closed) return undefined;
    let err: LuatdError | undefined;
    if (!this.crashed && this.info) {
      try {
        await this.runtime.exec('if __luatd_dispatch then return __luatd_dispatch("unload") end', `=${this.name}`);
      } catch (e) {
        err = isLuatdError(e) ? e : new LuatdError('LUA_RUNTIME', String(e));
      }
    }
    this.close();
    return err;
  }

  /** Release the VM now (no on_unload). Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.goResolve?.(false);
    this.runtime.close();
    void this.guard.close();
  }

  private fail(e: LuatdError): void {
    if (this.crashed || this.closed) return;
    this.crashed = true;
    const cb = this.onCrash;
    this.close();
    cb?.(e);
  }
}

/** How the schema's inputMessageText carries its text (for automatic replies to /commands). */
function replyShape(schema: SchemaIR): 'string' | 'formatted' | 'none' {
  const c = schema.constructors.find((x) => x.name === 'inputMessageText');
  const t = c?.params.find((p) => p.name === 'text')?.type;
  if (!t) return 'none';
  if (t.kind === 'builtin' && t.builtin === 'string') return 'string';
  if ((t.kind === 'type' && t.name === 'FormattedText') || (t.kind === 'constructor' && t.name === 'formattedText')) return 'formatted';
  return 'none';
}

function parseJsonManifest(src: PluginSource): PluginManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(src.json as string);
  } catch (e) {
    throw new LuatdError('PLUGIN', `${src.id}/plugin.json: not valid JSON: ${(e as Error).message}`);
  }
  return checkManifest(raw, src.id, `${src.id}/plugin.json`);
}

function describe(e: unknown): string {
  if (isLuatdError(e)) return formatError(e).split('\n')[0];
  return e instanceof Error ? e.message : String(e);
}
