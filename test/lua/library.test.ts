/** The library entry (src/index.ts): createHost over a given client or the embedded core. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHost, isTdError, LuatdError } from '../../src/index.js';
import { FakeClient } from './fake-client.js';

test('createHost over a client: run, exec keeps globals, call validates, register, onOutput, close leaves the client open', async () => {
  const client = new FakeClient();
  const lines: string[] = [];
  const host = await createHost({ client, globals: { twice: (x) => (x as number) * 2 } });
  const off = host.onOutput((l) => lines.push(l));
  host.register('shout', (s) => String(s).toUpperCase());
  const o = await host.run('counter = twice(21) print(shout("hi"), counter)', { chunkName: 'lib.lua' });
  assert.equal(o.status, 'ok', o.error?.message);
  assert.deepEqual(lines, ['HI\t42']);
  assert.deepEqual((await host.exec('return counter + 1, getMe().username')).values, ['43', 'zoe']);
  off();
  await host.exec('print("unheard")');
  assert.equal(lines.length, 1);
  const r = await host.call('resetAuth', { force: true });
  assert.ok(isTdError(r) && r.code === 401);
  await assert.rejects(host.call('resetAuth', { force: 'yes' }), (e: unknown) => e instanceof LuatdError && e.code === 'INVALID_PARAM' && /Invalid 'force'/.test(e.message));
  await assert.rejects(host.exec('error("x")'), (e: unknown) => e instanceof LuatdError && e.code === 'LUA_RUNTIME' && e.message === 'stdin:1: x');
  await host.close();
  await host.close();
  assert.equal(client.closed, false, 'a given client is not closed by the host');
});

test('createHost with the embedded core in memory: runFile, outcomes as data, close closes the core', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-lib-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'hello.lua');
  writeFileSync(file, 'print(getAuthState()._)\nlocal x = nil\nreturn x.y');
  const lines: string[] = [];
  const host = await createHost({ memory: true, print: (l) => lines.push(l) });
  const o = await host.runFile(file);
  assert.deepEqual(lines, ['authStateWaitPhoneNumber']);
  assert.equal(o.status, 'error');
  assert.equal(o.error?.message, `${file}:3: attempt to index a nil value (local 'x')`);
  await assert.rejects(host.runFile(path.join(dir, 'nope.lua')), (e: unknown) => e instanceof LuatdError && e.code === 'IO');
  await host.close();
  await assert.rejects(host.client.invoke({ _: 'getAuthState' }), (e: unknown) => e instanceof LuatdError && e.code === 'CLIENT_CLOSED');
});

test('createHost with a bad schema path is a clear error, not a crash', async () => {
  await assert.rejects(createHost({ client: new FakeClient(), schema: '/nonexistent/x.tl' }), (e: unknown) => e instanceof LuatdError && e.code === 'IO');
});
