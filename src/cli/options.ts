/** Option parsing helpers shared by the subcommands (one wording for every command's errors). */
import type { Command } from 'commander';
import { LuatdError } from '../errors.js';
import { makePrivateDir } from '../core/store/files.js';
import type { CoreOptions } from '../lua/core-open.js';

/** Commander reducer for a repeatable option (`--plugins A --plugins B`). */
export const collect = (v: string, acc: string[] = []): string[] => [...acc, v];

/** A numeric option that must be a finite, non-negative number, written in digits (an empty value is not 0). */
export function nonNegative(flag: string, v: string): number {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
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

/** The backend flags (`--backend`, `--api-id`, `--api-hash`, `--test-dc`, `--compat`) as commander parses them. */
export interface BackendFlags {
  backend: string;
  apiId?: string;
  apiHash?: string;
  testDc?: boolean;
  compat: string;
}

/** Add the backend flags to a command that opens a client (run, repl, plugins serve). */
export function addBackendOptions(cmd: Command): Command {
  return cmd
    .option('--backend <name>', 'embedded (the offline core) or tdlib (a real TDLib: npm install tdl prebuilt-tdlib)', 'embedded')
    .option('--api-id <id>', 'tdlib: api_id from my.telegram.org (default: $LUATD_API_ID)')
    .option('--api-hash <hash>', 'tdlib: api_hash (default: $LUATD_API_HASH)')
    .option('--test-dc', "tdlib: use Telegram's test environment")
    .option('--compat <mode>', 'legacy (tdlib: translate resetAuth, getAuthState... to TDLib 1.8), none, or tdcli (run: a tdcli bot, see docs/compat.md; implies legacy)', 'legacy');
}

/** The core options of the backend flags; USAGE error for an unknown backend or compat mode. */
export function backendOptions(flags: BackendFlags): Pick<CoreOptions, 'backend' | 'tdlib'> {
  if (flags.backend !== 'embedded' && flags.backend !== 'tdlib') throw new LuatdError('USAGE', `--backend must be embedded or tdlib, got '${flags.backend}'`);
  if (flags.compat !== 'legacy' && flags.compat !== 'none' && flags.compat !== 'tdcli') throw new LuatdError('USAGE', `--compat must be legacy, none or tdcli, got '${flags.compat}'`);
  if (flags.backend === 'embedded') {
    const tdlibOnly = flags.apiId !== undefined ? '--api-id' : flags.apiHash !== undefined ? '--api-hash' : flags.testDc ? '--test-dc' : undefined;
    if (tdlibOnly) throw new LuatdError('USAGE', `${tdlibOnly} applies to --backend tdlib only`);
    return { backend: 'embedded' };
  }
  return { backend: 'tdlib', tdlib: { apiId: flags.apiId, apiHash: flags.apiHash, testDc: flags.testDc === true, compat: flags.compat === 'none' ? 'none' : 'legacy' } };
}
