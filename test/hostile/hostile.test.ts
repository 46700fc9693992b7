/**
 * The hostile-input suite (see README.md here): scripts (cases.ts, through the host library),
 * a schema-driven fuzz (fuzz.ts), JS requests (js-cases.ts), plugins (plugin-cases.ts), the REPL
 * (repl-cases.ts) and files (file-cases.ts, through the built bin), each with its expected
 * outcome written down. Ends with a summary line `N passed, N failed` on stdout (shown by node's
 * spec reporter), so the count appears in CI output; `todo` cases document known bugs and are
 * counted apart.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scriptCases, type ScriptCase } from './cases.js';
import { fileCases, runFileCase } from './file-cases.js';
import { accountCases } from './account-cases.js';
import { flagCases } from './flag-cases.js';
import { openSuite, runScriptCase, type Suite, type Verdict } from './driver.js';
import { pluginCases, runPluginCase, runPluginKvCase } from './plugin-cases.js';
import { replCases, runReplCase } from './repl-cases.js';
import { runFuzz } from './fuzz.js';
import { jsCases, runJsCase } from './js-cases.js';
import { closeHttpCases, httpCases, runHttpCase } from './http-cases.js';
import { runSignalCase, signalCases } from './signal-cases.js';
import { NO_SHARED, sharedSchemasDir } from '../helpers/bin.js';
import { loadSchema } from '../../src/schema/parser.js';

/**
 * A case run in a child process (todo or mayHang) gets this long before it counts as a hang: a
 * hang guard, generous so that a busy machine never turns a slow pass into a "hang".
 */
const CHILD_TIMEOUT_MS = 60_000;

let suite: Suite | undefined;
const tally = { passed: 0, failed: 0, todo: 0, skipped: 0 };
/** Known-bug cases that pass now: their `todo` mark can go. */
const fixedTodos: string[] = [];

before(async () => {
  suite = await openSuite();
});

after(async () => {
  await suite?.close();
  await closeHttpCases();
  const extra = [tally.todo && `${tally.todo} todo (known bugs, not counted)`, tally.skipped && `${tally.skipped} skipped`].filter(Boolean).join(', ');
  const fixed = fixedTodos.length ? `todo cases that pass now (remove their todo mark): ${fixedTodos.join('; ')}\n` : '';
  process.stdout.write(`${fixed}hostile-input suite${extra ? ` (${extra})` : ''}:\n${tally.passed} passed, ${tally.failed} failed\n`);
});

/** Record a case's result in the tally, then fail the test if it had problems. */
function conclude(problems: string[], todo: string | undefined, got: string, name = ''): void {
  if (todo) {
    tally.todo++;
    if (!problems.length) fixedTodos.push(name);
  } else if (problems.length) tally.failed++;
  else tally.passed++;
  assert.deepEqual(problems, [], `${problems.join('\n')}\n(got: ${got})`);
}

/** Run a case in a child process, killed after CHILD_TIMEOUT_MS: known bugs and fixed hangs may hang the host. */
async function runInChild(c: ScriptCase): Promise<Verdict> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'luatd-hostile-child-'));
  try {
    return await spawnChild(c, tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function spawnChild(c: ScriptCase, tmp: string): Promise<Verdict> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./child.js', import.meta.url)), c.name], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LUATD_HOSTILE_TMP: tmp },
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) resolve({ problems: [`the host hung: no outcome within ${CHILD_TIMEOUT_MS} ms (process killed)`], got: 'hang' });
      else if (code !== 0) resolve({ problems: [`the case's process failed (exit ${code}): ${err.trim().slice(0, 500)}`], got: 'crash' });
      else resolve(JSON.parse(out) as Verdict);
    });
  });
}

for (const c of scriptCases) {
  test(`${c.group}: ${c.name}`, { todo: c.todo }, async () => {
    assert.ok(suite, 'the suite core did not open');
    const v = c.todo || c.mayHang ? await runInChild(c) : await runScriptCase(suite, c);
    conclude(v.problems, c.todo, v.got, c.name);
  });
}

test('api: every method of our schema with wrong, extreme and empty values answers clearly', async () => {
  const v = await runFuzz();
  conclude(v.problems, undefined, v.got);
});

test('api: every method of TDLib 1.8.66 with wrong, extreme and empty values answers clearly', async (t) => {
  if (!sharedSchemasDir) {
    t.skip(NO_SHARED);
    tally.skipped++;
    return;
  }
  const v = await runFuzz(loadSchema(path.join(sharedSchemasDir, 'td_api_1.8.66.tl')));
  conclude(v.problems, undefined, v.got);
});

test('plugins: a hostile plugin cannot reach a sibling (globals, string metatable, API functions, KV store)', async () => {
  assert.ok(suite, 'the suite core did not open');
  const v = await runPluginCase(suite);
  conclude(v.problems, undefined, v.got);
});

test('plugins: a plugin abusing its KV store gets clear refusals, and the store still works', async () => {
  assert.ok(suite, 'the suite core did not open');
  const v = await runPluginKvCase(suite);
  conclude(v.problems, undefined, v.got);
});

for (const c of pluginCases) {
  test(`plugins: ${c.name}`, async () => {
    assert.ok(suite, 'the suite core did not open');
    const v = await c.run(suite);
    conclude(v.problems, undefined, v.got);
  });
}

for (const c of jsCases) {
  test(`js api: ${c.name}`, { todo: c.todo }, async () => {
    assert.ok(suite, 'the suite core did not open');
    const v = await runJsCase(suite, c);
    conclude(v.problems, c.todo, v.got, c.name);
  });
}

for (const c of replCases) {
  test(`repl: ${c.name}`, { todo: c.todo }, async () => {
    assert.ok(suite, 'the suite core did not open');
    const v = await runReplCase(suite, c);
    conclude(v.problems, c.todo, v.got, c.name);
  });
}

for (const c of [...fileCases, ...accountCases, ...flagCases]) {
  test(`files: ${c.name}`, { todo: c.todo }, async (t) => {
    const v = await runFileCase(c);
    if (v.skip) {
      tally.skipped++;
      t.skip(v.skip);
      return;
    }
    conclude(v.problems, c.todo, v.got, c.name);
  });
}

for (const c of signalCases) {
  test(`processes: ${c.name}`, async (t) => {
    const v = await runSignalCase(c);
    if (v.skip) {
      tally.skipped++;
      t.skip(v.skip);
      return;
    }
    conclude(v.problems, undefined, v.got, c.name);
  });
}

for (const c of httpCases) {
  test(`http: ${c.name}`, { todo: c.todo }, async () => {
    const v = await runHttpCase(c);
    conclude(v.problems, c.todo, v.got, c.name);
  });
}
