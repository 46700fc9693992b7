/** Shared by the TDLib backend tests: whether TDLib loads here, and a CLI runner. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnCli, type Ran } from '../helpers/bin.js';
export type { Ran };
import { tdlibUnavailable } from '../../src/core/tdlib/index.js';

/**
 * false when TDLib loads; else the skip note (the optional packages are missing or do not load
 * here). With LUATD_REQUIRE_TDLIB=1 (CI, where `npm ci` installs them) a TDLib that does not
 * load fails the tests instead of skipping them.
 */
export const NO_TDLIB: string | false = (() => {
  const why = tdlibUnavailable();
  if (why && process.env.LUATD_REQUIRE_TDLIB === '1') throw new Error(`LUATD_REQUIRE_TDLIB=1 but TDLib cannot be loaded: ${why}`);
  return why ? `skipped: TDLib cannot be loaded on this machine (${why})` : false;
})();

/** Credentials for offline runs: TDLib needs some to reach authorizationStateWaitPhoneNumber; no request ever leaves. */
export const OFFLINE_API = ['--api-id', '1', '--api-hash', 'offline-test'];

/** Run the built CLI. */
export function luatd(args: string[], opts: { input?: string; env?: Record<string, string | undefined> } = {}): Promise<Ran> {
  return spawnCli(args, opts);
}

/** A temporary folder removed after the test. */
export function tempDir(t: { after: (f: () => void) => void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-tdlib-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
