// A JS plugin handler whose promise never settles cannot hang a script: after the deadline the
// hosts give (--max-slice + --hard-stop-grace) its call answers error 504 naming the plugin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTsPlugin, mergeSchemas, PluginClient } from '../../src/plugins/ts-plugin.js';
import { createHost } from '../../src/index.js';
import { ourSchema } from '../../src/schema/parser.js';
import { FakeCore } from './fakes.js';

const plugin = checkTsPlugin(
  {
    name: 'stuck',
    tl: `
---functions---
//@description Never answers
hang = Ok;
//@description Answers at once
quick = Ok;
`,
    handlers: {
      hang: () => new Promise(() => {}),
      quick: async () => undefined,
    },
  },
  'stuck.mjs',
);

test('a JS plugin handler that never answers gets error 504 after the deadline; a script goes on', async () => {
  const client = new PluginClient(new FakeCore(), [plugin], { handlerTimeoutMs: 300 });
  assert.deepEqual(await client.invoke({ _: 'quick' }), { _: 'ok' });
  const r = await client.invoke({ _: 'hang' });
  assert.equal(r._, 'error');
  assert.equal(r.code, 504);
  assert.match(String(r.message), /plugin 'stuck': hang did not answer within 300 ms/);
  const host = await createHost({ client, schema: mergeSchemas(ourSchema(), [plugin]) });
  try {
    const out = await host.exec('local r = hang() return r.code, quick()._');
    assert.deepEqual(out.values, ['504', 'ok']);
  } finally {
    await host.close();
  }
});
