/** Helpers of the Lua host tests: run a snippet in a fresh runtime over a FakeClient. */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { LuaRuntime, formatError, type RunOutcome, type RuntimeOptions } from '../../src/lua/runtime.js';
import { ourSchema } from '../../src/schema/parser.js';
import { FakeClient, type FakeOptions } from './fake-client.js';

/** Absolute path of the compiled fake client module (for runIsolated's clientModule). */
export const fakeClientModule = fileURLToPath(new URL('./fake-client.js', import.meta.url));

/** What a snippet did. */
export interface LuaRun {
  outcome: RunOutcome;
  out: string[];
  client: FakeClient;
  runtime: LuaRuntime;
}

/** Run `src` (chunk name `test.lua`) in a new runtime; the runtime is closed afterwards. */
export async function runLua(src: string, opts: Partial<RuntimeOptions> & { fake?: FakeOptions; chunkName?: string; args?: string[] } = {}): Promise<LuaRun> {
  const client = new FakeClient(opts.fake);
  const out: string[] = [];
  // unless a test sets limits: a slice counted in steps (the same verdict on a busy machine), time only as a hang guard
  const runtime = new LuaRuntime({ client, schema: ourSchema(), print: (l) => out.push(l), limits: { sliceSteps: 50_000_000, sliceMs: 600_000 }, ...opts });
  try {
    const outcome = await runtime.run(src, { chunkName: opts.chunkName ?? 'test.lua', args: opts.args });
    return { outcome, out, client, runtime };
  } finally {
    runtime.close();
  }
}

/** Run `src` and fail the test (with the Lua message and traceback) unless it ends ok. */
export async function okLua(src: string, opts: Parameters<typeof runLua>[1] = {}): Promise<LuaRun> {
  const r = await runLua(src, opts);
  if (r.outcome.status !== 'ok') assert.fail(`Lua failed: ${r.outcome.error ? formatError(r.outcome.error) : r.outcome.status}\noutput:\n${r.out.join('\n')}`);
  return r;
}

/** Run `src` and return its error (failing the test if it succeeded). */
export async function errLua(src: string, opts: Parameters<typeof runLua>[1] = {}): Promise<LuaRun & { message: string }> {
  const r = await runLua(src, opts);
  assert.notEqual(r.outcome.status, 'ok', `expected the script to fail; output:\n${r.out.join('\n')}`);
  return { ...r, message: r.outcome.error?.message ?? '' };
}
