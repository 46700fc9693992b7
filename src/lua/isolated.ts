/**
 * Running one script in its own worker thread, supervised from the calling thread.
 *
 * Why a worker: the instruction hook (runtime.ts) stops runaway Lua loops, and a step budget
 * patched into fengari stops long pattern matches, sorts and compiles, but neither can stop every
 * JS call (a backend call that never returns) nor cap memory.
 * The worker has its own VM and its own core client (better-sqlite3 works in workers; several
 * connections on one data dir is the core's normal mode), a V8 heap cap (`resourceLimits`), and a
 * heartbeat in a SharedArrayBuffer: the start time of the Lua slice in progress. The supervisor
 * terminates a worker whose slice overruns `sliceMs + hardStopGraceMs` and reports LIMIT_TIME
 * (the hook and fengari's step budget catch almost everything first; what remains is a single huge
 * allocation loop or a backend call stuck in JS);
 * a worker that dies of its heap cap is reported as LIMIT_MEMORY. The calling process survives
 * either way; API calls cost the same as in-process since the VM and the core share the worker.
 */
import { Worker } from 'node:worker_threads';
import { LuatdError } from '../errors.js';
import { resolveLimits, type Limits } from './limits.js';
import { resourceLimitsFor, takeEarlyWorker, workerEntry } from './worker-start.cjs';
import type { RunOutcome } from './runtime.js';
import type { CoreOptions } from './core-open.js';
import type { SchemaIR } from '../schema/ir.js';
import { checkPermissions, type Permissions } from './permissions.js';

/** Options of runIsolated. */
export interface IsolatedRunOptions {
  /** The script's source. */
  source: string | Uint8Array;
  /** Chunk name shown in messages (the path as given, `stdin`, `(command line)`). */
  chunkName: string;
  /** The script file, if any (its folder is searched by `require`). */
  scriptPath?: string;
  /** `arg[1..n]`. */
  args?: string[];
  /** The schema: a .tl path or an IR. Default: ours. */
  schema?: string | SchemaIR;
  /** Core to open inside the worker. */
  core: Omit<CoreOptions, 'codeSink' | 'onWarning'>;
  /**
   * Instead of the embedded core: a module (absolute path) whose `openClient(): Client | Promise<Client>`
   * gives the worker its client (another backend, or a test double).
   */
  clientModule?: string;
  /** Login codes for non-test numbers (called on this thread). */
  codeSink?: (phone: string, code: string) => void;
  limits?: Partial<Limits>;
  modulePaths?: string[];
  /** `tdcli`: run the script as a tdcli bot (RuntimeOptions.compat). */
  compat?: 'tdcli';
  /** `print` output, one line at a time. */
  print?: (line: string) => void;
  /** What the script may do beyond the sandbox (files, environment, debug, JS); see permissions.ts. */
  permissions?: Permissions;
  /** Where io.stdout (1) and io.stderr (2) write, in order with `print`. Default: through `print`, a line at a time. */
  write?: (fd: 1 | 2, bytes: Uint8Array) => void;
  /** Errors in update handlers (message + traceback, already formatted). */
  onHandlerError?: (text: string) => void;
  /**
   * When it fires, the script is stopped cleanly (as stop()): handlers end, the core closes. Lua code
   * still busy 200 ms later is interrupted (the outcome is then an `interrupted` error).
   */
  signal?: AbortSignal;
  /**
   * Plugin folders to load inside the worker, next to the script (`luatd run --plugins DIR`):
   * they share the script's core client, limits and hard stop, and hot-reload while it runs.
   */
  pluginDirs?: string[];
  /** Plugin status lines (loaded, disabled: why, reloaded...). */
  onPluginEvent?: (message: string) => void;
  /** Warnings of the core (a damaged update row skipped). */
  onWarning?: (message: string) => void;
  /**
   * Bytes that `print` and `write` were given and that their sink still holds (e.g.
   * `process.stdout.writableLength`): while over OUTPUT_BOUND, the script's next print or write
   * waits, so a stalled reader never makes this process hold the script's output.
   */
  pendingOutput?: () => number;
}

/**
 * Most bytes of output between the worker and its sink: past it, the script's print waits (outside
 * its time slice) for the sink to drain. Output in flight is then at most this plus one line.
 */
export const OUTPUT_BOUND = 1024 * 1024;

/** States of the worker's native-call gate (see terminate in runIsolated, and script-worker.ts). */
export const GATE_FREE = 0;
export const GATE_NATIVE = 1;
export const GATE_STOPPING = 2;

/** Messages from the worker. */
export type WorkerMessage =
  | { type: 'print'; line: string }
  | { type: 'write'; fd: 1 | 2; bytes: Uint8Array }
  | { type: 'handler-error'; text: string }
  | { type: 'code'; phone: string; code: string }
  | { type: 'plugin'; message: string }
  | { type: 'warning'; message: string }
  | { type: 'done'; outcome: { status: RunOutcome['status']; exitCode?: number; error?: { code: string; message: string; traceback?: string } } };

/**
 * Run a script in a supervised worker. Resolves with its outcome; never rejects for script
 * faults (syntax, runtime, limits). Rejects with LuatdError(USAGE) for unusable options.
 */
export function runIsolated(opts: IsolatedRunOptions): Promise<RunOutcome> {
  const limits = resolveLimits(opts.limits);
  const permissions = checkPermissions(opts.permissions);
  // [0]: start time of the Lua slice in progress (0: idle); [1]: 1 once a stop was requested
  const heartbeat = new Float64Array(new SharedArrayBuffer(16));
  // [0]: GATE_FREE, GATE_NATIVE while the worker is inside SQLite, GATE_STOPPING once terminate() is on its way
  const gate = new Int32Array(new SharedArrayBuffer(4));
  // [0]: bytes of output posted by the worker and not yet taken by the sink; [1]: 1 once a stop was requested
  const outbox = new Int32Array(new SharedArrayBuffer(8));
  const job = {
    source: opts.source,
    chunkName: opts.chunkName,
    scriptPath: opts.scriptPath,
    args: opts.args ?? [],
    schema: opts.schema,
    core: opts.core,
    clientModule: opts.clientModule,
    wantCodes: !!opts.codeSink,
    limits,
    modulePaths: opts.modulePaths ?? [],
    compat: opts.compat,
    pluginDirs: opts.pluginDirs ?? [],
    permissions,
    ownWriter: !!opts.write,
    heartbeat,
    gate,
    outbox,
  };
  // a prestarted worker runs the bundle when there is one: not for a clientModule
  const prestarted = takeEarlyWorker(limits.memoryMb, opts.clientModule === undefined);
  const worker = prestarted ?? new Worker(workerEntry(opts.clientModule), { workerData: job, resourceLimits: resourceLimitsFor(limits.memoryMb), stdout: false, stderr: false });
  prestarted?.postMessage({ type: 'job', data: job });
  return new Promise<RunOutcome>((resolve) => {
    let outcome: RunOutcome | undefined;
    let forced: RunOutcome | undefined;
    const finish = (o: RunOutcome) => {
      if (!outcome) outcome = o;
    };
    /**
     * Terminate the worker, unless it is inside a native call (SQLite), where a terminate would
     * abort the whole process (store/native.ts): then false, and the caller tries again on its
     * next tick (lock waits there end before the hard stop is due, so the call returns soon).
     */
    const terminate = (): boolean => {
      const state = Atomics.compareExchange(gate, 0, GATE_FREE, GATE_STOPPING);
      if (state === GATE_NATIVE) return false;
      void worker.terminate();
      return true;
    };
    const watchdog = setInterval(() => {
      const started = heartbeat[0];
      const budget = limits.sliceMs > 0 ? limits.sliceMs + limits.hardStopGraceMs : 0;
      if (budget > 0 && started > 0 && Date.now() - started > budget && !forced && terminate()) {
        forced = {
          status: 'killed',
          error: new LuatdError(
            'LIMIT_TIME',
            `script ran for more than ${budget} ms in one operation the instruction limit cannot interrupt (e.g. building a huge string, or a backend call that does not return); its worker was terminated (limit: --max-slice + --hard-stop-grace)`,
          ),
        };
      }
    }, Math.max(20, Math.min(250, Math.floor((limits.sliceMs || 1000) / 4))));
    // output the sink took: the worker may send more (a sink still holding over OUTPUT_BOUND is waited for)
    let owed = 0;
    let drainTimer: NodeJS.Timeout | undefined;
    const release = (): void => {
      if (opts.pendingOutput && opts.pendingOutput() > OUTPUT_BOUND) {
        drainTimer ??= setTimeout(() => {
          drainTimer = undefined;
          release();
        }, 20);
        return;
      }
      Atomics.sub(outbox, 0, owed);
      owed = 0;
      Atomics.notify(outbox, 0);
    };
    const took = (bytes: number): void => {
      owed += bytes;
      release();
    };
    // a stop request: an idle script stops cleanly at once (stop message); a busy one is interrupted
    // by its hook; one still not done after --hard-stop-grace (an on_unload or handler that never
    // ends, output nobody reads) is terminated
    let stopTimer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      worker.postMessage({ type: 'stop' });
      Atomics.store(outbox, 1, 1);
      Atomics.notify(outbox, 0);
      setTimeout(() => {
        if (heartbeat[0] > 0) heartbeat[1] = 1;
      }, 200).unref();
      const deadline = Date.now() + Math.max(200, limits.hardStopGraceMs);
      const tryStop = (): void => {
        stopTimer = undefined;
        if (Date.now() >= deadline && !outcome && !forced && terminate()) {
          forced = { status: 'killed', error: new LuatdError('LUA_RUNTIME', `interrupted: the script did not stop within ${Math.max(200, limits.hardStopGraceMs)} ms of the request (limit: --hard-stop-grace); its worker was terminated`) };
          return;
        }
        if (!outcome && !forced) stopTimer = setTimeout(tryStop, Math.max(20, deadline - Date.now()));
      };
      stopTimer = setTimeout(tryStop, Math.max(200, limits.hardStopGraceMs));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.signal?.aborted) onAbort();
    worker.on('message', (m: WorkerMessage) => {
      switch (m.type) {
        case 'print':
          opts.print?.(m.line);
          took(m.line.length + 1);
          break;
        case 'write':
          opts.write?.(m.fd, m.bytes);
          took(m.bytes.length);
          break;
        case 'handler-error':
          opts.onHandlerError?.(m.text);
          break;
        case 'code':
          opts.codeSink?.(m.phone, m.code);
          break;
        case 'plugin':
          opts.onPluginEvent?.(m.message);
          break;
        case 'warning':
          opts.onWarning?.(m.message);
          break;
        case 'done': {
          const e = m.outcome.error;
          finish({
            status: m.outcome.status,
            ...(m.outcome.exitCode !== undefined ? { exitCode: m.outcome.exitCode } : {}),
            error: e ? new LuatdError(e.code as LuatdError['code'], e.message, e.traceback ? { traceback: e.traceback } : {}) : undefined,
          });
          break;
        }
      }
    });
    let workerError: Error | undefined;
    worker.on('error', (e) => {
      workerError = e;
    });
    worker.on('exit', () => {
      clearInterval(watchdog);
      if (drainTimer) clearTimeout(drainTimer);
      if (stopTimer) clearTimeout(stopTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (forced) return resolve(forced);
      if (outcome) return resolve(outcome);
      const code = (workerError as { code?: string } | undefined)?.code;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return resolve({
          status: 'killed',
          error: new LuatdError('LIMIT_MEMORY', `script used more than its memory limit of ${limits.memoryMb} MiB (limit: --max-memory); its worker was terminated`),
        });
      }
      resolve({
        status: 'error',
        error: new LuatdError('LUA_RUNTIME', `script worker ended unexpectedly${workerError ? ': ' + workerError.message : ''}`),
      });
    });
  });
}
