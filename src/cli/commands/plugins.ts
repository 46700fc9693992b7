/**
 * `luatd plugins list|new|test|serve`: see docs/plugins.md.
 * - list: load every plugin (against a fresh in-memory core) and show each one's status;
 * - new NAME: scaffold a working plugin folder (init.lua, plugin.json, test.lua);
 * - test DIR: load the plugin of DIR and run its test.lua (exit 1 on failure);
 * - serve: run the plugins against the core until SIGINT/SIGTERM, reloading them on edits.
 */
import { addBackendOptions, backendOptions, collect, ensureDataDir, type BackendFlags } from '../options.js';
import { addLimitOptions, readLimits } from '../limit-flags.js';
import { DEFAULT_LIMITS } from '../../lua/limits.js';
import type { Command } from 'commander';
import { defaultDataDir, defaultPluginDir } from '../../paths.js';
import { backendSchema, openCore } from '../../lua/core-open.js';
import { loadSchema, ourSchema } from '../../schema/parser.js';
import { openPlugins, type PluginStatus } from '../../plugins/manager.js';
import { scaffoldPlugin } from '../../plugins/scaffold.js';
import { testPlugin } from '../../plugins/test-harness.js';

interface CommonFlags {
  plugins: string[];
  userPlugins: boolean;
  schema?: string;
  maxSlice: string;
  maxSteps: string;
  hardStopGrace: string;
}



function common(cmd: Command): Command {
  return addLimitOptions(cmd, PLUGIN_LIMITS)
    .option('--plugins <dir>', 'plugin directory (repeatable)', collect, [] as string[])
    .option('--no-user-plugins', "leave out the user's plugin folder")
    .option('--schema <file>', 'another .tl schema');
}

const dirsOf = (f: CommonFlags): string[] => [...f.plugins, ...(f.userPlugins ? [defaultPluginDir()] : [])];
const PLUGIN_LIMITS = ['sliceMs', 'sliceSteps', 'hardStopGraceMs'] as const;
const limitsOf = (f: CommonFlags) => readLimits(f, PLUGIN_LIMITS);
const schemaOf = (f: CommonFlags) => (f.schema ? loadSchema(f.schema) : ourSchema());

/** One line per plugin: name, version, state (and why), what it offers, where it is. */
export function formatStatus(s: PluginStatus): string {
  const state = s.state === 'loaded' ? 'loaded' : `disabled: ${s.reason ?? ''}`;
  const offers = [...s.commands.map((c) => (s.kind === 'js' ? c : '/' + c)), ...s.repl.map((c) => '.' + c)].join(' ');
  return `${s.name} ${s.version ? 'v' + s.version : ''} [${s.kind}] ${state}${offers ? `  (${offers})` : ''}\n    ${s.path}`;
}

/** Register `luatd plugins`. */
export function register(program: Command): void {
  const plugins = program.command('plugins').description('list, create, test and serve plugins (Lua folders and TS/JS modules)');

  common(plugins.command('list'))
    .description("load the plugins of --plugins DIR and the user's folder, and show each one's status")
    .option('--json', 'print the statuses as JSON')
    .action(async (flags: CommonFlags & { json?: boolean }) => {
      const core = await openCore({ memory: true });
      try {
        const opened = await openPlugins({ dirs: dirsOf(flags), client: core, schema: schemaOf(flags), limits: limitsOf(flags) });
        const list = opened.manager.list();
        await opened.close();
        if (flags.json) process.stdout.write(JSON.stringify(list, null, 2) + '\n');
        else if (list.length === 0) process.stdout.write(`no plugins in ${dirsOf(flags).join(', ') || '(no folder)'}\n`);
        else process.stdout.write(list.map(formatStatus).join('\n') + '\n');
      } finally {
        await core.close();
      }
    });

  plugins
    .command('new')
    .description('create a plugin folder to start from (init.lua, plugin.json, test.lua)')
    .argument('<name>', 'plugin name (letters, digits, _ and -)')
    .option('--dir <dir>', "where to create it (default: the user's plugin folder)")
    .action((name: string, flags: { dir?: string }) => {
      const target = scaffoldPlugin(flags.dir ?? defaultPluginDir(), name);
      process.stdout.write(`created ${target}\n  test it:  luatd plugins test ${target}\n  run it:   luatd repl --plugins ${flags.dir ?? defaultPluginDir()}\n`);
    });

  common(plugins.command('test'))
    .description("load the plugin of DIR against a fresh in-memory core and run its test.lua")
    .argument('<dir>', 'the plugin folder')
    .action(async (dir: string, flags: CommonFlags) => {
      const core = await openCore({ memory: true });
      try {
        const r = await testPlugin({
          dir,
          client: core,
          schema: schemaOf(flags),
          limits: limitsOf(flags),
          print: (l) => process.stdout.write(l + '\n'),
        });
        if (!r.ok) {
          process.stderr.write(`luatd: test failed: ${r.error}\n`);
          process.exitCode = 1;
        }
      } finally {
        await core.close();
      }
    });

  addBackendOptions(common(plugins.command('serve')))
    .description('run the plugins against the core until Ctrl-C, reloading them when their files change')
    .option('--data <dir>', 'data directory of the embedded core (default: $LUATD_HOME/data)')
    .option('--memory', 'use a fresh in-memory core')
    .option('--session <name>', 'session (account) inside the data directory')
    .action(async (flags: CommonFlags & BackendFlags & { data?: string; memory?: boolean; session?: string }) => {
      const dataDir = flags.memory ? undefined : (flags.data ?? defaultDataDir());
      if (dataDir) ensureDataDir(dataDir);
      const backend = backendOptions(flags);
      const schema = await backendSchema(backend, flags.schema);
      const core = await openCore({ ...backend, memory: flags.memory, dataDir, session: flags.session, codeSink: (p, c) => process.stderr.write(`luatd: login code for ${p}: ${c}\n`), onWarning: (m) => process.stderr.write(`luatd: warning: ${m}\n`) }, flags.schema);
      try {
        const opened = await openPlugins({
          dirs: dirsOf(flags),
          client: core,
          schema,
          dataDir,
          limits: limitsOf(flags),
          print: (l) => process.stdout.write(l + '\n'),
          report: (e) => process.stderr.write(`luatd: ${e.message}\n`),
          watch: true,
        });
        const loaded = opened.manager.list().filter((s) => s.state === 'loaded').length;
        await new Promise<void>((resolve) => {
          // watchers and the core do not hold the event loop: this does, until a signal
          const keepAlive = setInterval(() => undefined, 1 << 30);
          const stop = (): void => {
            clearInterval(keepAlive);
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            // a second signal while the plugins unload: leave at once (130 = 128 + SIGINT)
            process.once('SIGINT', () => process.exit(130));
            process.once('SIGTERM', () => process.exit(143));
            resolve();
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
          // announced once a signal is handled: whoever waits for this line may stop us at once
          process.stderr.write(`luatd: serving ${loaded} plugin(s); Ctrl-C to stop\n`);
        });
        // on_unload and handlers still running get --hard-stop-grace, then the process ends anyway
        const grace = limitsOf(flags).hardStopGraceMs ?? DEFAULT_LIMITS.hardStopGraceMs;
        let timer: NodeJS.Timeout | undefined;
        const late = await Promise.race([
          opened.close().then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), grace))),
        ]);
        clearTimeout(timer);
        if (late) {
          process.stderr.write(`luatd: the plugins did not unload within ${grace} ms (limit: --hard-stop-grace); stopping without them\n`);
          process.exit(1);
        }
      } finally {
        await core.close();
      }
    });
}
