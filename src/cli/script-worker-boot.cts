/**
 * Entry of a `luatd run` script worker when the bundle is built (src/build/bundle.mjs): runs
 * dist/src/script-worker.bundle.cjs (script-worker.ts and all it imports, as one CommonJS script)
 * with a V8 code cache.
 *
 * Why: a worker is a fresh V8 isolate, so it parses the 1.2 MB bundle and compiles every function
 * it runs from scratch, each time (a fifth of `luatd run -e 'print(1)'`). V8 can serialize what it
 * compiled (`createCachedData`) and take it back on the next start; Node 20 offers that for scripts
 * (vm.Script), not for ES modules, hence a CommonJS bundle. The cache is written once the worker
 * ends, so it holds the functions a run compiled lazily, not only the top level. It lives in the
 * package's cache (src/cache.ts: same trust as the code); its name says which bundle and which V8
 * made it, and V8 itself rejects data of another version, flags or source (then it is replaced).
 *
 * This file stays tiny and outside the bundle; it only uses node's built-ins.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import v8 from 'node:v8';
import { createRequire } from 'node:module';

// The worker turns this flag on later (script-worker.ts, fullGc) and V8 keys cached code to the
// flags in force: set it before compiling, or every cache made at exit would be rejected next time.
v8.setFlagsFromString('--expose-gc');

const bundle = path.join(__dirname, '..', 'script-worker.bundle.cjs');
const source = fs.readFileSync(bundle, 'utf8');
const stat = fs.statSync(bundle);
// V8 rejects a cache made under other flags (node's own, e.g. NODE_OPTIONS=--max-old-space-size):
// each set of them gets its own file, so two ways of starting luatd do not replace each other's
const flags = `${process.execArgv.join(' ')}|${process.env.NODE_OPTIONS ?? ''}`;
let flagsHash = 0x811c9dc5;
for (let i = 0; i < flags.length; i++) flagsHash = Math.imul(flagsHash ^ flags.charCodeAt(i), 0x01000193);
const build = `script-worker-${process.versions.v8}-${stat.size}-${Math.trunc(stat.mtimeMs)}-`;
const cacheFile = path.join(__dirname, '..', '..', '.cache', `${build}${(flagsHash >>> 0).toString(16)}.v8`);

let cachedData: Buffer | undefined;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined; // the first run of this build, or a read-only install without a cache
}

const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
  // the bundle imports plugins' and backends' own ES modules with import()
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});

if (!cachedData || script.cachedDataRejected) {
  process.on('exit', () => {
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o644 });
      fs.renameSync(tmp, cacheFile);
      // the caches of earlier builds: never loaded again
      for (const name of fs.readdirSync(path.dirname(cacheFile))) {
        if (name.startsWith('script-worker-') && name.endsWith('.v8') && !name.startsWith(build)) fs.rmSync(path.join(path.dirname(cacheFile), name), { force: true });
      }
    } catch {
      // a read-only install, a full disk: the next worker compiles, as without a cache
      fs.rmSync(tmp, { force: true });
    }
  });
}

const mod = { exports: {} };
(script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, createRequire(bundle), mod, bundle, path.dirname(bundle));
