/** `luatd token create|list|revoke`: user tokens for the HTTP gateway's `/user<TOKEN>/` routes. */
import type { Command } from 'commander';
import { createUserToken, listUserTokens, revokeUserTokens } from '../../http/index.js';
import { defaultDataDir } from '../../paths.js';
import { ensureDataDir } from '../options.js';

/** Register `luatd token`. */
export function register(program: Command): void {
  const token = program.command('token').description('manage user tokens of the HTTP API (luatd serve)');
  token
    .command('create')
    .description('create a token for /user<TOKEN>/ calls as a session; it is shown once and stored hashed')
    .requiredOption('--session <name>', 'session (account) the token acts as')
    .option('--data <dir>', 'data directory (default: $LUATD_HOME/data)')
    .option('--json', 'print {"token", "id", "session"} as JSON')
    .action((opts: { session: string; data?: string; json?: boolean }) => {
      const dir = opts.data ?? defaultDataDir();
      ensureDataDir(dir);
      const { token: t, id } = createUserToken(dir, opts.session);
      if (opts.json) process.stdout.write(JSON.stringify({ token: t, id, session: opts.session }) + '\n');
      else {
        process.stdout.write(`${t}\n`);
        process.stderr.write(`token ${id} for session '${opts.session}' created; it is not shown again (revoke: luatd token revoke ${id})\n`);
      }
    });
  token
    .command('list')
    .description('list tokens (ids and sessions, never the secrets)')
    .option('--data <dir>', 'data directory (default: $LUATD_HOME/data)')
    .action((opts: { data?: string }) => {
      const dir = opts.data ?? defaultDataDir();
      ensureDataDir(dir);
      for (const t of listUserTokens(dir)) {
        process.stdout.write(`${t.id}\t${t.session}\t${new Date(t.created * 1000).toISOString()}\t${t.revoked ? 'revoked' : 'active'}\n`);
      }
    });
  token
    .command('revoke')
    .description('revoke a token by its id (or the whole token), or every token of a session')
    .argument('[id]', 'token id (the part before ":")')
    .option('--session <name>', 'revoke every token of this session')
    .option('--data <dir>', 'data directory (default: $LUATD_HOME/data)')
    .action((id: string | undefined, opts: { session?: string; data?: string }) => {
      const dir = opts.data ?? defaultDataDir();
      ensureDataDir(dir);
      const n = revokeUserTokens(dir, { id, session: id === undefined ? opts.session : undefined });
      process.stderr.write(`${n} token${n === 1 ? '' : 's'} revoked\n`);
      if (n === 0) process.exitCode = 1;
    });
}
