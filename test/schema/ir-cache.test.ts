import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnCli } from '../helpers/bin.js';
import { ourSchemaCacheFile, parseTl } from '../../src/schema/parser.js';
import { ourSchemaPath } from '../../src/paths.js';

// a script that needs the schema: a global made from it, and the validator's wording of a bad field
const SCRIPT = 'print(type(getMe), select(2, pcall(sendMessage, {chat_id = "x"})))';

test("our schema's IR is kept for the next process, equal to a fresh parse; a damaged cache file is ignored and replaced", async () => {
  const file = ourSchemaCacheFile();
  assert.ok(file, 'the schema has a cache file name');
  const parsed = parseTl(readFileSync(ourSchemaPath, 'utf8'), ourSchemaPath);
  const first = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', SCRIPT]);
  assert.equal(first.stderr, '');
  assert.match(first.stdout, /^function\t.*chat_id/);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), parsed, 'the run left the IR in the cache, as the parser makes it');

  for (const damage of ['not json', readFileSync(file, 'utf8').slice(0, 1000)]) {
    writeFileSync(file, damage);
    const r = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', SCRIPT]);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, first.stdout);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), parsed, 'the damaged file was replaced');
  }
});
