// Every generated method example of every shared schema (TDLib 1.8, the 2017 API, MTProto) runs,
// as written on its page, against a throwaway embedded core: the answer is an API object or an
// error object (501 when the core does not serve that method for that schema), never a Lua error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createHost, IMPLEMENTED_METHODS } from '../../src/index.js';
import { servedBy } from '../../src/core/index.js';
import { loadSchema } from '../../src/schema/parser.js';
import { generateSite } from '../../src/docs/index.js';
import { luaBlocks } from './helpers.js';
import { sharedSchemasDir, NO_SHARED, spawnCli } from '../helpers/bin.js';

const schemas = sharedSchemasDir ? readdirSync(sharedSchemasDir).filter((f) => f.endsWith('.tl')).sort() : ['(the shared schemas)'];

for (const file of schemas) {
  test(`${file}: every method example of its generated pages runs against a memory core (an answer or an error object, never a Lua error)`, { skip: sharedSchemasDir ? false : NO_SHARED }, async () => {
    const schemaFile = path.join(sharedSchemasDir!, file);
    const ir = loadSchema(schemaFile);
    const pages = generateSite(ir);
    const host = await createHost({ memory: true, schema: schemaFile });
    const failures: string[] = [];
    const answers = new Map<string, number>();
    try {
      for (const m of ir.functions) {
        const [example] = luaBlocks(pages.get(`methods/${m.name}.md`)!);
        const variable = example.slice(0, example.indexOf(' = '));
        try {
          // the example assigns the answer to a global named after its type
          const r = await host.exec(`${example}\nlocal v = ${variable}\nreturn type(v) == "table" and (v._ == "error" and "error " .. v.code or "object")`, `=${m.name}.md`);
          const kind = (r.values[0] ?? '').replace(/^"|"$/g, '');
          if (!/^(object|error \d+)$/.test(kind)) failures.push(`${m.name}: answered ${JSON.stringify(r.values)}`);
          answers.set(kind, (answers.get(kind) ?? 0) + 1);
        } catch (e) {
          failures.push(`${m.name}: ${(e as Error).message}`);
        }
      }
    } finally {
      await host.close();
    }
    assert.deepEqual(failures, []);
    assert.equal([...answers.values()].reduce((a, b) => a + b, 0), ir.functions.length);
  });
}

test('a function named like one of ours but shaped otherwise (TDLib 1.8) answers 501; the 2017 API keeps every function we implement', { skip: sharedSchemasDir ? false : NO_SHARED }, async () => {
  const tdlib = path.join(sharedSchemasDir!, 'td_api_1.8.66.tl');
  const served = servedBy(IMPLEMENTED_METHODS, loadSchema(tdlib));
  assert.equal(served('getMe'), false, "TDLib 1.8's user has other fields");
  assert.equal(served('sendMessage'), false, 'other parameters');
  const host = await createHost({ memory: true, schema: tdlib });
  try {
    const r = await host.exec('local me = getMe() return me._, me.code, me.message');
    assert.deepEqual(r.values.slice(0, 2), ['error', '501']);
    assert.match(r.values[2], /getMe .*other parameters or objects/);
  } finally {
    await host.close();
  }
  const legacy = loadSchema(path.join(sharedSchemasDir!, 'td_api_legacy_2017-12.tl'));
  const legacyServed = servedBy(IMPLEMENTED_METHODS, legacy);
  const lost = legacy.functions.filter((f) => IMPLEMENTED_METHODS.has(f.name) && !legacyServed(f.name)).map((f) => f.name);
  assert.deepEqual(lost, [], 'our schema extends the 2017 one: its functions keep their shapes');
  const old = await createHost({ memory: true, schema: path.join(sharedSchemasDir!, 'td_api_legacy_2017-12.tl') });
  try {
    assert.deepEqual((await old.exec('local me = getMe() return me._, me.code')).values, ['error', '401']);
  } finally {
    await old.close();
  }
});

test('luatd describe says per method and schema what the embedded backend serves, and names TDLib only where true', { skip: sharedSchemasDir ? false : NO_SHARED }, async () => {
  const mtproto = await spawnCli(['describe', 'messages.sendMessage', '--schema', path.join(sharedSchemasDir!, 'telegram_api_layer228.tl')]);
  assert.equal(mtproto.status, 0, mtproto.stderr);
  assert.match(mtproto.stdout, /Not implemented by the embedded backend: calling it answers error 501\./);
  assert.doesNotMatch(mtproto.stdout, /TDLib/, 'no TDLib has an MTProto method');
  assert.match(mtproto.stdout, /messages\.sendMessage\(\{/, 'the example calls it as written');
  const tdlib = await spawnCli(['describe', 'getMe', '--schema', path.join(sharedSchemasDir!, 'td_api_1.8.66.tl')]);
  assert.equal(tdlib.status, 0, tdlib.stderr);
  assert.match(tdlib.stdout, /Not implemented by the embedded backend/, "TDLib 1.8's getMe is not the engine's");
  const legacy = await spawnCli(['describe', 'getMe', '--schema', path.join(sharedSchemasDir!, 'td_api_legacy_2017-12.tl')]);
  assert.doesNotMatch(legacy.stdout, /Not implemented/);
});
