/**
 * One sandboxed Lua VM bound to one Client: the API as Lua globals, calls that read as synchronous
 * (a coroutine yields while a promise settles), update handlers, limits via the count hook.
 *
 * Scheduling: every piece of Lua (the main chunk, each handler call, each REPL line) runs in its own
 * host coroutine ("task"). `lua_resume` is only ever called from the task driver, never while
 * another task's Lua code is on the JS stack (updates are queued, not dispatched re-entrantly).
 * Within a worker (see isolated.ts) this class is the whole script; in-process it is what the
 * library and the REPL use.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSandbox, compileChunk, HOST_YIELD } from './sandbox.js';
import { lua, lauxlib, pushString, decodeLenient, decodeStrict, toDisplayString, raise, key, utf8, type LuaState } from './fengari.js';
import { luaToJs, pushJs, ConversionError, ERROR_MT, luaTypeName } from './convert.js';
import { ApiSchema } from './schema-view.js';
import { resolveLimits, type Limits } from './limits.js';
import { LuatdError, type ErrorCode } from '../errors.js';
import type { Client, TdObject } from '../core/client.js';
import type { SchemaIR } from '../schema/ir.js';
import { validateRequest, validationErrorToLuatd } from '../schema/validate.js';
import { luaLibDir } from '../paths.js';

/** A JS function made available to scripts as a global. Arguments arrive converted to JS; a returned promise makes the Lua caller wait. */
export type HostFunction = (...args: unknown[]) => unknown;

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
}

/** How a script ended. */
export interface RunOutcome {
  /** `ok`: finished (or called stop()); `error`: an uncaught error; `killed`: a limit ended it. */
  status: 'ok' | 'error' | 'killed';
  /** For `error` and `killed`: code LUA_RUNTIME/LUA_SYNTAX/LIMIT_*, message `chunk:line: ...`, details.traceback. */
  error?: LuatdError;
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


/** Something a coroutine waits for, and how to push its value when it resumes (returns the count pushed). */
interface PendingOp {
  promise: Promise<unknown>;
  push: (co: LuaState, value: unknown) => number;
}
const pushNothing = () => 0;
/** Yield id meaning "this task ends now" (stop()). */
const END_TASK = 0;
const HOOK_EVERY = 1000;
/** The longest delay setTimeout honours. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Task {
  co: LuaState;
  /** Collect the results' display strings (exec). */
  collect: boolean;
  /** Ends the task exactly once. */
  done: (err?: LuatdError, values?: string[]) => void;
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
  private readonly ops = new Map<number, PendingOp>();
  private nextOp = 1;
  private sliceStart = 0;
  private inSlice = false;
  private hookTicks = 0;
  private killedBy: LuatdError | undefined;
  private deadline = 0;
  private readonly hostThreads = new Set<LuaState>();
  private readonly handlers = new Map<string, number[]>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly updateQueue: TdObject[] = [];
  private updateDrainScheduled = false;
  private unsubscribe: (() => void) | undefined;
  private activeTasks = 0;
  private finished = true;
  private stopped = false;
  private finish: ((o: RunOutcome) => void) | undefined;
  private scriptDir: string | undefined;
  private closed = false;
  /** Tasks waiting for an operation, and how to wake each (interrupt() wakes them all). */
  private readonly waiting = new Map<Task, (ok: boolean, value: unknown) => void>();

  constructor(opts: RuntimeOptions) {
    this.opts = opts;
    this.client = opts.client;
    this.schema = new ApiSchema(opts.schema);
    this.limits = resolveLimits(opts.limits);
    this.L = lauxlib.luaL_newstate();
    this.setup();
  }

  // ---------------------------------------------------------------- setup

  private setup(): void {
    const L = this.L;
    if (this.limits.maxStringBytes > 0) L.l_G.luatd_maxstrlen = this.limits.maxStringBytes;
    // pattern matching, sorting and compiling run inside one JS call each, where the count hook
    // never fires: fengari (patched) calls luatd_stepcheck every 10,000 steps of them
    L.l_G.luatd_steps = 10_000;
    L.l_G.luatd_stepcheck = stepCheck;
    lua.lua_atnativeerror(L, (L1: LuaState) => {
      const e = lua.lua_touserdata(L1, 1);
      lauxlib.luaL_where(L1, 2);
      pushString(L1, describeJsError(e));
      lua.lua_concat(L1, 2);
      return 1;
    });
    // the count hook is inherited by every coroutine created after this point
    lua.lua_sethook(L, this.hookFn, lua.LUA_MASKCOUNT, HOOK_EVERY);

    openSandbox(L, {
      moduleRoots: () => this.moduleRoots(),
      afterCatch: (L1) => (this.killedBy ? this.raiseKill(L1) : lua.lua_gettop(L1)),
      isHostThread: (co) => this.hostThreads.has(co),
      isKilled: () => this.killedBy !== undefined,
    });
    this.installApi();
  }

  private moduleRoots(): string[] {
    const roots: string[] = [];
    if (this.scriptDir) roots.push(this.scriptDir);
    for (const p of this.opts.modulePaths ?? []) roots.push(path.resolve(p));
    roots.push(luaLibDir);
    return roots;
  }

  private setGlobalFn(name: string, f: (L: LuaState) => number): void {
    lua.lua_pushcfunction(this.L, f);
    lua.lua_setglobal(this.L, key(name));
  }

  /** The API globals (lazy), `td`, invoke/check/sleep/on/off/stop/print, the error metatable. */
  private installApi(): void {
    const L = this.L;
    // metatable of error results: `tostring(err)` → "error 401: Unauthorized"
    lauxlib.luaL_newmetatable(L, key(ERROR_MT));
    lua.lua_pushcfunction(L, (L1: LuaState) => {
      lua.lua_getfield(L1, 1, key('code'));
      lua.lua_getfield(L1, 1, key('message'));
      pushString(L1, `error ${toDisplayString(L1, -2)}: ${toDisplayString(L1, -1)}`);
      return 1;
    });
    lua.lua_setfield(L, -2, key('__tostring'));
    pushString(L, 'error');
    lua.lua_setfield(L, -2, key('__name'));
    lua.lua_pop(L, 1);

    // cache of API functions: created on first use, so a 1,000-function schema starts instantly
    lua.lua_createtable(L, 0, 0); // cache
    lua.lua_createtable(L, 0, 1); // cache's metatable
    lua.lua_pushcfunction(L, (L1: LuaState) => {
      if (lua.lua_type(L1, 2) !== lua.LUA_TSTRING) return 0;
      const name = decodeLenient(lua.lua_tolstring(L1, 2));
      if (!this.schema.method(name)) return 0;
      // one JS closure per method: the name is captured, not decoded from an upvalue on every call
      lua.lua_pushcfunction(L1, (L2: LuaState) => this.callMethod(L2, name));
      lua.lua_pushvalue(L1, 2);
      lua.lua_pushvalue(L1, -2);
      lua.lua_rawset(L1, 1);
      return 1;
    });
    lua.lua_setfield(L, -2, key('__index'));
    lua.lua_setmetatable(L, -2);
    const cacheIdx = lua.lua_gettop(L);

    // _G falls back to the cache; its metatable is protected
    lua.lua_pushglobaltable(L);
    lua.lua_createtable(L, 0, 2);
    lua.lua_pushvalue(L, cacheIdx);
    lua.lua_setfield(L, -2, key('__index'));
    pushString(L, 'protected by luatd');
    lua.lua_setfield(L, -2, key('__metatable'));
    lua.lua_setmetatable(L, -2);
    lua.lua_pop(L, 1);

    // td: the same functions under one name, read-only
    lua.lua_createtable(L, 0, 0);
    lua.lua_createtable(L, 0, 3);
    lua.lua_pushvalue(L, cacheIdx);
    lua.lua_setfield(L, -2, key('__index'));
    lua.lua_pushcfunction(L, (L1: LuaState) => raise(L1, `td is read-only (cannot set '${toDisplayString(L1, 2)}')`));
    lua.lua_setfield(L, -2, key('__newindex'));
    pushString(L, 'protected by luatd');
    lua.lua_setfield(L, -2, key('__metatable'));
    lua.lua_setmetatable(L, -2);
    lua.lua_setglobal(L, key('td'));
    lua.lua_pop(L, 1); // cache

    this.setGlobalFn('invoke', (L1) => {
      if (lua.lua_type(L1, 1) !== lua.LUA_TTABLE) raise(L1, `invoke: expected a table {_ = "method", ...}, got ${luaTypeName(L1, 1)}`);
      lua.lua_getfield(L1, 1, key('_'));
      const name = lua.lua_type(L1, -1) === lua.LUA_TSTRING ? decodeLenient(lua.lua_tolstring(L1, -1)) : undefined;
      lua.lua_pop(L1, 1);
      if (name === undefined) raise(L1, "invoke: Required: '_' (the method name)");
      if (!this.schema.method(name)) {
        const hint = this.schema.index.suggestFunction(name);
        raise(L1, `invoke: Unknown method '${name}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
      }
      return this.callMethod(L1, name);
    });
    this.setGlobalFn('check', (L1) => {
      if (lua.lua_type(L1, 1) === lua.LUA_TTABLE) {
        lua.lua_getfield(L1, 1, key('_'));
        const isErr = lua.lua_type(L1, -1) === lua.LUA_TSTRING && decodeLenient(lua.lua_tolstring(L1, -1)) === 'error';
        lua.lua_pop(L1, 1);
        if (isErr) {
          lua.lua_getfield(L1, 1, key('code'));
          lua.lua_getfield(L1, 1, key('message'));
          raise(L1, `error ${toDisplayString(L1, -2)}: ${toDisplayString(L1, -1)}`);
        }
      }
      return lua.lua_gettop(L1);
    });
    this.setGlobalFn('print', (L1) => {
      const n = lua.lua_gettop(L1);
      const parts: string[] = [];
      for (let i = 1; i <= n; i++) parts.push(toDisplayString(L1, i));
      this.opts.print?.(parts.join('\t'));
      return 0;
    });
    this.setGlobalFn('sleep', (L1) => {
      const s = lauxlib.luaL_checknumber(L1, 1);
      if (!(s >= 0) || !Number.isFinite(s)) raise(L1, `sleep: expected a number of seconds >= 0, got ${s}`);
      const p = new Promise<void>((resolve) => this.after(s * 1000, resolve));
      return this.wait(L1, { promise: p, push: pushNothing }, 'sleep');
    });
    this.setGlobalFn('on', (L1) => {
      let name = '*';
      let fnIdx = 1;
      if (lua.lua_type(L1, 1) === lua.LUA_TSTRING) {
        name = decodeLenient(lua.lua_tolstring(L1, 1));
        fnIdx = 2;
      }
      if (lua.lua_type(L1, fnIdx) !== lua.LUA_TFUNCTION) raise(L1, `on: expected on("updateName", function(update) ... end) or on(function(update) ... end), got ${luaTypeName(L1, fnIdx)}`);
      if (name !== '*' && !this.schema.constructorOf(name)) {
        const hint = this.schema.index.suggestConstructor(name);
        raise(L1, `on: Unknown update '${name}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
      }
      lua.lua_pushvalue(L1, fnIdx);
      const ref = lauxlib.luaL_ref(L1, lua.LUA_REGISTRYINDEX);
      const list = this.handlers.get(name) ?? [];
      list.push(ref);
      this.handlers.set(name, list);
      return 0;
    });
    this.setGlobalFn('off', (L1) => {
      // off(name, f): that handler; off(name): every handler of that kind; off(f): f wherever it was registered
      let names: string[];
      let fnIdx = 1;
      if (lua.lua_type(L1, 1) === lua.LUA_TSTRING) {
        names = [decodeLenient(lua.lua_tolstring(L1, 1))];
        fnIdx = 2;
      } else if (lua.lua_type(L1, 1) === lua.LUA_TFUNCTION) {
        names = [...this.handlers.keys()];
      } else {
        return raise(L1, `off: expected off("updateName", f), off("updateName") or off(f), got ${luaTypeName(L1, 1)}`);
      }
      const all = lua.lua_type(L1, fnIdx) <= lua.LUA_TNIL;
      for (const name of names) {
        const list = this.handlers.get(name);
        if (!list) continue;
        const keep: number[] = [];
        for (const ref of list) {
          lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, ref);
          const match = all || lua.lua_rawequal(L1, -1, fnIdx);
          lua.lua_pop(L1, 1);
          if (match) lauxlib.luaL_unref(L1, lua.LUA_REGISTRYINDEX, ref);
          else keep.push(ref);
        }
        if (keep.length) this.handlers.set(name, keep);
        else this.handlers.delete(name);
      }
      return 0;
    });
    this.setGlobalFn('stop', (L1) => {
      this.stopped = true;
      this.settle({ status: 'ok' });
      if (lua.lua_isyieldable(L1)) {
        lua.lua_pushlightuserdata(L1, HOST_YIELD);
        lua.lua_pushinteger(L1, END_TASK);
        return lua.lua_yield(L1, 2);
      }
      return 0;
    });
    for (const [name, fn] of Object.entries(this.opts.globals ?? {})) this.registerGlobal(name, fn);
  }

  /**
   * Call `fn` after `ms` (cleared when the run settles). Long waits are chained: setTimeout takes
   * at most 2^31-1 ms (24.8 days) and fires at once (with a warning on stderr) beyond that.
   */
  private after(ms: number, fn: () => void): void {
    const step = Math.min(ms, MAX_TIMER_MS);
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (ms > MAX_TIMER_MS) this.after(ms - MAX_TIMER_MS, fn);
      else fn();
    }, step);
    this.timers.add(t);
  }

  /** Make a JS function callable from Lua as a global (arguments converted to JS; a promise result waits). */
  registerGlobal(name: string, fn: HostFunction): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new LuatdError('USAGE', `registerGlobal: '${name}' is not a Lua identifier`);
    this.setGlobalFn(name, (L1) => {
      const n = lua.lua_gettop(L1);
      const args: unknown[] = [];
      try {
        for (let i = 1; i <= n; i++) args.push(luaToJs(L1, i, undefined, this.schema, `#${i}`));
      } catch (e) {
        raise(L1, `${name}: ${(e as Error).message}`);
      }
      let r: unknown;
      try {
        r = fn(...args);
      } catch (e) {
        raise(L1, `${name}: ${describeJsError(e)}`);
      }
      if (r instanceof Promise) {
        return this.wait(L1, { promise: r, push: this.pushValue }, name);
      }
      pushJs(L1, r, this.schema);
      return 1;
    });
  }

  // ---------------------------------------------------------------- calls

  private callMethod(L1: LuaState, name: string): number {
    const t = lua.lua_type(L1, 1);
    let request: TdObject;
    if (t === lua.LUA_TNONE || t === lua.LUA_TNIL) {
      request = { _: name };
    } else if (t !== lua.LUA_TTABLE) {
      return raise(L1, `${name}: expected a table of parameters, e.g. ${name}({...}), got ${luaTypeName(L1, 1)}`);
    } else {
      try {
        request = luaToJs(L1, 1, { kind: 'constructor', name }, this.schema, '') as TdObject;
      } catch (e) {
        if (e instanceof ConversionError) return raise(L1, `${name}: ${e.message}`);
        throw e;
      }
      request._ = name;
    }
    const v = validateRequest(this.schema.index, request);
    if (!v.ok) return raise(L1, `${name}: ${v.error.message}`);
    const req = v.value;
    if (this.client.invokeSync) {
      let r: TdObject | undefined;
      try {
        r = this.client.invokeSync(req);
      } catch (e) {
        return raise(L1, `${name}: ${describeJsError(e)}`);
      }
      if (r !== undefined) {
        pushJs(L1, r, this.schema);
        return 1;
      }
    }
    return this.wait(L1, { promise: this.client.invoke(req), push: this.pushValue }, name);
  }

  /**
   * Yield the current coroutine until `p` settles, then return what its resolver pushes (or raise
   * its rejection at the caller's line). Raises when the context cannot yield.
   */
  private readonly pushValue = (co: LuaState, v: unknown): number => {
    pushJs(co, v, this.schema);
    return 1;
  };

  private wait(L1: LuaState, p: PendingOp, what: string): number {
    if (!lua.lua_isyieldable(L1)) {
      p.promise.catch(() => undefined);
      return raise(L1, `${what}: cannot wait for an answer here (inside a metamethod, an iterator or a sort comparator); call it from plain code`);
    }
    const id = this.nextOp++;
    this.ops.set(id, p);
    lua.lua_settop(L1, 0);
    lua.lua_pushlightuserdata(L1, HOST_YIELD);
    lua.lua_pushinteger(L1, id);
    return lua.lua_yieldk(L1, 2, what, afterWait);
  }

  /** Call a method from JS with the same validation as Lua calls; resolves with the result (errors as data). */
  async call(method: string, params: Record<string, unknown> = {}): Promise<TdObject> {
    const v = validateRequest(this.schema.index, { ...params, _: method });
    if (!v.ok) throw validationErrorToLuatd(v.error);
    return this.client.invoke(v.value);
  }

  // ---------------------------------------------------------------- limits

  /** The count hook of every thread; also reached from fengari's step budget (stepCheck). */
  private readonly hookFn = (L1: LuaState, ar: unknown): void => {
    // from stepCheck: level 1 is the Lua line that called string.find, table.sort, load...
    if (ar === STEP) {
      if (this.inSlice) this.hook(L1, 1);
    } else this.hook(L1);
  };

  /** The limits check: from the count hook (level 0 is the running Lua function) and from fengari's step budget. */
  private hook(L1: LuaState, level = 0): void {
    if (this.killedBy) {
      this.raiseKill(L1);
      return;
    }
    if (this.opts.interrupted?.()) {
      this.kill('LUA_RUNTIME', `${where(L1, level)}interrupted`);
      this.raiseKill(L1);
    }
    const now = performance.now();
    if (this.limits.sliceMs > 0 && now - this.sliceStart > this.limits.sliceMs) {
      this.kill('LIMIT_TIME', `${where(L1, level)}script ran for more than ${this.limits.sliceMs} ms without giving control back (limit: --max-slice); it was stopped`);
      this.raiseKill(L1);
    }
    if (this.deadline > 0 && now > this.deadline) {
      this.kill('LIMIT_TIME', `${where(L1, level)}script ran longer than its total timeout of ${this.limits.totalMs} ms (limit: --timeout); it was stopped`);
      this.raiseKill(L1);
    }
    if (this.opts.heapUsed && this.limits.memoryMb > 0 && (++this.hookTicks & 15) === 0) {
      const used = this.opts.heapUsed();
      // stop a little below the worker's hard cap, so the script gets a clean error instead of a dead worker
      if (used > this.limits.memoryMb * 1024 * 1024 * 0.85) {
        this.kill('LIMIT_MEMORY', `${where(L1, level)}script used more than its memory limit of ${this.limits.memoryMb} MiB (limit: --max-memory); it was stopped`);
        this.raiseKill(L1);
      }
    }
  }

  private raiseKill(L1: LuaState): number {
    // hooks fire every instruction from now on, so a pcall that swallows this is interrupted again at once
    lua.lua_sethook(L1, this.hookFn, lua.LUA_MASKCOUNT, 1);
    pushString(L1, this.killedBy?.message ?? 'killed');
    return lua.lua_error(L1);
  }

  /** Mark the script as killed by a limit; every later hook, pcall and resume re-raises. */
  kill(code: ErrorCode, message: string): void {
    if (this.killedBy) return;
    this.killedBy = new LuatdError(code, message);
    this.settle({ status: 'killed', error: this.killedBy });
  }

  /** The limit error that ended the script, if any. */
  get killed(): LuatdError | undefined {
    return this.killedBy;
  }

  // ---------------------------------------------------------------- tasks

  /** Run the function on top of the main stack (with `nargs` args above it) as a new task; resolves with its results' display strings. */
  private spawn(nargs: number, collect: boolean): Promise<string[]> {
    const L = this.L;
    const co = lua.lua_newthread(L);
    const ref = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
    lua.lua_xmove(L, co, nargs + 1);
    this.hostThreads.add(co);
    this.activeTasks++;
    return new Promise<string[]>((resolve, reject) => {
      const task: Task = {
        co,
        collect,
        done: (err, values) => {
          this.activeTasks--;
          this.hostThreads.delete(co);
          this.waiting.delete(task);
          lauxlib.luaL_unref(L, lua.LUA_REGISTRYINDEX, ref);
          if (err) reject(err);
          else resolve(values ?? []);
        },
      };
      this.step(task, nargs);
    });
  }

  /**
   * Resume a task until it finishes, fails, or waits. Callback style rather than async/await:
   * a waiting call costs one promise reaction, which keeps yielding calls close to a bare
   * yield-await-resume cycle.
   */
  private step(task: Task, nargs: number): void {
    const co = task.co;
    for (;;) {
      if (this.killedBy) return task.done(this.killedBy);
      this.sliceStart = performance.now();
      this.inSlice = true;
      this.opts.onSlice?.(true);
      let status: number;
      try {
        status = lua.lua_resume(co, this.L, nargs);
      } catch (e) {
        return task.done(new LuatdError('LUA_RUNTIME', `internal error while running Lua: ${describeJsError(e)}`));
      } finally {
        this.inSlice = false;
        this.opts.onSlice?.(false);
      }
      if (this.killedBy) return task.done(this.killedBy);
      if (status === lua.LUA_OK) {
        const n = lua.lua_gettop(co);
        const out: string[] = [];
        if (task.collect) for (let i = 1; i <= n; i++) out.push(toDisplayString(co, i));
        lua.lua_settop(co, 0);
        return task.done(undefined, out);
      }
      if (status !== lua.LUA_YIELD) return task.done(this.errorFrom(co, status));
      const n = lua.lua_gettop(co);
      const id = n === 2 && lua.lua_touserdata(co, 1) === HOST_YIELD ? lua.lua_tointeger(co, 2) : -1;
      lua.lua_settop(co, 0);
      if (id === END_TASK) return task.done(undefined, []);
      const op = this.ops.get(id);
      if (!op) {
        // a plain coroutine.yield reached the host: the prelude prevents this; resume with nothing
        nargs = 0;
        continue;
      }
      this.ops.delete(id);
      // whichever comes first (the answer or interrupt()) resumes the task; the other is ignored
      const wake = (ok: boolean, value: unknown) => {
        if (this.waiting.get(task) !== wake) return;
        this.waiting.delete(task);
        if (this.killedBy) return task.done(this.killedBy);
        if (this.finished) return task.done(undefined, []); // stopped while waiting: the task just ends
        lua.lua_pushboolean(co, ok);
        let nargs2 = 2;
        if (ok) nargs2 = 1 + op.push(co, value);
        else pushString(co, describeJsError(value));
        this.step(task, nargs2);
      };
      this.waiting.set(task, wake);
      op.promise.then(
        (v) => wake(true, v),
        (e) => wake(false, e),
      );
      return;
    }
  }

  /** Build the LuatdError of a failed task: `chunk:line: message` plus a Lua traceback. */
  private errorFrom(co: LuaState, status: number): LuatdError {
    if (this.killedBy) return this.killedBy;
    const L = this.L;
    let msg: string;
    // work on the main thread: a dead coroutine cannot run __tostring
    lua.lua_xmove(co, L, 1);
    const t = lua.lua_type(L, -1);
    if (t === lua.LUA_TSTRING || t === lua.LUA_TNUMBER) msg = decodeLenient(lua.lua_tolstring(L, -1));
    else if (lauxlib.luaL_getmetafield(L, -1, key('__tostring')) !== lua.LUA_TNIL) {
      lua.lua_pop(L, 1);
      msg = this.safeToString(L);
    } else msg = `(error object is a ${luaTypeName(L, -1)} value)`;
    lua.lua_pop(L, 1);
    lauxlib.luaL_traceback(L, co, null, 0);
    const traceback = decodeLenient(lua.lua_tolstring(L, -1));
    lua.lua_pop(L, 1);
    lua.lua_settop(co, 0);
    const code: ErrorCode = status === lua.LUA_ERRMEM ? 'LIMIT_MEMORY' : 'LUA_RUNTIME';
    return new LuatdError(code, msg, { traceback });
  }

  /** tostring of the value on top of L through __tostring, protected (a failing __tostring gives a placeholder). */
  private safeToString(L: LuaState): string {
    this.sliceStart = performance.now(); // a __tostring gets its own time slice
    lua.lua_pushcfunction(L, (L1: LuaState) => {
      lauxlib.luaL_tolstring(L1, 1);
      return 1;
    });
    lua.lua_pushvalue(L, -2);
    const ok = lua.lua_pcall(L, 1, 1, 0) === lua.LUA_OK;
    const s = ok ? decodeLenient(lua.lua_tolstring(L, -1)) : `(error object whose __tostring failed: ${toDisplayString(L, -1)})`;
    lua.lua_pop(L, 1);
    return s;
  }

  private settle(o: RunOutcome): void {
    if (this.finished) return;
    this.finished = true;
    this.deadline = 0;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const f = this.finish;
    this.finish = undefined;
    f?.(o);
  }

  private keepsRunning(): boolean {
    if (this.stopped) return false;
    if (this.handlers.size > 0) return true;
    return this.hasGlobal('madeline_update_callback') || this.hasGlobal('tdcli_update_callback');
  }

  private hasGlobal(name: string): boolean {
    const L = this.L;
    lua.lua_pushglobaltable(L);
    lua.lua_getfield(L, -1, key(name)); // resolves API names through __index; those are never these names
    const isFn = lua.lua_type(L, -1) === lua.LUA_TFUNCTION;
    lua.lua_pop(L, 2);
    return isFn;
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
    this.scriptDir = opts.scriptPath ? path.dirname(path.resolve(opts.scriptPath)) : undefined;
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
    this.unsubscribe ??= this.client.onUpdate((u) => this.queueUpdate(u));
    if (this.limits.totalMs > 0) {
      this.deadline = performance.now() + this.limits.totalMs;
      this.after(this.limits.totalMs, () =>
        this.kill('LIMIT_TIME', `script ran longer than its total timeout of ${this.limits.totalMs} ms (limit: --timeout); it was stopped`),
      );
    }
    this.spawn(args.length, false).then(
      () => {
        if (!this.keepsRunning()) this.settle({ status: 'ok' });
      },
      (e) => this.settle(this.outcomeOf(e)),
    );
    return done;
  }

  private outcomeOf(e: unknown): RunOutcome {
    if (this.killedBy) return { status: 'killed', error: this.killedBy };
    if (e instanceof LuatdError) return { status: e.code.startsWith('LIMIT') ? 'killed' : 'error', error: e };
    return { status: 'error', error: new LuatdError('LUA_RUNTIME', describeJsError(e)) };
  }

  /**
   * Interrupt every task that is waiting (for an API answer, sleep, a registered global): each
   * raises `<message>` at its waiting call, like Ctrl-C in the `lua` command (pcall can catch it).
   * Lua code that is running cannot be interrupted from the same thread; see RuntimeOptions.interrupted.
   */
  interrupt(message = 'interrupted'): void {
    const wakes = [...this.waiting.values()];
    for (const wake of wakes) wake(false, new LuatdError('LUA_RUNTIME', message));
  }

  /** End a running script as if it called stop() (e.g. on SIGINT); handlers stop, run() resolves ok. */
  stopRun(): void {
    this.stopped = true;
    this.settle({ status: 'ok' });
  }

  /**
   * Evaluate a chunk in this VM (globals persist between calls: the REPL's mode) and return its
   * values as `tostring` shows them. Rejects with LuatdError (LUA_SYNTAX, LUA_RUNTIME, LIMIT_*).
   */
  async exec(source: string, chunkName = '=stdin'): Promise<ExecResult> {
    if (this.closed) throw new LuatdError('USAGE', 'exec: this runtime is closed');
    if (this.killedBy) throw this.killedBy;
    compileChunk(this.L, utf8(source), chunkName);
    const wasFinished = this.finished;
    if (wasFinished) {
      // outside run(): updates still reach handlers registered from the REPL
      this.finished = false;
      this.unsubscribe ??= this.client.onUpdate((u) => this.queueUpdate(u));
    }
    try {
      return { values: await this.spawn(0, true) };
    } finally {
      if (wasFinished && !this.keepsRunning() && this.finish === undefined) {
        this.finished = true;
        this.unsubscribe?.();
        this.unsubscribe = undefined;
      }
    }
  }

  // ---------------------------------------------------------------- updates

  private queueUpdate(u: TdObject): void {
    if (this.finished || this.killedBy) return;
    this.updateQueue.push(u);
    if (!this.updateDrainScheduled) {
      this.updateDrainScheduled = true;
      // never resume Lua from inside the client's callback: it may be running inside an API call
      setImmediate(() => this.drainUpdates());
    }
  }

  private drainUpdates(): void {
    this.updateDrainScheduled = false;
    while (this.updateQueue.length && !this.finished) {
      this.dispatch(this.updateQueue.shift()!);
    }
  }

  private dispatch(update: TdObject): void {
    const L = this.L;
    // snapshot the handlers registered now (own references: a handler may off() another one)
    const snapshot: number[] = [];
    for (const name of [update._, '*']) {
      for (const ref of this.handlers.get(name) ?? []) {
        lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, ref);
        snapshot.push(lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX));
      }
    }
    for (const legacy of ['madeline_update_callback', 'tdcli_update_callback']) {
      if (this.hasGlobal(legacy)) {
        lua.lua_getglobal(L, key(legacy));
        // with require("tdcli") loaded, its deliver() translates updates to tdcli's spelling first
        if (legacy === 'tdcli_update_callback' && this.pushTdcliDeliver()) lua.lua_remove(L, -2);
        snapshot.push(lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX));
      }
    }
    for (const ref of snapshot) {
      lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, ref);
      lauxlib.luaL_unref(L, lua.LUA_REGISTRYINDEX, ref);
      if (this.finished) {
        lua.lua_pop(L, 1);
        continue;
      }
      pushJs(L, update, this.schema);
      this.spawn(1, false).catch((e) => {
        if (this.killedBy) {
          this.settle({ status: 'killed', error: this.killedBy });
          return;
        }
        const err = e instanceof LuatdError ? e : new LuatdError('LUA_RUNTIME', describeJsError(e));
        const report = this.opts.onHandlerError ?? ((x: LuatdError) => this.opts.print?.(`error in handler for ${update._}: ${formatError(x)}`));
        report(err);
      });
    }
  }

  /** Push package.loaded.tdcli.deliver when the tdcli shim is loaded; false (nothing pushed) otherwise. */
  private pushTdcliDeliver(): boolean {
    const L = this.L;
    const top = lua.lua_gettop(L);
    lua.lua_getfield(L, lua.LUA_REGISTRYINDEX, key('_LOADED'));
    if (lua.lua_getfield(L, -1, key('tdcli')) === lua.LUA_TTABLE && lua.lua_getfield(L, -1, key('deliver')) === lua.LUA_TFUNCTION) {
      lua.lua_replace(L, top + 1);
      lua.lua_settop(L, top + 1);
      return true;
    }
    lua.lua_settop(L, top);
    return false;
  }

  /** Number of tasks (main chunk, handler calls, exec) currently started and not finished. */
  get runningTasks(): number {
    return this.activeTasks;
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
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.ops.clear();
  }

  /** True while Lua code is running (inside lua_resume). */
  get busy(): boolean {
    return this.inSlice;
  }
}

/** Marks a limits check coming from fengari's step budget rather than the count hook. */
const STEP = { luatd: 'step' };
/**
 * fengari's step budget calls this (one shared function: a per-runtime closure kept on the global
 * state made V8 promote every VM to the old generation, tripling start-up time). It goes through
 * the thread's hook, which every coroutine inherits from the main thread.
 */
function stepCheck(L1: LuaState): void {
  if (typeof L1.hook === 'function') L1.hook(L1, STEP);
}

/** Continuation of a waiting call: resumed with (true, results...) or (false, message); ctx names the call. */
function afterWait(L: LuaState, _status: number, what: string): number {
  if (lua.lua_toboolean(L, 1)) return lua.lua_gettop(L) - 1;
  return raise(L, `${what}: ${toDisplayString(L, 2)}`);
}

/** `chunk:line: ` of the Lua code running at hook time ('' when unknown). */
function where(L1: LuaState, level: number): string {
  lauxlib.luaL_where(L1, level);
  const w = decodeLenient(lua.lua_tolstring(L1, -1));
  lua.lua_pop(L1, 1);
  return w;
}

/** A readable message for anything thrown by JS code (never `[object Object]`). */
export function describeJsError(e: unknown): string {
  if (e instanceof LuatdError) return e.message;
  if (e instanceof Error) return `${e.name === 'Error' ? '' : e.name + ': '}${e.message}`;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** `message` + newline + traceback, as `luatd run` prints an uncaught error. */
export function formatError(e: LuatdError): string {
  const tb = typeof e.details.traceback === 'string' ? e.details.traceback : '';
  return tb ? `${e.message}\n${tb}` : e.message;
}

