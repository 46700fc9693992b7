/**
 * Custom requests between bots: sendCustomRequest("<bot username>.<name>") reaches that bot as
 * updateNewCustomQuery, its answerCustomQuery comes back as the result; in one process and across
 * two processes on one data dir; a bot that never answers times the caller out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot, createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';
import { call, login, ok, Updates } from './helpers.js';

const coreUrl = new URL('../../src/core/index.js', import.meta.url).href;

test('a custom request goes to the named bot and its answer comes back; late answers and non-bots are refused', async () => {
  const net = createMemoryNetwork();
  const asker = createBot(net, 'Asker');
  const server = createBot(net, 'Server');
  const a = openEmbeddedCore({ network: net, session: 'asker', botTimeoutMs: 1500 });
  const s = openEmbeddedCore({ network: net, session: 'server', botTimeoutMs: 1500 });
  const user = openEmbeddedCore({ network: net, session: 'user' });
  try {
    ok(a, { _: 'checkAuthBotToken', token: asker.token });
    ok(s, { _: 'checkAuthBotToken', token: server.token });
    login(user, '9996630001');
    const su = new Updates(s);
    const pending = a.invoke({ _: 'sendCustomRequest', method: `${server.username}.getWeather`, parameters: '{"city":"Oslo"}' });
    const q = await su.waitFor((u) => u._ === 'updateNewCustomQuery', 3000, 'the custom query');
    assert.deepEqual(JSON.parse(q.data as string), { method: 'getWeather', parameters: { city: 'Oslo' }, sender_user_id: asker.user_id });
    assert.equal(q.timeout, 2);
    assert.equal(call(s, { _: 'answerCustomQuery', custom_query_id: q.id, data: 'not json' }).code, 400);
    ok(s, { _: 'answerCustomQuery', custom_query_id: q.id, data: '{"sky":"grey"}' });
    assert.deepEqual(await pending, { _: 'customRequestResult', result: '{"sky":"grey"}' });
    assert.equal(call(s, { _: 'answerCustomQuery', custom_query_id: q.id, data: '{}' }).message, 'QUERY_ID_INVALID', 'answered once');
    // nobody answers: the caller times out and a late answer is refused
    su.clear();
    const unanswered = a.invoke({ _: 'sendCustomRequest', method: `@${server.username}.slow`, parameters: '' });
    const q2 = await su.waitFor((u) => u._ === 'updateNewCustomQuery', 3000, 'the second query');
    assert.equal((await unanswered).message, 'BOT_RESPONSE_TIMEOUT');
    assert.equal(call(s, { _: 'answerCustomQuery', custom_query_id: q2.id, data: '{}' }).message, 'QUERY_ID_INVALID');
    assert.equal((await a.invoke({ _: 'sendCustomRequest', method: 'nobody_here_bot.x', parameters: '{}' })).code, 400);
    assert.equal((await a.invoke({ _: 'sendCustomRequest', method: `${server.username}.x`, parameters: '{bad' })).code, 400);
    assert.equal((await user.invoke({ _: 'sendCustomRequest', method: `${server.username}.x`, parameters: '{}' })).message, 'The method is available only for bots');
    assert.equal(call(user, { _: 'answerCustomQuery', custom_query_id: q2.id, data: '{}' }).message, 'The method is available only for bots');
  } finally {
    for (const c of [a, s, user]) await c.close();
    net.close();
  }
});

test('custom request across processes: a bot in another process answers', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-custom-'));
  try {
    const asker = createBot(dir, 'Asker');
    const server = createBot(dir, 'Server');
    const script = path.join(dir, 'server.mjs');
    writeFileSync(
      script,
      `import { writeSync } from 'node:fs';
const core = await import(${JSON.stringify(coreUrl)});
const c = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'server' });
c.invokeSync({ _: 'checkAuthBotToken', token: ${JSON.stringify(server.token)} });
c.onUpdate((u) => {
  if (u._ !== 'updateNewCustomQuery') return;
  const q = JSON.parse(u.data);
  c.invokeSync({ _: 'answerCustomQuery', custom_query_id: u.id, data: JSON.stringify({ echo: q.parameters, from: q.sender_user_id }) });
  setTimeout(() => void c.close().then(() => process.exit(0)), 200);
});
writeSync(1, 'ready\\n');
setTimeout(() => process.exit(3), 60000).unref();
setInterval(() => {}, 1000);
`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('ready')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const a = openEmbeddedCore({ dataDir: dir, session: 'asker', botTimeoutMs: 30_000 });
    ok(a, { _: 'checkAuthBotToken', token: asker.token });
    const r = await a.invoke({ _: 'sendCustomRequest', method: `${server.username}.echo`, parameters: '[1,2,3]' });
    assert.deepEqual(r._, 'customRequestResult');
    assert.deepEqual(JSON.parse(r.result as string), { echo: [1, 2, 3], from: asker.user_id });
    await a.close();
    const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve)));
    assert.equal(code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
