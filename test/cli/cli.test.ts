import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { binPath } from '../helpers/bin.js';

test('luatd --version prints the package version and exits 0', () => {
  const r = spawnSync(process.execPath, [binPath, '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^\d+\.\d+\.\d+/);
});

test('an unknown subcommand is a usage error with exit code 2', () => {
  const r = spawnSync(process.execPath, [binPath, 'no-such-command'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command/);
});
