import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnCli } from '../helpers/bin.js';
import { bytecodeCacheFile } from '../../src/lua/bytecode-cache.js';
import { ENGINE_PATCH } from '../../src/lua/fengari.js';
import { luaLibDir } from '../../src/paths.js';

const prelude = path.join(luaLibDir, 'luatd', 'prelude.lua');
const LUA_SIGNATURE = '\x1bLua';

// the prelude wraps pcall and coroutines: a script using both only works when it was loaded
const SCRIPT = 'local co = coroutine.wrap(function() coroutine.yield(select(2, pcall(error, "caught"))) end) print(co())';

test('the prelude is compiled once and kept for the next process; a damaged cache file is ignored and replaced', async () => {
  const file = bytecodeCacheFile(prelude, ENGINE_PATCH);
  assert.ok(file, 'the prelude has a cache file name');
  const first = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', SCRIPT]);
  assert.equal(first.stderr, '');
  assert.equal(first.stdout, 'caught\n');
  assert.equal(readFileSync(file).subarray(0, 4).toString('latin1'), LUA_SIGNATURE, 'the run left the bytecode in the cache');

  // another engine's or a torn file: not Lua bytecode at all, then a valid header with a cut body
  for (const damage of <Buffer[]>[Buffer.from('print("not bytecode")'), readFileSync(file).subarray(0, 40)]) {
    writeFileSync(file, damage);
    const r = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', SCRIPT]);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'caught\n');
    const now: Buffer = readFileSync(file);
    assert.equal(now.subarray(0, 4).toString('latin1'), LUA_SIGNATURE, 'the damaged file was replaced');
    assert.ok(now.length > damage.length);
  }
});
