/**
 * The HTTP examples of every generated method page run as printed (bash + curl) against a real
 * gateway: each must reach the function with valid parameters, so the only errors allowed are the
 * API's own outcomes (401, chat not found, ...), never a parse or validation refusal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot, openEmbeddedCore } from '../../src/core/index.js';
import { buildContext } from '../../src/docs/context.js';
import { httpMethodExamples } from '../../src/docs/examples.js';
import { SampleMaker } from '../../src/docs/samples.js';
import { HttpGateway, createUserToken } from '../../src/http/index.js';
import { ourSchema } from '../../src/schema/parser.js';
import { login } from '../core/helpers.js';

const HAS_CURL = spawnSync('curl', ['--version']).status === 0;
const REFUSAL = /Invalid '|Required: '|Unknown parameter|can't parse|Unknown method|must be a JSON object/;

test('the HTTP examples of every method page run as printed and pass validation', { skip: HAS_CURL ? false : 'skipped: curl is not installed' }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-httpex-'));
  const gw = await HttpGateway.start({ dataDir: dir, rateLimit: 0 });
  try {
    const bot = createBot(dir, 'Pages');
    const c = openEmbeddedCore({ dataDir: dir, session: 'pages' });
    login(c, '9996677777', 'Page');
    await c.close();
    const { token } = createUserToken(dir, 'pages');
    const ir = ourSchema();
    const samples = new SampleMaker(buildContext(ir, {}));
    const lines: string[] = [];
    for (const m of ir.functions) {
      const ex = httpMethodExamples(m, samples.request(m));
      lines.push(ex.bot, ex.user);
    }
    // One bash run for all of them: each answer on its own line.
    const script = lines.map((l) => `${l.replaceAll('http://127.0.0.1:8081', gw.address.url)} -s; echo`).join('\n');
    // Asynchronously: the gateway answers from this process's event loop.
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const p = spawn('bash', ['-c', script], { env: { ...process.env, BOT_TOKEN: bot.token, USER_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const kill = setTimeout(() => p.kill('SIGKILL'), 120_000);
      p.on('close', (status) => {
        clearTimeout(kill);
        resolve({ status, stdout, stderr });
      });
    });
    assert.equal(r.status, 0, r.stderr);
    const answers = r.stdout.trim().split('\n');
    assert.equal(answers.length, lines.length);
    const refused: string[] = [];
    answers.forEach((a, i) => {
      const j = JSON.parse(a) as { ok: boolean; description?: string };
      if (!j.ok && REFUSAL.test(j.description ?? '')) refused.push(`${lines[i]}\n  → ${j.description}`);
    });
    assert.deepEqual(refused, []);
  } finally {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
