/**
 * TDLib as the oracle for our text functions (src/core/text): the same texts go to our
 * getTextEntities / Markdown / HTML parsing and to TDLib's getTextEntities / parseTextEntities
 * (Markdown version 1, the legacy Markdown, and HTML), and the entities (types, UTF-16 offsets,
 * lengths, urls) are compared. Every difference must belong to a category that
 * docs/text-entities.md lists with its reason; anything else fails the test.
 * Skips with a note where TDLib cannot load.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findEntities, parseTextEntities, type TextEntity } from '../../src/core/text/index.js';
import { loadTdlib } from '../../src/core/tdlib/index.js';
import { packageRoot } from '../../src/paths.js';
import { NO_TDLIB } from './helpers.js';

/** Hand-picked pieces: mentions, hashtags, cashtags, commands, URLs, e-mails, emoji, markup (nested and broken), HTML entities. */
const PIECES = [
  '@durov', '@ab', 'me@x.com', ' #tag', '#123', '#тег', '$USD', '$usd', '/start', '/start@mybot', 'https://example.com/a?b=c',
  'example.com', 't.me/x', 'file.txt', 'a.b.c.d', '(see example.com/a)', 'en.wikipedia.org/wiki/X_(y)', 'user+tag@mail.co.uk',
  'mailto:a@b.cd', '😀', '👨‍👩‍👧', 'é', 'e\u0301', '中文', ' ', '\n', '*', '_', '`', '```', '[', ']', '(', ')', '*bold*', '_it_',
  '`code`', '```pre```', '```lua\nx```', '[t](https://x.org)', '[x.org]', '[u](tg://user?id=5)', '\\*', '\\_', '*a _b_ c*',
  '*unclosed', '_a*b_', '<b>', '</b>', '<b>x</i>', '&lt;', '&amp;', '&#65;', '&#x1F600;', '&bogus;', '<i>i</i>', '<b><i>bi</i></b>',
  '<a href="https://x.org">l</a>', '<a>t.me</a>', '<code>c</code>', '<pre>p</pre>', '<pre><code class="language-js">x</code></pre>',
  '+1 555 123 4567', '127.0.0.1', 'http://1.2.3.4:8080/x', 'ftp://x.org', 'javascript:alert(1)', '#a#b', '@user_name_long',
  'word', 'x', '😀@durov', '#tag😀', 'http://пример.рф', 'WWW.EXAMPLE.COM',
];

/** The texts: each piece alone and in a sentence, then seeded random mixes, 560 in all. */
function texts(): string[] {
  let seed = 42;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out: string[] = [];
  for (const p of PIECES) out.push(p, `hi ${p} there`);
  while (out.length < 560) {
    let t = '';
    const k = 1 + rnd(5);
    for (let i = 0; i < k; i++) t += PIECES[rnd(PIECES.length)] + (rnd(2) ? ' ' : '');
    out.push(t);
  }
  return out;
}

type Entity = { offset: number; length: number; type: { _: string; url?: string; language?: string; user_id?: number } };

/** Kinds TDLib 1.8 detects that the 2017 API has no constructor for (listed in docs/text-entities.md). */
const NEWER_KINDS = new Set(['textEntityTypeCashtag', 'textEntityTypePhoneNumber', 'textEntityTypeBankCardNumber']);

function show(ents: readonly Entity[]): string {
  return ents
    .map((e) => {
      const kind = e.type._ === 'textEntityTypeEmail' ? 'textEntityTypeEmailAddress' : e.type._;
      const extra = e.type.url ?? e.type.language ?? e.type.user_id;
      return `${kind}@${e.offset}+${e.length}${extra !== undefined ? `[${String(extra)}]` : ''}`;
    })
    .join(' ');
}

/** Documented categories (docs/text-entities.md, "Compared with TDLib 1.8"): why a difference is expected. */
function category(label: string, text: string, ours: string, theirs: string): string | undefined {
  // TDLib writes a link without a path with a trailing slash; we keep it as written
  const slash = (s: string) => s.replace(/\[(https?:\/\/[^\]/?#]+)\/\]/g, '[$1]');
  if (slash(ours) === slash(theirs)) return 'trailing slash';
  if (text.includes('tg://')) return 'tg:// links';
  if (/\[[^\]()]*\.[^\]()]*\](?!\()/.test(text)) return '[host] links';
  if (label !== 'getTextEntities' && slash(ours) === mergeTouching(slash(theirs))) return 'touching styles';
  if (label === 'getTextEntities' && /#[^\s#@]+@\w/.test(text) && ours.includes('Hashtag')) return 'hashtag@username';
  const onlyUrls = (s: string) => s.split(' ').every((e) => e === '' || e.startsWith('textEntityTypeUrl@'));
  if (label === 'getTextEntities' && text.includes('@') && onlyUrls(ours) && onlyUrls(theirs)) return 'links glued to an address';
  return undefined;
}

/** Two bold (or italic) entities where one ends where the next starts, as one (our merge rule). */
function mergeTouching(shown: string): string {
  const parts = shown.split(' ');
  const out: string[] = [];
  for (const p of parts) {
    const m = /^(textEntityType(?:Bold|Italic))@(\d+)\+(\d+)$/.exec(p);
    const prev = out.length ? /^(textEntityType(?:Bold|Italic))@(\d+)\+(\d+)$/.exec(out[out.length - 1]) : null;
    if (m && prev && prev[1] === m[1] && Number(prev[2]) + Number(prev[3]) === Number(m[2])) {
      out[out.length - 1] = `${m[1]}@${prev[2]}+${Number(prev[3]) + Number(m[3])}`;
    } else out.push(p);
  }
  return out.join(' ');
}

test('our text functions against TDLib 1.8 on 560 texts: every difference is a documented one', { skip: NO_TDLIB }, (t) => {
  const { tdl } = loadTdlib();
  const doc = readFileSync(path.join(packageRoot, 'docs', 'text-entities.md'), 'utf8');
  const all = texts();
  assert.ok(all.length >= 500);
  const counts = new Map<string, number>();
  const unexplained: string[] = [];
  let compared = 0;
  for (const text of all) {
    const checks: [string, string, string][] = [];
    const found = tdl.execute({ _: 'getTextEntities', text }) as { entities?: Entity[] };
    assert.ok(found.entities, `TDLib refused getTextEntities for ${JSON.stringify(text)}`);
    checks.push(['getTextEntities', show(findEntities(text)), show(found.entities.filter((e) => !NEWER_KINDS.has(e.type._)))]);
    for (const [label, ours, theirs] of [
      ['Markdown', { _: 'textParseModeMarkdown' }, { _: 'textParseModeMarkdown', version: 1 }],
      ['HTML', { _: 'textParseModeHTML' }, { _: 'textParseModeHTML' }],
    ] as const) {
      const o = parseTextEntities(text, ours);
      const th = tdl.execute({ _: 'parseTextEntities', text, parse_mode: theirs }) as { _: string; text?: string; entities?: Entity[] };
      const os = 'error' in o ? 'error' : `${JSON.stringify(o.text)} ${show(o.entities as TextEntity[])}`;
      const ts = th._ === 'error' ? 'error' : `${JSON.stringify(th.text)} ${show(th.entities ?? [])}`;
      checks.push([label, os, ts]);
    }
    for (const [label, ours, theirs] of checks) {
      compared++;
      if (ours === theirs) continue;
      const c = category(label, text, ours, theirs);
      if (c === undefined) unexplained.push(`${label} ${JSON.stringify(text)}\n  ours:  ${ours}\n  TDLib: ${theirs}`);
      else counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  t.diagnostic(`${all.length} texts, ${compared} comparisons; documented differences: ${[...counts].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  assert.deepEqual(unexplained, [], `differences not listed in docs/text-entities.md:\n${unexplained.slice(0, 20).join('\n')}`);
  // each category that occurred is listed in the docs
  for (const c of counts.keys()) assert.ok(doc.includes(c), `docs/text-entities.md lists "${c}"`);
  // the comparison is not vacuous: the texts reach every kind both sides know
  const kinds = new Set(all.flatMap((text) => findEntities(text).map((e) => e.type._)));
  for (const k of ['textEntityTypeMention', 'textEntityTypeHashtag', 'textEntityTypeBotCommand', 'textEntityTypeUrl', 'textEntityTypeEmail']) assert.ok(kinds.has(k as TextEntity['type']['_']), k);
});
