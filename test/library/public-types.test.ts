/**
 * The package's public types name no dependency's types: a TypeScript user compiles against our
 * .d.ts with `strict` and without `skipLibCheck`, and better-sqlite3 ships no types of its own
 * (.ci/install-check proves it on the packed tarball; this catches a leak in every test run).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';

test('every .d.ts reachable from the package entry imports only our files and node: modules', () => {
  const entry = path.join(packageRoot, 'dist', 'src', 'index.d.ts');
  assert.ok(existsSync(entry), `${entry} missing: build first`);
  const seen = new Set<string>();
  const leaks: string[] = [];
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom|\bimport\(|^import)\s*['"]([^'"]+)['"]/gm)) {
      const spec = m[1];
      if (spec.startsWith('.')) queue.push(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.d.ts')));
      else if (!spec.startsWith('node:')) leaks.push(`${path.relative(packageRoot, file)} imports '${spec}'`);
    }
  }
  assert.ok(seen.size > 10, `only ${seen.size} files reached from ${entry}`);
  assert.deepEqual(leaks, []);
});
