/**
 * Finding mentions, hashtags, bot commands, links and e-mail addresses in plain text, the way
 * Telegram clients highlight them (getTextEntities, and the automatic part of sendMessage).
 *
 * Every scanner is a hand-written single pass over the JS string: no regex runs over the text,
 * so hostile input (100k characters of `@@@@` or `a.a.a.a`) costs linear time. Each scanner
 * resumes after the run it just examined, never re-reading it.
 */
import { compareEntities, textEntity, type TextEntity } from './types.js';
import {
  codePointAt,
  codePointBefore,
  cpUnits,
  isAsciiAlnum,
  isAsciiAlpha,
  isDigit,
  isHashtagChar,
  isLetter,
  isSeparator,
  isUsernameChar,
  isWordChar,
  utf8ByteOffset,
} from './chars.js';
import { isCommonTld } from './tlds.js';

/** Options of findEntities. */
export interface FindEntitiesOptions {
  /** Also report bot commands (default true); TDLib leaves them out in chats without bots. */
  botCommands?: boolean;
}

/**
 * Usernames shorter than 5 characters that still make a mention: the inline bots of 2017
 * (`@gif cats`). Any other `@abc` is plain text.
 */
const SHORT_USERNAMES: ReadonlySet<string> = new Set(['gif', 'vid', 'pic', 'wiki', 'bing', 'bold', 'imdb', 'coub', 'like', 'vote']);

type Span = [start: number, end: number];

/** `@username`: 5–32 of [A-Za-z0-9_], not glued to a word on either side. */
export function findMentions(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let i = text.indexOf('@');
  while (i !== -1) {
    if (isWordChar(codePointBefore(text, i))) {
      i = text.indexOf('@', i + 1);
      continue;
    }
    let j = i + 1;
    while (j < n && isUsernameChar(text.charCodeAt(j))) j++;
    const size = j - i - 1;
    const glued = j < n && isWordChar(codePointAt(text, j));
    if (size >= 2 && size <= 32 && !glued && (size >= 5 || SHORT_USERNAMES.has(text.slice(i + 1, j).toLowerCase()))) {
      out.push([i, j]);
    }
    i = text.indexOf('@', j);
  }
  return out;
}

/** `/command` (1–64 of [A-Za-z0-9_]) with an optional `@botname` (3–32), at a word start. */
export function findBotCommands(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  const blocks = (cp: number) => isWordChar(cp) || cp === 0x2f || cp === 0x3c || cp === 0x3e; // word, / < >
  let i = text.indexOf('/');
  while (i !== -1) {
    if (blocks(codePointBefore(text, i))) {
      i = text.indexOf('/', i + 1);
      continue;
    }
    let j = i + 1;
    while (j < n && isUsernameChar(text.charCodeAt(j))) j++;
    const size = j - i - 1;
    let ok = size >= 1 && size <= 64;
    if (ok && j < n && text.charCodeAt(j) === 0x40) {
      const userBegin = j + 1;
      j = userBegin;
      while (j < n && isUsernameChar(text.charCodeAt(j))) j++;
      ok = j - userBegin >= 3 && j - userBegin <= 32;
    }
    if (ok && !(j < n && blocks(codePointAt(text, j)))) out.push([i, j]);
    i = text.indexOf('/', Math.max(j, i + 1));
  }
  return out;
}

/**
 * `#tag`: letters, digits and '_' (any script), with at least one letter; not glued to a word
 * before it, not followed by another '#'. Longer tags are cut at 256 characters.
 */
export function findHashtags(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let i = text.indexOf('#');
  while (i !== -1) {
    if (isHashtagChar(codePointBefore(text, i))) {
      i = text.indexOf('#', i + 1);
      continue;
    }
    let j = i + 1;
    let count = 0;
    let cut = -1;
    let hasLetter = false;
    while (j < n) {
      const cp = codePointAt(text, j);
      if (!isHashtagChar(cp)) break;
      j += cpUnits(cp);
      if (count < 256) {
        hasLetter ||= isLetter(cp);
        count++;
        if (count === 256) cut = j;
      }
    }
    const end = cut === -1 ? j : cut;
    if (count >= 1 && hasLetter && !(j < n && text.charCodeAt(j) === 0x23)) out.push([i, end]);
    i = text.indexOf('#', Math.max(j, i + 1));
  }
  return out;
}

// --- links and e-mail addresses --------------------------------------------------------

/** Characters allowed in links beyond ASCII: no separators, and from the General Punctuation block only joiners and dashes. */
function isUrlUnicodeChar(cp: number): boolean {
  if (cp >= 0x2000 && cp <= 0x206f) return cp === 0x200c || cp === 0x200d || (cp >= 0x2010 && cp <= 0x2015);
  return !isSeparator(cp);
}

function isUrlPathChar(cp: number): boolean {
  // line breaks, angle brackets, double quotes and guillemets end a path
  if (cp === 0x0a || cp === 0x3c || cp === 0x3e || cp === 0x22 || cp === 0xab || cp === 0xbb) return false;
  return isUrlUnicodeChar(cp);
}

function isProtocolChar(cp: number): boolean {
  // no dots: `a.http://x.com` must not read `a.http` as a scheme
  if (cp < 0x80) return isAsciiAlnum(cp) || cp === 0x2b || cp === 0x2d;
  return !isSeparator(cp);
}

const USER_DATA_STOP = new Set([0x0a, 0x2f, 0x5b, 0x5d, 0x7b, 0x7d, 0x28, 0x29, 0x27, 0x60, 0x3c, 0x3e, 0x22, 0x40, 0xab, 0xbb]);

function isUserDataChar(cp: number): boolean {
  return !USER_DATA_STOP.has(cp) && isUrlUnicodeChar(cp);
}

function isDomainChar(cp: number): boolean {
  if (cp < 0xc0) return cp === 0x2e || isAsciiAlnum(cp) || cp === 0x5f || cp === 0x2d || cp === 0x7e;
  return isUrlUnicodeChar(cp);
}

/** Characters a link never ends with: they are the sentence's punctuation, not the link's. */
const BAD_PATH_END = '.:;,(\'?!`';

/**
 * Candidate links: around each '.', the widest run that could be `[scheme://][user@]host[:port][/path]`.
 * `floor` is where the previous candidate ended; nothing before it is read again, which keeps
 * the whole scan linear.
 */
function matchUrlCandidates(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let floor = 0;
  for (;;) {
    const dot = text.indexOf('.', floor);
    if (dot === -1 || dot + 1 === n) break;
    if (text.charCodeAt(dot + 1) === 0x20) {
      floor = dot + 2; // "end of sentence. Next": the common case, skipped cheaply
      continue;
    }

    let domainBegin = dot;
    while (domainBegin > floor) {
      const cp = codePointBefore(text, domainBegin);
      if (!isDomainChar(cp)) break;
      domainBegin -= cpUnits(cp);
    }
    let lastAt = -1;
    let domainEnd = dot;
    while (domainEnd < n) {
      const cp = codePointAt(text, domainEnd);
      if (cp === 0x40) lastAt = domainEnd;
      else if (!isDomainChar(cp)) {
        // `first.last+tag@host`: '+' and the like may precede an '@' but not be in a host;
        // look ahead (without crossing a '.') for that '@'. Only when this dot can be in a user
        // part, i.e. no '@' just before the run (`a@b.com:c@d` is the address a@b.com).
        if (lastAt === -1 && isUserDataChar(cp) && !(domainBegin > floor && text.charCodeAt(domainBegin - 1) === 0x40)) {
          let k = domainEnd;
          for (;;) {
            if (k >= n) break;
            const c2 = codePointAt(text, k);
            if (c2 === 0x40 || c2 === 0x2e || !isUserDataChar(c2)) break;
            k += cpUnits(c2);
          }
          if (k < n && text.charCodeAt(k) === 0x40) {
            domainEnd = k;
            continue;
          }
        }
        break;
      }
      domainEnd += cpUnits(cp);
    }
    if (lastAt !== -1) {
      // the dot was in the user part of `first.last@host`: widen to the whole user part
      while (domainBegin > floor) {
        const cp = codePointBefore(text, domainBegin);
        if (!isUserDataChar(cp)) break;
        domainBegin -= cpUnits(cp);
      }
    }

    let urlEnd = domainEnd;
    if (urlEnd < n && text.charCodeAt(urlEnd) === 0x3a) {
      let portEnd = urlEnd + 1;
      while (portEnd < n && isDigit(text.charCodeAt(portEnd))) portEnd++;
      let portBegin = urlEnd + 1;
      while (portBegin < portEnd && text.charCodeAt(portBegin) === 0x30) portBegin++;
      if (portBegin !== portEnd && portEnd - portBegin <= 5 && Number(text.slice(portBegin, portEnd)) <= 65535) urlEnd = portEnd;
    }
    if (urlEnd < n) {
      const c = text.charCodeAt(urlEnd);
      if (c === 0x2f || c === 0x3f || c === 0x23) {
        let pathEnd = urlEnd + 1;
        while (pathEnd < n) {
          const cp = codePointAt(text, pathEnd);
          if (!isUrlPathChar(cp)) break;
          pathEnd += cpUnits(cp);
        }
        while (pathEnd > urlEnd + 1 && BAD_PATH_END.includes(text[pathEnd - 1] ?? '')) pathEnd--;
        if (c === 0x2f || pathEnd > urlEnd + 1) urlEnd = pathEnd;
      }
    }
    while (urlEnd > dot + 1 && text.charCodeAt(urlEnd - 1) === 0x2e) urlEnd--;

    let bad = false;
    let urlBegin = domainBegin;
    if (urlBegin > floor && text.charCodeAt(urlBegin - 1) === 0x40) {
      if (lastAt !== -1) bad = true; // two '@': not an address
      let userBegin = urlBegin - 1;
      while (userBegin > floor) {
        const cp = codePointBefore(text, userBegin);
        if (!isUserDataChar(cp)) break;
        userBegin -= cpUnits(cp);
      }
      if (userBegin === urlBegin - 1) bad = true; // `@host.com` is a mention, not an address
      urlBegin = userBegin;
    }
    if (urlBegin > floor) {
      if (urlBegin - floor >= 6 && text.startsWith('://', urlBegin - 3)) {
        let protocolBegin = urlBegin - 3;
        while (protocolBegin > floor) {
          const cp = codePointBefore(text, protocolBegin);
          if (!isProtocolChar(cp)) break;
          protocolBegin -= cpUnits(cp);
        }
        const protocol = text.slice(protocolBegin, urlBegin - 3).toLowerCase();
        if (protocol.endsWith('https')) urlBegin -= 8;
        else if (protocol.endsWith('http') && protocol !== 'shttp') urlBegin -= 7;
        else if (protocol.endsWith('ftp') && protocol !== 'tftp' && protocol !== 'sftp') urlBegin -= 6;
        else bad = true; // some other scheme (`file://`, `foo://`): not ours to link
      } else {
        const cp = codePointBefore(text, urlBegin);
        if (isWordChar(cp) || cp === 0x2f || cp === 0x23 || cp === 0x40) bad = true;
      }
    }

    if (!bad) {
      if (urlEnd > dot + 1) out.push([urlBegin, urlEnd]);
      while (urlEnd < n && text.charCodeAt(urlEnd) === 0x2e) urlEnd++;
    } else {
      while (text.charCodeAt(urlEnd - 1) !== 0x2e) urlEnd--;
    }
    floor = Math.max(urlEnd, dot + 1);
  }
  return out;
}

function isEmailPartChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x5f || c === 0x2d;
}

/**
 * True for `user@host.tld` as Telegram links it: ASCII only; the user part is up to 11 pieces
 * joined by '.' or '+'; the host has 2–7 labels and ends in a 2–8 letter TLD.
 */
export function isEmailAddress(s: string): boolean {
  const at = s.indexOf('@');
  if (at === -1) return false;
  const user = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (domain === '') return false;
  let prev = 0;
  let pieces = 0;
  for (let i = 0; i < user.length; i++) {
    const c = user.charCodeAt(i);
    if (c === 0x2e || c === 0x2b) {
      if (i - prev >= 27) return false;
      pieces++;
      prev = i + 1;
    } else if (!isEmailPartChar(c)) return false;
  }
  pieces++;
  if (pieces >= 12) return false;
  const last = user.length - prev;
  if (last === 0 || last >= 36) return false;

  const labels = domain.split('.');
  if (labels.length <= 1 || labels.length > 7) return false;
  const tld = labels.pop() as string;
  if (tld.length <= 1 || tld.length >= 9) return false;
  for (let i = 0; i < tld.length; i++) if (!isAsciiAlpha(tld.charCodeAt(i))) return false;
  for (const label of labels) {
    if (label === '' || label.length >= 31) return false;
    for (let i = 0; i < label.length; i++) if (!isEmailPartChar(label.charCodeAt(i))) return false;
    if (!isAsciiAlnum(label.charCodeAt(0)) || !isAsciiAlnum(label.charCodeAt(label.length - 1))) return false;
  }
  return true;
}

/**
 * Decide whether a candidate is a link, and how much of it: returns the kept length (0: not a
 * link). Unbalanced closing brackets in the path end the link, so `(see example.com/a)` keeps
 * `example.com/a`; a scheme-less host needs a TLD from our list.
 */
function fixUrl(url: string): number {
  let rest = url;
  let hasProtocol = false;
  const head = url.slice(0, 8).toLowerCase();
  if (head.startsWith('http://') || head.startsWith('https://') || head.startsWith('ftp://')) {
    rest = url.slice(url.indexOf(':') + 3);
    hasProtocol = true;
  }
  let domainEnd = rest.length;
  for (const stop of ['/', '?', '#']) {
    const p = rest.indexOf(stop);
    if (p !== -1 && p < domainEnd) domainEnd = p;
  }
  let domain = rest.slice(0, domainEnd);
  const path = rest.slice(domainEnd);
  const at = domain.indexOf('@');
  if (at !== -1) domain = domain.slice(at + 1);
  const colon = domain.lastIndexOf(':');
  if (colon !== -1) domain = domain.slice(0, colon);
  // a well-known phishing look-alike that TDLib refuses to link too
  if (domain.toLowerCase() === 'teiegram.org') return 0;

  const balance = [0, 0, 0];
  let pathPos = 0;
  for (; pathPos < path.length; pathPos++) {
    const idx = '([{'.indexOf(path[pathPos] as string);
    if (idx !== -1) balance[idx]!++;
    const cidx = ')]}'.indexOf(path[pathPos] as string);
    if (cidx !== -1 && --balance[cidx]! < 0) break;
  }
  while (pathPos > 0 && BAD_PATH_END.includes(path[pathPos - 1] as string)) pathPos--;
  const kept = url.length - (path.length - pathPos);

  const labels = domain.split('.');
  if (labels.length === 1) return 0;
  let isIpv4 = labels.length === 4;
  let hasNonDigit = false;
  for (const label of labels) {
    if (label === '' || utf8ByteOffset(label, label.length) >= 64 || label.endsWith('-')) return 0;
    for (let i = 0; i < label.length; i++) {
      if (!isDigit(label.charCodeAt(i))) {
        hasNonDigit = true;
        isIpv4 = false;
      }
    }
    if (isIpv4 && (label.length > 3 || Number(label) > 255 || (label[0] === '0' && label.length >= 2))) isIpv4 = false;
  }
  if (isIpv4) return kept;
  if (!hasNonDigit) return 0;

  const tld = labels[labels.length - 1] as string;
  if ([...tld].length <= 1) return 0;
  if (tld.toLowerCase().startsWith('xn--')) {
    if (tld.length <= 5) return 0;
    for (let i = 4; i < tld.length; i++) if (!isAsciiAlnum(tld.charCodeAt(i))) return 0;
  } else {
    if (tld.includes('_') || tld.includes('-')) return 0;
    if (!hasProtocol && !isCommonTld(tld)) return 0;
  }
  if ((labels[labels.length - 2] as string).includes('_')) return 0;
  return kept;
}

/** Links and e-mail addresses, as [start, end, isEmail]. */
export function findUrls(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  for (const [b, e] of matchUrlCandidates(text)) {
    const s = text.slice(b, e);
    if (isEmailAddress(s)) out.push([b, e, true]);
    else if (s.startsWith('mailto:') && isEmailAddress(s.slice(7))) out.push([b + 7, e, true]);
    else {
      const kept = fixUrl(s);
      if (kept > 0) out.push([b, b + kept, false]);
    }
  }
  return out;
}

/**
 * Find every mention, hashtag, bot command, link and e-mail address in plain text.
 * Offsets and lengths are UTF-16 code units; the result is sorted by offset and never overlaps
 * (when two candidates overlap, the one starting first wins, then the longer one).
 */
export function findEntities(text: string, options: FindEntitiesOptions = {}): TextEntity[] {
  const found: TextEntity[] = [];
  for (const [b, e] of findMentions(text)) found.push(textEntity(b, e - b, { _: 'textEntityTypeMention' }));
  if (options.botCommands !== false) {
    for (const [b, e] of findBotCommands(text)) found.push(textEntity(b, e - b, { _: 'textEntityTypeBotCommand' }));
  }
  for (const [b, e] of findHashtags(text)) found.push(textEntity(b, e - b, { _: 'textEntityTypeHashtag' }));
  for (const [b, e, email] of findUrls(text)) {
    found.push(textEntity(b, e - b, email ? { _: 'textEntityTypeEmail' } : { _: 'textEntityTypeUrl' }));
  }
  found.sort(compareEntities);
  const kept: TextEntity[] = [];
  let end = 0;
  for (const entity of found) {
    if (entity.offset >= end) {
      kept.push(entity);
      end = entity.offset + entity.length;
    }
  }
  return kept;
}
