import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTextError, parseMarkdown, type FormattedText } from '../../src/core/text/index.js';
import { show } from './helpers.js';

function md(input: string): { text: string; entities: string[] } {
  const r = parseMarkdown(input);
  if (isTextError(r)) assert.fail(`unexpected error for ${JSON.stringify(input)}: ${r.error}`);
  return { text: r.text, entities: show(r.text, (r as FormattedText).entities) };
}

function mdError(input: string): string {
  const r = parseMarkdown(input);
  assert.ok(isTextError(r), `expected an error for ${JSON.stringify(input)}, got ${JSON.stringify(r)}`);
  return r.error;
}

test('markdown: bold, italic, code, pre', () => {
  assert.deepEqual(md('*bold* _italic_ `code` ```pre```'), {
    text: 'bold italic code pre',
    entities: ['Bold:"bold"@0', 'Italic:"italic"@5', 'Code:"code"@12', 'Pre:"pre"@17'],
  });
});

test('markdown: ```lang\\n...``` is preCode; the first line break is markup', () => {
  assert.deepEqual(md('```python\nprint(1)\n```'), { text: 'print(1)\n', entities: ['PreCode[python]:"print(1)\\n"@0'] });
  assert.deepEqual(md('```\nx```'), { text: 'x', entities: ['Pre:"x"@0'] });
  assert.deepEqual(md('```a b```'), { text: 'a b', entities: ['Pre:"a b"@0'] }, 'a word not followed by a line break is content');
  assert.deepEqual(md('```x\r\ny```'), { text: 'y', entities: ['PreCode[x]:"y"@0'] });
});

test('markdown: links and user mentions', () => {
  assert.deepEqual(md('[site](https://example.com/a?b=1)'), { text: 'site', entities: ['TextUrl[https://example.com/a?b=1]:"site"@0'] });
  assert.deepEqual(md('[site](example.com)'), { text: 'site', entities: ['TextUrl[http://example.com]:"site"@0'] });
  assert.deepEqual(md('[Ann](tg://user?id=123)'), { text: 'Ann', entities: ['MentionName[123]:"Ann"@0'] });
  assert.deepEqual(md('[example.com]'), { text: 'example.com', entities: ['TextUrl[http://example.com]:"example.com"@0'] }, 'no (url): the text is the address');
  assert.deepEqual(md('[bad](javascript:alert(1))'), { text: 'bad)', entities: [] }, 'refused address: text kept, no entity');
  assert.deepEqual(md('[x](tg://user?id=0)'), { text: 'x', entities: [] });
});

test('markdown: entities do not nest; markers inside are plain text', () => {
  assert.deepEqual(md('*a _b_ c*'), { text: 'a _b_ c', entities: ['Bold:"a _b_ c"@0'] });
  assert.deepEqual(md('`*not bold*`'), { text: '*not bold*', entities: ['Code:"*not bold*"@0'] });
  assert.deepEqual(md('[*x*](example.com)'), { text: '*x*', entities: ['TextUrl[http://example.com]:"*x*"@0'] });
});

test('markdown: adjacent and empty entities', () => {
  assert.deepEqual(md('*a*_b_'), { text: 'ab', entities: ['Bold:"a"@0', 'Italic:"b"@1'] });
  assert.deepEqual(md('x**y'), { text: 'xy', entities: [] });
  assert.deepEqual(md('[](example.com)z'), { text: 'z', entities: [] });
});

test('markdown: offsets are UTF-16 units (emoji count 2)', () => {
  assert.deepEqual(md('😀 *bold* 中文 _it_'), { text: '😀 bold 中文 it', entities: ['Bold:"bold"@3', 'Italic:"it"@11'] });
  assert.deepEqual(md('*😀*'), { text: '😀', entities: ['Bold:"😀"@0'] });
});

test('markdown: backslash escapes the four markers outside entities', () => {
  assert.deepEqual(md('2\\*3\\*4 snake\\_case \\`x\\` \\[y]'), { text: '2*3*4 snake_case `x` [y]', entities: [] });
  assert.deepEqual(md('C:\\path \\n'), { text: 'C:\\path \\n', entities: [] }, 'other backslashes stay');
  assert.deepEqual(md('`a\\`'), { text: 'a\\', entities: ['Code:"a\\\\"@0'] }, 'no escaping inside an entity');
});

test('markdown: an unclosed entity is an error with the byte offset of its start', () => {
  assert.equal(mdError('*bold'), "Can't find end of the entity starting at byte offset 0");
  assert.equal(mdError('ok _x'), "Can't find end of the entity starting at byte offset 3");
  assert.equal(mdError('😀 `code'), "Can't find end of the entity starting at byte offset 5");
  assert.equal(mdError('```pre``'), "Can't find end of the entity starting at byte offset 0");
  assert.equal(mdError('a [link'), "Can't find end of the entity starting at byte offset 2");
  const r = parseMarkdown('😀 *x');
  assert.ok(isTextError(r) && r.offset === 3, 'offset field is the UTF-16 position');
});

test('markdown: text without markup is unchanged', () => {
  assert.deepEqual(md('plain text, (parens) and ] brackets'), { text: 'plain text, (parens) and ] brackets', entities: [] });
  assert.deepEqual(md(''), { text: '', entities: [] });
});
