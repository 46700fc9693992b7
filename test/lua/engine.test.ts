/** The host refuses to run on an engine that is not the patched fengari it ships with. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { assertPatchedEngine, ENGINE_PATCH } from '../../src/lua/fengari.js';
import { isLuatdError } from '../../src/errors.js';

test('the engine loaded here is the patched one, at the patch level this build expects', () => {
  const fengari = createRequire(import.meta.url)('fengari') as { luatd_engine?: unknown };
  assert.equal(fengari.luatd_engine, ENGINE_PATCH);
  assert.doesNotThrow(() => assertPatchedEngine());
});

test('a plain or differently patched fengari is refused with ENGINE and how to reinstall', () => {
  for (const [mod, says] of [
    [{}, /no luatd patch \(plain fengari\)/],
    [{ luatd_engine: 'luatd-0' }, /patch level 'luatd-0', expected/],
  ] as const) {
    assert.throws(
      () => assertPatchedEngine(mod),
      (e: unknown) => isLuatdError(e, 'ENGINE') && says.test(e.message) && /Reinstall luatd/.test(e.message) && /npm install/.test(e.message),
    );
  }
});
