/**
 * A real bot framework against the gateway: a grammY bot (its API root pointed at luatd serve)
 * with a /start command, an inline keyboard and a callback query handler, and a Lua script run
 * by `luatd run` on the same data dir as the user who talks to it; once with long polling,
 * once with a webhook.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Bot, InlineKeyboard, webhookCallback } from 'grammy';
import { IMPLEMENTED_METHODS, createBot } from '../../src/core/index.js';
import { HttpGateway } from '../../src/http/index.js';
import { packageRoot } from '../../src/paths.js';
import { binPath } from '../helpers/bin.js';

const SCRIPT = path.join(packageRoot, 'test', 'http', 'fixtures', 'grammy_user.lua');
const CALLBACKS = ['getCallbackQueryAnswer', 'answerCallbackQuery'].every((m) => IMPLEMENTED_METHODS.has(m));
const NO_CALLBACKS = 'skipped: the core does not implement callback queries (getCallbackQueryAnswer, answerCallbackQuery) yet';

function greeter(token: string, apiRoot: string): Bot {
  const bot = new Bot(token, { client: { apiRoot } });
  bot.command('start', (ctx) => ctx.reply(`Welcome, ${ctx.from?.first_name}! Do you like Lua?`, { reply_markup: new InlineKeyboard().text('Yes', 'like:yes').text('No', 'like:no') }));
  bot.callbackQuery(/^like:(yes|no)$/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: `You chose ${ctx.match[1]}` });
    await ctx.editMessageText(`Noted: ${ctx.match[1]}`);
  });
  return bot;
}

/** Runs the user's script (bounded: the script's own timeout, and a kill after 30 s). */
function runUser(dir: string, username: string, press: boolean): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [binPath, 'run', '--data', dir, '--session', 'uma', '--timeout', '20000', SCRIPT, username, press ? 'press' : 'look'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const kill = setTimeout(() => p.kill('SIGKILL'), 30_000);
    p.on('close', (code) => {
      clearTimeout(kill);
      resolve({ code, out, err });
    });
  });
}

function expectConversation(r: { code: number | null; out: string; err: string }, press: boolean): void {
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.deepEqual(lines.slice(0, 2), ['bot: Welcome, Uma! Do you like Lua?', 'button: Yes like:yes']);
  if (press) assert.deepEqual(lines.slice(2), ['answer: You chose yes', 'edited: Noted: yes']);
}

async function world(): Promise<{ dir: string; gw: HttpGateway; token: string; username: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-grammy-'));
  const { token, username } = createBot(dir, 'Greeter');
  const gw = await HttpGateway.start({ dataDir: dir });
  return { dir, gw, token, username };
}

for (const press of [false, true]) {
  const what = press ? 'the user presses the button: answerCallbackQuery and editMessageText' : '/start and an inline keyboard';
  test(`grammY with long polling: ${what}`, { skip: press && !CALLBACKS ? NO_CALLBACKS : false }, async () => {
    const { dir, gw, token, username } = await world();
    const bot = greeter(token, gw.address.url);
    const errors: unknown[] = [];
    bot.catch((e) => errors.push(e.error));
    try {
      const started = new Promise<void>((resolve) => void bot.start({ timeout: 5, onStart: () => resolve() }));
      await started;
      expectConversation(await runUser(dir, username, press), press);
      assert.deepEqual(errors, []);
    } finally {
      await bot.stop();
      await gw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`grammY with a webhook: ${what}`, { skip: press && !CALLBACKS ? NO_CALLBACKS : false }, async () => {
    const { dir, gw, token, username } = await world();
    const bot = greeter(token, gw.address.url);
    const errors: unknown[] = [];
    bot.catch((e) => errors.push(e.error));
    const secret = 'grammy_secret_1';
    const server = http.createServer(webhookCallback(bot, 'http', { secretToken: secret }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await bot.init();
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      await bot.api.setWebhook(url, { secret_token: secret });
      assert.equal((await bot.api.getWebhookInfo()).url, url);
      expectConversation(await runUser(dir, username, press), press);
      assert.deepEqual(errors, []);
      assert.equal((await bot.api.getWebhookInfo()).pending_update_count, 0);
      await bot.api.deleteWebhook();
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await gw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
