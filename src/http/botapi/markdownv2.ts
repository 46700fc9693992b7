/**
 * The Bot API's MarkdownV2 (the core knows legacy Markdown and HTML only): `*bold*`,
 * `_italic_`, `` `code` ``, ```` ```lang\npre``` ````, `[text](url)`, `[text](tg://user?id=N)`,
 * entities nested, every other reserved character escaped with `\`. Underline, strikethrough and
 * spoiler parse but are refused: the schema has no entity type for them.
 */
import type { TdObject } from '../../core/client.js';
import { utf8ByteOffset } from '../../core/text/index.js';

const RESERVED = '_*[]()~`>#+-=|{}.!';
type Kind = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'spoiler' | 'link';
const NAMES: Record<Kind, string> = { bold: 'Bold', italic: 'Italic', underline: 'Underline', strikethrough: 'Strikethrough', spoiler: 'Spoiler', link: 'TextUrl' };

/** Plain text and TD entities of a MarkdownV2 text, or the Bot API's error description. */
export function parseMarkdownV2(input: string): { text: string; entities: TdObject[] } | { error: string } {
  let out = '';
  const entities: TdObject[] = [];
  const stack: { kind: Kind; start: number; at: number }[] = [];
  const fail = (why: string) => ({ error: `can't parse entities: ${why}` });
  const byteAt = (i: number) => utf8ByteOffset(input, i);
  let i = 0;
  const n = input.length;
  while (i < n) {
    const ch = input[i]!;
    if (ch === '\\') {
      const next = input.charCodeAt(i + 1);
      if (i + 1 < n && next >= 1 && next <= 126) {
        out += input[i + 1];
        i += 2;
        continue;
      }
      return fail(`character '\\' is reserved and must be escaped with the preceding '\\'`);
    }
    if (ch === '`') {
      const pre = input.startsWith('```', i);
      const open = i;
      i += pre ? 3 : 1;
      let language = '';
      if (pre) {
        const nl = input.indexOf('\n', i);
        const first = nl < 0 ? '' : input.slice(i, nl);
        if (nl >= 0 && /^[A-Za-z0-9_+#.-]+$/.test(first)) {
          language = first;
          i = nl + 1;
        }
      }
      const start = out.length;
      let closed = false;
      while (i < n) {
        if (input[i] === '\\' && i + 1 < n && (input[i + 1] === '`' || input[i + 1] === '\\')) {
          out += input[i + 1];
          i += 2;
        } else if (pre ? input.startsWith('```', i) : input[i] === '`') {
          i += pre ? 3 : 1;
          closed = true;
          break;
        } else out += input[i++];
      }
      if (!closed) return fail(`can't find end of ${pre ? 'Pre' : 'Code'} entity at byte offset ${byteAt(open)}`);
      if (out.length > start) {
        const type = pre ? (language ? { _: 'textEntityTypePreCode', language } : { _: 'textEntityTypePre' }) : { _: 'textEntityTypeCode' };
        entities.push({ _: 'textEntity', offset: start, length: out.length - start, type });
      }
      continue;
    }
    let kind: Kind | undefined;
    let width = 1;
    if (ch === '*') kind = 'bold';
    else if (ch === '_') [kind, width] = input[i + 1] === '_' ? ['underline', 2] : ['italic', 1];
    else if (ch === '~') kind = 'strikethrough';
    else if (ch === '|' && input[i + 1] === '|') [kind, width] = ['spoiler', 2];
    if (kind !== undefined) {
      const top = stack[stack.length - 1];
      if (top?.kind === kind) {
        stack.pop();
        if (kind === 'underline' || kind === 'strikethrough' || kind === 'spoiler') return fail(`entity type ${kind} is not supported by this backend's schema`);
        if (out.length > top.start) entities.push({ _: 'textEntity', offset: top.start, length: out.length - top.start, type: { _: kind === 'bold' ? 'textEntityTypeBold' : 'textEntityTypeItalic' } });
      } else if (stack.some((s) => s.kind === kind)) {
        return fail(`can't find end of ${NAMES[top!.kind]} entity at byte offset ${byteAt(top!.at)}`);
      } else stack.push({ kind, start: out.length, at: i });
      i += width;
      continue;
    }
    if (ch === '[') {
      stack.push({ kind: 'link', start: out.length, at: i });
      i++;
      continue;
    }
    if (ch === ']' && stack[stack.length - 1]?.kind === 'link') {
      const top = stack.pop()!;
      if (input[i + 1] !== '(') return fail(`can't find end of TextUrl entity at byte offset ${byteAt(top.at)}`);
      i += 2;
      let url = '';
      let closed = false;
      while (i < n) {
        if (input[i] === '\\' && i + 1 < n && (input[i + 1] === ')' || input[i + 1] === '\\')) {
          url += input[i + 1];
          i += 2;
        } else if (input[i] === ')') {
          i++;
          closed = true;
          break;
        } else url += input[i++];
      }
      if (!closed) return fail(`can't find end of a URL at byte offset ${byteAt(top.at)}`);
      if (out.length > top.start) {
        const user = /^tg:\/\/user\?id=(\d{1,15})$/.exec(url);
        const type = user ? { _: 'textEntityTypeMentionName', user_id: Number(user[1]) } : { _: 'textEntityTypeTextUrl', url };
        entities.push({ _: 'textEntity', offset: top.start, length: out.length - top.start, type });
      }
      continue;
    }
    if (RESERVED.includes(ch)) return fail(`character '${ch}' is reserved and must be escaped with the preceding '\\'`);
    out += ch;
    i++;
  }
  if (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    return fail(`can't find end of ${NAMES[top.kind]} entity at byte offset ${byteAt(top.at)}`);
  }
  entities.sort((a, b) => (a.offset as number) - (b.offset as number) || (b.length as number) - (a.length as number));
  return { text: out, entities };
}
