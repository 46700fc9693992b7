/** Shared by the TDLib backend tests: whether TDLib loads here, and a CLI runner. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';
import { packageRoot } from '../../src/paths.js';
import { tdlibUnavailable } from '../../src/core/tdlib/index.js';

/** false when TDLib loads; else the skip note (the optional packages are missing or do not load here). */
export const NO_TDLIB: string | false = (() => {
  const why = tdlibUnavailable();
  return why ? `skipped: TDLib cannot be loaded on this machine (${why})` : false;
})();

/** Credentials for offline runs: TDLib needs some to reach authorizationStateWaitPhoneNumber; no request ever leaves. */
export const OFFLINE_API = ['--api-id', '1', '--api-hash', 'offline-test'];

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI. */
export function luatd(args: string[], opts: { input?: string; env?: Record<string, string | undefined> } = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
    // an undefined value removes the variable (spawn would pass the text "undefined")
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const p = spawn(process.execPath, [binPath, ...args], { cwd: packageRoot, env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.stdin.end(opts.input ?? '');
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A temporary folder removed after the test. */
export function tempDir(t: { after: (f: () => void) => void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-tdlib-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
