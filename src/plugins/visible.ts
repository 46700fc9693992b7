/**
 * What plugins print reaches the host's terminal and logs next to the host's own lines. Shown
 * as is, a newline would let a plugin forge a host line (`luatd: plugin 'x' disabled...`) and an
 * escape sequence would drive the terminal (clear it, retitle the window, move the cursor).
 * `visible` shows such characters escaped instead.
 */

// C0 controls but tab, DEL, C1 controls (0x9b is a one-byte CSI), line/paragraph separators,
// and the bidi overrides and isolates that can reorder what a line seems to say
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\x1b': '\\e' };

/** `text` with control characters and escape sequences written as `\n`, `\e`, `\x07`, `\u{202e}`. */
export function visible(text: string): string {
  return text.replace(HIDDEN, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
  });
}

/** A plugin's printed text as host lines: one per line of the text, each prefixed, the rest escaped. */
export function pluginLines(prefix: string, text: string): string[] {
  return text.split(/\r?\n/).map((l) => prefix + visible(l));
}
