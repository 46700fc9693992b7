import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHost } from '../../src/index.js';
import { ourSchema } from '../../src/schema/parser.js';
import { generateSite } from '../../src/docs/index.js';
import { luaBlocks } from './helpers.js';

test('every method example of our schema runs in a memory host: API answers, never a Lua error', async () => {
  const ir = ourSchema();
  const pages = generateSite(ir);
  const host = await createHost({ memory: true });
  const failures: string[] = [];
  try {
    for (const m of ir.functions) {
      const [lua] = luaBlocks(pages.get(`methods/${m.name}.md`)!);
      const variable = lua.slice(0, lua.indexOf(' = '));
      try {
        // the example assigns the answer to a global named after its type: it must be an object
        const r = await host.exec(`${lua}\nreturn type(${variable}) == "table" and ${variable}._`, `=${m.name}.md`);
        if (!/^"?[a-zA-Z]/.test(r.values[0] ?? '')) failures.push(`${m.name}: answered ${JSON.stringify(r.values)}`);
      } catch (e) {
        failures.push(`${m.name}: ${(e as Error).message}`);
      }
    }
  } finally {
    await host.close();
  }
  assert.deepEqual(failures, []);
});
