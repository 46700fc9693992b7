/**
 * Cross-process wake-ups on one data dir: after each commit a process writes one byte to
 * `luatd.wake` in the data dir, and every process with the data dir open watches the dir (inotify
 * on Linux, FSEvents/kqueue elsewhere, through fs.watch) and looks at the change feed when that
 * file changes. An idle process then costs nothing: no query until someone writes.
 *
 * Why a file of our own rather than a watch on SQLite's WAL file: the WAL is written frame by
 * frame *before* the commit becomes visible (the wal-index in `-shm` is updated last, through
 * mmap, which no watch sees), so a reader woken by a WAL write can look too early and then get no
 * further event. The wake byte is written after the commit returned, so whoever is woken sees it.
 * Why not a Unix socket per data dir: it needs a rendezvous (who listens, who connects, stale
 * sockets after kill -9) for the same one-bit message; the file works with any number of processes
 * and survives crashes. Where the watch cannot be set up (inotify limits, an exotic filesystem),
 * the clients fall back to polling (see EmbeddedClient), and they poll slowly anyway in case an
 * event is lost (a queue overflow, a writer of an older luatd).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Name of the wake file inside a data dir. */
export const WAKE_FILE = 'luatd.wake';

const ONE = Buffer.from([0x2a]);

/** The wake-up side of one open data dir. */
export interface Waker {
  /** Tell the other processes that something was committed (one positional write of one byte). */
  poke(): void;
  /** True while the watch is set up: the clients can poll slowly. */
  readonly watching: boolean;
  close(): void;
}

/**
 * Opens the wake file of `dir` and watches the dir; `onWake` runs (on the event loop) when any
 * process, this one included, pokes. Never throws for the watch: without it `watching` is false.
 */
export function openWaker(dir: string, onWake: () => void): Waker {
  const file = path.join(dir, WAKE_FILE);
  let fd: number | undefined;
  try {
    // no O_TRUNC and no O_APPEND: the file stays one byte long however many commits poke it
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT, 0o600);
  } catch {
    fd = undefined; // a read-only data dir: nothing to poke (and nothing we could commit either)
  }
  let watcher: fs.FSWatcher | undefined;
  try {
    // persistent: false, so an open client never keeps its process alive (like its unref'd timers)
    watcher = fs.watch(dir, { persistent: false }, (_event, name) => {
      if (name === null || name === WAKE_FILE) onWake();
    });
    watcher.on('error', () => {
      // the dir went away or the watch broke: the clients see `watching` false and poll faster
      watcher?.close();
      watcher = undefined;
    });
  } catch {
    watcher = undefined;
  }
  return {
    poke() {
      if (fd === undefined) return;
      try {
        fs.writeSync(fd, ONE, 0, 1, 0);
      } catch {
        // the others will find the change at their next poll
      }
    },
    get watching() {
      return watcher !== undefined;
    },
    close() {
      watcher?.close();
      watcher = undefined;
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
    },
  };
}
