import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTINS, Refusal, formatType } from '../../src/schema/builtins.js';
import { parseTl } from '../../src/schema/parser.js';
import { SchemaIndex } from '../../src/schema/index.js';
import { validateRequest } from '../../src/schema/validate.js';
import { generateTs } from '../../src/schema/tsgen.js';
import { typeText } from '../../src/docs/describe.js';
import { clipMessage, MAX_MESSAGE } from '../../src/messages.js';
import { LuatdError } from '../../src/errors.js';
import type { BuiltinKind } from '../../src/schema/ir.js';

// one field of each kind a TL file can spell, as a function's parameters
const KINDS: [BuiltinKind, string][] = [
  ['Bool', 'Bool'],
  ['int32', 'int32'],
  ['int53', 'int53'],
  ['int64', 'int64'],
  ['double', 'double'],
  ['string', 'string'],
  ['bytes', 'bytes'],
];
const TL = `
boolTrue = Bool;
boolFalse = Bool;
ok = Ok;
---functions---
take ${KINDS.map(([k, spelled]) => `${k.toLowerCase()}_value:${spelled} list_${k.toLowerCase()}:vector<${spelled}>`).join(' ')} = Ok;
`;
const ir = parseTl(TL, 'builtins.tl');
const index = SchemaIndex.of(ir);

test('every default and every docs sample of a built-in kind is a value the validator accepts', () => {
  for (const [kind, policy] of Object.entries(BUILTINS)) {
    if (kind === 'true' || kind === 'flags') continue;
    assert.equal(policy.check(policy.default) instanceof Refusal, false, `${kind} default`);
    const sample = policy.sample('value');
    if (sample !== undefined) assert.equal(policy.check(sample) instanceof Refusal, false, `${kind} sample`);
  }
  // a request filled with the docs' samples passes as a whole
  const req: Record<string, unknown> = { _: 'take' };
  for (const [k] of KINDS) {
    const s = BUILTINS[k].sample(`${k}_value`);
    req[`${k.toLowerCase()}_value`] = s;
    req[`list_${k.toLowerCase()}`] = [s];
  }
  const r = validateRequest(index, req);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
});

test('an omitted parameter takes the default of the table, and the TypeScript types follow it', () => {
  const r = validateRequest(index, { _: 'take' });
  assert.ok(r.ok);
  const v = r.value as Record<string, unknown>;
  assert.deepEqual([v.bool_value, v.int32_value, v.int53_value, v.int64_value, v.double_value, v.string_value, v.bytes_value], [false, 0, 0, '0', 0, '', '']);
  const ts = generateTs(ir);
  assert.match(ts, /int64_value\?: string \| number \| null/, 'a request may give an int64 as a number');
  assert.match(ts, /list_bytes\?: string\[\] \| null/);
});

test('one printer names types in validation messages and in the docs', () => {
  const t = ir.functions[0].params.find((p) => p.name === 'list_int53')!.type;
  assert.equal(formatType(t), 'vector<int53>');
  assert.equal(typeText(t), 'Array of int53');
  const r = validateRequest(index, { _: 'take', list_int53: 'x' });
  assert.ok(!r.ok);
  assert.equal(r.error.message, "Invalid 'list_int53': expected vector<int53>, got string");
});

test('every message is clipped: a LuatdError never carries a megabyte', () => {
  const e = new LuatdError('USAGE', `bad ${'x'.repeat(1_000_000)}`);
  assert.ok(e.message.length <= MAX_MESSAGE, `${e.message.length}`);
  assert.match(e.message, /\.\.\. \(\d+ more characters\)$/);
  assert.equal(clipMessage('short'), 'short');
});
