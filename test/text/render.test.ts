import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTextError, parseHtml, toHtml, validateEntities, type TextEntity, type TextEntityType } from '../../src/core/text/index.js';

const ent = (offset: number, length: number, type: TextEntityType): TextEntity => ({ _: 'textEntity', offset, length, type });

test('toHtml: escapes text and attributes, writes each kind', () => {
  assert.equal(toHtml({ text: 'a<b>&"c"', entities: [] }), 'a&lt;b&gt;&amp;"c"');
  assert.equal(
    toHtml({
      text: 'b i c p q l m',
      entities: [
        ent(0, 1, { _: 'textEntityTypeBold' }),
        ent(2, 1, { _: 'textEntityTypeItalic' }),
        ent(4, 1, { _: 'textEntityTypeCode' }),
        ent(6, 1, { _: 'textEntityTypePre' }),
        ent(8, 1, { _: 'textEntityTypePreCode', language: 'lua' }),
        ent(10, 1, { _: 'textEntityTypeTextUrl', url: 'https://e.org/?a=1&b="2"' }),
        ent(12, 1, { _: 'textEntityTypeMentionName', user_id: 9 }),
      ],
    }),
    '<b>b</b> <i>i</i> <code>c</code> <pre>p</pre> <pre><code class="language-lua">q</code></pre> <a href="https://e.org/?a=1&amp;b=&quot;2&quot;">l</a> <a href="tg://user?id=9">m</a>',
  );
  assert.equal(toHtml({ text: '@username', entities: [ent(0, 9, { _: 'textEntityTypeMention' })] }), '@username', 'detected kinds need no tag');
});

test('toHtml: overlapping styles are split so tags nest', () => {
  const html = toHtml({ text: 'abcdef', entities: [ent(0, 4, { _: 'textEntityTypeBold' }), ent(2, 4, { _: 'textEntityTypeItalic' })] });
  assert.equal(html, '<b>ab<i>cd</i></b><i>ef</i>');
  const code = toHtml({ text: 'abcdef', entities: [ent(0, 4, { _: 'textEntityTypeBold' }), ent(2, 4, { _: 'textEntityTypeCode' })] });
  assert.equal(code, '<b>ab</b><code><b>cd</b>ef</code>');
});

test('toHtml then parseHtml gives the same text and entities (random valid lists)', { timeout: 20_000 }, () => {
  const kinds: TextEntityType[] = [
    { _: 'textEntityTypeBold' },
    { _: 'textEntityTypeItalic' },
    { _: 'textEntityTypeCode' },
    { _: 'textEntityTypePre' },
    { _: 'textEntityTypePreCode', language: 'Lua"5' },
    { _: 'textEntityTypeTextUrl', url: 'https://e.org/a?b=1&c=2' },
    { _: 'textEntityTypeMentionName', user_id: 42 },
  ];
  const chars = ['a', ' ', '<', '&', '😀', '中', '\n', '"', '>'];
  let seed = 777;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let checked = 0;
  for (let k = 0; k < 1500; k++) {
    let text = '';
    const len = 1 + Math.floor(next() * 12);
    for (let i = 0; i < len; i++) text += chars[Math.floor(next() * chars.length)];
    const entities: TextEntity[] = [];
    const count = Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
      const offset = Math.floor(next() * text.length);
      const length = 1 + Math.floor(next() * (text.length - offset));
      entities.push(ent(offset, length, kinds[Math.floor(next() * kinds.length)] as TextEntityType));
    }
    const valid = validateEntities(text, entities);
    if (isTextError(valid)) continue; // overlapping links, halves of emoji...: not a valid input
    checked++;
    const html = toHtml({ text, entities: valid });
    const back = parseHtml(html);
    assert.ok(!isTextError(back), `${html}: ${isTextError(back) ? back.error : ''}`);
    assert.equal(back.text, text, html);
    assert.deepEqual(back.entities, valid, html);
  }
  assert.ok(checked > 500, `only ${checked} valid random lists`);
});
