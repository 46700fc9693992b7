/**
 * Journeys as Lua scripts across two `luatd run` processes on one data dir: a bot and a user
 * talking through the shared file. Each runs with the built-in schema and again with the real
 * legacy file as --schema (skipped when ../shared is absent): the outputs must be the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { binPath, sharedSchemasDir } from '../helpers/bin.js';
import { packageRoot } from '../../src/paths.js';
import { createBot } from '../../src/core/index.js';

interface Proc {
  p: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function run(args: string[]): Proc {
  const p = spawn(process.execPath, [binPath, 'run', ...args], { cwd: packageRoot });
  let out = '';
  let err = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((r) => p.on('close', (c) => r(c)));
  return { p, out: () => out, err: () => err, exited };
}

async function until(cond: () => boolean, what: string, proc: Proc): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > 20_000) assert.fail(`timed out waiting for ${what}; stdout: ${proc.out()} stderr: ${proc.err()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const legacy = sharedSchemasDir ? path.join(sharedSchemasDir, 'td_api_legacy_2017-12.tl') : undefined;

/** The keyboard journey with the given extra args (e.g. --schema FILE); answers the user's output. */
async function keyboardJourney(extra: string[]): Promise<{ user: string; bot: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-journey-'));
  try {
    const created = createBot(dir, 'Counter');
    const bot = run(['--data', dir, '--session', 'bot', ...extra, 'examples/keyboard_bot.lua', created.token]);
    await until(() => /keyboard bot is running/.test(bot.out()), 'the bot to start', bot);
    const user = run(['--data', dir, '--session', 'user', ...extra, 'test/lua/journeys/keyboard_user.lua', '9996641111', created.username]);
    const code = await user.exited;
    assert.equal(code, 0, `user script failed: ${user.err()}`);
    bot.p.kill('SIGINT');
    assert.equal(await bot.exited, 0, bot.err());
    return { user: user.out(), bot: bot.out() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EXPECTED_USER = [
  'keyboard: Count: 0 / Reset (0)',
  'answer: Count is now 1',
  'edited: Count: 1 / Reset (1)',
  'answer: Count is now 2',
  'edited: Count: 2 / Reset (2)',
  'answer: Count is now 0',
  'edited: Count: 0 / Reset (0)',
  'forged: DATA_INVALID',
  '',
].join('\n');

test('journey: a keyboard bot and a user pressing its buttons, in two processes; the bot edits its message', async () => {
  const r = await keyboardJourney([]);
  assert.equal(r.user, EXPECTED_USER);
  assert.match(r.bot, /count 2 in chat \d+/);
});

test('journey: the same with the real legacy schema file as --schema', { skip: legacy ? false : 'skipped: ../shared is absent' }, async () => {
  const r = await keyboardJourney(['--schema', legacy!]);
  assert.equal(r.user, EXPECTED_USER);
});
