/**
 * Code-point helpers over JS strings (UTF-16) and the character classes the scanners use.
 *
 * Scanners walk JS string indices, so every offset they produce is already a UTF-16 offset.
 * A lone surrogate (a broken string from outside) is treated as a separator, never as a letter,
 * so it ends any entity and cannot make a scanner misbehave.
 */

/** Number of UTF-16 code units of `text`: the unit of every entity offset and length. */
export function utf16Length(text: string): number {
  return text.length;
}

/** Code point starting at index i (a lone surrogate is returned as is). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Code point ending just before index i, or -1 at the start of the text. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** UTF-16 units taken by a code point (2 for astral characters such as most emoji). */
export function cpUnits(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** True when index i falls between the two halves of a surrogate pair (an invalid cut point). */
export function splitsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

/** UTF-8 byte length of text[0, end): TDLib reports parse errors as byte offsets. */
export function utf8ByteOffset(text: string, end: number): number {
  let bytes = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3; // BMP char, or a lone surrogate (which becomes U+FFFD, 3 bytes)
  }
  return bytes;
}

/**
 * UTF-16 index in `text` of the character at UTF-8 byte offset `byteOffset` (for Lua, whose
 * strings are bytes). A byte offset inside a multi-byte character maps to that character's
 * start; one past the end maps to text.length.
 */
export function utf16OffsetOfByte(text: string, byteOffset: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let size = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    let units = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      size = 4;
      units = 2;
    }
    if (bytes + size > byteOffset) return i;
    bytes += size;
    i += units - 1;
  }
  return text.length;
}

// Single-code-point regexes: anchored, one character, no backtracking possible.
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const DECIMAL = /^\p{Nd}$/u;
const SEPARATOR = /^[\p{Z}\p{Cc}]$/u;

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** ASCII letter or digit. */
export function isAsciiAlnum(cp: number): boolean {
  return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
}

/** ASCII letter. */
export function isAsciiAlpha(cp: number): boolean {
  return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
}

/** ASCII digit. */
export function isDigit(cp: number): boolean {
  return cp >= 48 && cp <= 57;
}

/** [A-Za-z0-9_]: the characters of usernames and bot commands. */
export function isUsernameChar(cp: number): boolean {
  return isAsciiAlnum(cp) || cp === 95;
}

/** A Unicode letter. */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return isAsciiAlpha(cp);
  return !isSurrogate(cp) && LETTER.test(String.fromCodePoint(cp));
}

/** Letters, any Unicode number and '_': what may not touch a mention or a bot command. */
export function isWordChar(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) return isAsciiAlnum(cp) || cp === 95;
  if (isSurrogate(cp)) return false;
  const s = String.fromCodePoint(cp);
  return LETTER.test(s) || NUMBER.test(s);
}

/**
 * Characters of a hashtag: letters, decimal digits, '_', zero-width non-joiner, middle dot and
 * the Sinhala block (whose vowel signs are marks, not letters, but belong inside words).
 */
export function isHashtagChar(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) return isAsciiAlnum(cp) || cp === 95;
  if (cp === 0x200c || cp === 0xb7 || (cp >= 0xd80 && cp <= 0xdff)) return true;
  if (isSurrogate(cp)) return false;
  const s = String.fromCodePoint(cp);
  return LETTER.test(s) || DECIMAL.test(s);
}

/** Spaces, line breaks, other controls and lone surrogates. */
export function isSeparator(cp: number): boolean {
  if (cp < 0x80) return cp <= 32 || cp === 127;
  if (isSurrogate(cp)) return true;
  return SEPARATOR.test(String.fromCodePoint(cp));
}

/** Whitespace as the Markdown and HTML parsers see it. */
export function isSpace(cp: number): boolean {
  return cp === 32 || cp === 9 || cp === 10 || cp === 13 || cp === 11 || cp === 12;
}
