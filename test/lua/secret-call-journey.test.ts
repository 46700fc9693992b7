/**
 * Journey as Lua scripts across two `luatd run` processes on one data dir: a secret chat with a
 * TTL message, and a call rung and declined (test/lua/journeys/secret_*.lua). Runs with the
 * built-in schema and again with the real legacy file as --schema (skipped when ../shared is
 * absent): the outputs must be the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type LuatdProc, runLuatd, sharedSchemasDir } from '../helpers/bin.js';

// --timeout: a script that waits for ever ends with an error (and the test fails) instead of hanging the suite
const run = (args: string[]): LuatdProc => runLuatd(['--timeout', '60000', ...args]);

const legacy = sharedSchemasDir ? path.join(sharedSchemasDir, 'td_api_legacy_2017-12.tl') : undefined;

async function journey(extra: string[]): Promise<{ alice: string; bob: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-secret-'));
  const bob = run(['--data', dir, '--session', 'bob', ...extra, 'test/lua/journeys/secret_bob.lua', '9996620002']);
  try {
    const m = await bob.waitFor(/^ready (\d+)$/m, 'bob to start');
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
