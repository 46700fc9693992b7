/**
 * Limits of one script, with their defaults (one typed object, merged once), and the CLI flags
 * that set them (`luatd run --max-slice ...`).
 */
import { LuatdError } from '../errors.js';
import { DEFAULT_MEMORY_MB } from './worker-start.cjs';

/** What a script may use. Times in milliseconds, sizes in bytes or MiB as named; 0 means "no limit". */
export interface Limits {
  /** Longest run of Lua code without giving control back (an API wait, sleep, or the end), in ms. */
  sliceMs: number;
  /**
   * Most Lua VM steps in one such run (0: no limit): the same guard counted in work instead of
   * time, so it stops a runaway at the same point on an idle and on a busy machine (instructions,
   * plus the steps of pattern matching, sorting and compiling; checked every 1,000).
   */
  sliceSteps: number;
  /** Total wall-clock time of the script, in ms (0: none; a bot runs until stopped). */
  totalMs: number;
  /** Largest single Lua string, in bytes (strings live outside the JS heap, so they are capped one by one). */
  maxStringBytes: number;
  /** JS heap of the script's worker, in MiB (tables, closures...); only enforced for isolated (worker) runs. */
  memoryMb: number;
  /**
   * Extra time after `sliceMs` before the supervisor terminates a worker whose Lua code cannot be
   * interrupted by the instruction hook (one huge string.find, a giant table.concat), in ms.
   */
  hardStopGraceMs: number;
}

/** Defaults: generous for real scripts, tight enough that a runaway loop dies in seconds. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  sliceMs: 5_000,
  sliceSteps: 0,
  totalMs: 0,
  maxStringBytes: 64 * 1024 * 1024,
  memoryMb: DEFAULT_MEMORY_MB,
  hardStopGraceMs: 2_000,
});

/** Merge user limits over the defaults, rejecting nonsense (negative, NaN) with a USAGE error. */
export function resolveLimits(partial: Partial<Limits> = {}): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const k of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const v = partial[k];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new LuatdError('USAGE', `limit ${k} must be a non-negative number, got ${String(v)}`);
    }
    out[k] = v;
  }
  return out;
}
