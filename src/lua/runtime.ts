/**
 * One sandboxed Lua VM bound to one Client: the facade over the parts of the Lua host, as
 * wasmoon's engine is over its thread's resume loop.
 *
 * - sandbox.ts: the standard library, loaders and prelude a script gets;
 * - api-globals.ts: the API functions, `td`, invoke/check/print/sleep/on/off/stop;
 * - scheduler.ts: tasks (the main chunk, each handler call, each exec) and the one resume loop;
 * - hook.ts: the limits hook (time slice, total time, memory, interrupt) and the kill state;
 * - dispatch.ts: update handlers and delivery (legacy callbacks in lua/luatd/legacy.lua);
 * - report.ts: errors of Lua tasks as LuatdError, protected.
 *
 * This class owns the lifecycle: a run (main chunk, then handlers until stop()), exec (a chunk in
 * the same VM: the REPL's mode), stop, close. Within a worker (isolated.ts) it is the whole
 * script; in-process it is what the library, the REPL and plugins use.
 *
 * Over 400 lines because it also wires the permission-gated io/os.exit output path (stdout
 * buffering, blocking reads) into the lifecycle; that wiring is the next part to move out.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSandbox, compileChunk, type Sandbox } from './sandbox.js';
import { Grants, type Permissions } from './permissions.js';
import type { StdWriter } from './stdlib/files.js';
import { assertPatchedEngine, lua, lauxlib, pushString, decodeLenient, decodeStrict, key, utf8, type LuaState } from './fengari.js';
import { ApiSchema } from './schema-view.js';
import { resolveLimits, type Limits } from './limits.js';
import { LimitsHook } from './hook.js';
import { Scheduler } from './scheduler.js';
import { ApiGlobals, type HostFunction } from './api-globals.js';
import { UpdateDispatch } from './dispatch.js';
import { TdcliTranslator, tdcliCall } from './tdcli.js';
import { describeJsError, formatError, safeToString } from './report.js';
import { LuatdError, type ErrorCode } from '../errors.js';
import type { Client } from '../core/client.js';
import type { TdObject } from '../schema/object.js';
import type { SchemaIR } from '../schema/ir.js';
import { validateRequest, validationErrorToLuatd } from '../schema/validate.js';
import { luaLibDir } from '../paths.js';

export { describeJsError, formatError };
export type { HostFunction };

/** Options of a LuaRuntime. */
export interface RuntimeOptions {
  /** The backend every API call goes to. The runtime does not close it. */
  client: Client;
  /** The active schema: its functions become globals; requests are validated against it. */
  schema: SchemaIR;
  /** Where `print` goes (one call per line, without the newline). Default: dropped. */
  print?: (line: string) => void;
  /** Errors in update handlers (the bot keeps running). Default: printed through `print`. */
  onHandlerError?: (error: LuatdError) => void;
  /** Limits; see limits.ts for the defaults. */
  limits?: Partial<Limits>;
  /** Extra folders `require` searches (after the script's own folder, before the package's lua/). */
  modulePaths?: string[];
  /** Extra globals (JS functions). */
  globals?: Record<string, HostFunction>;
  /** Reads the JS heap in bytes; when given with limits.memoryMb, the hook raises LIMIT_MEMORY past it (worker runs). */
  heapUsed?: () => number;
  /** Polled by the instruction hook: true interrupts running Lua code (Ctrl-C while a script is busy). */
  interrupted?: () => boolean;
  /** Called when a slice of Lua starts (true) or ends (false): the worker's heartbeat to its supervisor. */
  onSlice?: (running: boolean) => void;
  /** What the script may do beyond the sandbox (see permissions.ts). Default: nothing. */
  permissions?: Permissions;
  /** A plugin's VM: no io, no os.exit, no permissions whatever the flags. */
  plugin?: boolean;
  /** Where io.stdout (1) and io.stderr (2) write. Default: both go through `print`, a line at a time. */
  write?: StdWriter;
  /**
   * Called with the time (ms) each host call (an API call into the core, a registered function)
   * took inside a slice: the slice limits count the script's own work, not the core's.
   */
  onHostTime?: (ms: number) => void;
  /**
   * `tdcli`: the script is a tdcli bot even if it also registers on() handlers (its
   * tdcli_update_callback gets tdcli's start-up updates). Without it, a script that defines
   * tdcli_update_callback and no on() handler is taken as one (docs/compat.md).
   */
  compat?: 'tdcli';
}

/** How a script ended. */
export interface RunOutcome {
  /** `ok`: finished (or called stop()); `error`: an uncaught error; `killed`: a limit ended it. */
  status: 'ok' | 'error' | 'killed';
  /** For `error` and `killed`: code LUA_RUNTIME/LUA_SYNTAX/LIMIT_*, message `chunk:line: ...`, details.traceback. */
  error?: LuatdError;
  /** Set when the script called os.exit: the code it chose (true is 0, false is 1). */
  exitCode?: number;
}

/** Options of one run. */
export interface RunOptions {
  /** Chunk name as shown in messages: the script path as given, `stdin`, `(command line)`. */
  chunkName?: string;
  /** Command-line arguments: `arg[1..n]` and `...` of the main chunk; `arg[0]` is the chunk name. */
  args?: string[];
  /** The script file, whose folder `require` searches first. */
  scriptPath?: string;
}

/** The result of exec(): the chunk's return values shown as `tostring` would. */
export interface ExecResult {
  values: string[];
}

/** One sandboxed Lua VM running scripts against one Client. */
export class LuaRuntime {
  /** The limits in force. */
  readonly limits: Limits;
  /** The schema view (method lookup, conversions). */
  readonly schema: ApiSchema;
  private readonly L: LuaState;
  private readonly client: Client;
  private readonly opts: RuntimeOptions;
  private readonly hook: LimitsHook;
  private readonly scheduler: Scheduler;
  private readonly dispatch: UpdateDispatch;
  private readonly api: ApiGlobals;
  /** No run in progress (updates are not delivered, waiting tasks end when they wake). */
  private finished = true;
  private stopped = false;
  private finish: ((o: RunOutcome) => void) | undefined;
  private scriptDir: string | undefined;
  private closed = false;
  private readonly sandbox: Sandbox;
  /** Partial line of io.stdout/io.stderr when they go through print. */
  private pendingOut = '';
  /** The error that ended the last run, if any. */
  private settledBy: LuatdError | undefined;

  constructor(opts: RuntimeOptions) {
    assertPatchedEngine();
    this.opts = opts;
    this.client = opts.client;
    this.schema = new ApiSchema(opts.schema);
    this.limits = resolveLimits(opts.limits);
    const L = (this.L = lauxlib.luaL_newstate());
    this.hook = new LimitsHook(this.limits, {
      heapUsed: opts.heapUsed,
      interrupted: opts.interrupted,
      onKill: (error) => this.onKill(error),
      onHostTime: opts.onHostTime,
    });
    this.scheduler = new Scheduler(L, { hook: this.hook, onSlice: opts.onSlice, isOver: () => this.finished, afterKill: () => this.recover() });
    const tdcli = new TdcliTranslator(this.schema);
    // one set of grants for the sandbox's io and the API's local file paths; plugins have none
    const grants = opts.plugin ? undefined : new Grants(opts.permissions);
    this.dispatch = new UpdateDispatch(L, {
      tdcli,
      tdcliCall: tdcliCall({ schema: this.schema, scheduler: this.scheduler, client: this.client, grants }, tdcli),
      schema: this.schema,
      scheduler: this.scheduler,
      isOver: () => this.finished || this.hook.killed !== undefined,
      onTaskError: (update, e) => this.onHandlerError(update, e),
    });
    this.api = new ApiGlobals(L, {
      schema: this.schema,
      client: this.client,
      scheduler: this.scheduler,
      dispatch: this.dispatch,
      // a partial io.write line ends with the printed text, as on a real stdout
      // handing output over is host time: a worker's print may wait there for a stalled reader
      print: (line) => {
        const out = this.pendingOut + line;
        this.pendingOut = '';
        this.hostTimed(() => this.opts.print?.(out));
      },
      stop: () => this.stopRun(),
      hostTime: this.hook,
      grants,
    });

    if (this.limits.maxStringBytes > 0) L.l_G.luatd_maxstrlen = this.limits.maxStringBytes;
    lua.lua_atnativeerror(L, (L1: LuaState) => {
      const e = lua.lua_touserdata(L1, 1);
      lauxlib.luaL_where(L1, 2);
      pushString(L1, describeJsError(e));
      lua.lua_concat(L1, 2);
      return 1;
    });
    // the count hook is inherited by every coroutine created after this point
    this.hook.install(L);
    this.sandbox = openSandbox(L, {
      moduleRoots: () => this.moduleRoots(),
      afterCatch: (L1) => (this.hook.killed ? this.hook.raiseKill(L1) : lua.lua_gettop(L1)),
      isHostThread: (co) => this.scheduler.isHostThread(co),
      isKilled: () => this.hook.killed !== undefined,
      script: opts.plugin
        ? undefined
        : {
            grants: grants ?? new Grants(opts.permissions),
            write: (fd, bytes) => this.hostTimed(() => (opts.write ? opts.write(fd, bytes) : this.printBytes(bytes))),
            blocking: (fn) => this.blocking(fn),
            exit: (L1, code) => {
              this.flushOut();
              this.hook.kill('LUA_RUNTIME', `the script called os.exit(${code})`, { exitCode: code });
              return this.hook.raiseKill(L1);
            },
            maxString: this.limits.maxStringBytes,
          },
    });
    this.api.install();
    this.dispatch.install();
    for (const [name, fn] of Object.entries(opts.globals ?? {})) this.api.register(name, fn);
  }

  /** io.write to stdout without a writer: whole lines go to print, the rest waits for its newline (or the end). */
  private printBytes(bytes: Uint8Array): void {
    const lines = (this.pendingOut + decodeLenient(bytes)).split('\n');
    this.pendingOut = lines.pop()!;
    for (const l of lines) this.opts.print?.(l);
  }

  private flushOut(): void {
    if (this.pendingOut) this.opts.print?.(this.pendingOut);
    this.pendingOut = '';
  }

  /** Run host work (handing output over) outside the script's own time. */
  private hostTimed(fn: () => void): void {
    this.hook.enterHost();
    try {
      fn();
    } finally {
      this.hook.leaveHost();
    }
  }

  /** Run a blocking read (stdin) outside the time slice: waiting for the user is not running Lua. */
  private blocking<T>(fn: () => T): T {
    this.opts.onSlice?.(false);
    this.hook.enterHost();
    try {
      return fn();
    } finally {
      this.hook.leaveHost();
      this.opts.onSlice?.(true);
    }
  }

  private moduleRoots(): string[] {
    const roots: string[] = [];
    if (this.scriptDir) roots.push(this.scriptDir);
    for (const p of this.opts.modulePaths ?? []) roots.push(path.resolve(p));
    roots.push(luaLibDir);
    return roots;
  }

  /** Make a JS function callable from Lua as a global (arguments converted to JS; a promise result waits). */
  registerGlobal(name: string, fn: HostFunction): void {
    this.api.register(name, fn);
  }

  /** Call a method from JS with the same validation as Lua calls; resolves with the result (errors as data). */
  async call(method: string, params: Record<string, unknown> = {}): Promise<TdObject> {
    const v = validateRequest(this.schema.index, { ...params, _: method });
    if (!v.ok) throw validationErrorToLuatd(v.error);
    return this.client.invoke(v.value);
  }

  /**
   * Run a script: the main chunk, then (if it registered update handlers or defines a legacy
   * update callback) keep handling updates until stop(), a limit, or `stopRun()`.
   * Syntax errors, runtime errors and limits resolve as outcomes; never rejects for script faults.
   */
  run(source: string | Uint8Array, opts: RunOptions = {}): Promise<RunOutcome> {
    if (this.closed) return Promise.reject(new LuatdError('USAGE', 'run: this runtime is closed'));
    if (!this.finished) return Promise.reject(new LuatdError('USAGE', 'run: a script is already running in this runtime'));
    const chunkName = opts.chunkName ?? 'script';
    // an earlier run that called os.exit ended only that run
    this.hook.forgetExit();
    this.scriptDir = opts.scriptPath ? path.dirname(path.resolve(opts.scriptPath)) : undefined;
    this.sandbox.resetPackagePath();
    const L = this.L;
    const bytes = typeof source === 'string' ? utf8(source) : source;
    try {
      compileChunk(L, bytes, chunkName.startsWith('=') || chunkName.startsWith('@') ? chunkName : '@' + chunkName);
    } catch (e) {
      return Promise.resolve({ status: 'error', error: e as LuatdError });
    }
    const args = opts.args ?? [];
    // arg: arg[0] = the script, arg[1..n] = arguments, as the `lua` command sets it
    lua.lua_createtable(L, args.length, 1);
    pushString(L, chunkName.replace(/^[=@]/, ''));
    lua.lua_rawseti(L, -2, 0);
    args.forEach((a, i) => {
      pushString(L, a);
      lua.lua_rawseti(L, -2, i + 1);
    });
    lua.lua_setglobal(L, key('arg'));
    for (const a of args) pushString(L, a);

    this.finished = false;
    this.stopped = false;
    const done = new Promise<RunOutcome>((resolve) => (this.finish = resolve));
    this.dispatch.subscribe(this.client);
    if (this.limits.totalMs > 0) {
      this.hook.deadline = performance.now() + this.limits.totalMs;
      this.scheduler.after(this.limits.totalMs, () =>
        this.kill('LIMIT_TIME', `script ran longer than its total timeout of ${this.limits.totalMs} ms (limit: --timeout); it was stopped`),
      );
    }
    this.scheduler.spawn(args.length, false).then(
      () => {
        if (!this.keepsRunning()) this.settle({ status: 'ok' });
        else void this.dispatch.startTdcli(this.client, this.opts.compat === 'tdcli').catch(() => undefined);
      },
      (e) => this.settle(this.outcomeOf(e)),
    );
    return done;
  }

  private keepsRunning(): boolean {
    return !this.stopped && this.dispatch.wantsUpdates();
  }

  private outcomeOf(e: unknown): RunOutcome {
    if (this.hook.killed) return { status: 'killed', error: this.hook.killed };
    if (e instanceof LuatdError) return { status: e.code.startsWith('LIMIT') ? 'killed' : 'error', error: e };
    return { status: 'error', error: new LuatdError('LUA_RUNTIME', describeJsError(e)) };
  }

  /**
   * A kill ends the current run (its outcome is `killed`) or, outside a run, the current chunk
   * (exec rejects with it). When no Lua code is running, that is done at once; otherwise when
   * the kill has unwound the running task (the scheduler calls recover()).
   */
  private onKill(error: LuatdError): void {
    // os.exit is a kill that ends the run well, with the script's code
    if (this.finish) this.settle(typeof error.details.exitCode === 'number' ? { status: 'ok', exitCode: error.details.exitCode } : { status: 'killed', error });
    if (!this.hook.running) this.recover();
  }

  /** Forget the kill once it has unwound: the tasks still waiting end with it, the VM lives on. */
  private recover(): void {
    const err = this.hook.killed;
    if (!err || this.hook.running) return;
    this.scheduler.abortWaiting(err);
    this.hook.reset(this.L);
  }

  private settle(o: RunOutcome): void {
    if (this.finished) return;
    this.settledBy = o.error;
    this.finished = true;
    this.flushOut();
    this.hook.deadline = 0;
    this.scheduler.clearTimers();
    this.dispatch.unsubscribeAll();
    // tasks of the run still waiting (a handler in sleep) end now, not in a later run
    if (!this.hook.killed) this.scheduler.abortWaiting();
    const f = this.finish;
    this.finish = undefined;
    f?.(o);
  }

  private onHandlerError(update: TdObject, e: LuatdError): void {
    // a kill that ended the run is its outcome, not a handler error
    if (this.hook.isKill(e) && this.settledBy === e) return;
    const report = this.opts.onHandlerError ?? ((x: LuatdError) => this.opts.print?.(`error in handler for ${update._}: ${formatError(x)}`));
    report(e);
  }

  /**
   * Interrupt every task that is waiting (for an API answer, sleep, a registered global): each
   * raises `<message>` at its waiting call, like Ctrl-C in the `lua` command (pcall can catch it).
   * Lua code that is running cannot be interrupted from the same thread; see RuntimeOptions.interrupted.
   */
  interrupt(message = 'interrupted'): void {
    this.scheduler.interrupt(message);
  }

  /** End a running script as if it called stop() (e.g. on SIGINT); handlers stop, run() resolves ok. */
  stopRun(): void {
    this.stopped = true;
    this.settle({ status: 'ok' });
  }

  /**
   * End the current run (or, outside a run, the current chunk) as a limit does: pcall cannot catch
   * it. The VM and its state (globals, handlers, modules) stay for the next run or chunk.
   */
  kill(code: ErrorCode, message: string): void {
    this.hook.kill(code, message);
  }

  /** Ctrl-C: end what runs now (a waiting call or, from the next hook check, Lua code), like kill(). */
  abort(message = 'interrupted'): void {
    this.kill('LUA_RUNTIME', message);
  }

  /** The kill in progress (until it has unwound), if any. */
  get killed(): LuatdError | undefined {
    return this.hook.killed;
  }

  /**
   * Evaluate a chunk in this VM (globals persist between calls: the REPL's mode) and return its
   * values as `tostring` shows them. `helpers` (refs from prepare()) are passed as the chunk's `...`.
   * Outside a run, `limits.totalMs` bounds the chunk; a kill ends the chunk only (the VM's state
   * stays). Rejects with LuatdError (LUA_SYNTAX, LUA_RUNTIME, LIMIT_*).
   */
  async exec(source: string, chunkName = '=stdin', helpers: number[] = []): Promise<ExecResult> {
    if (this.closed) throw new LuatdError('USAGE', 'exec: this runtime is closed');
    compileChunk(this.L, utf8(source), chunkName);
    for (const ref of helpers) lua.lua_rawgeti(this.L, lua.LUA_REGISTRYINDEX, ref);
    const wasFinished = this.finished;
    if (wasFinished) {
      // outside run(): updates still reach handlers registered from the REPL
      this.finished = false;
      this.dispatch.subscribe(this.client);
    }
    // outside a run, the total timeout bounds each chunk (the REPL's --timeout)
    const totalMs = this.finish === undefined ? this.limits.totalMs : 0;
    let cancelTimer: (() => void) | undefined;
    if (totalMs > 0) {
      this.hook.deadline = performance.now() + totalMs;
      cancelTimer = this.scheduler.after(totalMs, () =>
        this.kill('LIMIT_TIME', `chunk ran longer than its total timeout of ${totalMs} ms (limit: --timeout); it was stopped`),
      );
    }
    try {
      return { values: await this.scheduler.spawn(helpers.length, true) };
    } finally {
      if (cancelTimer) {
        cancelTimer();
        this.hook.deadline = 0;
      }
      if (wasFinished && !this.keepsRunning() && this.finish === undefined) {
        this.finished = true;
        this.dispatch.unsubscribeAll();
      }
    }
  }

  /**
   * Run `source` once now (protected) and keep the value it returns, for exec(code, name, [ref]):
   * the chunk receives it as `...`. A host helper made this way (the REPL's printer) captured the
   * standard library before any script ran, so a script redefining `tostring` cannot change it.
   * Throws LuatdError (LUA_SYNTAX, LUA_RUNTIME).
   */
  prepare(source: string, chunkName: string): number {
    const L = this.L;
    compileChunk(L, utf8(source), chunkName);
    const ok = this.scheduler.inSlice(() => lua.lua_pcall(L, 0, 1, 0) === lua.LUA_OK);
    const msg = ok ? '' : safeToString(L, () => 'error');
    this.recover();
    if (!ok) throw new LuatdError('LUA_RUNTIME', `${chunkName.replace(/^[=@]/, '')}: ${msg}`);
    return lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  }

  /** Number of tasks (main chunk, handler calls, exec) currently started and not finished. */
  get runningTasks(): number {
    return this.scheduler.running;
  }

  /** Names of globals visible to scripts (own globals plus every API function), sorted: for completion. */
  globalNames(): string[] {
    const L = this.L;
    const names = new Set<string>(this.schema.index.functionNames());
    lua.lua_pushglobaltable(L);
    lua.lua_pushnil(L);
    while (lua.lua_next(L, -2) !== 0) {
      if (lua.lua_type(L, -2) === lua.LUA_TSTRING) {
        const k = decodeStrict(lua.lua_tolstring(L, -2));
        if (k !== undefined) names.add(k);
      }
      lua.lua_pop(L, 1);
    }
    lua.lua_pop(L, 1);
    return [...names].sort();
  }

  /** Stop everything and release the VM. The client stays open (its owner closes it). Idempotent. */
  close(): void {
    if (this.closed) return;
    this.stopRun();
    this.closed = true;
    this.finished = true;
    this.sandbox.close();
    this.flushOut();
    this.dispatch.unsubscribeAll();
    this.scheduler.close();
  }

  /** True while Lua code is running (inside lua_resume). */
  get busy(): boolean {
    return this.hook.running;
  }
}
