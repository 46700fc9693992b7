/**
 * Limits: each runaway ends with a clear error while the host (this process) and a second script
 * keep running. Small limits keep the suite fast. Where a test needs "more than a slice of work",
 * the slice is counted in Lua steps (sliceSteps), not in milliseconds, so that the same script is
 * stopped at the same point on an idle and on a busy machine; the time slice is then only a hang
 * guard. The time-based tests assert a stop that a slower machine only makes more certain.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLua } from './helpers.js';
import { fakeClientModule } from './helpers.js';
import { runIsolated } from '../../src/lua/isolated.js';
import { createHost } from '../../src/index.js';
import type { TdObject } from '../../src/core/client.js';
import { FakeClient } from './fake-client.js';
import { performance } from 'node:perf_hooks';

const fast = { sliceMs: 150, hardStopGraceMs: 300 };
/** A slice of one million Lua steps; the minute of time slice is only a hang guard. */
const STEPS = 1_000_000;
const counted = { sliceSteps: STEPS, sliceMs: 60_000 };

/** Run `src` in-process with small limits alongside a well-behaved script that must finish. */
async function runaway(src: string, limits: Record<string, number> = fast) {
  const other = runLua(`local n = 0 for i = 1, 5 do n = n + getMe().id sleep(0.01) end assert(n == 5 * 1001234567890) print("other ok")`, { fake: { async: true } });
  const r = await runLua(src, { limits });
  const o = await other;
  assert.equal(o.outcome.status, 'ok', o.outcome.error?.message);
  assert.deepEqual(o.out, ['other ok']);
  return r;
}

test('an endless loop is killed by the slice limit (LIMIT_TIME)', async () => {
  const r = await runaway('while true do end');
  assert.equal(r.outcome.status, 'killed');
  assert.equal(r.outcome.error?.code, 'LIMIT_TIME');
  assert.match(r.outcome.error!.message, /without giving control back \(limit: --max-slice\)/);
});

test('pcall, xpcall and coroutine.resume in a loop cannot swallow the kill', async () => {
  for (const src of [
    'while true do pcall(function() while true do end end) end',
    'while true do xpcall(function() while true do end end, function(e) return e end) end',
    'while true do coroutine.resume(coroutine.create(function() while true do end end)) end',
    'while true do local ok = pcall(error, "x") end',
  ]) {
    const r = await runaway(src);
    assert.equal(r.outcome.status, 'killed', src);
    assert.equal(r.outcome.error?.code, 'LIMIT_TIME', src);
  }
});

test('the step slice: a loop of more steps than the slice is stopped, where it was, whatever the machine speed', async () => {
  const r = await runaway('local n = 0\nwhile true do n = n + 1 end', counted);
  assert.equal(r.outcome.status, 'killed');
  assert.equal(r.outcome.error?.code, 'LIMIT_TIME');
  assert.match(r.outcome.error!.message, /^test\.lua:2: script ran more than 1000000 Lua steps without giving control back \(limit: --max-steps\)/);
});

test('a loop that waits between steps is not a runaway (each wait starts a new slice)', async () => {
  // four runs of about 0.6 slice each: 2.4 slices of work in all, but never one slice without a wait
  const work = `for j = 1, ${0.6 * STEPS} do end`;
  const r = await runLua(`for i = 1, 4 do ${work} sleep(0) end print("fine")`, { limits: counted });
  assert.equal(r.outcome.status, 'ok', r.outcome.error?.message);
  assert.deepEqual(r.out, ['fine']);
  // the control: the same work without the waits is more than one slice
  const c = await runLua(`for i = 1, 4 do ${work} end print("fine")`, { limits: counted });
  assert.equal(c.outcome.status, 'killed');
  assert.deepEqual(c.out, []);
});

test('huge strings are refused one by one: string.rep, .., table.concat, string.format', async () => {
  const limits = { ...fast, maxStringBytes: 1 << 20 };
  for (const src of [
    'local s = string.rep("x", 2^30)',
    'local s = "x" while true do s = s .. s end',
    'local t = {} for i = 1, 20 do t[i] = string.rep("y", 100000) end local s = table.concat(t)',
    'local s = string.format("%s%s", string.rep("a", 600000), string.rep("b", 600000))',
  ]) {
    const r = await runaway(src, limits);
    assert.equal(r.outcome.status, 'error', src);
    assert.match(r.outcome.error!.message, /string too large \(limit 1048576 bytes\)/, src);
  }
});

test('the total timeout ends a script that sleeps forever', async () => {
  const r = await runLua('while true do sleep(0.02) end', { limits: { totalMs: 120 } });
  assert.equal(r.outcome.status, 'killed');
  assert.match(r.outcome.error!.message, /total timeout of 120 ms/);
});

test('isolated: work the hook cannot interrupt (a backend call stuck in JS) is stopped by the supervisor', async () => {
  const [bad, good] = await Promise.all([
    runIsolated({
      source: 'print("start") testNetwork() print("never")',
      chunkName: 'bad.lua',
      core: {},
      clientModule: fakeClientModule,
      limits: fast,
      print: () => undefined,
    }),
    runIsolated({ source: 'sleep(0.05) print(getMe().id)', chunkName: 'good.lua', core: {}, clientModule: fakeClientModule, print: (l) => assert.equal(l, '1001234567890') }),
  ]);
  assert.equal(bad.status, 'killed');
  assert.equal(bad.error?.code, 'LIMIT_TIME');
  assert.match(bad.error!.message, /worker was terminated/);
  assert.equal(good.status, 'ok', good.error?.message);
});

test('in-process: compiling a huge chunk and a big sort are interrupted inside the one call (steps counted there too)', async () => {
  for (const [src, at] of [
    // 12 million tokens to read: stopped inside load, which never returns
    ['local f, err = load(string.rep("x = 1 ", 2e6)) print("compiled")', /script ran more than 1000000 Lua steps/],
    // built in slices of 10,000 (below one slice each), then ~3.5 million comparisons in one call
    ['local t = {} for k = 0, 19 do for i = 1, 1e4 do t[k * 1e4 + i] = (i * 7919) % 200003 end sleep(0) end table.sort(t) print("sorted")', /^test\.lua:1: script ran more than 1000000 Lua steps/],
  ] as const) {
    const r = await runaway(src, { ...counted, maxStringBytes: 64 << 20 });
    assert.equal(r.outcome.status, 'killed', src);
    assert.equal(r.outcome.error?.code, 'LIMIT_TIME', src);
    assert.match(r.outcome.error!.message, at, src);
    assert.deepEqual(r.out, [], src);
  }
});

test('in-process: a quadratic plain find is interrupted inside the one call (time slice)', async () => {
  // 2 million candidate positions of 20,000 byte compares each: minutes of work on any machine
  const r = await runaway('string.find(string.rep("a", 2e6), string.rep("a", 2e4) .. "b", 1, true) print("found")', { sliceMs: 150, maxStringBytes: 64 << 20 });
  assert.equal(r.outcome.status, 'killed');
  assert.equal(r.outcome.error?.code, 'LIMIT_TIME');
  assert.deepEqual(r.out, []);
});

test('isolated: a memory bomb ends with LIMIT_MEMORY and the host survives', async () => {
  const out: string[] = [];
  const [r, other] = await Promise.all([
    runIsolated({
      source: 'local t = {} local i = 0 while true do i = i + 1 t[i] = {i, i, i, {}} end',
      chunkName: 'bomb.lua',
      core: {},
      clientModule: fakeClientModule,
      limits: { sliceMs: 120_000, memoryMb: 48 },
    }),
    runIsolated({ source: 'for i = 1, 3 do sleep(0.02) end print(getMe().username)', chunkName: 'calm.lua', core: {}, clientModule: fakeClientModule, print: (l) => out.push(l) }),
  ]);
  assert.equal(other.status, 'ok', other.error?.message);
  assert.deepEqual(out, ['zoe']);
  assert.equal(r.status, 'killed', r.error?.message);
  assert.equal(r.error?.code, 'LIMIT_MEMORY', r.error?.message);
  assert.match(r.error!.message, /memory limit of 48 MiB/);
});

test('isolated: output, errors with traceback, and ok outcomes come back', async () => {
  const out: string[] = [];
  const ok = await runIsolated({ source: 'print("hi", ...)', chunkName: 'a.lua', args: ['x'], core: {}, clientModule: fakeClientModule, print: (l) => out.push(l) });
  assert.equal(ok.status, 'ok');
  assert.deepEqual(out, ['hi\tx']);
  const bad = await runIsolated({ source: 'local x = nil\nx.y = 1', chunkName: 'b.lua', core: {}, clientModule: fakeClientModule });
  assert.equal(bad.status, 'error');
  assert.match(bad.error!.message, /^b\.lua:2: attempt to index a nil value/);
  assert.match(String(bad.error!.details.traceback), /b\.lua:2: in main chunk/);
});

test('an xpcall whose message handler loops too is still killed (handlers are skipped once killed)', async () => {
  const r = await runaway('xpcall(function() while true do end end, function() while true do end end)');
  assert.equal(r.outcome.status, 'killed');
  assert.equal(r.outcome.error?.code, 'LIMIT_TIME');
});

test('in-process: a catastrophic pattern is interrupted by the slice limit too (step budget in pattern matching)', async () => {
  const r = await runaway('local ok = pcall(string.find, string.rep("a", 40000), ".-.-.-.-.-b") print("swallowed?")');
  assert.equal(r.outcome.status, 'killed');
  assert.equal(r.outcome.error?.code, 'LIMIT_TIME');
  assert.deepEqual(r.out, []);
});

test('work done by the core is not Lua work: many API calls that each keep the core busy are not killed by the slice', async () => {
  // a core that takes 5 ms of synchronous work per call: 120 calls are 600 ms of core time, twice the slice
  class BusyCore extends FakeClient {
    override invokeSync(req: TdObject): TdObject | undefined {
      const until = performance.now() + 5;
      while (performance.now() < until);
      return super.invokeSync(req);
    }
  }
  const core = new BusyCore();
  const host = await createHost({ client: core, limits: { sliceMs: 300, sliceSteps: 0 } });
  try {
    const o = await host.run('for i = 1, 120 do testCallEmpty() end', { chunkName: 'calls.lua' });
    assert.equal(o.status, 'ok', o.error?.message);
    assert.equal(core.requests.filter((r) => r._ === 'testCallEmpty').length, 120, 'every call reached the core');
    // the script's own loop is still limited
    const loop = await host.run('testCallEmpty() while true do end', { chunkName: 'loop.lua' });
    assert.equal(loop.status, 'killed');
  } finally {
    await host.close();
  }
});

test('a kill names the script line, never a line of our prelude, printer or plugin glue', async () => {
  const host = await createHost({ client: new FakeClient(), limits: { sliceSteps: 200_000 } });
  try {
    for (const src of [
      'local f = function() end\nwhile true do pcall(f) end',
      'local f = function() end\nwhile true do xpcall(f, print) end',
      'local co = coroutine.wrap(function() while true do coroutine.yield() end end)\nwhile true do co() end',
      'local f = function() end\nwhile true do require("string") pcall(f) end',
    ]) {
      const o = await host.run(src, { chunkName: 'spin.lua' });
      assert.equal(o.status, 'killed', src);
      assert.match(o.error!.message, /^spin\.lua:2: script ran more than 200000 Lua steps/, src);
    }
  } finally {
    await host.close();
  }
});
