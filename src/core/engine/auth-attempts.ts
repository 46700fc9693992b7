/**
 * Failed login attempts, counted in the data file (table `auth_failures`) per key: `code:<phone>`,
 * `password:<account id>`, `recovery:<account id>`. Shared by every session and process of a
 * data dir, so a brute force cannot start afresh by switching sessions. See auth-limits.ts.
 */
import type { TdError } from '../client.js';
import { type TdErrorName, err, floodWait } from '../errors.js';
import { sql } from '../network/model.js';
import { CODE_TRIES, FORGET_AFTER_MS, waitAfter } from './auth-limits.js';
import { commitAnyway, type Ctx } from './context.js';

interface FailureRow {
  failures: number;
  last_ms: number;
  until_ms: number;
}

/** FLOOD_WAIT_N while `key` is waiting after repeated failures, else undefined. */
export function floodCheck(c: Ctx, key: string): TdError | undefined {
  const row = sql(c.db, 'SELECT failures, last_ms, until_ms FROM auth_failures WHERE key = ?').get(key) as FailureRow | undefined;
  const now = c.nowMs();
  if (!row || row.until_ms <= now) return undefined;
  return floodWait(Math.ceil((row.until_ms - now) / 1000));
}

/** Counts one failure of `key`; answers the wait it now has, in seconds (0: none yet). */
export function recordFailure(c: Ctx, key: string): number {
  const row = sql(c.db, 'SELECT failures, last_ms, until_ms FROM auth_failures WHERE key = ?').get(key) as FailureRow | undefined;
  const now = c.nowMs();
  const failures = row && now - row.last_ms < FORGET_AFTER_MS ? row.failures + 1 : 1;
  const wait = waitAfter(failures);
  sql(c.db, 'INSERT OR REPLACE INTO auth_failures (key, failures, last_ms, until_ms) VALUES (?, ?, ?, ?)').run(key, failures, now, now + wait * 1000);
  return wait;
}

/** Forgets the failures of `key` (after a success). */
export function clearFailures(c: Ctx, key: string): void {
  sql(c.db, 'DELETE FROM auth_failures WHERE key = ?').run(key);
}

/** A one-time code that was sent (login, phone change, password recovery), as its client row keeps it. */
export interface SentCode {
  /** The failure counter's key (`code:<phone>`, `recovery:<account id>`). */
  key: string;
  /** The code sent; null once it died. */
  expected: string | null;
  /** Wrong tries so far. */
  tries: number;
  /** Past its lifetime. */
  expired?: boolean;
  /** Error names: a wrong code, and a dead one. */
  invalid: TdErrorName;
  dead: TdErrorName;
  /** Stores the new count of wrong tries; `dead` when the code is now used up (forget it). */
  saveTries(tries: number, dead: boolean): void;
}

/**
 * Checks a code the user typed against the one sent, with the limits every code has: FLOOD_WAIT
 * after repeated failures, expiry, and death after CODE_TRIES wrong tries. Undefined when it is
 * right (its failures forgotten); else the error, committed so that the try counts.
 */
export function checkSentCode(c: Ctx, sent: SentCode, given: string): TdError | undefined {
  const wait = floodCheck(c, sent.key);
  if (wait) return wait;
  if (sent.expected === null || sent.expired === true) return err(sent.dead);
  if (given !== sent.expected) {
    // counted even though the call fails: the try must not roll back with it
    recordFailure(c, sent.key);
    const tries = sent.tries + 1;
    const dead = tries >= CODE_TRIES;
    sent.saveTries(tries, dead);
    return commitAnyway(err(dead ? sent.dead : sent.invalid));
  }
  clearFailures(c, sent.key);
  return undefined;
}
