/**
 * Journey as Lua scripts across two `luatd run` processes on one data dir: a secret chat with a
 * TTL message, and a call rung and declined (test/lua/journeys/secret_*.lua). Runs with the
 * built-in schema and again with the real legacy file as --schema (skipped when ../shared is
 * absent): the outputs must be the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { binPath, sharedSchemasDir } from '../helpers/bin.js';
import { packageRoot } from '../../src/paths.js';

function run(args: string[]): { p: ChildProcess; out: () => string; err: () => string; exited: Promise<number | null> } {
  // --timeout: a script that waits for ever fails the test instead of hanging the suite
  const p = spawn(process.execPath, [binPath, 'run', '--timeout', '60000', ...args], { cwd: packageRoot });
  let out = '';
  let err = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (err += d));
  return { p, out: () => out, err: () => err, exited: new Promise((r) => p.on('close', (c) => r(c))) };
}

const legacy = sharedSchemasDir ? path.join(sharedSchemasDir, 'td_api_legacy_2017-12.tl') : undefined;

async function journey(extra: string[]): Promise<{ alice: string; bob: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-secret-'));
  const bob = run(['--data', dir, '--session', 'bob', ...extra, 'test/lua/journeys/secret_bob.lua', '9996620002']);
  try {
    const t0 = Date.now();
    let m: RegExpExecArray | null;
    while (!(m = /^ready (\d+)$/m.exec(bob.out()))) {
      if (Date.now() - t0 > 30_000 || bob.p.exitCode !== null) assert.fail(`bob did not start: ${bob.out()} ${bob.err()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const alice = run(['--data', dir, '--session', 'alice', ...extra, 'test/lua/journeys/secret_alice.lua', '9996610001', m[1]!]);
    assert.equal(await alice.exited, 0, `alice failed: ${alice.out()} ${alice.err()}`);
    assert.equal(await bob.exited, 0, `bob failed: ${bob.out()} ${bob.err()}`);
    return { alice: alice.out(), bob: bob.out().replace(/^ready \d+\n/, '') };
  } finally {
    bob.p.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ALICE = [
  'alice: chatTypeSecret, state 0',
  'alice: ready, key shared: true',
  'alice: messageChatSetTtl 30',
  'alice: sent with ttl 30',
  'alice: call callDiscardReasonDeclined, same call: true',
  'alice: the chat shows messageCall callDiscardReasonDeclined',
  'alice: closed, state 2',
  '',
].join('\n');

const BOB = [
  'bob: secret chat requested, state 0',
  'bob: opened chatTypeSecret, state 1',
  "bob: got 'burn after reading' with ttl 30",
  'bob: ringing, from the same user: true',
  'bob: declined, callDiscardReasonDeclined',
  'bob: secret chat closed, state 2',
  '',
].join('\n');

test('journey: a secret chat with a TTL message, and a call rung and declined, in two processes', async () => {
  const r = await journey([]);
  assert.equal(r.alice, ALICE);
  assert.equal(r.bob, BOB);
});

test('journey: the same with the real legacy schema file as --schema', { skip: legacy ? false : 'skipped: ../shared is absent' }, async () => {
  const r = await journey(['--schema', legacy!]);
  assert.equal(r.alice, ALICE);
  assert.equal(r.bob, BOB);
});
