// Hostile input must come back (a result or a clean error), never hang or throw. The timeout
// is a hang guard with a wide margin, not a speed target: each case takes milliseconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, formatText, isTextError, parseHtml, parseMarkdown, validateEntities } from '../../src/core/text/index.js';

const N = 100_000;
const guard = { timeout: 20_000 };

const detectionInputs: [string, string][] = [
  ['@ repeated', '@'.repeat(N)],
  ['@a repeated', '@a'.repeat(N / 2)],
  ['a.a.a.a...', 'a.'.repeat(N / 2)],
  ['dots', '.'.repeat(N)],
  ['# repeated', '#'.repeat(N)],
  ['/ repeated', '/'.repeat(N)],
  ['a@a@a@', 'a@'.repeat(N / 2)],
  ['x.com/ path of ((((', `x.com/${'('.repeat(N)}`],
  ['long domain run', `${'a'.repeat(N)}.com`],
  ['user data then dots', `${'a+'.repeat(N / 4)}.b`],
  ['digits and colons', `a.b:${'0'.repeat(N)}`],
  ['emoji', '😀'.repeat(N / 2)],
  ['lone surrogates', '\ud800'.repeat(N)],
  ['protocol run', `${'h'.repeat(N)}://x.com`],
];

for (const [name, input] of detectionInputs) {
  test(`findEntities survives ${name} (${input.length} units)`, guard, () => {
    const found = findEntities(input);
    assert.ok(Array.isArray(found));
    for (const e of found) assert.ok(e.offset >= 0 && e.offset + e.length <= input.length);
  });
}

test('findEntities on a long realistic text finds every entity', guard, () => {
  const line = 'Hi @username, see https://example.com/a?b=1 and #news or mail me@example.org. /start ';
  const text = line.repeat(1000);
  assert.equal(findEntities(text).length, 5 * 1000);
});

test('markdown: unclosed markers, unmatched [ and long runs return promptly', guard, () => {
  for (const input of ['['.repeat(N), '*'.repeat(N + 1), '`'.repeat(N), '```'.repeat(N / 3 + 1), `[x](${'('.repeat(N)}`, '\\'.repeat(N)]) {
    const r = parseMarkdown(input);
    assert.ok(isTextError(r) || typeof r.text === 'string');
  }
  const many = parseMarkdown('*a* '.repeat(N / 4));
  assert.ok(!isTextError(many) && many.entities.length === N / 4);
});

test('html: <<<<, deep nesting, many tags and references return promptly', guard, () => {
  const r1 = parseHtml('<'.repeat(N));
  assert.ok(isTextError(r1) && r1.error === 'Unclosed start tag at byte offset 0');
  const deep = `${'<b>'.repeat(N / 10)}x${'</b>'.repeat(N / 10)}`;
  const r2 = parseHtml(deep);
  assert.ok(!isTextError(r2));
  assert.equal(r2.entities.length, 1, 'nested bold merges into one');
  const unclosed = parseHtml('<i>'.repeat(N / 3));
  assert.ok(isTextError(unclosed));
  const links = parseHtml('<a>example.com</a> '.repeat(N / 20));
  assert.ok(!isTextError(links) && links.entities.length === N / 20);
  const refs = parseHtml('&#'.repeat(N / 2));
  assert.ok(!isTextError(refs) && refs.text.length === N);
  const deepLinks = parseHtml(`${'<a href="https://e.org">'.repeat(N / 30)}x${'</a>'.repeat(N / 30)}`);
  assert.ok(!isTextError(deepLinks) && deepLinks.entities.length === 1);
});

test('validate and formatText handle many entities', guard, () => {
  const text = 'ab'.repeat(N / 2);
  const entities = Array.from({ length: N / 2 }, (_, k) => ({ _: 'textEntity', offset: 2 * k, length: 1, type: { _: 'textEntityTypeBold' } }));
  const r = validateEntities(text, entities);
  assert.ok(!isTextError(r) && r.length === N / 2);
  const f = formatText(`${'@username '.repeat(N / 10)}`, { parseMode: 'markdown' });
  assert.ok(!isTextError(f) && f.entities.length === N / 10);
});

test('random input keeps every invariant: sorted, in range, whole characters, valid lists', guard, () => {
  // a fixed seed: the same 1500 strings every run, built from the characters that matter
  const alphabet = ['a', 'Z', '1', '_', '.', '@', '/', '#', '(', ')', '[', ']', '*', '`', '<', '>', '&', ';', ':', '\\', ' ', '\n', '\r', '-', '+', '=', '"', "'", 'é', '中', '😀', '\ud800', 'b>', '</', 'http://', 'x.com', 'tg://user?id=7'];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 1500; k++) {
    let s = '';
    const pieces = 1 + Math.floor(next() * 30);
    for (let i = 0; i < pieces; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    const found = findEntities(s);
    let end = 0;
    for (const e of found) {
      assert.ok(e.offset >= end && e.length > 0 && e.offset + e.length <= s.length, `${JSON.stringify(s)}: ${JSON.stringify(e)}`);
      end = e.offset + e.length;
    }
    assert.ok(!isTextError(validateEntities(s, found)), `detected entities of ${JSON.stringify(s)} fail validation`);
    for (const r of [parseMarkdown(s), parseHtml(s), formatText(s, { parseMode: 'markdown' }), formatText(s, { parseMode: 'html' })]) {
      if (isTextError(r)) {
        assert.ok(r.error.length > 0);
        continue;
      }
      const again = validateEntities(r.text, r.entities);
      assert.ok(!isTextError(again), `${JSON.stringify(s)}: ${isTextError(again) ? again.error : ''}`);
      assert.deepEqual(again, r.entities, `${JSON.stringify(s)}: output is already in canonical form`);
    }
  }
});
