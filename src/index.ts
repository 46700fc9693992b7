/**
 * The luatd library: run Lua scripts against a TD-style API from your own program.
 *
 * ```ts
 * import { createHost } from 'luatd';
 * const host = await createHost({ memory: true, print: (line) => console.log(line) });
 * const outcome = await host.run('print(getAuthState()._)', { chunkName: 'hello.lua' });
 * await host.close();
 * ```
 * Library code never exits the process and never prints unless given `print`.
 */
import { readFileSync } from 'node:fs';
import { LuaRuntime, formatError, type HostFunction, type RunOutcome, type RunOptions, type ExecResult } from './lua/runtime.js';
import { backendSchema, openCore, type CoreOptions } from './lua/core-open.js';
import { runIsolated, type IsolatedRunOptions } from './lua/isolated.js';
import type { Limits } from './lua/limits.js';
import { checkPermissions, type Permissions } from './lua/permissions.js';
import { LuatdError } from './errors.js';
import type { Client, TdObject } from './core/client.js';
import type { SchemaIR } from './schema/ir.js';
import { loadSchema, ourSchema } from './schema/parser.js';

export { LuaRuntime, formatError, runIsolated };
export type { HostFunction, RunOutcome, RunOptions, ExecResult, Limits, CoreOptions, IsolatedRunOptions, Permissions };
export { DEFAULT_LIMITS, resolveLimits } from './lua/limits.js';
export { LuatdError, isLuatdError, ERROR_CODES } from './errors.js';
export type { ErrorCode } from './errors.js';
export { isTdError, tdError } from './core/client.js';
export type { Client, TdObject, TdError, UpdateListener } from './core/client.js';
// the layers below the host, for programs that want the schema or the core alone
export { parseTl, loadSchema, ourSchema } from './schema/parser.js';
export { SchemaIndex } from './schema/index.js';
export { validateRequest, validateObject, assertRequest } from './schema/validate.js';
export type { ValidationError, ValidationResult } from './schema/validate.js';
export type { SchemaIR, TypeRef, Param, Constructor, Method, AbstractType } from './schema/ir.js';
export { openEmbeddedCore, createMemoryNetwork, createBot, IMPLEMENTED_METHODS } from './core/index.js';
export type { EmbeddedCoreOptions, EmbeddedNetwork, CreatedBot, CreateBotOptions } from './core/index.js';
export { generateSite, writeSite, describe } from './docs/index.js';
export { HttpGateway, createUserToken, listUserTokens, revokeUserTokens } from './http/index.js';
export type { GatewayOptions, TokenInfo } from './http/index.js';

/** Options of createHost. Give `client`, or core options (`memory` / `dataDir` / `session`) to open the embedded core. */
export interface HostOptions extends CoreOptions {
  /** Use this client (the host does not close it). Default: open the embedded core. */
  client?: Client;
  /** The schema whose functions become globals: an IR or a .tl path. Default: our td_api.tl. */
  schema?: SchemaIR | string;
  /** Output of `print`, one line at a time. Default: dropped (subscribe with onOutput). */
  print?: (line: string) => void;
  /** Errors raised in update handlers (the script keeps running). Default: sent to the output. */
  onHandlerError?: (error: LuatdError) => void;
  /** Limits (time slice, total time, string size). The memory cap and the hard stop need runIsolated. */
  limits?: Partial<Limits>;
  /** Extra folders `require` searches. */
  modulePaths?: string[];
  /** Extra globals: JS functions callable from Lua. */
  globals?: Record<string, HostFunction>;
  /**
   * What scripts may do beyond the sandbox, as the CLI's --allow-* flags: `{read: true}`,
   * `{read: ['data'], env: ['HOME']}`, `{all: true}`... Default: the sandbox alone.
   */
  permissions?: Permissions;
  /** Where io.stdout (1) and io.stderr (2) write. Default: through `print`, a line at a time. */
  write?: (fd: 1 | 2, bytes: Uint8Array) => void;
}

/** A Lua host: one sandboxed VM bound to one client. */
export interface Host {
  /** Run a script (source text); resolves when it ends (for a bot: when it calls stop() or host.stop()). */
  run(source: string, opts?: RunOptions): Promise<RunOutcome>;
  /** Run a script file; its folder is searched by `require`. */
  runFile(file: string, opts?: Omit<RunOptions, 'scriptPath'>): Promise<RunOutcome>;
  /** Evaluate a chunk in the same VM (globals persist), returning its values as strings. Rejects with LuatdError. */
  exec(source: string, chunkName?: string): Promise<ExecResult>;
  /** Call an API method from JS, validated like Lua calls. API errors are data (`{_: 'error'}`). */
  call(method: string, params?: Record<string, unknown>): Promise<TdObject>;
  /** Add a global JS function (arguments converted to JS; a returned promise makes Lua wait). */
  register(name: string, fn: HostFunction): void;
  /** Subscribe to `print` output; returns an unsubscribe function. */
  onOutput(listener: (line: string) => void): () => void;
  /** End a running script as if it called stop(). */
  stop(): void;
  /** Stop, release the VM, and close the client if the host opened it. Idempotent. */
  close(): Promise<void>;
  /** The client in use. */
  readonly client: Client;
  /** The underlying runtime (for the REPL and tools). */
  readonly runtime: LuaRuntime;
}

/** Resolve a schema option to an IR. */
export function resolveSchema(schema: SchemaIR | string | undefined): SchemaIR {
  if (schema === undefined) return ourSchema();
  return typeof schema === 'string' ? loadSchema(schema) : schema;
}

/**
 * Create a Lua host. With `client` it is used as is; otherwise the embedded core is opened
 * (`memory: true`, or `dataDir` + `session`) and closed by `host.close()`.
 * Throws LuatdError (USAGE, IO, SCHEMA_PARSE, DATA_CORRUPT) when the setup is unusable.
 */
export async function createHost(opts: HostOptions = {}): Promise<Host> {
  // without a client, the backend chosen (`backend: 'tdlib'`) also decides the default schema
  const ir = opts.client ? resolveSchema(opts.schema) : await backendSchema(opts, opts.schema);
  const permissions = checkPermissions(opts.permissions);
  const owned = !opts.client;
  const client = opts.client ?? (await openCore(opts, opts.schema));
  const listeners = new Set<(line: string) => void>();
  if (opts.print) listeners.add(opts.print);
  const runtime = new LuaRuntime({
    client,
    schema: ir,
    print: (line) => {
      for (const l of listeners) l(line);
    },
    onHandlerError: opts.onHandlerError,
    limits: opts.limits,
    modulePaths: opts.modulePaths,
    globals: opts.globals,
    permissions,
    write: opts.write,
  });
  let closed = false;
  return {
    client,
    runtime,
    run: (source, runOpts) => runtime.run(source, runOpts),
    runFile: (file, runOpts) => {
      let src: Buffer;
      try {
        src = readFileSync(file);
      } catch (e) {
        return Promise.reject(new LuatdError('IO', `cannot read ${file}: ${(e as Error).message}`, { file }));
      }
      return runtime.run(src, { ...runOpts, chunkName: runOpts?.chunkName ?? file, scriptPath: file });
    },
    exec: (source, chunkName) => runtime.exec(source, chunkName),
    call: (method, params) => runtime.call(method, params),
    register: (name, fn) => runtime.registerGlobal(name, fn),
    onOutput: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    stop: () => runtime.stopRun(),
    close: async () => {
      if (closed) return;
      closed = true;
      runtime.close();
      if (owned) await client.close();
    },
  };
}
