/**
 * `luatd repl`: the interactive Lua prompt against the embedded core (same VM, sandbox, core
 * and plugins as `luatd run`). With stdin not a terminal it reads chunks from the pipe, prints
 * values on stdout and errors on stderr, and exits 1 if any chunk failed.
 */
import { addBackendOptions, backendOptions, collect, ensureDataDir, type BackendFlags } from '../options.js';
import { addLimitOptions, readLimits } from '../limit-flags.js';
import type { Command } from 'commander';
import { defaultDataDir, defaultPluginDir } from '../../paths.js';
import { openWorkerSession } from '../../repl/worker-session.js';
import { runRepl } from '../../repl/repl.js';
import { historyPath } from '../../repl/history.js';
import { readPackageVersion } from '../version.js';
import { addPermissionOptions, permissionsFrom, type PermissionFlags } from '../permission-flags.js';
import { LuatdError } from '../../errors.js';

interface ReplFlags extends PermissionFlags, BackendFlags {
  data?: string;
  memory?: boolean;
  session?: string;
  schema?: string;
  plugins: string[];
  userPlugins: boolean;
  history: boolean;
  modulePath: string[];
  maxSlice: string;
  maxSteps: string;
  timeout: string;
  maxString: string;
}


// the REPL's VM lives across chunks: no memory cap or hard stop (both would end its worker)
const REPL_LIMITS = ['sliceMs', 'sliceSteps', 'totalMs', 'maxStringBytes'] as const;

/** Register `luatd repl`. */
export function register(program: Command): void {
  const cmd = program.command('repl');
  addPermissionOptions(cmd);
  addBackendOptions(cmd);
  addLimitOptions(cmd, REPL_LIMITS, { totalMs: 'total time of one chunk (0: none)' });
  cmd
    .description('interactive Lua prompt against the embedded core (reads a pipe too)')
    .option('--data <dir>', 'data directory of the embedded core (default: $LUATD_HOME/data)')
    .option('--memory', 'use a fresh in-memory core (nothing is written)')
    .option('--session <name>', 'session (account) inside the data directory')
    .option('--schema <file>', 'another .tl schema: the globals follow it')
    .option('--plugins <dir>', 'load plugins from DIR (repeatable)', collect, [] as string[])
    .option('--no-user-plugins', "do not load the user's plugin folder")
    .option('--no-history', 'do not read or write the history file')
    .option('--module-path <dir>', 'extra folder for require (repeatable)', collect, [] as string[])
    .action(async (flags: ReplFlags) => {
      const { permissions, eaten } = permissionsFrom(flags, (program as unknown as { rawArgs?: string[] }).rawArgs ?? process.argv);
      if (eaten.length > 0) throw new LuatdError('USAGE', `repl takes no arguments (got '${eaten[0]}'); a list of paths or names goes after '=', e.g. --allow-read=${eaten[0]}`);
      const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY);
      const color = terminal && !process.env.NO_COLOR;
      const limits = readLimits(flags, REPL_LIMITS);
      const dataDir = flags.memory ? undefined : (flags.data ?? defaultDataDir());
      if (dataDir) ensureDataDir(dataDir);
      const pluginDirs = [...flags.plugins, ...(flags.userPlugins ? [defaultPluginDir()] : [])];
      // output of print and plugins; once the prompt runs, lines go above it
      let print = (line: string): void => {
        process.stdout.write(line + '\n');
      };
      const session = await openWorkerSession({
        ...backendOptions(flags),
        memory: flags.memory,
        dataDir,
        session: flags.session,
        schema: flags.schema,
        pluginDirs,
        modulePaths: flags.modulePath,
        permissions,
        write: (fd, bytes) => (fd === 2 ? process.stderr : process.stdout).write(bytes),
        limits,
        print: (line) => print(line),
        report: (e) => process.stderr.write(`luatd: ${e.message}\n`),
        codeSink: (phone, code) => process.stderr.write(`luatd: login code for ${phone}: ${code}\n`),
        onWarning: (message) => process.stderr.write(`luatd: warning: ${message}\n`),
        width: terminal ? Math.max(40, (process.stdout.columns ?? 80) - 4) : 72,
      });
      try {
        const code = await runRepl({
          backend: session.backend,
          input: process.stdin,
          output: process.stdout,
          errorOutput: process.stderr,
          terminal,
          color,
          historyFile: terminal && flags.history ? historyPath() : undefined,
          describe: (name) => session.describe(name),
          commands: () => session.commands(),
          attach: (printAbove) => (print = printAbove),
          banner: `luatd ${readPackageVersion()} (Lua 5.3, fengari), ${session.backend.schemas()[0].functions.length} API functions. .help for help, Ctrl-D to exit.`,
        });
        if (code !== 0) process.exitCode = code;
      } finally {
        await session.close();
      }
    });
}
