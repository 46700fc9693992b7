/**
 * Deterministic fuzzing (fixed seed, a few thousand cases, well under a second): mangled TL
 * never crashes the parser, and random values never crash the validator, whose output
 * always validates to itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseTl, ourSchema } from '../../src/schema/parser.js';
import { SchemaIndex } from '../../src/schema/index.js';
import { validateRequest } from '../../src/schema/validate.js';
import { isLuatdError } from '../../src/errors.js';
import { ourSchemaPath } from '../../src/paths.js';

function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

test('mangled TL lines give SCHEMA_PARSE with file:line:col or parse, never another exception', () => {
  const lines = readFileSync(ourSchemaPath, 'utf8').split('\n');
  const rnd = rng(42);
  const alphabet = ' :;=<>?!#%{}[]@/-.\n\tabcXYZ019_';
  let errors = 0;
  for (let iter = 0; iter < 3000; iter++) {
    const start = rnd(Math.max(1, lines.length - 10));
    let text = lines.slice(start, start + 1 + rnd(10)).join('\n');
    for (let m = 1 + rnd(4); m > 0; m--) {
      const p = rnd(text.length + 1);
      const ch = alphabet[rnd(alphabet.length)];
      const op = rnd(3);
      text = op === 0 ? text.slice(0, p) + ch + text.slice(p) : op === 1 ? text.slice(0, p) + text.slice(p + 1) : text.slice(0, p) + ch + text.slice(p + 1);
    }
    try {
      parseTl(text, 'f.tl');
    } catch (e) {
      if (!(isLuatdError(e, 'SCHEMA_PARSE') && /^f\.tl:\d+:\d+: expected|^f\.tl:\d+:\d+: .* declared twice/.test(e.message))) {
        assert.fail(`unexpected ${String(e)} for ${JSON.stringify(text)}`);
      }
      errors++;
    }
  }
  assert.ok(errors > 300, 'the mutations do produce errors');
});

test('random requests against our schema: a result or a ValidationError, and results are fixed points', () => {
  const idx = SchemaIndex.of(ourSchema());
  const fns = idx.functionNames();
  const ctors = idx.constructorNames();
  const rnd = rng(7);
  const value = (d: number): unknown => {
    switch (rnd(d > 3 ? 9 : 12)) {
      case 0: return rnd(2) === 0;
      case 1: return rnd(1000) - 500;
      case 2: return 'abc';
      case 3: return null;
      case 4: return undefined;
      case 5: return NaN;
      case 6: return String(rnd(99999));
      case 7: return 1.5;
      case 8: return -0;
      case 9: return Array.from({ length: rnd(4) }, () => value(d + 1));
      default: {
        const o: Record<string, unknown> = { _: ctors[rnd(ctors.length)] };
        for (const p of idx.ctor(o._ as string)!.params) if (rnd(3)) o[p.name] = value(d + 1);
        return o;
      }
    }
  };
  let ok = 0;
  for (let i = 0; i < 4000; i++) {
    const f = idx.fn(fns[rnd(fns.length)])!;
    const req: Record<string, unknown> = { _: f.name };
    for (const p of f.params) if (rnd(3)) req[p.name] = value(0);
    if (rnd(10) === 0) req[`x${rnd(3)}`] = 1;
    const r = validateRequest(idx, req);
    if (!r.ok) {
      assert.match(r.error.message, /^(Invalid '|Required: '|Unknown (parameter|constructor) ')/);
      continue;
    }
    ok++;
    assert.deepEqual(validateRequest(idx, r.value), r);
  }
  assert.ok(ok > 500, 'a good share of random requests are valid');
});
