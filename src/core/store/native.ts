/**
 * Native sections: calls into SQLite (better-sqlite3), which a supervised worker's hard stop
 * must never cut. `worker.terminate()` landing while better-sqlite3's C++ code runs aborts the
 * whole process (it cannot build its answer in a terminating isolate: `v8::ToLocalChecked Empty
 * MaybeLocal`, exit 134). The script worker (src/cli/script-worker.ts) installs a guard that tells
 * its supervisor when such a call runs, so the stop waits for the call to return, and that bounds
 * lock waits by the time left before the hard stop, so the wait is short. Without a guard (the
 * main thread, library hosts) both are no-ops.
 */
import type Database from 'better-sqlite3';

/** What a supervised thread provides (script-worker.ts). */
export interface NativeGuard {
  /** A native call starts: the supervisor must not terminate this thread until leave(). */
  enter(): void;
  /** The native call returned. */
  leave(): void;
  /** Milliseconds a lock wait may last now, or Infinity when no hard stop is running. */
  lockWaitMs(): number;
}

let guard: NativeGuard | undefined;
let depth = 0;
/** busy_timeout currently set on each connection. */
const busyMs = new WeakMap<Database.Database, number>();

/** Install (or remove) this thread's guard. */
export function setNativeGuard(g: NativeGuard | undefined): void {
  guard = g;
}

/** Run `f` (SQLite calls) as one native section. */
export function inNative<T>(f: () => T): T {
  if (!guard) return f();
  if (depth++ === 0) guard.enter();
  try {
    return f();
  } finally {
    if (--depth === 0) guard.leave();
  }
}

/**
 * Before a write on `db`: wait for another process's write lock at most `maxMs`, and never past
 * the time left before the hard stop. Answers the wait set, for the error message.
 */
export function fitLockWait(db: Database.Database, maxMs: number): number {
  const ms = guard ? Math.max(0, Math.min(maxMs, Math.floor(guard.lockWaitMs()))) : maxMs;
  if (busyMs.get(db) !== ms) {
    db.pragma(`busy_timeout = ${ms}`);
    busyMs.set(db, ms);
  }
  return ms;
}
