// The package entry gives programs every layer: schema, validation, the core, docs, the host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as luatd from '../../src/index.js';

test('the schema, the validator and the core work from the package entry alone', async () => {
  const ir = luatd.parseTl('//@description Says hi @name Who\nhello name:string = Ok;\nok = Ok;\n---functions---\n//@description Greets @name Who\ngreet name:string = Ok;\n', 'mini.tl');
  const index = new luatd.SchemaIndex(ir);
  assert.deepEqual(luatd.validateRequest(index, { _: 'greet' }), { ok: true, value: { _: 'greet', name: '' } });
  const bad = luatd.validateRequest(index, { _: 'greet', name: 5 });
  assert.equal(bad.ok, false);
  assert.equal((bad as { ok: false; error: luatd.ValidationError }).error.message, "Invalid 'name': expected string, got number");

  const client = luatd.openEmbeddedCore({ memory: true });
  try {
    const state = await client.invoke({ _: 'getAuthState' });
    assert.equal(state._, 'authStateWaitPhoneNumber');
    assert.ok(luatd.IMPLEMENTED_METHODS.has('resetAuth'));
  } finally {
    await client.close();
  }
  const page = luatd.describe(luatd.ourSchema(), 'resetAuth');
  assert.match(page, /resetAuth \(method\) -> AuthState/);
});
