/**
 * `luatd plugins test DIR`: load one plugin folder against a fresh in-memory core and run its
 * test.lua in a separate VM, where `plugin` drives the plugin the way a host does:
 *   plugin.command(text)      a chat message (an updateNewMessage) with that text; returns the reply
 *   plugin.update(update)     any update, to the plugin's handler; returns what it returned
 *   plugin.repl(name, args)   a `.name` REPL command; returns its result
 *   plugin.storage(key)       a value from the plugin's KV store
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LuaRuntime, formatError } from '../lua/runtime.js';
import type { Limits } from '../lua/limits.js';
import { LuatdError } from '../errors.js';
import type { Client } from '../core/client.js';
import type { SchemaIR } from '../schema/ir.js';
import { openPlugins, type PluginEvent } from './manager.js';

/** What a plugin test run gives back. */
export interface PluginTestResult {
  ok: boolean;
  /** The failure (load, or the test's error with its position). */
  error?: string;
}

/** Options of `testPlugin`. */
export interface PluginTestOptions {
  /** The plugin folder (with init.lua and test.lua). */
  dir: string;
  /** A client for the plugin and the test (the caller opens and closes it: an in-memory core). */
  client: Client;
  schema: SchemaIR;
  limits?: Partial<Limits>;
  print: (line: string) => void;
  report?: (e: PluginEvent) => void;
}

/** Load the plugin of `dir` and run `dir/test.lua` against it. Never throws for test failures. */
export async function testPlugin(opts: PluginTestOptions): Promise<PluginTestResult> {
  const dir = path.resolve(opts.dir);
  const testFile = path.join(dir, 'test.lua');
  if (!existsSync(path.join(dir, 'init.lua'))) throw new LuatdError('USAGE', `${opts.dir} is not a plugin folder (no init.lua)`);
  if (!existsSync(testFile)) throw new LuatdError('USAGE', `${opts.dir} has no test.lua to run`);
  // discovery works on a parent folder; take only this plugin
  const opened = await openPlugins({ dirs: [path.dirname(dir)], client: opts.client, schema: opts.schema, limits: opts.limits, print: opts.print, report: opts.report, only: path.basename(dir) });
  try {
    const status = opened.manager.list().find((s) => s.path === dir);
    if (!status || status.state !== 'loaded') return { ok: false, error: `the plugin did not load: ${status?.reason ?? 'not found'}` };
    const inst = opened.manager.instance(status.name)!;
    let nextId = 1;
    const message = (text: string) => ({
      _: 'updateNewMessage',
      message: { _: 'message', id: nextId++, chat_id: 1, sender_user_id: 1, content: { _: 'messageText', text, entities: [] } },
      disable_notification: false,
      contains_mention: false,
    });
    const runtime = new LuaRuntime({
      client: opts.client,
      schema: opened.schema,
      limits: opts.limits,
      print: opts.print,
      globals: {
        __plugin_command: async (text) => {
          if (typeof text !== 'string') throw new LuatdError('INVALID_PARAM', 'plugin.command: expected the message text');
          const u = message(text);
          await inst.simulate('update', u);
          return (await inst.simulate('chat', u)) ?? null;
        },
        __plugin_update: async (u) => {
          if (!u || typeof u !== 'object') throw new LuatdError('INVALID_PARAM', 'plugin.update: expected an update table');
          return (await inst.simulate('update', u as Record<string, unknown>)) ?? null;
        },
        __plugin_repl: async (name, args) => (await inst.replCommand(String(name), args === undefined || args === null ? '' : String(args))) ?? null,
        __plugin_storage: (k) => opened.store.forPlugin(status.name).get(String(k)) ?? null,
      },
    });
    try {
      // one line, so that test.lua keeps its line numbers
      const glue = 'local plugin = { command = __plugin_command, update = __plugin_update, repl = __plugin_repl, storage = __plugin_storage }; __plugin_command, __plugin_update, __plugin_repl, __plugin_storage = nil, nil, nil, nil; ';
      const src = glue + readFileSync(testFile, 'utf8');
      const outcome = await runtime.run(src, { chunkName: path.join(path.basename(dir), 'test.lua'), scriptPath: testFile });
      if (outcome.status !== 'ok') return { ok: false, error: outcome.error ? formatError(outcome.error) : outcome.status };
      const after = opened.manager.list().find((s) => s.path === dir);
      if (after?.state !== 'loaded') return { ok: false, error: `the plugin was disabled during the test: ${after?.reason}` };
      return { ok: true };
    } finally {
      runtime.close();
    }
  } finally {
    await opened.close();
  }
}
