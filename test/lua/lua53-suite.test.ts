/**
 * The official Lua 5.3.6 test suite (../shared/fixtures/lua-5.3-tests, the `testes/` folder,
 * unchanged): each of its 27 files runs alone in a child process (lua53-runner.ts), the way a user
 * runs a trusted script (luatd's host with every permission, `_port = true`, `_soft = true`),
 * and must end as LUA53_EXPECTED says. all.lua (the driver), bwcoercion.lua (a module) and
 * heavy.lua (hours) are not run, as the suite's own README says. Skips with a note when
 * ../shared is absent.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../src/paths.js';
import { LUA53_EXPECTED } from './lua53-expected.js';

const suiteDir = path.resolve(packageRoot, '..', 'shared', 'fixtures', 'lua-5.3-tests');
const runner = fileURLToPath(new URL('./lua53-runner.js', import.meta.url));
const NOT_RUN = new Set(['all.lua', 'bwcoercion.lua', 'heavy.lua']);
/**
 * Lua steps a file may run: the heaviest file that passes needs under 5 million, so this stops a
 * file that waits forever for a collection fengari never makes (closure.lua) at the same line on
 * an idle and on a busy machine. The timeout is only a guard against a hang of the process.
 */
const MAX_STEPS = 20_000_000;
const FILE_TIMEOUT_MS = 300_000;

interface Result {
  status: 'pass' | 'fail' | 'killed' | 'timeout';
  line?: number;
  message?: string;
}

function runFile(file: string): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [runner, suiteDir, file, String(MAX_STEPS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), FILE_TIMEOUT_MS);
    child.on('close', () => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as Result);
      } catch {
        resolve({ status: 'timeout', message: `no result (killed after ${FILE_TIMEOUT_MS} ms?) ${err.slice(0, 300)}` });
      }
    });
  });
}

const present = existsSync(suiteDir);

test('the expectation table names exactly the 27 files of the suite', { skip: present ? false : 'skipped: ../shared/fixtures/lua-5.3-tests is absent (it exists only in the luatd workspace)' }, () => {
  const files = readdirSync(suiteDir).filter((f) => f.endsWith('.lua') && !NOT_RUN.has(f)).sort();
  assert.deepEqual(files, Object.keys(LUA53_EXPECTED).sort());
  assert.equal(files.length, 27);
});

for (const [file, expected] of Object.entries(LUA53_EXPECTED)) {
  const title = expected === 'pass' ? `Lua 5.3 suite: ${file} passes whole` : `Lua 5.3 suite: ${file} stops at line ${expected.line} (${expected.reason})`;
  test(title, { skip: present ? false : 'skipped: ../shared/fixtures/lua-5.3-tests is absent' }, async () => {
    const r = await runFile(file);
    if (expected === 'pass') {
      assert.equal(r.status, 'pass', `${file} failed at line ${r.line}: ${r.message}`);
    } else {
      assert.notEqual(r.status, 'pass', `${file} now passes whole: update test/lua/lua53-expected.ts and docs/lua-compat.md`);
      assert.equal(r.line, expected.line, `${file} failed at line ${r.line}, expected line ${expected.line}: ${r.message}`);
      assert.equal(r.status, expected.killed ? 'killed' : 'fail', `${file}: ${r.message}`);
    }
  });
}
