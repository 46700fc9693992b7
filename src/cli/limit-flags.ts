/**
 * The limit flags, as data: one row per flag (the Limits key it sets, its unit, help, the
 * smallest useful value), read by every command that runs Lua (run, repl, plugins) for its
 * options, its help and its messages.
 */
import type { Command } from 'commander';
import { DEFAULT_LIMITS, type Limits } from '../lua/limits.js';
import { LuatdError } from '../errors.js';
import { nonNegative } from './options.js';

/** One limit flag. */
export interface LimitFlag {
  key: keyof Limits;
  flag: string;
  /** Commander's name of the parsed value (camelCase of the flag). */
  attr: string;
  unit: 'ms' | 'n' | 'mib' | 'bytes';
  help: string;
  /** The smallest value other than 0 (0 means "no limit") that still lets the host report an error. */
  min?: number;
}

/** The smallest --max-string: the host must still be able to build an error message and a traceback. */
export const MIN_STRING_BYTES = 4096;

/** Every limit flag. */
export const LIMIT_FLAGS: readonly LimitFlag[] = [
  { key: 'sliceMs', flag: '--max-slice', attr: 'maxSlice', unit: 'ms', help: 'longest run of Lua code without giving control back (0: none)' },
  { key: 'sliceSteps', flag: '--max-steps', attr: 'maxSteps', unit: 'n', help: 'most Lua steps run without giving control back (0: none; counts work, not time)' },
  { key: 'totalMs', flag: '--timeout', attr: 'timeout', unit: 'ms', help: 'total wall-clock time of the script (0: none)' },
  { key: 'memoryMb', flag: '--max-memory', attr: 'maxMemory', unit: 'mib', help: 'JS heap of the script' },
  { key: 'maxStringBytes', flag: '--max-string', attr: 'maxString', unit: 'bytes', help: 'largest single Lua string', min: MIN_STRING_BYTES },
  { key: 'hardStopGraceMs', flag: '--hard-stop-grace', attr: 'hardStopGrace', unit: 'ms', help: 'extra time before an uninterruptible operation is terminated' },
];

const rows = (keys: readonly (keyof Limits)[]): LimitFlag[] => LIMIT_FLAGS.filter((f) => keys.includes(f.key));

/** Adds the flags of `keys` to a command (help texts may be overridden per command). */
export function addLimitOptions(cmd: Command, keys: readonly (keyof Limits)[], help: Partial<Record<keyof Limits, string>> = {}): Command {
  for (const f of rows(keys)) cmd.option(`${f.flag} <${f.unit}>`, help[f.key] ?? f.help, String(DEFAULT_LIMITS[f.key]));
  return cmd;
}

/** The limits of `keys` from parsed flags; an empty, non-numeric, negative or too small value is a USAGE error. */
export function readLimits(flags: object, keys: readonly (keyof Limits)[]): Partial<Limits> {
  const out: Partial<Limits> = {};
  const values = flags as Record<string, unknown>;
  for (const f of rows(keys)) {
    const raw = values[f.attr];
    if (raw === undefined) continue;
    const v = nonNegative(f.flag, String(raw));
    if (f.min !== undefined && v !== 0 && v < f.min) {
      throw new LuatdError('USAGE', `${f.flag} must be at least ${f.min} ${f.unit} (a smaller limit could not even carry an error message), or 0 for none; got '${String(raw)}'`);
    }
    out[f.key] = v;
  }
  return out;
}
