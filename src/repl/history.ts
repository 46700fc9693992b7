/**
 * Persistent REPL history: one entry per line in a file under the user's luatd home,
 * newest last, capped so it never grows without bound. Multi-line entries are stored with
 * their newlines escaped (`\n` → `\\n`) so that one line stays one entry.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { userHome } from '../paths.js';

/** Entries kept on disk and in memory. */
export const HISTORY_MAX = 1000;

/** The history file: `<userHome>/repl_history`. */
export function historyPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userHome(env), 'repl_history');
}

const escape = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const unescape = (s: string): string => s.replace(/\\(\\|n)/g, (_m, c: string) => (c === 'n' ? '\n' : '\\'));

/** Load the history, newest FIRST (the order node's readline wants). Missing file → []. */
export function loadHistory(file: string, max = HISTORY_MAX): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const lines = text.split('\n').filter((l) => l !== '');
  return lines.slice(-max).reverse().map(unescape);
}

/**
 * Save the history (given newest first, as readline keeps it). Errors are returned, not
 * thrown: losing history must not break the session.
 */
export function saveHistory(file: string, entries: string[], max = HISTORY_MAX): Error | undefined {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const kept = entries.slice(0, max).reverse().map(escape);
    writeFileSync(file, kept.length ? kept.join('\n') + '\n' : '', { mode: 0o600 });
    return undefined;
  } catch (e) {
    return e as Error;
  }
}
