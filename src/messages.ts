/**
 * The wording of error messages, in one place. The templates are the validator's (as Neovim's
 * API validation macros are for its API):
 *
 *   Invalid 'chat_id': expected int53, got string
 *   Required: 'input_message_content'
 *   Unknown method 'sendMesage' (did you mean 'sendMessage'?)
 *
 * and every piece that comes from a caller is clipped: a name to MAX_NAME characters, a literal
 * to MAX_LITERAL, and a whole message to MAX_MESSAGE. The last clip is applied where every
 * message passes (LuatdError, tdError, and `raise` into Lua), so a hostile 1 MB key or method
 * name never becomes a 1 MB message, whichever path words it.
 *
 * This module imports nothing: the schema layer, the core and the Lua host all use it.
 */

/** Longest name (parameter, method, key, path) quoted in a message. */
export const MAX_NAME = 80;
/** Longest literal value shown in a message. */
export const MAX_LITERAL = 40;
/** Longest message: room for a few clipped names and a sentence, far from the string caps. */
export const MAX_MESSAGE = 2000;

/** `s` cut to `max` characters, `...` marking the cut. */
export function clip(s: string, max = MAX_NAME): string {
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/** A whole message cut to MAX_MESSAGE, saying how much was left out. */
export function clipMessage(message: string): string {
  if (message.length <= MAX_MESSAGE) return message;
  const head = message.slice(0, MAX_MESSAGE - 40);
  return `${head}... (${message.length - head.length} more characters)`;
}

/** A name as quoted in messages: `'chat_id'`, clipped. */
export function quote(name: string): string {
  return `'${clip(name)}'`;
}

/** How a value is named in "got ..." (its kind, in terms a Lua or JS user recognises). */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nil';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** A short literal of a value of the right kind but wrong content (`3000000000`, `"12a"`). */
export function literal(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(clip(v, MAX_LITERAL + 3));
  return clip(String(v), MAX_LITERAL);
}

/** ` (did you mean 'x'?)`, or '' without a suggestion. */
export function didYouMean(s: string | undefined): string {
  return s ? ` (did you mean ${quote(s)}?)` : '';
}

/** `Invalid 'path': expected X, got Y (why)`; `(request)` for the request itself. */
export function invalidMessage(path: string, expected: string, got: string, why?: string): string {
  return `Invalid ${quote(path || '(request)')}: expected ${expected}, got ${got}${why ? ` (${why})` : ''}`;
}

/** `Required: 'path' (hint)`. */
export function requiredMessage(path: string, hint?: string): string {
  return `Required: ${quote(path)}${hint ? ` (${hint})` : ''}`;
}

/** `Unknown method 'name' at 'where' (did you mean 'other'?)`; `what` is method, parameter, update... */
export function unknownMessage(what: string, name: string, opts: { at?: string; suggestion?: string; why?: string } = {}): string {
  const at = opts.at ? ` at ${quote(opts.at)}` : '';
  const why = opts.why ? `: ${opts.why}` : '';
  return `Unknown ${what} ${quote(name)}${at}${why}${didYouMean(opts.suggestion)}`;
}
