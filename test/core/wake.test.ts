/**
 * Updates cross processes by push (src/core/store/wake.ts): two processes on one data dir play
 * ping-pong with their fallback poll set to an hour, so only the wake-up can carry each message;
 * and when the watch cannot be set up, the updates still arrive through polling. Events are
 * counted; the time limits are hang guards only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { login, ok, text, Updates } from './helpers.js';

const coreUrl = new URL('../../src/core/index.js', import.meta.url).href;
const HOUR = 3_600_000;

/**
 * The other process: logs in, then answers each "ping N" with "pong N" and says how many pings it
 * saw. `breakWatch` makes fs.watch fail as it does when the inotify limit is reached.
 */
function childScript(dir: string, breakWatch: boolean, pollMs: number | undefined): string {
  const file = path.join(dir, `child-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    file,
    `import fs, { writeSync } from 'node:fs';
const say = (s) => writeSync(1, s + '\\n');
let watchAttempts = 0;
if (${breakWatch}) {
  fs.watch = () => {
    watchAttempts++;
    throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached, watch'), { code: 'ENOSPC' });
  };
}
const core = await import(${JSON.stringify(coreUrl)});
const c = core.openEmbeddedCore({ dataDir: ${JSON.stringify(dir)}, session: 'child'${pollMs === undefined ? '' : `, pollMs: ${pollMs}`} });
c.invokeSync({ _: 'setAuthPhoneNumber', phone_number: '9996670002', allow_flash_call: false, is_current_phone_number: false });
c.invokeSync({ _: 'checkAuthCode', code: '77777', first_name: 'Child', last_name: '' });
const me = c.invokeSync({ _: 'getMe' });
let pings = 0;
c.onUpdate((u) => {
  if (u._ !== 'updateNewMessage' || u.message.sender_user_id === me.id) return;
  const m = /^ping (\\d+)$/.exec(u.message.content.text ?? '');
  if (m) {
    pings++;
    c.invokeSync({ _: 'sendMessage', chat_id: u.message.chat_id, reply_to_message_id: u.message.id, disable_notification: false, from_background: false, reply_markup: null,
      input_message_content: { _: 'inputMessageText', text: 'pong ' + m[1], disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null } });
  } else if (u.message.content.text === 'bye') {
    say('pings ' + pings + ' watch attempts ' + watchAttempts);
    void c.close().then(() => process.exit(0));
  }
});
say('ready ' + me.id);
setInterval(() => {}, 1000); // the client itself keeps nothing alive
setTimeout(() => { say('child hang guard'); process.exit(3); }, 120000).unref();
`,
  );
  return file;
}

/** Runs `rounds` of ping-pong against a child; answers what the child said at the end and the pongs seen here. */
async function pingPong(rounds: number, child: { breakWatch: boolean; pollMs?: number }): Promise<{ childSays: string; pongs: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-wake-'));
  const a = openEmbeddedCore({ dataDir: dir, session: 'parent', pollMs: HOUR });
  const proc = spawn(process.execPath, [childScript(dir, child.breakWatch, child.pollMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const ups = new Updates(a);
    login(a, '9996660001', 'Parent');
    let out = '';
    const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
    const childId = await new Promise<number>((resolve, reject) => {
      proc.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /ready (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      void exited.then((code) => reject(new Error(`child exited early (${code}): ${out}`)));
    });
    const chat = ok(a, { _: 'createPrivateChat', user_id: childId });
    const isPong = (u: TdObject, i: number) => u._ === 'updateNewMessage' && ((u.message as TdObject).content as TdObject).text === `pong ${i}`;
    for (let i = 1; i <= rounds; i++) {
      ok(a, text(chat.id as number, `ping ${i}`));
      await ups.waitFor((u) => isPong(u, i), 60_000, `pong ${i}`);
    }
    ok(a, text(chat.id as number, 'bye'));
    assert.equal(await exited, 0, out);
    const pongs = ups.list
      .filter((u) => u._ === 'updateNewMessage' && /^pong/.test(String(((u.message as TdObject).content as TdObject).text)))
      .map((u) => String(((u.message as TdObject).content as TdObject).text));
    return { childSays: out.split('\n').find((l) => l.startsWith('pings')) ?? out, pongs };
  } finally {
    proc.kill('SIGKILL');
    await a.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('two processes exchange updates by push: with polling an hour apart, 30 round trips each arrive once, in order', async () => {
  const r = await pingPong(30, { breakWatch: false, pollMs: HOUR });
  assert.equal(r.childSays, 'pings 30 watch attempts 0');
  assert.deepEqual(r.pongs, Array.from({ length: 30 }, (_, i) => `pong ${i + 1}`));
});

test('without a watch (fs.watch fails, as at the inotify limit) updates still arrive, by the fallback poll', async () => {
  // the child cannot watch, so every ping reaches it through its poll (the default interval); its pongs wake this process
  const r = await pingPong(3, { breakWatch: true });
  assert.equal(r.childSays, 'pings 3 watch attempts 1');
  assert.deepEqual(r.pongs, ['pong 1', 'pong 2', 'pong 3']);
});
