/**
 * The small HTML subset of Telegram messages: <b>/<strong>, <i>/<em>, <code>, <pre>,
 * <pre><code class="language-x"> (a code block with a language), <a href="..."> (a link, or a
 * user mention with href="tg://user?id=N").
 *
 * Rules, as TDLib applies them:
 * - tags nest and must be balanced; `</>` closes the innermost open tag;
 * - a literal `<` must be written `&lt;`: any `<` starts a tag, and an unknown tag is an error;
 * - character references: `&lt; &gt; &amp; &quot;`, `&#NNN;` and `&#xHH;` (a `;` is required);
 *   any other `&` is kept as is;
 * - attribute values are quoted ('...' or "...") or bare name tokens; unknown attributes are
 *   ignored; `<a>` without href links to its own text; an unacceptable address drops the link
 *   but keeps the text;
 * - errors name the UTF-8 byte offset of the offending tag (TDLib's wording), and carry the
 *   UTF-16 offset in `offset`.
 */
import { isAsciiAlnum, isSpace, utf8ByteOffset } from './chars.js';
import { checkLink, mentionUserId } from './links.js';
import { normalizeParsedEntities } from './normalize.js';
import { textEntity, type FormattedText, type TextEntity, type TextResult } from './types.js';

const SUPPORTED_TAGS: ReadonlySet<string> = new Set(['a', 'b', 'strong', 'i', 'em', 'code', 'pre']);

/** Named character references we decode (TDLib decodes exactly these). */
const NAMED_REFERENCES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Decode the character reference starting at `text[pos] === '&'`.
 * Returns [decoded, next index] or undefined when it is not a reference we decode.
 */
function decodeReference(text: string, pos: number): [string, number] | undefined {
  let end = pos + 1;
  let cp = 0;
  if (text[end] === '#') {
    end++;
    const hex = text[end] === 'x' || text[end] === 'X';
    if (hex) end++;
    const digitsBegin = end;
    for (;;) {
      const ch = text.charCodeAt(end);
      const v = hex ? hexValue(ch) : ch >= 48 && ch <= 57 ? ch - 48 : -1;
      if (v < 0) break;
      // keep reading digits (they belong to the reference) but stop growing past the limit
      if (cp <= 0x10ffff) cp = cp * (hex ? 16 : 10) + v;
      end++;
    }
    if (end === digitsBegin || text[end] !== ';') return undefined;
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    return [String.fromCodePoint(cp), end + 1];
  }
  while (end < text.length && end - pos <= 8 && isLetterAscii(text.charCodeAt(end))) end++;
  const decoded = NAMED_REFERENCES[text.slice(pos + 1, end)];
  if (decoded === undefined || text[end] !== ';') return undefined;
  return [decoded, end + 1];
}

function hexValue(ch: number): number {
  if (ch >= 48 && ch <= 57) return ch - 48;
  if (ch >= 97 && ch <= 102) return ch - 87;
  if (ch >= 65 && ch <= 70) return ch - 55;
  return -1;
}

function isLetterAscii(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}

interface OpenTag {
  name: string;
  /** href of <a>, language of <code class="language-x">. */
  argument: string;
  /** UTF-16 offset in the output where the tag's content starts. */
  offset: number;
  /** Index in the input of the '<', for error messages. */
  at: number;
  /** Index in the output chunk list where the content starts (an <a> without href reads it back). */
  chunk: number;
}

/** An entity as the parser builds it, before pre+code pairs are merged. */
interface Parsed {
  entity: TextEntity;
  /** language of a <code class="language-x">, kept to make a preCode when <pre> closes around it. */
  codeLanguage?: string;
}

/** Parse the HTML subset into plain text and entities (UTF-16 offsets), or a TextError. */
export function parseHtml(input: string): TextResult<FormattedText> {
  const n = input.length;
  const out: string[] = [];
  let outLength = 0;
  const emit = (s: string) => {
    out.push(s);
    outLength += s.length;
  };
  const parsed: Parsed[] = [];
  const stack: OpenTag[] = [];
  // `%` in a message template stands for the UTF-8 byte offset of `at`; user text is
  // substituted after it, so a '%' typed by the user cannot be mistaken for the placeholder
  const fail = (template: string, at: number, ...user: string[]): TextResult<FormattedText> => {
    const withOffset = template.replace('%', String(utf8ByteOffset(input, at)));
    return { error: withOffset.replace(/\$(\d)/g, (_m, d: string) => user[Number(d)] ?? ''), offset: at };
  };
  const isSpaceAt = (k: number) => k < n && isSpace(input.charCodeAt(k));

  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && input[j] !== '<' && input[j] !== '&') j++;
    if (j > i) emit(input.slice(i, j));
    i = j;
    if (i >= n) break;

    if (input[i] === '&') {
      const ref = decodeReference(input, i);
      if (ref) {
        emit(ref[0]);
        i = ref[1];
      } else {
        emit('&');
        i++;
      }
      continue;
    }

    const begin = i;
    i++;
    if (input[i] !== '/') {
      // a start tag
      const nameBegin = i;
      while (i < n && !isSpaceAt(i) && input[i] !== '>') i++;
      if (i >= n) return fail('Unclosed start tag at byte offset %', begin);
      const name = input.slice(nameBegin, i).toLowerCase();
      if (!SUPPORTED_TAGS.has(name)) {
        return fail('Unsupported start tag "$0" at byte offset %', begin, clip(name));
      }
      let argument = '';
      while (input[i] !== '>') {
        while (isSpaceAt(i)) i++;
        if (i >= n) return fail(`Unclosed start tag "${name}" at byte offset %`, begin);
        if (input[i] === '>') break;
        const attrBegin = i;
        while (i < n && !isSpaceAt(i) && input[i] !== '=' && input[i] !== '>') i++;
        const attr = input.slice(attrBegin, i).toLowerCase();
        if (attr === '') return fail(`Empty attribute name in the tag "${name}" at byte offset %`, begin);
        while (isSpaceAt(i)) i++;
        if (i >= n) return fail(`Unclosed start tag "${name}" at byte offset %`, begin);
        if (input[i] !== '=') {
          return fail(`Expected equal sign in declaration of an attribute of the tag "${name}" at byte offset %`, begin);
        }
        i++;
        while (isSpaceAt(i)) i++;
        if (i >= n) return fail(`Unclosed start tag "${name}" at byte offset %`, begin);
        let value: string;
        const quote = input[i];
        if (quote !== '"' && quote !== "'") {
          // a bare name token: letters, digits, '.' and '-', case-insensitive
          const tokenBegin = i;
          while (i < n && (isAsciiAlnum(input.charCodeAt(i)) || input[i] === '.' || input[i] === '-')) i++;
          value = input.slice(tokenBegin, i).toLowerCase();
          if (i < n && !isSpaceAt(i) && input[i] !== '>') return fail('Unexpected end of name token at byte offset %', tokenBegin);
        } else {
          i++;
          const parts: string[] = [];
          while (i < n && input[i] !== quote) {
            if (input[i] === '&') {
              const ref = decodeReference(input, i);
              if (ref) {
                parts.push(ref[0]);
                i = ref[1];
                continue;
              }
            }
            const k = i;
            while (i < n && input[i] !== quote && input[i] !== '&') i++;
            if (i === k) i++; // a lone '&'
            parts.push(input.slice(k, i));
          }
          value = parts.join('');
          if (i >= n) return fail(`Unclosed start tag "${name}" at byte offset %`, begin);
          i++; // the closing quote
        }
        if (i >= n) return fail(`Unclosed start tag "${name}" at byte offset %`, begin);
        if (name === 'a' && attr === 'href') argument = value;
        else if (name === 'code' && attr === 'class' && value.startsWith('language-')) argument = value.slice(9);
      }
      i++; // '>'
      stack.push({ name, argument, offset: outLength, at: begin, chunk: out.length });
      continue;
    }

    // an end tag
    if (stack.length === 0) return fail('Unexpected end tag at byte offset %', begin);
    i++;
    const nameBegin = i;
    while (i < n && !isSpaceAt(i) && input[i] !== '>') i++;
    const endName = input.slice(nameBegin, i).toLowerCase();
    while (isSpaceAt(i)) i++;
    if (input[i] !== '>') return fail('Unclosed end tag at byte offset %', begin);
    i++;
    const open = stack.pop() as OpenTag;
    if (endName !== '' && endName !== open.name) {
      return fail('Unmatched end tag at byte offset %, expected "</$0>", found "</$1>"', begin, open.name, clip(endName));
    }
    const length = outLength - open.offset;
    if (length === 0) continue;
    const offset = open.offset;
    switch (open.name) {
      case 'b':
      case 'strong':
        parsed.push({ entity: textEntity(offset, length, { _: 'textEntityTypeBold' }) });
        break;
      case 'i':
      case 'em':
        parsed.push({ entity: textEntity(offset, length, { _: 'textEntityTypeItalic' }) });
        break;
      case 'code':
        parsed.push({ entity: textEntity(offset, length, { _: 'textEntityTypeCode' }), codeLanguage: open.argument });
        break;
      case 'pre': {
        // <pre><code class="language-x">...</code></pre>: the code just closed spans the same text
        const last = parsed[parsed.length - 1];
        if (last && last.entity.type._ === 'textEntityTypeCode' && last.entity.offset === offset && last.entity.length === length) {
          parsed.pop();
          const language = last.codeLanguage ?? '';
          parsed.push({
            entity: textEntity(offset, length, language === '' ? { _: 'textEntityTypePre' } : { _: 'textEntityTypePreCode', language }),
          });
        } else {
          parsed.push({ entity: textEntity(offset, length, { _: 'textEntityTypePre' }) });
        }
        break;
      }
      case 'a': {
        // an <a> without href links to its own text
        const url = open.argument !== '' ? open.argument : out.slice(open.chunk).join('');
        const userId = mentionUserId(url);
        if (userId !== undefined) {
          parsed.push({ entity: textEntity(offset, length, { _: 'textEntityTypeMentionName', user_id: userId }) });
        } else {
          const link = checkLink(url);
          if (link !== undefined) parsed.push({ entity: textEntity(offset, length, { _: 'textEntityTypeTextUrl', url: link }) });
        }
        break;
      }
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1] as OpenTag;
    return fail(`Can't find end tag corresponding to start tag "${open.name}" at byte offset %`, open.at);
  }
  const text = out.join('');
  return { text, entities: normalizeParsedEntities(text, parsed.map((p) => p.entity)) };
}

/** Keep echoed tag names short: they come from the user and may be huge. */
function clip(s: string): string {
  return s.length > 32 ? `${s.slice(0, 32)}...` : s;
}
