/**
 * Entry point of a script worker (started by src/lua/isolated.ts): opens the core and the
 * plugins, runs the script in a LuaRuntime, reports output and the outcome to the supervisor,
 * closes the core, exits. It lives with the front-end because it wires plugins into the script.
 */
import { parentPort, workerData } from 'node:worker_threads';
import v8 from 'node:v8';
import { pathToFileURL } from 'node:url';
import { LuaRuntime, formatError, describeJsError } from '../lua/runtime.js';
import { backendSchema, openCore, type CoreOptions } from '../lua/core-open.js';
import type { WorkerMessage } from '../lua/isolated.js';
import type { Limits } from '../lua/limits.js';
import type { Client } from '../core/client.js';
import type { SchemaIR } from '../schema/ir.js';
import { ourSchema } from '../schema/parser.js';
import { LuatdError } from '../errors.js';
import type { OpenedPlugins } from '../plugins/manager.js';
import type { Permissions } from '../lua/permissions.js';

interface Data {
  source: string | Uint8Array;
  chunkName: string;
  scriptPath?: string;
  args: string[];
  schema?: string | SchemaIR;
  core: Omit<CoreOptions, 'codeSink'>;
  clientModule?: string;
  wantCodes: boolean;
  limits: Limits;
  modulePaths: string[];
  compat?: 'tdcli';
  pluginDirs: string[];
  permissions?: Permissions;
  /** The caller gave a writer for io.stdout/io.stderr: send raw bytes; else they go through print. */
  ownWriter: boolean;
  heartbeat: Float64Array;
}

const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

/**
 * The job: in workerData, or, for a worker started before the script was known (prestartWorker),
 * in the first message. Such a worker parses the default schema meanwhile: most scripts use it.
 */
async function job(): Promise<Data> {
  if (!(workerData as { deferred?: boolean }).deferred) return workerData as Data;
  const next = new Promise<Data>((resolve) => {
    const onJob = (m: { type: string; data?: Data }) => {
      if (m.type !== 'job' || !m.data) return;
      port.off('message', onJob);
      resolve(m.data);
    };
    port.on('message', onJob);
  });
  ourSchema();
  return next;
}

const data = await job();

async function main(): Promise<void> {
  let client: Client | undefined;
  let runtime: LuaRuntime | undefined;
  let plugins: OpenedPlugins | undefined;
  try {
    const ir = await backendSchema(data.core, data.schema);
    client = data.clientModule
      ? await ((await import(pathToFileURL(data.clientModule).href)) as { openClient: () => Client | Promise<Client> }).openClient()
      : await openCore(
          {
            ...data.core,
            codeSink: data.wantCodes ? (phone, code) => post({ type: 'code', phone, code }) : undefined,
          },
          data.schema,
        );
    // plugins live in this worker too: same client, same limits, and the supervisor's hard stop covers them
    if (data.pluginDirs.length > 0) {
      // loaded only when there are plugins: most runs have none, and start-up counts
      const { openPlugins } = await import('../plugins/manager.js');
      plugins = await openPlugins({
        dirs: data.pluginDirs,
        client,
        schema: ir,
        dataDir: data.core.memory ? undefined : data.core.dataDir,
        limits: data.limits,
        print: (line) => post({ type: 'print', line }),
        report: (e) => post({ type: 'plugin', message: e.message }),
        watch: true,
      });
    }
    runtime = new LuaRuntime({
      client: plugins?.client ?? client,
      schema: plugins?.schema ?? ir,
      limits: data.limits,
      modulePaths: data.modulePaths,
      compat: data.compat,
      print: (line) => post({ type: 'print', line }),
      write: data.ownWriter ? (fd, bytes) => post({ type: 'write', fd, bytes: bytes.slice() }) : undefined,
      permissions: data.permissions,
      onHandlerError: (e) => post({ type: 'handler-error', text: formatError(e) }),
      heapUsed: () => v8.getHeapStatistics().used_heap_size,
      interrupted: () => data.heartbeat[1] === 1,
      onSlice: (running) => {
        data.heartbeat[0] = running ? Date.now() : 0;
      },
      // the supervisor's hard stop times the script's own work: a long run of API calls is not a stuck slice
      onHostTime: (ms) => {
        if (data.heartbeat[0] > 0) data.heartbeat[0] += ms;
      },
    });
    const rt = runtime;
    port.on('message', (m: { type: string }) => {
      if (m.type === 'stop') rt.stopRun();
    });
    const outcome = await runtime.run(data.source, { chunkName: data.chunkName, args: data.args, scriptPath: data.scriptPath });
    runtime.close();
    await plugins?.close();
    plugins = undefined;
    await client.close();
    client = undefined;
    const e = outcome.error;
    post({
      type: 'done',
      outcome: { status: outcome.status, exitCode: outcome.exitCode, error: e ? { code: e.code, message: e.message, traceback: typeof e.details.traceback === 'string' ? e.details.traceback : undefined } : undefined },
    });
  } catch (e) {
    runtime?.close();
    await plugins?.close().catch(() => undefined);
    await client?.close().catch(() => undefined);
    const err = e instanceof LuatdError ? e : new LuatdError('LUA_RUNTIME', describeJsError(e));
    post({ type: 'done', outcome: { status: 'error', error: { code: err.code, message: err.message } } });
  }
  port.close();
}

void main();
