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

test('output into a closed pipe ends quietly (luatd types | head)', () => {
  // `head -c 100` closes the pipe early; the shell reports luatd's own exit status
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${binPath}" types | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
  assert.match(r.stdout, /status=0/);
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/);
});
