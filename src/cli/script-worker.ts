/**
 * Entry point of a script worker (started by src/lua/isolated.ts): opens the core and the
 * plugins, runs the script in a LuaRuntime, reports output and the outcome to the supervisor,
 * closes the core, exits. It lives with the front-end because it wires plugins into the script.
 */
import { parentPort, workerData } from 'node:worker_threads';
import v8 from 'node:v8';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import { LuaRuntime, formatError, describeJsError } from '../lua/runtime.js';
import { backendSchema, openCore, type CoreOptions } from '../lua/core-open.js';
import { GATE_FREE, GATE_NATIVE, GATE_STOPPING, OUTPUT_BOUND, type WorkerMessage } from '../lua/isolated.js';
import { setNativeGuard } from '../core/store/native.js';
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
  core: Omit<CoreOptions, 'codeSink' | 'onWarning'>;
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
  /** The native-call gate shared with the supervisor (GATE_*). */
  gate: Int32Array;
  /** [0]: output bytes the supervisor has not taken yet; [1]: 1 once a stop was requested. */
  outbox: Int32Array;
}

const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

/**
 * Send output with backpressure: past OUTPUT_BOUND bytes the supervisor has not taken (its sink is
 * stalled), wait until it takes them or a stop is requested (then what does not fit is dropped). The wait is not the script's work:
 * the hard stop is off meanwhile (heartbeat 0) and the runtime counts print as host time.
 */
function postOutput(m: WorkerMessage, bytes: number): void {
  const { outbox, heartbeat } = data;
  // stopping, and the reader is not taking what it has: the rest of the output is dropped
  if (Atomics.load(outbox, 1) === 1 && Atomics.load(outbox, 0) > OUTPUT_BOUND) return;
  post(m);
  let inFlight = Atomics.add(outbox, 0, bytes) + bytes;
  if (inFlight <= OUTPUT_BOUND || Atomics.load(outbox, 1) === 1) return;
  const slice = heartbeat[0];
  heartbeat[0] = 0;
  try {
    while (inFlight > OUTPUT_BOUND && Atomics.load(outbox, 1) === 0) {
      Atomics.wait(outbox, 0, inFlight, 250);
      inFlight = Atomics.load(outbox, 0);
    }
  } finally {
    heartbeat[0] = slice;
  }
}
const printLine = (line: string): void => postOutput({ type: 'print', line }, line.length + 1);

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

/** The job, once it came (main runs only then). */
let data: Data;

/** A full, synchronous garbage collection, when V8 lets us have one (else undefined). */
function fullGc(): (() => void) | undefined {
  try {
    // the flag only adds a `gc` global to contexts created from now on: this one is ours alone
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as (o?: object) => void;
    return () => {
      // the first collection frees dead ArrayBuffers; their bytes leave the count at the second
      gc({ type: 'major', execution: 'sync' });
      gc({ type: 'major', execution: 'sync' });
    };
  } catch {
    return undefined;
  }
}

/**
 * Memory the script holds, for --max-memory: the JS heap plus external memory, where fengari's
 * Lua strings live (each is a Uint8Array) and any ArrayBuffer. Garbage counts until collected,
 * so past the limit a full collection runs first and the script is only stopped if it still is
 * (collections at most every 100 ms; in between, the last measure after one stands).
 */
function memoryMeter(limitBytes: number): () => number {
  const measure = (): number => {
    const h = v8.getHeapStatistics();
    return h.used_heap_size + h.external_memory;
  };
  const gc = fullGc();
  let lastGc = 0;
  let afterGc = 0;
  return () => {
    const used = measure();
    if (used <= limitBytes || !gc) return used;
    const now = Date.now();
    if (now - lastGc < 100) return afterGc;
    gc();
    lastGc = Date.now();
    afterGc = measure();
    return afterGc;
  };
}

/**
 * The hard stop must never land inside SQLite (store/native.ts): around each native call the gate
 * says so, and lock waits end before the stop is due (a little before: the supervisor looks every
 * few tens of ms). Once the supervisor has begun to stop the worker, no native call starts: the
 * thread waits here for the terminate.
 */
function guardNativeCalls(): void {
  const { gate, heartbeat, limits } = data;
  const budget = limits.sliceMs > 0 ? limits.sliceMs + limits.hardStopGraceMs : 0;
  setNativeGuard({
    enter: () => {
      while (Atomics.compareExchange(gate, 0, GATE_FREE, GATE_NATIVE) === GATE_STOPPING) Atomics.wait(gate, 0, GATE_STOPPING);
    },
    leave: () => {
      Atomics.compareExchange(gate, 0, GATE_NATIVE, GATE_FREE);
    },
    lockWaitMs: () => {
      const started = heartbeat[0];
      return budget > 0 && started > 0 ? started + budget - Date.now() - LOCK_MARGIN_MS : Infinity;
    },
  });
}

/** How long before the hard stop a lock wait gives up. */
const LOCK_MARGIN_MS = 50;

async function main(): Promise<void> {
  guardNativeCalls();
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
            onWarning: (message) => post({ type: 'warning', message }),
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
        print: printLine,
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
      print: printLine,
      write: data.ownWriter ? (fd, bytes) => postOutput({ type: 'write', fd, bytes: bytes.slice() }, bytes.length) : undefined,
      permissions: data.permissions,
      onHandlerError: (e) => post({ type: 'handler-error', text: formatError(e) }),
      // the hook stops the script past 85% of the limit (hook.ts): collect garbage before that
      heapUsed: memoryMeter(data.limits.memoryMb * 1024 * 1024 * 0.8),
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
      if (m.type === 'stop') {
        Atomics.store(data.outbox, 1, 1);
        rt.stopRun();
      }
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

// not a top-level await: the bundle of this entry is a CommonJS script (src/build/bundle.mjs)
void job().then((d) => {
  data = d;
  return main();
});
