#!/usr/bin/env node
// Build step after tsc (`npm run build`): the script worker of `luatd run` (dist/src/cli/script-worker.js)
// and everything it imports, fengari included, as one CommonJS script: dist/src/script-worker.bundle.cjs.
//
// Why one file: every `luatd run` starts a worker thread that would load ~140 modules (our files,
// fengari's 40 CommonJS files, the core); resolving and reading them one by one is about a fifth of
// the command's start-up. Why CommonJS: the worker's entry (src/cli/script-worker-boot.cts) runs it
// through vm.Script with a V8 code cache, which Node 20 offers for scripts but not for ES modules.
// src/lua/isolated.ts starts the boot when the bundle is at least as new as the tsc output, else
// the unbundled entry, so a tsc-only build never runs stale code.
//
// The bundle sits in dist/src/ so that `import.meta.url` (src/paths.ts finds the package root from
// it; here the bundle's own URL) means the same folder depth as the file it replaces.
// fengari-interop stays outside (loaded only with --allow-js; src/lua/fengari.ts hands it the
// bundled fengari).
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = path.join(root, 'dist', 'src', 'cli', 'script-worker.js');
const out = path.join(root, 'dist', 'src', 'script-worker.bundle.cjs');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // an install without dev dependencies: the unbundled worker runs (slower start, same behaviour)
  console.warn('bundle: esbuild is not installed; luatd run uses the unbundled worker');
  process.exit(0);
}
statSync(entry); // tsc ran first
// the ES module bundle of earlier builds
rmSync(path.join(root, 'dist', 'src', 'script-worker.bundle.js'), { force: true });
// Built-ins that cost a worker's start a few ms to load and that most runs never touch (node:crypto
// ~1.8 ms: hashes and random ids of the core; node:fs/promises ~0.5 ms: file downloads): imported
// through a stand-in whose exports load the real module on first access.
const LAZY_BUILTINS = ['node:crypto', 'node:fs/promises'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${LAZY_BUILTINS.join('|')})$`) }, (args) =>
      // the stand-in's own require is the real module
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const names = Object.keys(await import(args.path)).filter((n) => n !== 'default');
      const getters = names.map((n) => `  ${JSON.stringify(n)}: { enumerable: true, get: () => load()[${JSON.stringify(n)}] },`).join('\n');
      return {
        loader: 'js',
        contents: `let m;\nconst load = () => (m ??= require(${JSON.stringify(args.path)}));\nmodule.exports = Object.defineProperties({}, {\n${getters}\n});\n`,
      };
    });
  },
};
await esbuild.build({
  plugins: [lazyBuiltins],
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // better-sqlite3's JavaScript is bundled (its addon is found by src/core/store/sqlite.ts); `bindings`
  // stays outside, for the layouts where sqlite.ts asks it
  external: ['bindings', 'fengari-interop'],
  // the ES modules' import.meta.url, in a script: the bundle's own URL (same folder depth, see above)
  define: { 'import.meta.url': '__luatdBundleUrl' },
  banner: { js: "const __luatdBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
