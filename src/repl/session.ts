/**
 * A REPL session: the embedded core, the plugins, and one sandboxed VM (the Lua host's
 * LuaRuntime, same sandbox and limits as `luatd run`) whose globals persist between chunks,
 * also when a limit or Ctrl-C ends a chunk. It implements `ReplBackend` for the readline loop in
 * repl.ts; `luatd repl` runs it in a worker (worker-session.ts) so that Ctrl-C reaches running Lua.
 */
import { LuaRuntime, formatError } from '../lua/runtime.js';
import { backendSchema, openCore, type CoreOptions } from '../lua/core-open.js';
import type { Limits } from '../lua/limits.js';
import { isLuatdError } from '../errors.js';
import type { Client } from '../core/client.js';
import type { SchemaIR } from '../schema/ir.js';
import { describe as describePage } from '../docs/describe.js';
import { openPlugins, type OpenedPlugins, type PluginEvent } from '../plugins/manager.js';
import { PRETTY_LUA, DEFAULT_PRETTY, type PrettyOptions } from './pretty.js';
import { LIST_KEYS_LUA } from './complete.js';
import type { ReplBackend, ReplCommand } from './repl.js';
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
  /** Polled by the instruction hook: true interrupts the running chunk (Ctrl-C when the VM runs in a worker). */
  interrupted?: () => boolean;
}

/** An open REPL session. */
export interface Session {
  backend: ReplBackend;
  /** `.help NAME` pages. */
  describe(name: string): string | undefined;
  /** Plugins' `.commands`. */
  commands(): Map<string, ReplCommand>;
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
  const fnNames = new Set(schema.functions.map((f) => f.name));
  // one VM for the whole session: a limit or Ctrl-C ends the chunk, never the session's state
  const runtime = new LuaRuntime({
    client: plugins.client,
    schema,
    limits: opts.limits,
    modulePaths: opts.modulePaths,
    permissions: opts.permissions,
    write: opts.write,
    print: opts.print,
    onHandlerError: (e) => opts.print(`error in update handler: ${formatError(e)}`),
    interrupted: opts.interrupted,
  });
  // the printer and the key lister are made before any user code runs: a chunk redefining
  // tostring, type or string.format cannot change how values are shown
  const printer = runtime.prepare(PRETTY_LUA, '=luatd printer');
  const lister = runtime.prepare(LIST_KEYS_LUA, '=luatd completion');
  let running = 0;

  const backend: ReplBackend = {
    async evaluate(code, o) {
      const pretty: PrettyOptions = { ...DEFAULT_PRETTY, color: o.color, width: opts.width ?? DEFAULT_PRETTY.width };
      const lit = `{color=${pretty.color},depth=${pretty.depth},items=${pretty.items},width=${pretty.width},strlen=${pretty.strlen}}`;
      // the printer call and the user's chunk share line 1, so error positions stay the user's
      const src = o.print ? `return (...)(${lit}, (function(...) ${code}\nend)())` : code;
      running++;
      try {
        const r = await runtime.exec(src, o.chunkname ?? '=stdin', o.print ? [printer] : []);
        return { ok: true, output: o.print ? r.values[0] : undefined };
      } catch (e) {
        // os.exit(code): the session ends with that code
        if (isLuatdError(e) && typeof e.details.exitCode === 'number') return { ok: true, exitCode: e.details.exitCode };
        return { ok: false, error: isLuatdError(e) ? e.message : String(e) };
      } finally {
        running--;
      }
    },
    async keys(path) {
      if (path.length === 0) return runtime.globalNames().filter((n) => !n.startsWith('__'));
      if (path.length === 1 && path[0] === 'td') return [...fnNames];
      const args = path.map((p) => JSON.stringify(p)).join(', ');
      const r = await runtime.exec(`return (...)(${args})`, '=completion', [lister]);
      return (r.values[0] ?? '').split('\n').filter((x) => x !== '');
    },
    cancel() {
      if (running === 0) return false;
      // ends the chunk as a limit does (pcall cannot catch it); Lua code that is running is
      // reached through `interrupted` when the VM runs in a worker
      runtime.abort('interrupted (Ctrl-C)');
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
    async close() {
      runtime.close();
      await plugins.close();
      if (owned) await core.close();
    },
  };
}
