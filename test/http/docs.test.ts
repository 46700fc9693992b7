/**
 * docs/http.md's seed examples, run as written: the setup commands, then `luatd serve` (on a free
 * port instead of 8081), then each curl line, whose answer must be the JSON block under it.
 * Ends with SIGTERM: the server drains and exits 0.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { binPath } from '../helpers/bin.js';

const HAS_CURL = spawnSync('curl', ['--version']).status === 0;

function section(md: string): string {
  const start = md.indexOf("## The seed's examples");
  return md.slice(start, md.indexOf('\n## ', start + 5));
}

test("docs/http.md: curl reproduces the seed's two resetAuth examples with the documented answers", { skip: HAS_CURL ? false : 'skipped: curl is not installed' }, async () => {
  const md = section(readFileSync(path.join(packageRoot, 'docs', 'http.md'), 'utf8'));
  const blocks = [...md.matchAll(/```(sh|json)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]!.trim() }));
  const setup = blocks[0]!.text.split('\n').filter((l) => !l.includes('luatd serve'));
  const examples: { curl: string; answer: unknown }[] = [];
  for (let i = 1; i + 1 < blocks.length; i += 2) {
    assert.equal(blocks[i]!.lang, 'sh');
    assert.equal(blocks[i + 1]!.lang, 'json');
    examples.push({ curl: blocks[i]!.text, answer: JSON.parse(blocks[i + 1]!.text) });
  }
  assert.equal(examples.length, 2, 'the page shows the bot and the user example');
  const home = mkdtempSync(path.join(os.tmpdir(), 'luatd-httpdoc-'));
  const env = { ...process.env, LUATD_HOME: home };
  const luatd = `${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)}`;
  const prelude = setup.map((l) => l.replaceAll('npx luatd', luatd)).join('\n');
  const tokens = spawnSync('bash', ['-euc', `${prelude}\necho "$BOT_TOKEN"; echo "$USER_TOKEN"`], { env, encoding: 'utf8' });
  assert.equal(tokens.status, 0, tokens.stderr);
  const [bot, user] = tokens.stdout.trim().split('\n').slice(-2);
  const server = spawn(process.execPath, [binPath, 'serve', '--listen', '127.0.0.1:0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 20_000);
      server.stderr.on('data', (c: Buffer) => {
        err += c.toString();
        const m = /listening on (http:\/\/[^\s]+)/.exec(err);
        if (m) {
          clearTimeout(t);
          resolve(m[1]!);
        }
      });
    });
    for (const ex of examples) {
      const cmd = ex.curl.replaceAll('http://127.0.0.1:8081', url);
      const r = spawnSync('bash', ['-euc', cmd], { env: { ...env, BOT_TOKEN: bot, USER_TOKEN: user }, encoding: 'utf8', timeout: 20_000 });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), ex.answer, cmd);
    }
    // 'close', not 'exit': the last stderr line may still be in the pipe when the process exits
    const stopped = new Promise<number | null>((resolve) => server.on('close', (code) => resolve(code)));
    server.kill('SIGTERM');
    assert.equal(await stopped, 0);
    assert.match(err, /SIGTERM: draining\n.*stopped/s);
  } finally {
    server.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  }
});
