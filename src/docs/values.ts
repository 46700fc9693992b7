/**
 * Sample values as source code: Lua table constructors and TypeScript object literals.
 * Short values stay on one line; long ones break one field per line.
 */
import type { Sample, SampleObject } from './samples.js';

/** Lines longer than this are broken one field per line. */
const WIDTH = 80;

const LUA_KEYWORDS = new Set([
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'goto', 'if', 'in',
  'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
]);

const TS_RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'let', 'static', 'yield', 'await', 'implements',
  'interface', 'package', 'private', 'protected', 'public',
]);

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True when `name` can be written bare as a Lua name (variable or `t.name` field). */
export function isLuaName(name: string): boolean {
  return IDENT.test(name) && !LUA_KEYWORDS.has(name);
}

/** True when `name` can be used as a TypeScript variable name. */
export function isTsName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !TS_RESERVED.has(name);
}

// eslint-disable-next-line no-control-regex
const LUA_ESCAPE = /[\\"\x00-\x1f\x7f]/;
// eslint-disable-next-line no-control-regex
const TS_ESCAPE = /[\\'\x00-\x1f\x7f]/;

/** A Lua string literal (double quotes), control characters as decimal escapes. */
export function luaString(s: string): string {
  if (!LUA_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += ch === '\\' || ch === '"' ? '\\' + ch : c < 0x20 || c === 0x7f ? '\\' + String(c).padStart(3, '0') : ch;
  }
  return out + '"';
}

/** A TypeScript string literal (single quotes), control characters as `\xNN`. */
export function tsString(s: string): string {
  if (!TS_ESCAPE.test(s)) return "'" + s + "'";
  let out = "'";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += ch === '\\' || ch === "'" ? '\\' + ch : c < 0x20 || c === 0x7f ? '\\x' + c.toString(16).padStart(2, '0') : ch;
  }
  return out + "'";
}

interface Syntax {
  str(s: string): string;
  key(k: string): string;
  open: string;
  close: string;
  arrOpen: string;
  arrClose: string;
  /** Inline cache: object samples are shared between pages, so their one-line form is too. */
  inline: WeakMap<object, string>;
  /** `key = ` prefixes by field name. */
  keys: Map<string, string>;
}

const LUA: Syntax = {
  str: luaString,
  key: (k) => (isLuaName(k) ? k + ' = ' : '[' + luaString(k) + '] = '),
  open: '{',
  close: '}',
  arrOpen: '{',
  arrClose: '}',
  inline: new WeakMap(),
  keys: new Map(),
};

const TS: Syntax = {
  str: tsString,
  // `__proto__: v`, even quoted, sets the prototype of a literal; a computed key makes a field
  key: (k) => (k === '__proto__' ? "['__proto__']: " : IDENT.test(k) ? k + ': ' : tsString(k) + ': '),
  open: '{ ',
  close: ' }',
  arrOpen: '[',
  arrClose: ']',
  inline: new WeakMap(),
  keys: new Map(),
};

function keyOf(k: string, syn: Syntax): string {
  let out = syn.keys.get(k);
  if (out === undefined) {
    out = syn.key(k);
    syn.keys.set(k, out);
  }
  return out;
}

function scalar(v: Sample, syn: Syntax): string | undefined {
  if (typeof v === 'string') return syn.str(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function inline(v: Sample, syn: Syntax): string {
  const s = scalar(v, syn);
  if (s !== undefined) return s;
  const obj = v as object;
  const hit = syn.inline.get(obj);
  if (hit !== undefined) return hit;
  let out: string;
  if (Array.isArray(v)) {
    out = syn.arrOpen + v.map((x) => inline(x, syn)).join(', ') + syn.arrClose;
  } else {
    const parts: string[] = [];
    const o = v as SampleObject;
    for (const k in o) parts.push(keyOf(k, syn) + inline(o[k], syn));
    out = parts.length === 0 ? '{}' : syn.open + parts.join(', ') + syn.close;
  }
  syn.inline.set(obj, out);
  return out;
}

function block(v: Sample, syn: Syntax, indent: string): string {
  const one = inline(v, syn);
  if (one.length + indent.length <= WIDTH || typeof v !== 'object') return one;
  const inner = indent + '  ';
  const lines: string[] = [];
  if (Array.isArray(v)) {
    for (const x of v) lines.push(inner + block(x, syn, inner));
    return syn.arrOpen.trim() + '\n' + lines.join(',\n') + '\n' + indent + syn.arrClose.trim();
  }
  const o = v as SampleObject;
  for (const k in o) lines.push(inner + keyOf(k, syn) + block(o[k], syn, inner));
  return syn.open.trim() + '\n' + lines.join(',\n') + '\n' + indent + syn.close.trim();
}

/** `v` as a Lua expression; `indent` is the indentation of the line it starts on. */
export function toLua(v: Sample, indent = ''): string {
  return block(v, LUA, indent);
}

/** `v` as a TypeScript expression; `indent` is the indentation of the line it starts on. */
export function toTs(v: Sample, indent = ''): string {
  return block(v, TS, indent);
}
