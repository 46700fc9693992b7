/**
 * Limits of the login flow, kept free of imports so that the package's public types can name
 * them without pulling in the data layer (and its SQLite types).
 *
 * As on Telegram: a code dies after a few wrong tries (a new one must be asked for), and
 * repeated failures on one phone number or account bring FLOOD_WAIT_N errors (code 420) whose
 * wait doubles. Failures are counted in the data file, per phone number or account, so that
 * neither a new session nor another process starts afresh.
 */

/** How long a login code stays valid, in milliseconds. */
export const CODE_TTL_MS = 5 * 60 * 1000;

/** Wrong tries a login or recovery code survives; the last one kills it (PHONE_CODE_EXPIRED). */
export const CODE_TRIES = 3;

/** Failures of one phone number, password or recovery e-mail before the waits begin. */
export const FREE_FAILURES = 5;

/** The first wait after FREE_FAILURES failures, in seconds; each further failure doubles it. */
export const FIRST_WAIT_SEC = 30;

/** The longest wait, in seconds (one day). */
export const MAX_WAIT_SEC = 24 * 60 * 60;

/** A failure count is forgotten after this long without a new failure, in milliseconds. */
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/** Seconds to wait after the n-th consecutive failure (0 while n < FREE_FAILURES). */
export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_SEC, FIRST_WAIT_SEC * 2 ** Math.min(20, failures - FREE_FAILURES));
}
