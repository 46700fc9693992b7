#!/usr/bin/env node
// Runs every compiled test file (dist/test/**/*.test.js) with node's test runner.
// A launcher is needed because Node 20's `--test DIR` also runs helper modules as tests,
// and its --test has no glob support. Extra arguments are passed to node (e.g. --test-only).
import { readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testDir = path.join(root, 'dist', 'test');

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...collect(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const filter = process.env.LUATD_TEST_FILTER;
const files = collect(testDir).filter((f) => !filter || f.includes(filter));
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(r.status ?? 1);
