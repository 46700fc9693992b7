/**
 * `luatd run FILE [args...]` / `luatd run -` (stdin) / `luatd run -e CODE`: run a Lua script against
 * the embedded core, in a supervised worker (limits: see src/lua/limits.ts). Exit code 0 on
 * success, 1 on an uncaught error or a limit (message and traceback on stderr).
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { addBackendOptions, backendOptions, collect, ensureDataDir, type BackendFlags } from '../options.js';
import { addLimitOptions, readLimits } from '../limit-flags.js';
import type { Command } from 'commander';
import { LuatdError, formatError } from '../../errors.js';
import { defaultDataDir, defaultPluginDir } from '../../paths.js';
import { runIsolated } from '../../lua/isolated.js';
import type { CoreOptions } from '../../lua/core-open.js';
import { DEFAULT_LIMITS, type Limits } from '../../lua/limits.js';
import { addPermissionOptions, permissionsFrom, type PermissionFlags } from '../permission-flags.js';

interface RunFlags extends PermissionFlags, BackendFlags {
  eval?: string;
  data?: string;
  memory?: boolean;
  session?: string;
  schema?: string;
  modulePath?: string[];
  plugins: string[];
  userPlugins: boolean;
  maxSlice: string;
  maxSteps: string;
  timeout: string;
  maxMemory: string;
  maxString: string;
  hardStopGrace: string;
}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (e) {
    throw new LuatdError('IO', `cannot read the script from stdin: ${(e as Error).message}`);
  }
}

/** `--plugins` folders (each must exist), then the user's plugin folder when it exists. */
function pluginDirs(flags: RunFlags): string[] {
  for (const dir of flags.plugins) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new LuatdError('USAGE', `--plugins ${dir}: no such folder`);
  }
  const user = defaultPluginDir();
  return [...flags.plugins, ...(flags.userPlugins && existsSync(user) ? [user] : [])];
}

// every limit applies to a script run
const RUN_LIMITS = ['sliceMs', 'sliceSteps', 'totalMs', 'memoryMb', 'maxStringBytes', 'hardStopGraceMs'] as const;

/** Register `luatd run`. */
export function register(program: Command): void {
  // script arguments after the file must reach the script, not be parsed as luatd options
  program.enablePositionalOptions();
  const cmd = program.command('run');
  addPermissionOptions(cmd);
  addBackendOptions(cmd);
  addLimitOptions(cmd, RUN_LIMITS);
  cmd
    .description('run a Lua script (FILE, - for stdin, or -e CODE) against the embedded core')
    .argument('[file]', 'the script (- reads it from stdin)')
    .argument('[args...]', 'arguments for the script (arg[1], arg[2], ... and ...)')
    .option('-e, --eval <code>', 'run CODE instead of a file')
    .option('--data <dir>', 'data directory of the embedded core (default: $LUATD_HOME/data)')
    .option('--memory', 'use a fresh in-memory core (nothing is written)')
    .option('--session <name>', 'session (account) inside the data directory')
    .option('--schema <file>', 'another .tl schema: the globals follow it')
    .option('--module-path <dir>', 'extra folder for require (repeatable)', collect)
    .option('--plugins <dir>', 'load plugins from DIR next to the script (repeatable)', collect, [] as string[])
    .option('--no-user-plugins', "do not load the user's plugin folder")
    .passThroughOptions()
    .action(async (file: string | undefined, args: string[], flags: RunFlags) => {
      const { permissions, eaten } = permissionsFrom(flags, (program as unknown as { rawArgs?: string[] }).rawArgs ?? process.argv);
      if (eaten.length > 0) {
        // a bare --allow-read took the script name as its value: give it back
        if (file !== undefined) args = [file, ...args];
        file = eaten[0];
        args = [...eaten.slice(1), ...args];
      }
      let source: Uint8Array;
      let chunkName: string;
      let scriptPath: string | undefined;
      if (flags.eval !== undefined) {
        source = Buffer.from(flags.eval, 'utf8');
        chunkName = '=(command line)';
        if (file !== undefined) args = [file, ...args];
      } else if (file === undefined) {
        throw new LuatdError('USAGE', 'run: give a script file, - for stdin, or -e CODE');
      } else if (file === '-') {
        source = readStdin();
        chunkName = '=stdin';
      } else {
        try {
          source = readFileSync(file);
        } catch (e) {
          throw new LuatdError('IO', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, { file });
        }
        chunkName = file;
        scriptPath = file;
      }
      const limits: Limits = { ...DEFAULT_LIMITS, ...readLimits(flags, RUN_LIMITS) };
      const backend = backendOptions(flags);
      const core: Omit<CoreOptions, 'codeSink'> = flags.memory ? { memory: true, session: flags.session, ...backend } : { dataDir: flags.data ?? defaultDataDir(), session: flags.session, ...backend };
      if (core.dataDir) ensureDataDir(core.dataDir);
      // SIGINT/SIGTERM: stop the script cleanly (handlers end, the core closes, nothing lost)
      const ac = new AbortController();
      const onSignal = () => {
        // a second Ctrl-C while the first is being honoured: leave at once (130 = 128 + SIGINT)
        if (ac.signal.aborted) process.exit(130);
        ac.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      // the reader of our output went away (`luatd run x.lua | head`): stop quietly, as `lua` would
      let stdoutGone = false;
      const onStdoutError = (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EPIPE') throw e;
        stdoutGone = true;
        ac.abort();
      };
      process.stdout.on('error', onStdoutError);
      try {
        const outcome = await runIsolated({
          source,
          chunkName,
          scriptPath,
          args,
          schema: flags.schema,
          core,
          limits,
          modulePaths: flags.modulePath ?? [],
          compat: flags.compat === 'tdcli' ? 'tdcli' : undefined,
          permissions,
          pluginDirs: pluginDirs(flags),
          onPluginEvent: (message) => process.stderr.write(`luatd: ${message}\n`),
          signal: ac.signal,
          print: (line) => {
            if (!stdoutGone) process.stdout.write(line + '\n');
          },
          write: (fd, bytes) => {
            if (fd === 2) process.stderr.write(bytes);
            else if (!stdoutGone) process.stdout.write(bytes);
          },
          onHandlerError: (text) => process.stderr.write(`luatd: ${text}\n`),
          onWarning: (message) => process.stderr.write(`luatd: warning: ${message}\n`),
          // a reader that stalls (a full pipe) makes the script's print wait, not this process grow
          pendingOutput: () => process.stdout.writableLength + process.stderr.writableLength,
          codeSink: (phone, code) => process.stderr.write(`luatd: login code for ${phone}: ${code}\n`),
        });
        // os.exit(code): the script chose its exit code (as a process would: modulo 256)
        if (outcome.exitCode !== undefined) process.exitCode = outcome.exitCode & 0xff;
        if (outcome.status !== 'ok' && outcome.error && !stdoutGone) {
          process.stderr.write(`luatd: ${formatError(outcome.error)}\n`);
          // bad options discovered in the worker (a session name, --data and --memory...) are usage errors
          process.exitCode = outcome.error.code === 'USAGE' ? 2 : 1;
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        process.stdout.off('error', onStdoutError);
        // stopped by a signal: output a stalled reader never takes must not keep the process alive
        if (ac.signal.aborted && process.stdout.writableLength > 0) setTimeout(() => process.exit(), 200).unref();
      }
    });
}
