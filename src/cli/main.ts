#!/usr/bin/env node
/**
 * The `luatd` command. This file only wires commander: each subcommand lives in
 * src/cli/commands/<name>.ts and calls library code, which never exits the process.
 * Exit codes are decided here: 0 success, 1 failure (error already printed), 2 usage.
 */
import { LuatdError } from '../errors.js';
import { commands } from './commands/index.js';
import { readPackageVersion } from './version.js';
import { prestartWorker } from '../lua/worker-start.cjs';

// Most of `luatd run`'s start-up is its script worker loading the VM and the core: start that
// worker first, so it loads while commander and the options are read here (commander is
// imported below, after this line runs). Started through the `luatd` executable (luatd.cts),
// the worker is already on its way and this does nothing.
if (process.argv[2] === 'run') prestartWorker();

export async function main(argv: string[]): Promise<number> {
  const { Command, CommanderError } = await import('commander');
  const program = new Command();
  program
    .name('luatd')
    .description('Script, test and explore a TD-style API from Lua, against an embedded offline engine')
    .version(readPackageVersion())
    .exitOverride()
    .showHelpAfterError();
  try {
    // only the command asked for is loaded (argv: node, luatd, command, ...); help and the rest load all
    const asked = commands.filter((c) => c.name === argv[2]);
    for (const c of asked.length ? asked : commands) (await c.load())(program);
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version end here too, with exit code 0
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof LuatdError) {
      process.stderr.write(`luatd: ${e.message}\n`);
      return e.code === 'USAGE' ? 2 : 1;
    }
    process.stderr.write(`luatd: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

// The reader of our output went away (`luatd types | head`): end quietly, as Unix tools do.
// Commands that must shut down cleanly first (run, repl) add their own 'error' listener.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  if (process.stdout.listenerCount('error') === 1) process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`luatd: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
