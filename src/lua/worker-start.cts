/**
 * Starting a script's worker thread (src/lua/isolated.ts supervises it): which file it runs, the
 * heap cap it gets, and the one started early, before its script is known.
 *
 * Why CommonJS with node's built-ins only: the `luatd` executable (src/cli/luatd.cts) starts the
 * worker of `luatd run` as its very first act, before node has loaded the ES modules of the CLI
 * (~10 ms): a worker is a second node environment that takes ~20 ms to boot on its own, and its
 * boot then overlaps with the CLI's. isolated.ts imports this same module, so both share one
 * `early` worker.
 */
import { Worker } from 'node:worker_threads';
import { statSync } from 'node:fs';
import path from 'node:path';

/** Default heap cap of a script's worker, in MiB (DEFAULT_LIMITS.memoryMb, fixed here: the early worker is created with it). */
export const DEFAULT_MEMORY_MB = 512;

/**
 * The worker's entry belongs to the front-end (it wires plugins into the script, and plugins sit
 * above the Lua host): the supervisor only starts it by path and speaks WorkerMessage with it.
 */
const workerFile = path.join(__dirname, '..', 'cli', 'script-worker.js');

/**
 * The same entry and all it imports as one file (src/build/bundle.mjs, part of `npm run build`),
 * started through its boot (src/cli/script-worker-boot.cts: a V8 code cache): a worker loads it
 * several times faster than ~140 separate modules. Used when the bundle is at least as new as the
 * tsc output (a build that skipped the bundle step never runs stale code), and not for a
 * `clientModule`: that module imports luatd's own files, whose classes (LuatdError) must be the
 * ones the worker checks against.
 */
const bundleFile = path.join(__dirname, '..', 'script-worker.bundle.cjs');
const bootFile = path.join(__dirname, '..', 'cli', 'script-worker-boot.cjs');
let bundleFresh: boolean | undefined;

/** The file a script worker runs (see above). */
export function workerEntry(clientModule: string | undefined): string {
  if (clientModule !== undefined) return workerFile;
  if (bundleFresh === undefined) {
    try {
      bundleFresh = statSync(bundleFile).mtimeMs >= statSync(workerFile).mtimeMs && statSync(bootFile).isFile();
    } catch {
      bundleFresh = false;
    }
  }
  return bundleFresh ? bootFile : workerFile;
}

/** The worker's V8 heap cap for a --max-memory of `memoryMb` (0: none). */
export function resourceLimitsFor(memoryMb: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } | undefined {
  return memoryMb > 0 ? { maxOldGenerationSizeMb: Math.max(16, Math.ceil(memoryMb)), maxYoungGenerationSizeMb: 16 } : undefined;
}

/** A worker started before its script was known (prestartWorker); it waits for a `job` message. */
let early: { worker: Worker; memoryMb: number; dead: boolean } | undefined;

/**
 * Start the next script's worker now, before the script and its options are read: most of
 * `luatd run`'s start-up is the worker loading the VM and the core, which then overlaps with the
 * CLI's own start. runIsolated takes it when its memory limit matches (the one thing fixed at a
 * worker's creation), else ends it. Unused, it does not keep the process alive.
 */
export function prestartWorker(memoryMb: number = DEFAULT_MEMORY_MB): void {
  if (early) return;
  const worker = new Worker(workerEntry(undefined), { workerData: { deferred: true }, resourceLimits: resourceLimitsFor(memoryMb), stdout: false, stderr: false });
  const entry = { worker, memoryMb, dead: false };
  worker.unref();
  // a failed early start is not an error of anyone's script: runIsolated starts a fresh worker instead
  worker.on('error', () => (entry.dead = true));
  worker.on('exit', () => (entry.dead = true));
  early = entry;
}

/** The prestarted worker if it fits `memoryMb`, is alive and `usable` (handed over once), else undefined. */
export function takeEarlyWorker(memoryMb: number, usable: boolean): Worker | undefined {
  const e = early;
  early = undefined;
  if (!e) return undefined;
  if (e.dead || e.memoryMb !== memoryMb || !usable) {
    void e.worker.terminate();
    return undefined;
  }
  e.worker.removeAllListeners();
  e.worker.ref();
  return e.worker;
}
