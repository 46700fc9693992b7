/** `luatd bot create NAME [--data DIR]`: create a bot account on the embedded network and print its token. */
import type { Command } from 'commander';
import { createBot } from '../../core/index.js';
import { defaultDataDir } from '../../paths.js';

/** Register `luatd bot`. */
export function register(program: Command): void {
  const bot = program.command('bot').description('manage bot accounts of the embedded network');
  bot
    .command('create')
    .description('create a bot account (username ending in "bot") and print its token for checkAuthBotToken')
    .argument('<name>', 'display name of the bot')
    .option('-d, --data <dir>', 'data directory of the embedded engine (default: $LUATD_HOME/data)')
    .option('-u, --username <username>', 'the username (ending in "bot"; default: the name, with "_bot" added unless it ends in "bot"); a taken one is refused')
    .option('--json', 'print {"user_id", "username", "token"} as JSON')
    .action((name: string, opts: { data?: string; json?: boolean; username?: string }) => {
      const created = createBot(opts.data ?? defaultDataDir(), name, { username: opts.username });
      if (opts.json) process.stdout.write(JSON.stringify(created) + '\n');
      else {
        process.stdout.write(`${created.token}\n`);
        process.stderr.write(`bot @${created.username} (user id ${created.user_id}) created; log in with checkAuthBotToken. Keep the token: it is shown only this once (the data dir keeps only a hash of it)\n`);
      }
    });
}
