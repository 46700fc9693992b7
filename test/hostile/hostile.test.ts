/**
 * The hostile-input suite: every case of cases.ts (scripts, through the host library) and
 * file-cases.ts (through the built bin), each with its expected outcome written down.
 * Ends with a summary line `N passed, N failed` on stdout (shown by node's spec reporter), so
 * the count appears in CI output; `todo` cases document known bugs and are counted apart.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { scriptCases } from './cases.js';
import { fileCases, runFileCase } from './file-cases.js';
import { openHost, runScriptCase, writeSentinel, type Host } from './driver.js';

let host: Host | undefined;
let hostMissing = '';
let sentinelProblem: string | undefined;
const tally = { passed: 0, failed: 0, todo: 0, skipped: 0 };

before(async () => {
  const h = await openHost();
  if (typeof h === 'string') hostMissing = h;
  else {
    host = h;
    sentinelProblem = await writeSentinel(h);
  }
});

after(async () => {
  await host?.close();
  const extra = [tally.todo && `${tally.todo} todo (known bugs)`, tally.skipped && `${tally.skipped} skipped`].filter(Boolean).join(', ');
  process.stdout.write(`hostile-input suite:${extra ? ` ${extra};` : ''}\n${tally.passed} passed, ${tally.failed} failed\n`);
});

/** Record a case's result in the tally, then fail the test if it had problems. */
function conclude(problems: string[], todo: string | undefined, got: string): void {
  if (todo) tally.todo++;
  else if (problems.length) tally.failed++;
  else tally.passed++;
  assert.deepEqual(problems, [], `${problems.join('\n')}\n(got: ${got})`);
}

test('the suite has its sentinel in the core', (t) => {
  if (!host) {
    tally.skipped++;
    t.skip(hostMissing);
    return;
  }
  conclude(sentinelProblem ? [sentinelProblem] : [], undefined, sentinelProblem ?? 'ok');
});

for (const c of scriptCases) {
  test(`${c.group}: ${c.name}`, { todo: c.todo }, async (t) => {
    if (!host) {
      tally.skipped++;
      t.skip(hostMissing);
      return;
    }
    const v = await runScriptCase(host, c);
    conclude(v.problems, c.todo, v.got);
  });
}

for (const c of fileCases) {
  test(`files: ${c.name}`, { todo: c.todo }, async (t) => {
    const v = await runFileCase(c);
    if (v.skip) {
      tally.skipped++;
      t.skip(v.skip);
      return;
    }
    conclude(v.problems, c.todo, v.got);
  });
}
