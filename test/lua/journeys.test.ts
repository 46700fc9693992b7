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

/** Run a script to its end in a session of dir; answers its output (fails on a non-zero exit). */
async function runToEnd(dir: string, session: string, args: string[]): Promise<string> {
  const p = run(['--data', dir, '--session', session, ...args]);
  const code = await p.exited;
  assert.equal(code, 0, `${args[0]} failed: ${p.err()}`);
  return p.out();
}

test('journey: a tdcli bot with its own tdcli.lua runs unchanged; a user in another process pings it, asks its id, gets Markdown, has a message deleted and a member kicked', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-tdcli-'));
  try {
    // tdcli bots never logged in themselves (telegram-cli did): the session is logged in first
    const botId = (await runToEnd(dir, 'helper', ['test/lua/journeys/login.lua', '9996621234', 'Helper'])).trim();
    const victimId = (await runToEnd(dir, 'victim', ['test/lua/journeys/login.lua', '9996641234', 'Vic'])).trim();
    await runToEnd(dir, 'kim', ['test/lua/journeys/login.lua', '9996631234', 'Kim']);
    const bot = run(['--data', dir, '--session', 'helper', 'test/lua/journeys/tdcli_bot/bot.lua']);
    await until(() => /tdcli bot ready as \d+/.test(bot.out()), 'the bot to hear its my_id', bot);
    assert.match(bot.out(), new RegExp(`^tdcli bot ready as ${botId} \\(\\d+ chats\\)\\n$`));
    const user = await runToEnd(dir, 'kim', ['test/lua/journeys/tdcli_user.lua', botId, victimId]);
    bot.p.kill('SIGINT');
    assert.equal(await bot.exited, 0, bot.err());
    assert.equal(bot.err(), '', 'the bot reported no error');
    assert.equal(
      user,
      [
        'ping: pong (a reply)',
        'id: Your id: <me> (Kim)',
        'md: bold and italic and code [Bold,Italic,Code]',
        'info: members: 3, first: <id>',
        'del: deleted',
        'kick: kicked <victim>: ChatMemberStatusKicked',
        'victim now: chatMemberStatusBanned',
        // channels are not served yet (issue #12): the error reaches the bot's callback as data
        'pin: pin failed: 501 Method not implemented by the embedded backend: pinChannelMessage',
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
