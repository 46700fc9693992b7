import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTextError, parseHtml, type FormattedText } from '../../src/core/text/index.js';
import { show } from './helpers.js';

function html(input: string): { text: string; entities: string[] } {
  const r = parseHtml(input);
  if (isTextError(r)) assert.fail(`unexpected error for ${JSON.stringify(input)}: ${r.error}`);
  return { text: r.text, entities: show(r.text, (r as FormattedText).entities) };
}

function htmlError(input: string): string {
  const r = parseHtml(input);
  assert.ok(isTextError(r), `expected an error for ${JSON.stringify(input)}, got ${JSON.stringify(r)}`);
  return r.error;
}

test('html: b, strong, i, em, code, pre', () => {
  assert.deepEqual(html('<b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <code>c</code> <pre>p</pre>'), {
    text: 'b s i e c p',
    entities: ['Bold:"b"@0', 'Bold:"s"@2', 'Italic:"i"@4', 'Italic:"e"@6', 'Code:"c"@8', 'Pre:"p"@10'],
  });
  assert.deepEqual(html('<B>x</B>'), { text: 'x', entities: ['Bold:"x"@0'] }, 'tag names ignore case');
});

test('html: <pre><code class="language-x"> is preCode', () => {
  assert.deepEqual(html('<pre><code class="language-python">print(1)</code></pre>'), {
    text: 'print(1)',
    entities: ['PreCode[python]:"print(1)"@0'],
  });
  assert.deepEqual(html('<pre><code>x</code></pre>'), { text: 'x', entities: ['Pre:"x"@0'] });
  assert.deepEqual(html('<code class="language-js">x</code>'), { text: 'x', entities: ['Code:"x"@0'] });
});

test('html: links and mentions by id', () => {
  assert.deepEqual(html('<a href="https://example.com/?a=1&amp;b=2">x</a>'), {
    text: 'x',
    entities: ['TextUrl[https://example.com/?a=1&b=2]:"x"@0'],
  });
  assert.deepEqual(html("<a href='tg://user?id=77'>Bob</a>"), { text: 'Bob', entities: ['MentionName[77]:"Bob"@0'] });
  assert.deepEqual(html('<a href=example.com>x</a>'), { text: 'x', entities: ['TextUrl[http://example.com]:"x"@0'] });
  assert.deepEqual(html('<a>example.org</a>'), { text: 'example.org', entities: ['TextUrl[http://example.org]:"example.org"@0'] });
  assert.deepEqual(html('<a href="javascript:alert(1)">x</a>'), { text: 'x', entities: [] }, 'refused address: text kept');
  assert.deepEqual(html('<a title="t" href="https://e.org">x</a>'), { text: 'x', entities: ['TextUrl[https://e.org]:"x"@0'] });
});

test('html: nested and adjacent tags', () => {
  assert.deepEqual(html('<b>bold <i>both</i></b>'), { text: 'bold both', entities: ['Bold:"bold both"@0', 'Italic:"both"@5'] });
  assert.deepEqual(html('<b>a</b><b>b</b>'), { text: 'ab', entities: ['Bold:"ab"@0'] }, 'touching bold merges');
  assert.deepEqual(html('<b><b>x</b></b>'), { text: 'x', entities: ['Bold:"x"@0'] });
  assert.deepEqual(html('<b>x</>y'), { text: 'xy', entities: ['Bold:"x"@0'] }, '</> closes the innermost tag');
  assert.deepEqual(html('<code><a href="https://e.org">x</a></code>'), { text: 'x', entities: ['Code:"x"@0'] }, 'no link inside code');
  assert.deepEqual(html('<b></b>x'), { text: 'x', entities: [] });
});

test('html: character references', () => {
  assert.deepEqual(html('&lt;b&gt; &amp; &quot;q&quot;'), { text: '<b> & "q"', entities: [] });
  assert.deepEqual(html('&#65;&#x42;&#X43; &#128512;'), { text: 'ABC 😀', entities: [] });
  assert.deepEqual(html('&nbsp; &amp &#0; &#xD800; &#99999999999; & x'), { text: '&nbsp; &amp &#0; &#xD800; &#99999999999; & x', entities: [] });
  assert.deepEqual(html('&#128512;<b>x</b>'), { text: '😀x', entities: ['Bold:"x"@2'] }, 'decoded emoji counts 2 units');
});

test('html: every error names the tag and its byte offset', () => {
  assert.equal(htmlError('<u>x</u>'), 'Unsupported start tag "u" at byte offset 0');
  assert.equal(htmlError('a < b'), 'Unsupported start tag "" at byte offset 2');
  assert.equal(htmlError('😀<span>'), 'Unsupported start tag "span" at byte offset 4');
  assert.equal(htmlError('x <b'), 'Unclosed start tag at byte offset 2');
  assert.equal(htmlError('<b>x'), 'Can\'t find end tag corresponding to start tag "b" at byte offset 0');
  assert.equal(htmlError('x</b>'), 'Unexpected end tag at byte offset 1');
  assert.equal(htmlError('<b>x</i>'), 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"');
  assert.equal(htmlError('<b>x</b'), 'Unclosed end tag at byte offset 4');
  assert.equal(htmlError('<a href="x>y</a>'), 'Unclosed start tag "a" at byte offset 0');
  assert.equal(htmlError('<a href>y</a>'), 'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0');
  assert.equal(htmlError('<a =x>y</a>'), 'Empty attribute name in the tag "a" at byte offset 0');
  assert.equal(htmlError('<a href=x/y>z</a>'), 'Unexpected end of name token at byte offset 8');
  assert.equal(htmlError('<a href=   '), 'Unclosed start tag "a" at byte offset 0');
  const r = parseHtml('😀 <u>');
  assert.ok(isTextError(r) && r.offset === 3, 'offset field is the UTF-16 position');
});

test('html: user text in messages is clipped and cannot forge the position', () => {
  const msg = htmlError(`<${'x%'.repeat(100)}>`);
  assert.match(msg, /^Unsupported start tag "(x%){16}\.\.\." at byte offset 0$/);
  assert.equal(htmlError('<b>x</$0%>'), 'Unmatched end tag at byte offset 4, expected "</b>", found "</$0%>"');
});
