/**
 * Targets of hidden links (`[text](url)`, `<a href="url">`, textEntityTypeTextUrl): which
 * addresses we accept, how they are normalised, and which ones mean "mention this user".
 */
import { isAsciiAlnum, isSeparator, codePointAt, cpUnits } from './chars.js';
import { isEmailAddress } from './detect.js';

/** Longest link target we keep; longer ones are refused rather than stored. */
export const MAX_LINK_LENGTH = 2048;

/** Largest user id a mention link may carry (ids are int53 on the wire). */
const MAX_USER_ID = Number.MAX_SAFE_INTEGER;

/**
 * The user id of a `tg://user?id=N` link (scheme and host in any case, `tg:user?id=N` too),
 * or undefined when `url` is not such a link or N is not a positive integer.
 */
export function mentionUserId(url: string): number | undefined {
  const s = url.trim();
  const lower = s.slice(0, 10).toLowerCase();
  let rest: string;
  if (lower.startsWith('tg://user?')) rest = s.slice(10);
  else if (lower.startsWith('tg:user?')) rest = s.slice(8);
  else return undefined;
  for (const pair of rest.split('&')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq) !== 'id') continue;
    const value = pair.slice(eq + 1);
    if (!/^[0-9]{1,16}$/.test(value)) return undefined;
    const id = Number(value);
    return id >= 1 && id <= MAX_USER_ID ? id : undefined;
  }
  return undefined;
}

function isHostChar(cp: number): boolean {
  if (cp < 0x80) return isAsciiAlnum(cp) || cp === 0x2d || cp === 0x2e || cp === 0x5f || cp === 0x7e;
  return !isSeparator(cp);
}

/** `[user[:password]@]host[:port]` followed by nothing or by /, ? or #. */
function isValidAuthority(s: string): boolean {
  let end = s.length;
  for (const stop of ['/', '?', '#']) {
    const p = s.indexOf(stop);
    if (p !== -1 && p < end) end = p;
  }
  let host = s.slice(0, end);
  const at = host.lastIndexOf('@');
  if (at !== -1) host = host.slice(at + 1);
  const colon = host.lastIndexOf(':');
  if (colon !== -1) {
    const port = host.slice(colon + 1);
    if (!/^[0-9]{1,5}$/.test(port) || Number(port) > 65535) return false;
    host = host.slice(0, colon);
  }
  if (host === '' || host.startsWith('.') || host.endsWith('.') || host.includes('..')) return false;
  for (let i = 0; i < host.length; ) {
    const cp = codePointAt(host, i);
    if (!isHostChar(cp)) return false;
    i += cpUnits(cp);
  }
  return true;
}

/**
 * Check a link target and return it normalised, or undefined when it is not acceptable.
 * Accepted: http, https and ftp addresses with a host; tg: and ton: links; mailto: with a valid
 * address; a bare `host/path` (it gets `http://` in front). No whitespace or control
 * characters anywhere; other schemes (javascript:, file:, data: ...) are refused.
 */
export function checkLink(url: string): string | undefined {
  const s = url.trim();
  if (s === '' || s.length > MAX_LINK_LENGTH) return undefined;
  for (let i = 0; i < s.length; ) {
    const cp = codePointAt(s, i);
    if (isSeparator(cp)) return undefined;
    i += cpUnits(cp);
  }
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]{0,31}):/.exec(s);
  const scheme = m ? (m[1] as string).toLowerCase() : '';
  if (m && (scheme === 'http' || scheme === 'https' || scheme === 'ftp')) {
    const after = s.slice(m[0].length);
    if (!after.startsWith('//')) return undefined;
    return isValidAuthority(after.slice(2)) ? s : undefined;
  }
  if (m && (scheme === 'tg' || scheme === 'ton')) {
    const after = s.slice(m[0].length).replace(/^\/\//, '');
    // a user link with a bad id must not survive as an ordinary link (see mentionUserId)
    if (scheme === 'tg' && /^user\?/i.test(after)) return mentionUserId(s) !== undefined ? s : undefined;
    return /^[a-zA-Z0-9_-]/.test(after) ? s : undefined;
  }
  if (m && scheme === 'mailto') return isEmailAddress(s.slice(m[0].length)) ? s : undefined;
  if (m && s.startsWith('//', m[0].length)) return undefined; // another scheme://
  // No scheme. `localhost:8080` also matches the scheme pattern; it is read as a host here.
  if (!isValidAuthority(s)) return undefined;
  const hostEnd = s.search(/[/?#]/);
  const host = hostEnd === -1 ? s : s.slice(0, hostEnd);
  if (!host.includes('.')) return undefined;
  return `http://${s}`;
}
