#!/usr/bin/env node
// Build step after tsc (`npm run build`): the script worker of `luatd run` (dist/src/cli/script-worker.js)
// and everything it imports, fengari included, as one ES module: dist/src/script-worker.bundle.js.
//
// Why: every `luatd run` starts a worker thread that loads ~140 modules (our files, fengari's 40
// CommonJS files, the core); resolving and reading them one by one is about a fifth of the command's
// start-up. One file loads in one go. src/lua/isolated.ts starts the bundle when it is at least as
// new as the tsc output, else the unbundled entry, so a tsc-only build never runs stale code.
//
// The bundle sits in dist/src/ so that `import.meta.url` (src/paths.ts finds the package root from
// it) means the same folder depth as the file it replaces. better-sqlite3 stays outside (a native
// addon that finds its .node file from its own folder), and so does fengari-interop (loaded only
// with --allow-js; src/lua/fengari.ts hands it the bundled fengari).
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = path.join(root, 'dist', 'src', 'cli', 'script-worker.js');
const out = path.join(root, 'dist', 'src', 'script-worker.bundle.js');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // an install without dev dependencies: the unbundled worker runs (slower start, same behaviour)
  console.warn('bundle: esbuild is not installed; luatd run uses the unbundled worker');
  process.exit(0);
}
statSync(entry); // tsc ran first
await esbuild.build({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'fengari-interop'],
  // the CommonJS parts (fengari) require node's built-ins: give the ES module a require
  banner: { js: "import { createRequire as __luatdCreateRequire } from 'node:module'; const require = __luatdCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
