/** Every Lua example we publish compiles: examples/*.lua, lua/*.lua and the ```lua blocks of our docs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { lauxlib } from '../../src/lua/fengari.js';
import { compileChunk } from '../../src/lua/sandbox.js';

function compiles(src: string, name: string): void {
  const L = lauxlib.luaL_newstate();
  assert.doesNotThrow(() => compileChunk(L, Buffer.from(src), '=' + name), name);
}

test('examples/*.lua and lua/**/*.lua compile', () => {
  const files = [
    ...readdirSync(path.join(packageRoot, 'examples')).map((f) => path.join('examples', f)),
    ...readdirSync(path.join(packageRoot, 'lua')).map((f) => path.join('lua', f)),
    ...readdirSync(path.join(packageRoot, 'lua', 'luatd')).map((f) => path.join('lua', 'luatd', f)),
  ].filter((f) => f.endsWith('.lua'));
  assert.ok(files.length >= 4);
  for (const f of files) compiles(readFileSync(path.join(packageRoot, f), 'utf8'), f);
});

test('the ```lua blocks of docs/values.md and docs/scripting.md compile', () => {
  let blocks = 0;
  for (const doc of ['values.md', 'scripting.md']) {
    const text = readFileSync(path.join(packageRoot, 'docs', doc), 'utf8');
    for (const m of text.matchAll(/```lua\n([\s\S]*?)```/g)) {
      compiles(m[1], `${doc} block ${++blocks}`);
    }
  }
  assert.ok(blocks >= 3);
});
