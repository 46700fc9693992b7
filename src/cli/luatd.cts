#!/usr/bin/env node
/**
 * The `luatd` executable (package.json "bin"). Its first act is to start `luatd run`'s script
 * worker (src/lua/worker-start.cts): this file is CommonJS, so that runs before node loads any ES
 * module of the CLI, and the worker's own boot overlaps with all of that. Then the CLI (main.ts).
 */
import { prestartWorker } from '../lua/worker-start.cjs';

if (process.argv[2] === 'run') prestartWorker();

import('./main.js').catch((e: unknown) => {
  process.stderr.write(`luatd: cannot load the CLI: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
