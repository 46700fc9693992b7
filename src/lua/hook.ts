/**
 * The limits hook: the instruction count hook of every thread of a VM, which ends a slice of Lua
 * code that runs too long, past the total time, over the memory cap, or when interrupted.
 *
 * A kill is "unswallowable": once raised, every pcall/xpcall/coroutine.resume that catches it
 * re-raises it (the sandbox asks `killed`), and the hook fires at every instruction, so the kill
 * unwinds to the host task that was running. Once it has (no Lua code runs any more), the
 * runtime calls reset(): the kill ended the current chunk or run, not the VM.
 *
 * The slice measures the script's own running time: time spent inside host calls (an API call
 * into the core, a registered JS function) is not counted (enterHost/leaveHost).
 */
import { performance } from 'node:perf_hooks';
import { lua, lauxlib, decodeLenient, pushString, utf8, type LuaState } from './fengari.js';
import type { Limits } from './limits.js';
import { LuatdError, type ErrorCode } from '../errors.js';

/** Instructions between two limit checks. */
export const HOOK_EVERY = 1000;
/** Steps of fengari's budgeted native loops (find, sort, load) between two limit checks. */
const STEP_BUDGET = 10_000;

/** What the hook reads besides the limits. */
export interface HookOptions {
  /** Reads the JS heap in bytes; with limits.memoryMb the hook raises LIMIT_MEMORY past it. */
  heapUsed?: () => number;
  /** Polled at each check: true interrupts running Lua code (Ctrl-C while a chunk is busy). */
  interrupted?: () => boolean;
  /** Called when a kill happens (the runtime settles the run). */
  onKill: (error: LuatdError) => void;
  /** Called with the time (ms) a host call took inside a slice: the slice's clock moved on by it. */
  onHostTime?: (ms: number) => void;
}

/** The count hook of one VM, its time accounting and its kill state. */
export class LimitsHook {
  private sliceStart = 0;
  /** Lua steps run in the current slice (for limits.sliceSteps). */
  private sliceSteps = 0;
  private inSlice = false;
  private ticks = 0;
  private killedBy: LuatdError | undefined;
  private readonly kills = new WeakSet<LuatdError>();
  /** Threads whose hook was set to fire at every instruction by a kill (reset() restores them). */
  private readonly hot = new Set<LuaState>();
  private hostDepth = 0;
  private hostSince = 0;
  /** Absolute performance.now() time the run must end by (0: none). */
  deadline = 0;

  constructor(
    private readonly limits: Limits,
    private readonly opts: HookOptions,
  ) {}

  /** Install on the main thread: every coroutine created afterwards inherits it. */
  install(L: LuaState): void {
    // pattern matching, sorting and compiling run inside one JS call each, where the count hook
    // never fires: fengari (patched) calls luatd_stepcheck every 10,000 steps of them
    L.l_G.luatd_steps = STEP_BUDGET;
    L.l_G.luatd_stepcheck = stepCheck;
    lua.lua_sethook(L, this.hookFn, lua.LUA_MASKCOUNT, HOOK_EVERY);
  }

  /** A slice of Lua code starts (a resume): its clock starts now. */
  beginSlice(): void {
    this.sliceStart = performance.now();
    this.sliceSteps = 0;
    this.inSlice = true;
  }

  /** The slice ended (the resume returned). */
  endSlice(): void {
    this.inSlice = false;
  }

  /** A host call starts (from Lua into JS: the core, a registered function): its time is not the script's. */
  enterHost(): void {
    if (this.hostDepth++ === 0) this.hostSince = performance.now();
  }

  /** The host call returned (or raised): the slice clock moves on by the time it took. */
  leaveHost(): void {
    if (--this.hostDepth === 0) {
      const ms = performance.now() - this.hostSince;
      this.sliceStart += ms;
      if (this.inSlice) this.opts.onHostTime?.(ms);
    }
  }

  /** True while Lua code runs inside a resume. */
  get running(): boolean {
    return this.inSlice;
  }

  /** The error that killed the current run, if any. */
  get killed(): LuatdError | undefined {
    return this.killedBy;
  }

  /** Mark the run as killed; every later hook, pcall and resume re-raises. (os.exit is a kill with details.exitCode.) */
  kill(code: ErrorCode, message: string, details: Record<string, unknown> = {}): void {
    if (this.killedBy) return;
    this.killedBy = new LuatdError(code, message, details);
    this.kills.add(this.killedBy);
    this.opts.onKill(this.killedBy);
  }

  /** A kill by os.exit ends only its run: forget it when the next run starts. */
  forgetExit(): void {
    if (this.killedBy?.details.exitCode !== undefined) this.killedBy = undefined;
  }

  /** True when `e` is an error this hook raised to kill a chunk or run. */
  isKill(e: unknown): boolean {
    return e instanceof LuatdError && this.kills.has(e);
  }

  /**
   * The kill has unwound (no Lua code runs): forget it, so the VM runs the next chunk or run
   * normally. Every thread the kill made hot gets the normal hook back.
   */
  reset(L: LuaState): void {
    this.killedBy = undefined;
    this.hostDepth = 0;
    this.hot.add(L);
    for (const t of this.hot) lua.lua_sethook(t, this.hookFn, lua.LUA_MASKCOUNT, HOOK_EVERY);
    this.hot.clear();
  }

  /** Raise the kill in L1 (never returns normally). */
  raiseKill(L1: LuaState): number {
    // hooks fire every instruction from now on, so a pcall that swallows this is interrupted again at once
    lua.lua_sethook(L1, this.hookFn, lua.LUA_MASKCOUNT, 1);
    this.hot.add(L1);
    pushString(L1, this.killedBy?.message ?? 'killed');
    return lua.lua_error(L1);
  }

  /** The count hook of every thread; also reached from fengari's step budget (stepCheck). */
  private readonly hookFn = (L1: LuaState, ar: unknown): void => {
    // from stepCheck: level 1 is the Lua line that called string.find, table.sort, load...
    if (ar === STEP) {
      this.sliceSteps += STEP_BUDGET;
      if (this.inSlice) this.check(L1, 1);
    } else {
      this.sliceSteps += HOOK_EVERY;
      this.check(L1, 0);
    }
  };

  private check(L1: LuaState, level: number): void {
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
    if (this.limits.sliceSteps > 0 && this.sliceSteps > this.limits.sliceSteps) {
      this.kill('LIMIT_TIME', `${where(L1, level)}script ran more than ${this.limits.sliceSteps} Lua steps without giving control back (limit: --max-steps); it was stopped`);
      this.raiseKill(L1);
    }
    if (this.deadline > 0 && now > this.deadline) {
      this.kill('LIMIT_TIME', `${where(L1, level)}script ran longer than its total timeout of ${this.limits.totalMs} ms (limit: --timeout); it was stopped`);
      this.raiseKill(L1);
    }
    // every 16th instruction check, and every check from a native loop (string.rep, concat...: the
    // ones that allocate big strings, which count too: they live outside the JS heap)
    if (this.opts.heapUsed && this.limits.memoryMb > 0 && ((++this.ticks & 15) === 0 || level === 1)) {
      const used = this.opts.heapUsed();
      // stop a little below the worker's hard cap, so the script gets a clean error instead of a dead worker
      if (used > this.limits.memoryMb * 1024 * 1024 * 0.85) {
        this.kill('LIMIT_MEMORY', `${where(L1, level)}script used more than its memory limit of ${this.limits.memoryMb} MiB (limit: --max-memory); it was stopped`);
        this.raiseKill(L1);
      }
    }
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

/**
 * `chunk:line: ` of the script's Lua code running at hook time ('' when unknown): the first frame
 * from `level` outwards that is Lua code of the script, so that a kill landing inside one of our
 * own Lua chunks (the prelude's pcall wrapper, the printer, a plugin's host glue) names the
 * script's line that called it.
 */
function where(L1: LuaState, level: number): string {
  const ar = new lua.lua_Debug();
  for (let lv = level; lua.lua_getstack(L1, lv, ar); lv++) {
    lua.lua_getinfo(L1, SL, ar);
    if (ar.currentline > 0 && !isHostChunk(ar.source)) return `${decodeLenient(ar.short_src)}:${ar.currentline}: `;
  }
  lauxlib.luaL_where(L1, level);
  const w = decodeLenient(lua.lua_tolstring(L1, -1));
  lua.lua_pop(L1, 1);
  return w;
}

const SL = utf8('Sl');

/** Our own Lua chunks are named `=luatd ...` (prelude, printer, completion, legacy delivery, plugin runtime) or `=NAME (plugin host)`. */
export function isHostChunk(source: Uint8Array | null | undefined): boolean {
  if (!source || source[0] !== 0x3d) return false; // '='
  const name = decodeLenient(source);
  return name.startsWith('=luatd') || name.endsWith(' (plugin host)');
}
