/** Option parsing helpers shared by the subcommands (one wording for every command's errors). */
import { LuatdError } from '../errors.js';
import { makePrivateDir } from '../core/store/files.js';

/** Commander reducer for a repeatable option (`--plugins A --plugins B`). */
export const collect = (v: string, acc: string[] = []): string[] => [...acc, v];

/** A numeric option that must be a finite, non-negative number. */
export function nonNegative(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new LuatdError('USAGE', `${flag} expects a non-negative number, got '${v}'`);
  return n;
}

/** Create the data directory (0700: it holds logins and tokens), or say clearly why it cannot be one (e.g. it is a file). */
export function ensureDataDir(dir: string): void {
  try {
    makePrivateDir(dir);
  } catch (e) {
    throw new LuatdError('IO', `cannot use ${dir} as the data directory: ${(e as NodeJS.ErrnoException).code === 'EEXIST' ? 'it is a file' : (e as Error).message}`);
  }
}
