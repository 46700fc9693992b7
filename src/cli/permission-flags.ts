/**
 * The permission flags of `luatd run` and `luatd repl` (Deno's spelling): one table feeds the
 * options, their help and the Permissions object handed to the library.
 */
import type { Command } from 'commander';
import { parseGrant, type Permissions } from '../lua/permissions.js';

/** Values commander gives for the flags. */
export interface PermissionFlags {
  allowRead?: string | boolean;
  allowWrite?: string | boolean;
  allowEnv?: string | boolean;
  allowDebug?: boolean;
  allowJs?: boolean;
  allowAll?: boolean;
}

const LISTS = [
  { flag: '--allow-read', prop: 'allowRead', key: 'read', help: 'let the script read files: all, or only PATHS (--allow-read=a,b)' },
  { flag: '--allow-write', prop: 'allowWrite', key: 'write', help: 'let the script write, create, remove and rename files: all, or only PATHS' },
  { flag: '--allow-env', prop: 'allowEnv', key: 'env', help: 'let os.getenv read the environment: all, or only NAMES' },
] as const;

/** Add the permission options to a command. */
export function addPermissionOptions(cmd: Command): Command {
  for (const l of LISTS) cmd.option(`${l.flag} [${l.key === 'env' ? 'names' : 'paths'}]`, l.help);
  return cmd
    .option('--allow-debug', 'give the script the whole debug library')
    .option('--allow-js', 'give the script require("js"), the bridge to JavaScript (full Node access)')
    .option('-A, --allow-all', 'all of the above (plugins stay sandboxed)');
}

/**
 * The Permissions the flags ask for, and the arguments a bare flag swallowed: a list is only
 * taken after `=` (`--allow-read=data`), so in `--allow-read script.lua` the script name that
 * commander took as the flag's value is handed back (`eaten`) to be the first positional argument.
 */
export function permissionsFrom(flags: PermissionFlags, rawArgs: readonly string[]): { permissions?: Permissions; eaten: string[] } {
  const p: Permissions = {};
  const eaten: string[] = [];
  for (const l of LISTS) {
    const v = flags[l.prop];
    if (typeof v === 'string' && !rawArgs.some((a) => a.startsWith(`${l.flag}=`))) {
      eaten.push(v);
      p[l.key] = true;
    } else {
      const g = parseGrant(l.flag, v);
      if (g !== undefined) p[l.key] = g;
    }
  }
  if (flags.allowDebug) p.debug = true;
  if (flags.allowJs) p.js = true;
  if (flags.allowAll) p.all = true;
  return { permissions: Object.keys(p).length > 0 ? p : undefined, eaten };
}
