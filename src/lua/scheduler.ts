/**
 * The scheduler of a VM: every piece of Lua (the main chunk, each handler call, each REPL line)
 * runs in its own host coroutine, a "task". spawn() makes a task, step() is the only place that
 * calls lua_resume, and wait() is how an API call parks its task until a promise settles.
 *
 * Why only step() resumes: a task's Lua code is never re-entered from inside another task's JS
 * call (updates are queued by the dispatcher, not delivered from the client's callback), so the
 * Lua stack seen by the limits hook and by error reports is always the one task's.
 */
import { lua, lauxlib, pushString, raise, toDisplayString, type LuaState } from './fengari.js';
import { HOST_YIELD } from './sandbox.js';
import type { LimitsHook } from './hook.js';
import { describeJsError, errorFromTask, safeToString } from './report.js';
import { LuatdError } from '../errors.js';

/** Something a task waits for, and how to push its value when it resumes (returns the count pushed). */
export interface PendingOp {
  promise: Promise<unknown>;
  push: (co: LuaState, value: unknown) => number;
}

/** Yield id meaning "this task ends now" (stop()). */
const END_TASK = 0;
/** The longest delay setTimeout honours. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Task {
  co: LuaState;
  /** Collect the results' display strings (exec). */
  collect: boolean;
  /** Ends the task exactly once. */
  done: (err?: LuatdError, values?: string[]) => void;
}

/** What the scheduler needs from its runtime. */
export interface SchedulerOptions {
  hook: LimitsHook;
  /** Called when a slice of Lua starts (true) or ends (false): the worker's heartbeat. */
  onSlice?: (running: boolean) => void;
  /** True when the current run has ended: a task that wakes up then just ends. */
  isOver: () => boolean;
  /** A task ended because of a kill, and no Lua code runs any more: the kill can be forgotten. */
  afterKill: () => void;
}

/** Tasks of one VM: spawn, step, wait. */
export class Scheduler {
  private readonly ops = new Map<number, PendingOp>();
  private nextOp = 1;
  private readonly hostThreads = new Set<LuaState>();
  /** Tasks waiting for an operation, and how to wake each (interrupt() wakes them all). */
  private readonly waiting = new Map<Task, (ok: boolean, value: unknown) => void>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private active = 0;

  constructor(
    private readonly L: LuaState,
    private readonly opts: SchedulerOptions,
  ) {}

  /** Run the function on top of the main stack (with `nargs` args above it) as a new task; resolves with its results' display strings. */
  spawn(nargs: number, collect: boolean): Promise<string[]> {
    const L = this.L;
    const co = lua.lua_newthread(L);
    const ref = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
    lua.lua_xmove(L, co, nargs + 1);
    this.hostThreads.add(co);
    this.active++;
    return new Promise<string[]>((resolve, reject) => {
      const task: Task = {
        co,
        collect,
        done: (err, values) => {
          this.active--;
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
    const { co } = task;
    const { hook } = this.opts;
    for (;;) {
      if (hook.killed) return this.endKilled(task);
      hook.beginSlice();
      this.opts.onSlice?.(true);
      let status: number;
      try {
        status = lua.lua_resume(co, this.L, nargs);
      } catch (e) {
        return task.done(new LuatdError('LUA_RUNTIME', `internal error while running Lua: ${describeJsError(e)}`));
      } finally {
        hook.endSlice();
        this.opts.onSlice?.(false);
      }
      if (hook.killed) return this.endKilled(task);
      if (status === lua.LUA_OK) {
        const values = this.inSlice(() => this.results(task));
        return hook.killed ? this.endKilled(task) : task.done(undefined, values);
      }
      if (status !== lua.LUA_YIELD) {
        // a __tostring of the error value is Lua code too: it gets its own slice, under the hook
        const err = this.inSlice(() => errorFromTask(this.L, co, status));
        return hook.killed ? this.endKilled(task) : task.done(err);
      }
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
      const wake = (ok: boolean, value: unknown): void => {
        if (this.waiting.get(task) !== wake) return;
        this.waiting.delete(task);
        if (hook.killed) return this.endKilled(task);
        if (this.opts.isOver()) return task.done(undefined, []); // stopped while waiting: the task just ends
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

  /**
   * Run host-started Lua code (a __tostring) as a slice: the hook times it, and a kill raised in
   * it is only forgotten after it has unwound (the scheduler's caller ends the task).
   */
  inSlice<T>(f: () => T): T {
    const { hook } = this.opts;
    hook.beginSlice();
    try {
      return f();
    } finally {
      hook.endSlice();
    }
  }

  private endKilled(task: Task): void {
    task.done(this.opts.hook.killed);
    this.opts.afterKill();
  }

  /** End every waiting task: with `err` (a kill ended their chunk), or quietly (their run ended). */
  abortWaiting(err?: LuatdError): void {
    for (const task of [...this.waiting.keys()]) {
      this.waiting.delete(task);
      task.done(err);
    }
  }

  /** The finished task's return values as `tostring` shows them (exec), protected; clears its stack. */
  private results(task: Task): string[] {
    const { co } = task;
    const n = lua.lua_gettop(co);
    const out: string[] = [];
    if (task.collect && n > 0) {
      lua.lua_xmove(co, this.L, n);
      const values: string[] = [];
      // popped from the top: collect in reverse
      for (let i = 0; i < n; i++) values.push(safeToString(this.L, (t) => `(a ${t} value whose __tostring failed)`));
      out.push(...values.reverse());
    }
    lua.lua_settop(co, 0);
    return out;
  }

  /**
   * Park the running task until `op` settles, then return what its resolver pushes (or raise its
   * rejection at the caller's line, prefixed with `what`). Raises when the context cannot yield.
   */
  wait(L1: LuaState, op: PendingOp, what: string): number {
    if (!lua.lua_isyieldable(L1)) {
      op.promise.catch(() => undefined);
      return raise(L1, `${what}: cannot wait for an answer here (inside a metamethod, an iterator or a sort comparator); call it from plain code`);
    }
    const id = this.nextOp++;
    this.ops.set(id, op);
    lua.lua_settop(L1, 0);
    lua.lua_pushlightuserdata(L1, HOST_YIELD);
    lua.lua_pushinteger(L1, id);
    return lua.lua_yieldk(L1, 2, what, afterWait);
  }

  /** End the running task now (stop()); a no-op outside a yieldable context. */
  endTask(L1: LuaState): number {
    if (!lua.lua_isyieldable(L1)) return 0;
    lua.lua_pushlightuserdata(L1, HOST_YIELD);
    lua.lua_pushinteger(L1, END_TASK);
    return lua.lua_yield(L1, 2);
  }

  /** Wake every waiting task with an error raised at its waiting call (pcall can catch it). */
  interrupt(message: string): void {
    for (const wake of [...this.waiting.values()]) wake(false, new LuatdError('LUA_RUNTIME', message));
  }

  /**
   * Call `fn` after `ms` (cleared by clearTimers, or by the function returned). Long waits are chained: setTimeout takes at
   * most 2^31-1 ms (24.8 days) and fires at once (with a warning on stderr) beyond that.
   */
  after(ms: number, fn: () => void): () => void {
    const step = Math.min(ms, MAX_TIMER_MS);
    let next: (() => void) | undefined;
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (ms > MAX_TIMER_MS) next = this.after(ms - MAX_TIMER_MS, fn);
      else fn();
    }, step);
    this.timers.add(t);
    return () => {
      clearTimeout(t);
      this.timers.delete(t);
      next?.();
    };
  }

  /** Cancel every pending timer (sleeps, the total timeout). */
  clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** True when `co` is a host task (the main chunk, a handler call), not a coroutine of the script. */
  isHostThread(co: LuaState): boolean {
    return this.hostThreads.has(co);
  }

  /** Number of tasks started and not finished. */
  get running(): number {
    return this.active;
  }

  /** Forget pending operations (the runtime is closing). */
  close(): void {
    this.clearTimers();
    this.ops.clear();
  }
}

/** Continuation of a waiting call: resumed with (true, results...) or (false, message); ctx names the call. */
function afterWait(L: LuaState, _status: number, what: string): number {
  if (lua.lua_toboolean(L, 1)) return lua.lua_gettop(L) - 1;
  return raise(L, `${what}: ${toDisplayString(L, 2)}`);
}
