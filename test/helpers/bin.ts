/** Paths and helpers shared by tests that spawn the built CLI. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { packageRoot } from '../../src/paths.js';

/** The built CLI entry point. */
export const binPath = path.join(packageRoot, 'dist', 'src', 'cli', 'main.js');

/** The shared fixtures folder (../shared/fixtures/schemas from the repo root), or undefined when absent. */
export const sharedSchemasDir: string | undefined = (() => {
  const dir = path.resolve(packageRoot, '..', 'shared', 'fixtures', 'schemas');
  return existsSync(dir) ? dir : undefined;
})();

/** Skip reason for tests that need ../shared. */
export const NO_SHARED = 'skipped: ../shared/fixtures/schemas is absent (it exists only in the luatd workspace, not in a fresh clone)';
