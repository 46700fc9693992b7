/**
 * A REPL session: the embedded core, the plugins, and one sandboxed VM (the Lua host's
 * LuaRuntime, same sandbox and limits as `luatd run`) whose globals persist between chunks.
 * It implements `ReplBackend` for the readline loop in repl.ts.
 */
import { LuaRuntime, formatError } from '../lua/runtime.js';
import { backendSchema, openCore, type CoreOptions } from '../lua/core-open.js';
import type { Limits } from '../lua/limits.js';
import { LuatdError, isLuatdError } from '../errors.js';
import type { Client, TdObject, UpdateListener } from '../core/client.js';
import type { SchemaIR } from '../schema/ir.js';
import { describe as describePage } from '../docs/describe.js';
import { openPlugins, type OpenedPlugins, type PluginEvent } from '../plugins/manager.js';
import { PRETTY_LUA, DEFAULT_PRETTY, type PrettyOptions } from './pretty.js';
import { LIST_KEYS_LUA } from './complete.js';
import type { EvalResult, ReplBackend, ReplCommand } from './repl.js';
import type { Permissions } from '../lua/permissions.js';

/** Options of a REPL session (the same choices as `luatd run`, plus plugins). */
export interface SessionOptions extends CoreOptions {
  /** Use this client instead of opening the embedded core (the session does not close it). */
  client?: Client;
  /** A .tl schema file (default: ours). */
  schema?: string;
  /** Plugin directories. */
  pluginDirs?: string[];
  limits?: Partial<Limits>;
  /** Extra folders `require` searches. */
  modulePaths?: string[];
  /** What the REPL's chunks may do beyond the sandbox (plugins stay sandboxed). */
  permissions?: Permissions;
  /** Where io.stdout (1) and io.stderr (2) write. Default: through `print`. */
  write?: (fd: 1 | 2, bytes: Uint8Array) => void;
  /** Output of `print` (the REPL VM's and the plugins'). */
  print: (line: string) => void;
  /** Plugin status changes. */
  report?: (e: PluginEvent) => void;
  /** Watch plugin folders for hot reload (default true). */
  watchPlugins?: boolean;
  /** Width of pretty-printed values. */
  width?: number;
}

/**
 * Lua source on one line (comments dropped), so that it can be put in front of the user's
 * chunk without moving the user's line numbers.
 */
function oneLine(src: string): string {
  return src
    .split('\n')
    .map((l) => l.replace(/^\s*--.*$/, '').replace(/\s+--\s[^"]*$/, ''))
    .join(' ');
}
const PRETTY_INLINE = oneLine(PRETTY_LUA);
const KEYS_INLINE = oneLine(LIST_KEYS_LUA);

/** A client in front of the REPL's VM that can abandon the calls of a chunk on Ctrl-C. */
class CancellableClient implements Client {
  readonly backend: string;
  private readonly pending = new Set<(e: Error) => void>();
  /** Set by cancel(); further calls of the cancelled chunk fail at once until the next chunk starts. */
  cancelled = false;

  constructor(private readonly inner: Client) {
    this.backend = inner.backend;
  }

  invoke(request: TdObject): Promise<TdObject> {
    if (this.cancelled) return Promise.reject(new LuatdError('USAGE', 'cancelled (Ctrl-C)'));
    return new Promise<TdObject>((resolve, reject) => {
      const onCancel = (e: Error): void => reject(e);
      this.pending.add(onCancel);
      this.inner.invoke(request).then(
        (r) => {
          this.pending.delete(onCancel);
          resolve(r);
        },
        (e) => {
          this.pending.delete(onCancel);
          reject(e);
        },
      );
    });
  }

  invokeSync(request: TdObject): TdObject | undefined {
    if (this.cancelled) throw new LuatdError('USAGE', 'cancelled (Ctrl-C)');
    return this.inner.invokeSync?.(request);
  }

  onUpdate(listener: UpdateListener): () => void {
    return this.inner.onUpdate(listener);
  }

  /** Reject every pending call; true when there was one. */
  cancel(): boolean {
    this.cancelled = true;
    const had = this.pending.size > 0;
    for (const r of [...this.pending]) r(new LuatdError('USAGE', 'cancelled (Ctrl-C)'));
    this.pending.clear();
    return had;
  }

  async close(): Promise<void> {
    // the session owns the inner client
  }
}

/** An open REPL session. */
export interface Session {
  backend: ReplBackend;
  /** `.help NAME` pages. */
  describe(name: string): string | undefined;
  /** Plugins' `.commands`. */
  commands(): Map<string, ReplCommand>;
  /** The plugins (for status listings). */
  plugins: OpenedPlugins;
  /** Unload plugins, release the VM, close the core (if the session opened it). */
  close(): Promise<void>;
}

/** Open the core, the plugins and the REPL's VM. Throws LuatdError when the setup is unusable. */
export async function openSession(opts: SessionOptions): Promise<Session> {
  const base: SchemaIR = await backendSchema(opts, opts.schema);
  const owned = !opts.client;
  const core = opts.client ?? (await openCore(opts, opts.schema));
  let plugins: OpenedPlugins;
  try {
    plugins = await openPlugins({
      dirs: opts.pluginDirs ?? [],
      client: core,
      schema: base,
      dataDir: opts.memory ? undefined : opts.dataDir,
      limits: opts.limits,
      print: opts.print,
      report: opts.report,
      watch: opts.watchPlugins ?? true,
    });
  } catch (e) {
    if (owned) await core.close();
    throw e;
  }
  const schema = plugins.schema;
  const client = new CancellableClient(plugins.client);
  const fnNames = new Set(schema.functions.map((f) => f.name));
  const newRuntime = (): LuaRuntime =>
    new LuaRuntime({
      client,
      schema,
      limits: opts.limits,
      modulePaths: opts.modulePaths,
      permissions: opts.permissions,
      write: opts.write,
      print: opts.print,
      onHandlerError: (e) => opts.print(`error in update handler: ${formatError(e)}`),
    });
  let runtime = newRuntime();
  let abandon: ((r: EvalResult) => void) | undefined;

  const backend: ReplBackend = {
    async evaluate(code, o) {
      client.cancelled = false;
      const pretty: PrettyOptions = { ...DEFAULT_PRETTY, color: o.color, width: opts.width ?? DEFAULT_PRETTY.width };
      const lit = `{color=${pretty.color},depth=${pretty.depth},items=${pretty.items},width=${pretty.width},strlen=${pretty.strlen}}`;
      // the printer and the user's chunk share line 1, so error positions stay the user's
      const src = o.print ? `local __pp = (function() ${PRETTY_INLINE} end)() return __pp(${lit}, (function(...) ${code}\nend)(...))` : code;
      const chunkname = o.chunkname ?? '=stdin';
      const run = runtime.exec(src, chunkname).then(
        (r): EvalResult => ({ ok: true, output: o.print ? r.values[0] : undefined }),
        (e): EvalResult => {
          // os.exit(code): the session ends with that code
          if (isLuatdError(e) && typeof e.details.exitCode === 'number') return { ok: true, exitCode: e.details.exitCode };
          if (isLuatdError(e) && runtime.killed) {
            // a limit stopped the VM for good: start a fresh one so the session goes on
            runtime.close();
            runtime = newRuntime();
            return { ok: false, error: `${e.message}\n(the session's Lua state was reset: globals are gone)` };
          }
          return { ok: false, error: isLuatdError(e) ? e.message : String(e) };
        },
      );
      const stop = new Promise<EvalResult>((resolve) => (abandon = resolve));
      try {
        return await Promise.race([run, stop]);
      } finally {
        abandon = undefined;
      }
    },
    async keys(path) {
      if (path.length === 0) return runtime.globalNames().filter((n) => !n.startsWith('__'));
      if (path.length === 1 && path[0] === 'td') return [...fnNames];
      const args = path.map((p) => JSON.stringify(p)).join(', ');
      const r = await runtime.exec(`return (function() ${KEYS_INLINE} end)()(${args})`, '=completion');
      return (r.values[0] ?? '').split('\n').filter((x) => x !== '');
    },
    cancel() {
      if (!abandon) return false;
      client.cancel();
      const a = abandon;
      // a chunk waiting in sleep() or a loop cannot be interrupted from here: stop waiting for it
      setTimeout(() => a({ ok: false, error: 'cancelled (Ctrl-C)', cancelled: true }), 100).unref();
      return true;
    },
    schemas: () => [schema],
  };

  return {
    backend,
    describe(name) {
      try {
        return describePage(schema, name).replace(/\n$/, '');
      } catch {
        return undefined;
      }
    },
    commands: () => plugins.manager.replCommands(),
    plugins,
    async close() {
      runtime.close();
      await plugins.close();
      if (owned) await core.close();
    },
  };
}
