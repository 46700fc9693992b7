import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { spawnCli } from '../helpers/bin.js';
import { bytecodeCacheFile } from '../../src/lua/bytecode-cache.js';
import { ENGINE_PATCH } from '../../src/lua/fengari.js';
import { cacheDir } from '../../src/cache.js';
import { luaLibDir, packageRoot } from '../../src/paths.js';

const prelude = path.join(luaLibDir, 'luatd', 'prelude.lua');
const legacy = path.join(luaLibDir, 'luatd', 'legacy.lua');
const LUA_SIGNATURE = '\x1bLua';

// the prelude wraps pcall and coroutines: a script using both only works when it was loaded
const SCRIPT = 'local co = coroutine.wrap(function() coroutine.yield(select(2, pcall(error, "caught"))) end) print(co())';
// the legacy callbacks (lua/luatd/legacy.lua) deliver tdcli's start-up update; getMe reads the memory database
const TDCLI = 'function tdcli_update_callback(u) print(u.ID, u.auth_state_.ID) stop() end';

test('the host Lua files (prelude, legacy callbacks) are compiled once and kept for the next process; a damaged cache file is ignored and replaced', async () => {
  for (const [source, script, expected] of [
    [prelude, SCRIPT, 'caught\n'],
    [legacy, TDCLI, 'UpdateAuthState\tAuthStateWaitPhoneNumber\n'],
  ] as const) {
    const file = bytecodeCacheFile(source, ENGINE_PATCH);
    assert.ok(file, `${source} has a cache file name`);
    const first = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', script]);
    assert.equal(first.stderr, '');
    assert.equal(first.stdout, expected);
    assert.equal(readFileSync(file).subarray(0, 4).toString('latin1'), LUA_SIGNATURE, 'the run left the bytecode in the cache');

    // another engine's or a torn file: not Lua bytecode at all, then a valid header with a cut body
    for (const damage of <Buffer[]>[Buffer.from('print("not bytecode")'), readFileSync(file).subarray(0, 40)]) {
      writeFileSync(file, damage);
      const r = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', script]);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, expected);
      const now: Buffer = readFileSync(file);
      assert.equal(now.subarray(0, 4).toString('latin1'), LUA_SIGNATURE, 'the damaged file was replaced');
      assert.ok(now.length > damage.length);
    }
  }
});

test('the migrated empty database of --memory is kept; a damaged or foreign image is ignored and replaced', async () => {
  const script = 'print(getAuthState()._, select(2, pcall(getMe)).code)';
  const first = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', script]);
  assert.equal(first.stderr, '');
  assert.equal(first.stdout, 'authStateWaitPhoneNumber\t401\n');
  const images = readdirSync(cacheDir).filter((n) => n.startsWith('memory-db-') && n.endsWith('.sqlite'));
  assert.equal(images.length, 1, 'one image, of the shipped migrations');
  const image = path.join(cacheDir, images[0]);
  const good = readFileSync(image);
  assert.equal(good.subarray(0, 15).toString('latin1'), 'SQLite format 3');

  // garbage, a cut file, a header with zeroed pages, and a valid SQLite database that is not ours (no luatd marker)
  const other = new Database(':memory:');
  other.exec('CREATE TABLE meta (key TEXT, value TEXT)');
  const foreign = other.serialize();
  other.close();
  for (const damage of [Buffer.from('not a database'), good.subarray(0, 4096), Buffer.concat([good.subarray(0, 100), Buffer.alloc(good.length - 100)]), foreign]) {
    writeFileSync(image, damage);
    const r = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', script]);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'authStateWaitPhoneNumber\t401\n');
    assert.deepEqual(readFileSync(image), good, 'the image was made again');
  }
});

test("the script worker's compiled code is cached (V8 code cache) and a damaged cache is ignored and replaced", async (t) => {
  const bundle = path.join(packageRoot, 'dist', 'src', 'script-worker.bundle.cjs');
  const entry = path.join(packageRoot, 'dist', 'src', 'cli', 'script-worker.js');
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(entry).mtimeMs) {
    t.skip('skipped: no fresh worker bundle (esbuild absent, or tsc ran after `npm run build`): the unbundled worker has no code cache');
    return;
  }
  const script = 'print(string.format("%d", 6 * 7))';
  const st = statSync(bundle);
  // one file per bundle and set of node flags: start with none for this bundle
  const mine = () => (existsSync(cacheDir) ? readdirSync(cacheDir) : []).filter((n) => n.startsWith('script-worker-') && n.includes(`-${st.size}-${Math.trunc(st.mtimeMs)}-`));
  for (const n of mine()) rmSync(path.join(cacheDir, n));
  const first = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', script]);
  assert.equal(first.stdout, '42\n');
  assert.equal(mine().length, 1, `the run left a code cache for this bundle: ${readdirSync(cacheDir).join(', ')}`);
  const file = path.join(cacheDir, mine()[0]);
  const size = statSync(file).size;
  assert.ok(size > 100_000, `the cache holds the compiled functions (${size} bytes)`);
  writeFileSync(file, Buffer.from('not V8 code'));
  const r = await spawnCli(['run', '--memory', '--no-user-plugins', '-e', script]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '42\n');
  assert.ok(statSync(file).size > 100_000, 'the damaged cache was written anew');
});
