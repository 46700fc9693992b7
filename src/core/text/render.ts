/**
 * Formatted text back to markup: the HTML subset that parseHtml reads, so that
 * parseHtml(toHtml(x)) gives x back (entities in canonical form). Useful to show or edit a
 * stored message as markup.
 */
import { STYLE_TYPE_NAMES, sortEntities, textEntity, type FormattedText, type TextEntity } from './types.js';

function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function escapeAttribute(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Start and end tags of an entity; detected kinds have none (they are found again on parsing). */
function tagsOf(e: TextEntity): [string, string] | undefined {
  const t = e.type;
  switch (t._) {
    case 'textEntityTypeBold':
      return ['<b>', '</b>'];
    case 'textEntityTypeItalic':
      return ['<i>', '</i>'];
    case 'textEntityTypeCode':
      return ['<code>', '</code>'];
    case 'textEntityTypePre':
      return ['<pre>', '</pre>'];
    case 'textEntityTypePreCode':
      // an empty language reads back as plain pre, so it is written as such
      return t.language === ''
        ? ['<pre>', '</pre>']
        : [`<pre><code class="language-${escapeAttribute(t.language)}">`, '</code></pre>'];
    case 'textEntityTypeTextUrl':
      return [`<a href="${escapeAttribute(t.url)}">`, '</a>'];
    case 'textEntityTypeMentionName':
      return [`<a href="tg://user?id=${t.user_id}">`, '</a>'];
    default:
      return undefined;
  }
}

/**
 * Cut style entities where a non-style entity starts or ends inside them, so that every style
 * piece either contains a non-style entity or stays clear of it: tags then nest properly and
 * only styles ever need to be closed and reopened.
 */
function splitStyles(entities: TextEntity[]): TextEntity[] {
  const cuts = [...new Set(entities.filter((e) => !STYLE_TYPE_NAMES.has(e.type._)).flatMap((e) => [e.offset, e.offset + e.length]))].sort(
    (a, b) => a - b,
  );
  const out: TextEntity[] = [];
  for (const e of entities) {
    if (!STYLE_TYPE_NAMES.has(e.type._) || cuts.length === 0) {
      out.push(e);
      continue;
    }
    const end = e.offset + e.length;
    // first cut strictly after the start (binary search: cuts is sorted)
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cuts[mid] as number) <= e.offset) lo = mid + 1;
      else hi = mid;
    }
    let start = e.offset;
    for (let k = lo; k < cuts.length && (cuts[k] as number) < end; k++) {
      out.push(textEntity(start, (cuts[k] as number) - start, e.type));
      start = cuts[k] as number;
    }
    out.push(textEntity(start, end - start, e.type));
  }
  return sortEntities(out);
}

/** Render formatted text as the HTML subset of parseHtml (text escaped, tags properly nested). */
export function toHtml(formatted: FormattedText): string {
  const { text } = formatted;
  const entities = splitStyles(formatted.entities.filter((e) => tagsOf(e) !== undefined));
  const out: string[] = [];
  const stack: TextEntity[] = [];
  let next = 0; // next entity to open
  let pos = 0;
  const boundaries = new Set<number>([text.length]);
  for (const e of entities) {
    boundaries.add(e.offset);
    boundaries.add(e.offset + e.length);
  }
  for (const b of [...boundaries].sort((x, y) => x - y)) {
    out.push(escapeText(text.slice(pos, b)));
    pos = b;
    // close what ends here; styles opened inside them and still running are closed and reopened
    if (stack.some((e) => e.offset + e.length === b)) {
      const reopen: TextEntity[] = [];
      while (stack.some((e) => e.offset + e.length === b)) {
        const top = stack.pop() as TextEntity;
        out.push((tagsOf(top) as [string, string])[1]);
        if (top.offset + top.length !== b) reopen.push(top);
      }
      for (const e of reopen.reverse()) {
        out.push((tagsOf(e) as [string, string])[0]);
        stack.push(e);
      }
    }
    while (next < entities.length && (entities[next] as TextEntity).offset === b) {
      const e = entities[next++] as TextEntity;
      out.push((tagsOf(e) as [string, string])[0]);
      stack.push(e);
    }
  }
  return out.join('');
}
