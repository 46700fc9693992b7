/**
 * Watching a plugin's files for hot reload: fs.watch for speed, plus polling because
 * fs.watch misses events on some file systems (network mounts, some containers, editors
 * that replace files). Both only trigger a content check; the callback runs once per real
 * change, after a quiet period (debounce), so a save that writes several times reloads once.
 */
import { watch, readdirSync, statSync, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** Options of a watcher. */
export interface WatchOptions {
  /** Quiet time after the last change before the callback runs (ms). */
  debounceMs?: number;
  /** Polling period (ms); 0 disables polling. */
  pollMs?: number;
  /** Use fs.watch too (default true; tests turn it off to exercise polling alone). */
  fsWatch?: boolean;
}

/** A signature of a folder's files (names, sizes, mtimes); changes when any file does. */
export function folderSignature(target: string): string {
  const parts: string[] = [];
  const walk = (p: string, depth: number): void => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (depth > 4) return;
      let names: string[] = [];
      try {
        names = readdirSync(p).sort();
      } catch {
        return;
      }
      for (const n of names) if (!n.startsWith('.') && n !== 'node_modules') walk(path.join(p, n), depth + 1);
    } else {
      parts.push(`${p}:${st.size}:${st.mtimeMs}`);
    }
  };
  walk(target, 0);
  return parts.join('|');
}

/** Watch `target` (a folder or file); returns a function that stops watching. */
export function watchPath(target: string, onChange: () => void, opts: WatchOptions = {}): () => void {
  const debounceMs = opts.debounceMs ?? 150;
  const pollMs = opts.pollMs ?? 1000;
  // `seen`: the newest signature noticed (restarts the quiet period); `fired`: the one last reported
  let seen = folderSignature(target);
  let fired = seen;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const fire = (): void => {
    timer = undefined;
    if (stopped) return;
    const sig = folderSignature(target);
    if (sig !== seen) {
      // still changing: wait for another quiet period
      seen = sig;
      arm();
      return;
    }
    if (sig === fired) return;
    fired = sig;
    onChange();
  };
  const arm = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
    timer.unref();
  };
  const check = (): void => {
    if (stopped) return;
    const sig = folderSignature(target);
    if (sig === seen && !timer) return;
    if (sig !== seen) {
      seen = sig;
      arm();
    }
  };
  let watcher: FSWatcher | undefined;
  if (opts.fsWatch !== false) {
    try {
      watcher = watch(target, { recursive: true, persistent: false }, check);
      watcher.on('error', () => {
        // the polling keeps working; a vanished folder is noticed there
      });
    } catch {
      watcher = undefined;
    }
  }
  const poll = pollMs > 0 ? setInterval(check, pollMs) : undefined;
  poll?.unref();
  return () => {
    stopped = true;
    watcher?.close();
    if (poll) clearInterval(poll);
    if (timer) clearTimeout(timer);
  };
}
