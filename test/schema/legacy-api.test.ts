/**
 * Our schema against the real legacy TD API file (../shared/fixtures/schemas/td_api_legacy_2017-12.tl):
 * validation does not depend on a schema's wording, so the real file given as `--schema` accepts
 * exactly what the built-in one accepts. Skips when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadSchema, ourSchema } from '../../src/schema/parser.js';
import { SchemaIndex } from '../../src/schema/index.js';
import { validateRequest } from '../../src/schema/validate.js';
import type { TypeRef } from '../../src/schema/ir.js';
import { sharedSchemasDir, NO_SHARED } from '../helpers/bin.js';

const skip = sharedSchemasDir ? false : NO_SHARED;
const legacy = (): SchemaIndex => SchemaIndex.of(loadSchema(path.join(sharedSchemasDir!, 'td_api_legacy_2017-12.tl')));

test('legacy file: no function refuses an omitted object parameter (null, the method decides)', { skip }, () => {
  const idx = legacy();
  const refused: string[] = [];
  for (const fn of idx.ir.functions) {
    const r = validateRequest(idx, { _: fn.name });
    if (!r.ok) refused.push(`${fn.name}: ${r.error.message}`);
  }
  assert.deepEqual(refused, []);
  const v = validateRequest(idx, { _: 'sendMessage', chat_id: 5, input_message_content: { _: 'inputMessageText', text: 'hi' } });
  assert.ok(v.ok);
  assert.equal(v.value.reply_markup, null);
});

test('legacy file and built-in schema validate shared functions alike', { skip }, () => {
  const idx = legacy();
  const ours = SchemaIndex.of(ourSchema());
  const req = { _: 'sendMessage', chat_id: 5, input_message_content: { _: 'inputMessageText', text: 'hi' } };
  const a = validateRequest(idx, req);
  const b = validateRequest(ours, req);
  assert.ok(a.ok && b.ok);
  assert.equal(a.value.reply_markup, null);
  assert.equal(b.value.reply_markup, null);
  assert.deepEqual(validateRequest(idx, { _: 'sendMessage', chat_id: 5 }), validateRequest(ours, { _: 'sendMessage', chat_id: 5 }));
});

/** A type as compared with the legacy file: our int53 ids stand for its `int` user ids (docs/api-reference.md). */
function spelled(t: TypeRef): string {
  switch (t.kind) {
    case 'builtin':
      return t.builtin === 'int53' || t.builtin === 'int32' ? 'int' : t.builtin;
    case 'vector':
      return `vector<${spelled(t.of)}>`;
    default:
      return t.name;
  }
}

test('every function of the legacy API is in our schema with the same parameters and result', { skip }, () => {
  const idx = legacy();
  const ours = SchemaIndex.of(ourSchema());
  const diffs: string[] = [];
  for (const fn of idx.ir.functions) {
    const mine = ours.fn(fn.name);
    if (!mine) {
      diffs.push(`${fn.name}: missing`);
      continue;
    }
    const a = `${fn.params.map((p) => `${p.name}:${spelled(p.type)}`).join(' ')} = ${spelled(fn.result)}`;
    const b = `${mine.params.map((p) => `${p.name}:${spelled(p.type)}`).join(' ')} = ${spelled(mine.result)}`;
    if (a !== b) diffs.push(`${fn.name}: legacy ${a}; ours ${b}`);
    // "Can be called before authorization / synchronously" are behaviour, not wording: what the
    // legacy file allows, ours allows too (ours also marks the login functions, which it leaves out)
    if ((fn.beforeAuth && !mine.beforeAuth) || (fn.synchronous && !mine.synchronous)) diffs.push(`${fn.name}: before-auth/synchronous flags differ`);
  }
  assert.deepEqual(diffs, []);
  assert.equal(idx.ir.functions.length, 230);
});

test('every constructor of the legacy API exists in our schema, and ours describe them in our own words', { skip }, () => {
  const idx = legacy();
  const ours = SchemaIndex.of(ourSchema());
  const missing = idx.ir.constructors.filter((c) => !ours.ctor(c.name)).map((c) => c.name);
  assert.deepEqual(missing, []);
  const copied = ours.ir.functions.filter((f) => f.description.length > 30 && idx.fn(f.name)?.description === f.description).map((f) => f.name);
  assert.deepEqual(copied, [], 'descriptions are ours, not the legacy file\'s');
});
