/** Paths and helpers shared by tests that spawn the built CLI. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { packageRoot } from '../../src/paths.js';

/** The built CLI entry point. */
export const binPath = path.join(packageRoot, 'dist', 'src', 'cli', 'luatd.cjs');

/** The shared fixtures folder (../shared/fixtures/schemas from the repo root), or undefined when absent. */
export const sharedSchemasDir: string | undefined = (() => {
  const dir = path.resolve(packageRoot, '..', 'shared', 'fixtures', 'schemas');
  return existsSync(dir) ? dir : undefined;
})();

/** Skip reason for tests that need ../shared. */
export const NO_SHARED = 'skipped: ../shared/fixtures/schemas is absent (it exists only in the luatd workspace, not in a fresh clone)';

/** What a spawned CLI run left: its exit status and everything it printed. */
export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the built CLI to the end, feeding `input` on stdin (from the repo root unless `cwd` is given).
 * An `env` value of undefined removes that variable (spawn would pass the text "undefined").
 */
export function spawnCli(
  args: string[],
  opts: { input?: string; cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Ran> {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [binPath, ...args], { cwd: opts.cwd ?? packageRoot, env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.stdin.end(opts.input ?? '');
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A `luatd run` child process of a journey test: its output so far, and its end. */
export interface LuatdProc {
  p: ReturnType<typeof spawn>;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  /**
   * The first match of `re` in its stdout, once printed. Fails when the process ends without
   * printing it: waiting is event-driven, with no clock, so a loaded machine only makes it later.
   */
  waitFor: (re: RegExp, what: string) => Promise<RegExpExecArray>;
}

/** Start `luatd run ARGS` from the package root (journeys name their scripts relative to it), with `env` if given. */
export function runLuatd(args: string[], env?: NodeJS.ProcessEnv): LuatdProc {
  const p = spawn(process.execPath, [binPath, 'run', ...args], { cwd: packageRoot, ...(env ? { env } : {}) });
  let out = '';
  let err = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((r) => p.on('close', (c) => r(c)));
  const waitFor = (re: RegExp, what: string): Promise<RegExpExecArray> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const m = re.exec(out);
        if (m) {
          p.stdout!.off('data', check);
          resolve(m);
        }
        return m !== null;
      };
      if (check()) return;
      p.stdout!.on('data', check);
      void exited.then((code) => {
        if (!re.exec(out)) reject(new Error(`${what}: the process ended (exit ${code}) first; stdout: ${out} stderr: ${err}`));
      });
    });
  return { p, out: () => out, err: () => err, exited, waitFor };
}
