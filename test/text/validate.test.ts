import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatText,
  isTextError,
  parseTextEntities,
  validateEntities,
  type TextEntity,
  type TextEntityType,
} from '../../src/core/text/index.js';
import { show } from './helpers.js';

const ent = (offset: number, length: number, type: TextEntityType | Record<string, unknown>): TextEntity =>
  ({ _: 'textEntity', offset, length, type }) as TextEntity;
const bold = { _: 'textEntityTypeBold' } as const;
const italic = { _: 'textEntityTypeItalic' } as const;
const code = { _: 'textEntityTypeCode' } as const;

function ok(text: string, entities: unknown): string[] {
  const r = validateEntities(text, entities);
  if (isTextError(r)) assert.fail(`unexpected error: ${r.error}`);
  return show(text, r as TextEntity[]);
}

function err(text: string, entities: unknown): string {
  const r = validateEntities(text, entities);
  assert.ok(isTextError(r), `expected an error, got ${JSON.stringify(r)}`);
  return r.error;
}

test('validate: sorts, drops empty entities, merges overlapping bold', () => {
  assert.deepEqual(ok('hello world', [ent(6, 5, italic), ent(0, 5, bold), ent(3, 0, code)]), ['Bold:"hello"@0', 'Italic:"world"@6']);
  assert.deepEqual(ok('hello world', [ent(0, 4, bold), ent(2, 5, bold), ent(7, 2, bold)]), ['Bold:"hello wor"@0']);
  assert.deepEqual(ok('abc', [ent(0, 3, bold), ent(0, 3, code)]), ['Code:"abc"@0', 'Bold:"abc"@0'], 'outer kind first at equal spans');
});

test('validate: does not modify the caller\'s objects', () => {
  const given = [ent(0, 2, bold), ent(1, 2, bold)];
  ok('abc', given);
  assert.deepEqual(given, [ent(0, 2, bold), ent(1, 2, bold)]);
});

test('validate: ranges are checked in UTF-16 units', () => {
  assert.deepEqual(ok('😀x', [ent(0, 2, bold)]), ['Bold:"😀"@0']);
  assert.match(err('😀x', [ent(0, 4, bold)]), /entities\[0\]: textEntityTypeBold at UTF-16 offset 0 with length 4 ends after the end of the text \(UTF-16 length 3\)/);
  assert.match(err('😀x', [ent(1, 2, bold)]), /cuts a character in half at UTF-16 offset 1/);
  assert.match(err('a😀', [ent(0, 2, bold)]), /cuts a character in half at UTF-16 offset 2/);
});

test('validate: malformed entities get a message naming the entity and field', () => {
  assert.match(err('abc', [ent(-1, 2, bold)]), /^entities\[0\]\.offset must be a non-negative integer, got -1$/);
  assert.match(err('abc', [ent(0, 1.5, bold)]), /^entities\[0\]\.length must be a non-negative integer, got 1\.5$/);
  assert.match(err('abc', [ent(0, 1, bold), ent(0, 1, { _: 'textEntityTypeUnderline' })]), /^entities\[1\]\.type has an unknown entity type "textEntityTypeUnderline"/);
  assert.match(err('abc', [null]), /^entities\[0\] must be a textEntity object, got null$/);
  assert.match(err('abc', [{ _: 'textEntity', offset: 0, length: 1 }]), /^entities\[0\]\.type must be a TextEntityType object/);
  assert.match(err('abc', 'nope'), /^entities must be an array/);
  assert.match(err('abc', [ent(0, 1, { _: 'textEntityTypeTextUrl', url: 'javascript:x' })]), /url is not an acceptable link/);
  assert.match(err('abc', [ent(0, 1, { _: 'textEntityTypeMentionName', user_id: 0 })]), /user_id must be a positive integer, got 0/);
  assert.match(err('abc', [ent(0, 1, { _: 'textEntityTypePreCode', language: 5 } as Record<string, unknown>)]), /language must be a string/);
});

test('validate: links are normalised, preCode language defaults to empty', () => {
  assert.deepEqual(ok('abc', [ent(0, 3, { _: 'textEntityTypeTextUrl', url: 'example.com' })]), ['TextUrl[http://example.com]:"abc"@0']);
  assert.deepEqual(ok('abc', [ent(0, 3, { _: 'textEntityTypePreCode' })]), ['PreCode[]:"abc"@0']);
});

test('validate: non-style entities may not intersect; bold and italic may overlap anything', () => {
  assert.match(err('hello world', [ent(0, 5, code), ent(3, 5, { _: 'textEntityTypeTextUrl', url: 'https://e.org' })]), /^entities intersect: textEntityTypeTextUrl at UTF-16 offset 3 with length 5 overlaps textEntityTypeCode at UTF-16 offset 0 with length 5/);
  assert.match(err('hello', [ent(0, 5, { _: 'textEntityTypePre' }), ent(1, 2, code)]), /entities intersect/);
  assert.deepEqual(ok('hello world', [ent(0, 5, code), ent(3, 5, bold), ent(2, 9, italic)]), ['Code:"hello"@0', 'Italic:"llo world"@2', 'Bold:"lo wo"@3']);
});

test('parseTextEntities: markdown and HTML by TD object, no detection', () => {
  const md = parseTextEntities('*hi* @username', { _: 'textParseModeMarkdown' });
  assert.ok(!isTextError(md));
  assert.deepEqual(show(md.text, md.entities), ['Bold:"hi"@0']);
  const h = parseTextEntities('<i>hi</i> example.com', { _: 'textParseModeHTML' });
  assert.ok(!isTextError(h));
  assert.deepEqual(show(h.text, h.entities), ['Italic:"hi"@0']);
  const bad = parseTextEntities('x', { _: 'textParseModeRtf' });
  assert.ok(isTextError(bad));
  assert.match(bad.error, /Unsupported parse mode "textParseModeRtf"/);
});

test('formatText: parsed formatting plus detected entities outside code and links', () => {
  const r = formatText('*Hi* @username, `example.com` and [site](https://e.org) example.com', { parseMode: 'markdown' });
  assert.ok(!isTextError(r));
  assert.equal(r.text, 'Hi @username, example.com and site example.com');
  assert.deepEqual(show(r.text, r.entities), [
    'Bold:"Hi"@0',
    'Mention:"@username"@3',
    'Code:"example.com"@14',
    'TextUrl[https://e.org]:"site"@30',
    'Url:"example.com"@35',
  ]);
});

test('formatText: detected entities may sit inside bold', () => {
  const r = formatText('<b>see example.com now</b>', { parseMode: 'html' });
  assert.ok(!isTextError(r));
  assert.deepEqual(show(r.text, r.entities), ['Bold:"see example.com now"@0', 'Url:"example.com"@4']);
});

test('formatText: given entities are validated; detected kinds given by the user are recomputed', () => {
  const text = 'ping @username at example.com';
  const r = formatText(text, {
    entities: [ent(0, 4, bold), ent(0, 29, { _: 'textEntityTypeUrl' }), ent(5, 9, { _: 'textEntityTypeHashtag' })],
  });
  assert.ok(!isTextError(r));
  assert.deepEqual(show(r.text, r.entities), ['Bold:"ping"@0', 'Mention:"@username"@5', 'Url:"example.com"@18']);
  const bad = formatText('abc', { entities: [ent(0, 9, bold)] });
  assert.ok(isTextError(bad));
  assert.match(bad.error, /ends after the end of the text/);
});

test('formatText: parse_mode wins over entities; parse errors come back as errors', () => {
  const r = formatText('_x_', { parseMode: { _: 'textParseModeMarkdown' }, entities: [ent(0, 99, bold)] });
  assert.ok(!isTextError(r));
  assert.deepEqual(show(r.text, r.entities), ['Italic:"x"@0']);
  const e = formatText('<b>x', { parseMode: { _: 'textParseModeHTML' } });
  assert.ok(isTextError(e));
  assert.match(e.error, /Can't find end tag/);
  const plain = formatText('/start now', { botCommands: false });
  assert.ok(!isTextError(plain));
  assert.deepEqual(plain.entities, []);
});

test('formatText: cleans the text like a sent message: \\r removed, controls to spaces, trimmed', () => {
  const r = formatText('  \r\n<b>a\r\nb\tc</b>  \n', { parseMode: 'html' });
  assert.ok(!isTextError(r));
  assert.equal(r.text, 'a\nb c');
  assert.deepEqual(show(r.text, r.entities), ['Bold:"a\\nb c"@0']);
  const kept = formatText('  x  ', { trim: false });
  assert.ok(!isTextError(kept) && kept.text === '  x  ');
  const moved = formatText('\r\r@username', { entities: [ent(0, 3, bold)] });
  assert.ok(!isTextError(moved));
  assert.deepEqual(show(moved.text, moved.entities), ['Mention:"@username"@0', 'Bold:"@"@0']);
});

test('formatText: an empty message is refused unless allowed', () => {
  for (const text of ['', '   ', '\r\n \n', '<b> </b>']) {
    const r = formatText(text, { parseMode: 'html' });
    assert.ok(isTextError(r), JSON.stringify(text));
    assert.equal(r.error, 'Message must be non-empty');
  }
  const ok = formatText(' ', { allowEmpty: true });
  assert.ok(!isTextError(ok) && ok.text === '' && ok.entities.length === 0);
});

test('parseTextEntities and formatText refuse a missing parse mode or a non-string text', () => {
  const none = parseTextEntities('x', null);
  assert.ok(isTextError(none) && none.error === 'Parse mode must be non-empty');
  const notText = formatText(42 as unknown as string);
  assert.ok(isTextError(notText) && /text must be a string, got 42/.test(notText.error));
  const odd = parseTextEntities('x', {} as { _: string });
  assert.ok(isTextError(odd) && /Unsupported parse mode "undefined"/.test(odd.error));
});
