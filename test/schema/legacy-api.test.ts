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
