/**
 * Telegram's original ("legacy", 2017) Markdown: `*bold*`, `_italic_`, `` `code` ``,
 * ```` ```pre``` ````, ```` ```lang\ncode``` ````, `[text](url)` and `[text](tg://user?id=N)`.
 *
 * Rules, as TDLib applies them:
 * - entities do not nest: inside `*...*` the characters `_`, `` ` `` and `[` are plain text;
 * - an entity runs to the next occurrence of its closing character; none → an error naming
 *   the UTF-8 byte offset of the opening character (TDLib's wording);
 * - an empty entity (`**`) vanishes with its markers and produces no entity;
 * - `[text]` with no `(url)` uses the text itself as the address;
 * - a link whose address is not acceptable (see checkLink) keeps its text and gets no entity;
 * - ```` ``` ```` followed by a word and a line break names the language of the block.
 * Escaping (outside entities only): a backslash before `_ * `` ` `` [` makes that character plain
 * text; a backslash before anything else is kept as is. Inside an entity nothing is escaped.
 */
import { isSpace, utf8ByteOffset } from './chars.js';
import { checkLink, mentionUserId } from './links.js';
import { sortEntities, textEntity, type FormattedText, type TextEntity, type TextResult } from './types.js';

const MARKERS = '_*`[';

/** Parse legacy Markdown into plain text and entities (UTF-16 offsets), or a TextError. */
export function parseMarkdown(input: string): TextResult<FormattedText> {
  const n = input.length;
  const out: string[] = [];
  let outLength = 0;
  const entities: TextEntity[] = [];
  const emit = (s: string) => {
    out.push(s);
    outLength += s.length;
  };

  let i = 0;
  while (i < n) {
    // copy the plain run up to the next marker or backslash in one piece
    let j = i;
    while (j < n && !MARKERS.includes(input[j] as string) && input[j] !== '\\') j++;
    if (j > i) emit(input.slice(i, j));
    i = j;
    if (i >= n) break;

    const c = input[i] as string;
    if (c === '\\') {
      const next = input[i + 1];
      if (next !== undefined && MARKERS.includes(next)) {
        emit(next);
        i += 2;
      } else {
        emit('\\');
        i++;
      }
      continue;
    }

    const begin = i;
    i++;
    let isPre = false;
    let language = '';
    if (c === '`' && input.startsWith('``', i)) {
      isPre = true;
      i += 2;
      let langEnd = i;
      while (langEnd < n && !isSpace(input.charCodeAt(langEnd)) && input[langEnd] !== '`') langEnd++;
      if (langEnd > i && (input[langEnd] === '\n' || input[langEnd] === '\r')) {
        language = input.slice(i, langEnd);
        i = langEnd;
      }
      // one line break right after the opening fence belongs to the markup, not to the block
      const a = input[i];
      if (a === '\n' || a === '\r') {
        const b = input[i + 1];
        i += (b === '\n' || b === '\r') && b !== a ? 2 : 1;
      }
    }

    const close = isPre ? '```' : c === '[' ? ']' : c;
    const end = input.indexOf(close, i);
    if (end === -1) {
      return {
        error: `Can't find end of the entity starting at byte offset ${utf8ByteOffset(input, begin)}`,
        offset: begin,
      };
    }
    const content = input.slice(i, end);
    const offset = outLength;
    emit(content);
    i = end + close.length;

    if (c === '[') {
      let url = content;
      if (input[i] === '(') {
        const paren = input.indexOf(')', i + 1);
        const urlEnd = paren === -1 ? n : paren;
        url = input.slice(i + 1, urlEnd);
        i = paren === -1 ? n : paren + 1;
      }
      if (content.length === 0) continue;
      const userId = mentionUserId(url);
      if (userId !== undefined) {
        entities.push(textEntity(offset, content.length, { _: 'textEntityTypeMentionName', user_id: userId }));
      } else {
        const link = checkLink(url);
        if (link !== undefined) entities.push(textEntity(offset, content.length, { _: 'textEntityTypeTextUrl', url: link }));
      }
      continue;
    }
    if (content.length === 0) continue;
    if (c === '*') entities.push(textEntity(offset, content.length, { _: 'textEntityTypeBold' }));
    else if (c === '_') entities.push(textEntity(offset, content.length, { _: 'textEntityTypeItalic' }));
    else if (!isPre) entities.push(textEntity(offset, content.length, { _: 'textEntityTypeCode' }));
    else if (language === '') entities.push(textEntity(offset, content.length, { _: 'textEntityTypePre' }));
    else entities.push(textEntity(offset, content.length, { _: 'textEntityTypePreCode', language }));
  }
  return { text: out.join(''), entities: sortEntities(entities) };
}
