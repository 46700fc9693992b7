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

test('after a limit kill the next run works, with globals, handlers and loaded modules kept; stop() inside pcall still wins', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-lib-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'counter.lua'), 'loads = (loads or 0) + 1\nreturn {n = 0}\n');
  const client = new FakeClient();
  const lines: string[] = [];
  const host = await createHost({ client, print: (l) => lines.push(l), limits: { sliceMs: 200 }, modulePaths: [dir] });
  t.after(() => host.close());
  const killed = await host.run('x = 42 require("counter").n = 7 seen = 0 while true do pcall(function() while true do end end) end', { chunkName: 'loop.lua' });
  assert.equal(killed.status, 'killed');
  assert.equal(killed.error?.code, 'LIMIT_TIME');
  assert.match(killed.error!.message, /^loop\.lua:1: .*more than 200 ms/);
  const next = await host.run('print(x, require("counter").n, loads)', { chunkName: 'next.lua' });
  assert.equal(next.status, 'ok', next.error?.message);
  assert.deepEqual(lines, ['42\t7\t1'], 'globals and the loaded module survived; the module was not loaded again');
  // a total timeout ends a run waiting in sleep; the next run still works
  const host2 = await createHost({ client, print: (l) => lines.push(l), limits: { totalMs: 100 } });
  t.after(() => host2.close());
  const slept = await host2.run('y = "kept" sleep(3600)');
  assert.equal(slept.status, 'killed');
  assert.match(slept.error!.message, /total timeout of 100 ms/);
  assert.equal((await host2.exec('return y')).values[0], 'kept');
});
