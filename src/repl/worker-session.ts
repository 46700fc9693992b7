/**
 * `luatd repl`'s session in a worker thread. The prompt (readline) stays on the calling thread;
 * the core, the plugins and the VM run in the worker (session-worker.ts). Ctrl-C sets a flag in
 * a SharedArrayBuffer that the VM's instruction hook reads, so it stops a pure Lua loop too
 * (in-process, such a loop blocks the event loop that would see the key). The stop ends the
 * chunk only: the session's globals, handlers, modules and plugins stay.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { describe as describePage } from '../docs/describe.js';
import { LuatdError, type ErrorCode } from '../errors.js';
import type { SchemaIR } from '../schema/ir.js';
import type { PluginEvent, ReplCommand } from '../plugins/manager.js';
import type { EvalResult, ReplBackend } from './repl.js';
import type { Session, SessionOptions } from './session.js';

/** What the worker gets: the session options that can cross threads, and the interrupt flag. */
export interface WorkerSessionData {
  options: Omit<SessionOptions, 'client' | 'print' | 'report' | 'codeSink' | 'interrupted' | 'write' | 'onWarning'>;
  wantCodes: boolean;
  wantWarnings: boolean;
  wantWrite: boolean;
  /** Int32 [0]: 1 while Ctrl-C asks the running chunk to stop. */
  flag: SharedArrayBuffer;
}

/** Requests to the worker (each answered by a `reply` with the same id, except cancel). */
export type ToWorker =
  | { type: 'evaluate'; id: number; code: string; opts: { print: boolean; color: boolean; chunkname?: string } }
  | { type: 'keys'; id: number; path: string[] }
  | { type: 'command'; id: number; name: string; args: string }
  | { type: 'cancel'; id: number }
  | { type: 'close'; id: number };

/** Messages from the worker. */
export type FromWorker =
  | { type: 'ready'; schemas: SchemaIR[]; commands: [string, string][] }
  | { type: 'failed'; code: string; message: string }
  | { type: 'reply'; id: number; value: unknown; error?: string; commands: [string, string][] }
  | { type: 'print'; line: string }
  | { type: 'plugin'; event: PluginEvent }
  | { type: 'code'; phone: string; code: string }
  | { type: 'write'; fd: 1 | 2; bytes: Uint8Array }
  | { type: 'warning'; message: string };

/** Omit over each member of a union. */
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

const workerFile = fileURLToPath(new URL('./session-worker.js', import.meta.url));

/** Open a REPL session whose VM runs in a worker. Throws LuatdError when the setup is unusable. */
export async function openWorkerSession(opts: Omit<SessionOptions, 'client' | 'interrupted'>): Promise<Session> {
  const { print, report, codeSink, write, onWarning, ...options } = opts;
  const flag = new SharedArrayBuffer(4);
  const flags = new Int32Array(flag);
  const data: WorkerSessionData = { options, wantCodes: !!codeSink, wantWarnings: !!onWarning, wantWrite: !!write, flag };
  const worker = new Worker(workerFile, { workerData: data });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let schemas: SchemaIR[] = [];
  let commandList: [string, string][] = [];
  let ended: Error | undefined;
  let busy = 0;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      switch (m.type) {
        case 'ready':
          schemas = m.schemas;
          commandList = m.commands;
          return resolve();
        case 'failed':
          return reject(new LuatdError(m.code as ErrorCode, m.message));
        case 'print':
          return print(m.line);
        case 'plugin':
          return report?.(m.event);
        case 'code':
          return codeSink?.(m.phone, m.code);
        case 'write':
          return write?.(m.fd, m.bytes);
        case 'warning':
          return onWarning?.(m.message);
        case 'reply': {
          commandList = m.commands;
          const p = pending.get(m.id);
          pending.delete(m.id);
          if (m.error !== undefined) p?.reject(new Error(m.error));
          else p?.resolve(m.value);
          return;
        }
      }
    });
    worker.on('error', (e) => {
      ended = e;
      reject(e);
    });
    worker.on('exit', () => {
      ended ??= new Error("the REPL's Lua worker ended");
      reject(ended);
      for (const p of pending.values()) p.reject(ended);
      pending.clear();
    });
  });
  await ready;

  const request = <T>(m: DistributiveOmit<ToWorker, 'id'>): Promise<T> => {
    if (ended) return Promise.reject(new Error(`the REPL's Lua worker is gone (${ended.message}); restart luatd repl`));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...m, id } as ToWorker);
    });
  };
  const tracked = async <T>(p: () => Promise<T>): Promise<T> => {
    busy++;
    try {
      return await p();
    } finally {
      busy--;
    }
  };

  const backend: ReplBackend = {
    evaluate: (code, o) =>
      tracked(() => request<EvalResult>({ type: 'evaluate', code, opts: o })).catch((e: Error): EvalResult => ({ ok: false, error: e.message })),
    keys: (path) => request<string[]>({ type: 'keys', path }),
    cancel() {
      if (busy === 0) return false;
      // running Lua sees the flag at its next hook check; a waiting call is ended by the message
      Atomics.store(flags, 0, 1);
      worker.postMessage({ type: 'cancel', id: 0 } satisfies ToWorker);
      return true;
    },
    schemas: () => schemas,
  };

  return {
    backend,
    describe(name) {
      try {
        return describePage(schemas[0], name).replace(/\n$/, '');
      } catch {
        return undefined;
      }
    },
    commands: () =>
      new Map<string, ReplCommand>(
        commandList.map(([name, help]) => [name, { help, run: (args: string) => tracked(() => request<string | undefined>({ type: 'command', name, args })) }]),
      ),
    async close() {
      if (!ended) await request({ type: 'close' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}
