/**
 * The policy of each built-in TL type, in one table (as tdl keeps its scalar policy in one place):
 * its JSON form, its TypeScript types, the value an omitted parameter takes, the check of a
 * request value, how a Lua value in its place is read, and its docs note and sample. The
 * validator (validate.ts), the TypeScript generator (tsgen.ts), the Lua converter
 * (src/lua/convert.ts), the docs samples and the docs pages read this table; none has its own
 * switch over the kinds. Also here: the one nesting limit of values (MAX_NESTING) and the one
 * printer of type references (formatType).
 */
import type { BuiltinKind, TypeRef } from './ir.js';
import { kindOf, literal } from '../messages.js';

/** Deepest nesting of objects/vectors accepted in one value, by the validator and the Lua converter alike. */
export const MAX_NESTING = 100;

/** Why a scalar was refused; the validator words it (`Invalid 'path': expected ..., got ... (why)`). */
export class Refusal {
  constructor(
    readonly expected: string,
    readonly got: string,
    readonly why?: string,
  ) {}
}

/** A sample value of the docs. */
export type ScalarSample = boolean | number | string;

/** The policy of one built-in kind. */
export interface BuiltinPolicy {
  /** Its name in messages and pages (`#` for MTProto flags). */
  label: string;
  /** What it is in JSON: a number, a boolean, or a string (decimal digits, base64, text). */
  json: 'boolean' | 'number' | 'decimal string' | 'base64 string' | 'string';
  /** TypeScript type of a result field. */
  tsOut: string;
  /** TypeScript type of a request field. */
  tsIn: string;
  /** The value an omitted parameter takes (validate.ts rule 2). */
  default: ScalarSample;
  /** The normalised value, or a Refusal (validate.ts rule 3). */
  check(v: unknown): unknown;
  /** How a Lua number in its place is sent: as is, or as a decimal string (int64: beyond 2^53 a number would lose digits). */
  luaNumber: 'number' | 'decimal';
  /** How a Lua string in its place is read: strict UTF-8 text, or raw bytes sent as base64 (and back). */
  luaString: 'text' | 'bytes';
  /** The docs' note: what it is on the wire and in Lua. */
  note: string;
  /** A docs sample for a parameter called `name`; undefined: never written by callers. */
  sample(name: string): ScalarSample | undefined;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** -0 becomes 0 everywhere (rule 3). */
const num = (v: number): number => (v === 0 ? 0 : v);

function boolCheck(v: unknown): unknown {
  return typeof v === 'boolean' ? v : new Refusal('Bool', kindOf(v));
}

function finiteCheck(label: string) {
  return (v: unknown): unknown => {
    if (typeof v !== 'number') return new Refusal(label, kindOf(v));
    if (!Number.isFinite(v)) return new Refusal(label, literal(v), 'must be a finite number');
    return num(v);
  };
}

/** Checks a decimal integer string (or safe int / bigint) within ±2^(bits-1); gives its canonical string. */
function bigIntCheck(bits: number, label: string) {
  const min = -(2n ** BigInt(bits - 1));
  const max = 2n ** BigInt(bits - 1) - 1n;
  return (v: unknown): unknown => {
    let n: bigint;
    if (typeof v === 'string') {
      if (!isDecimal(v)) return new Refusal(`${label} (decimal string)`, literal(v));
      n = BigInt(v);
    } else if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) {
        return new Refusal(label, literal(v), Number.isInteger(v) ? 'not exact as a number; pass it as a decimal string' : 'not an integer');
      }
      n = BigInt(v);
    } else if (typeof v === 'bigint') {
      n = v;
    } else {
      return new Refusal(label, kindOf(v));
    }
    if (n < min || n > max) return new Refusal(label, literal(v), 'out of range');
    return n.toString();
  };
}

/** `-?[0-9]+` without a regex on the hot path (and no length surprise: BigInt parses the rest). */
function isDecimal(s: string): boolean {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  if (i >= n || n - i > 80) return false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** In `u` mode a surrogate class matches only unpaired halves (pairs are single code points). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** String samples by (a word of) the parameter name; the first matching rule wins. */
const STRING_SAMPLES: [RegExp, string][] = [
  [/phone/, '9996612222'],
  [/first_name/, 'Alice'],
  [/last_name/, 'Smith'],
  [/user_?name/, 'alice'],
  [/language|lang/, 'en'],
  [/mime/, 'image/jpeg'],
  [/file_name/, 'photo.jpg'],
  [/director/, '/tmp/luatd'],
  [/^path$|_path$|file/, '/tmp/photo.jpg'],
  [/hash/, '0123456789abcdef0123456789abcdef'],
  [/version/, '1.0'],
  [/model/, 'Desktop'],
  [/^name$|_name$/, 'Alice'],
  [/password|secret/, 'correct horse battery staple'],
  [/hint/, 'my favourite horse'],
  [/email/, 'alice@example.com'],
  [/code/, '22222'],
  [/url|link/, 'https://example.com'],
  [/server|host|domain/, 'proxy.example.com'],
  [/title/, 'Weekend plans'],
  [/query|search/, 'cats'],
  [/emoji/, ':-)'],
  [/token/, 'AAEAAAAAAAA'],
  [/description|about|bio/, 'Lua enthusiast'],
  [/text|message|caption|comment|reason/, 'Hello'],
  [/address/, '1 Main Street'],
  [/type/, 'photo'],
];

/** Integer samples by name. */
const INT_SAMPLES: [RegExp, number][] = [
  [/limit|count/, 10],
  [/offset/, 0],
  [/auto_delete/, 86400],
  [/timeout|ttl|period|duration|delay/, 30],
  [/port/, 443],
  [/date|time/, 1700000000],
  [/width/, 320],
  [/height/, 240],
  [/year/, 2017],
  [/month/, 3],
  [/day/, 14],
  [/length|size/, 5],
  [/layer/, 228],
  [/api_id/, 12345],
];

function pick<T>(table: [RegExp, T][], name: string, fallback: T): T {
  for (const [re, v] of table) if (re.test(name)) return v;
  return fallback;
}

const decimal = { json: 'decimal string', tsOut: 'string', tsIn: 'string | number', default: '0', luaNumber: 'decimal', luaString: 'text' } as const;
const numeric = { json: 'number', tsOut: 'number', tsIn: 'number', default: 0, luaNumber: 'number', luaString: 'text' } as const;
const boolean = { json: 'boolean', tsOut: 'boolean', tsIn: 'boolean', default: false, luaNumber: 'number', luaString: 'text', check: boolCheck, sample: () => true } as const;

/** Every built-in kind. */
export const BUILTINS: Readonly<Record<BuiltinKind, BuiltinPolicy>> = {
  Bool: { ...boolean, label: 'Bool', note: 'A boolean: `true` or `false` in Lua and JSON.' },
  true: { ...boolean, label: 'true', note: 'MTProto `true`: a flag bit without payload; pass `true` to set it.' },
  int32: {
    ...numeric,
    label: 'int32',
    check: (v) => {
      if (typeof v !== 'number') return new Refusal('int32', kindOf(v));
      if (!Number.isInteger(v)) return new Refusal('int32', literal(v), 'not an integer');
      if (v < INT32_MIN || v > INT32_MAX) return new Refusal('int32', literal(v), 'out of range');
      return num(v);
    },
    note: 'A 32-bit signed integer: a Lua integer, a JSON number.',
    sample: (name) => pick(INT_SAMPLES, name, 1),
  },
  int53: {
    ...numeric,
    label: 'int53',
    check: (v) => {
      if (typeof v !== 'number') return new Refusal('int53', kindOf(v));
      if (!Number.isInteger(v)) return new Refusal('int53', literal(v), 'not an integer');
      if (!Number.isSafeInteger(v)) return new Refusal('int53', literal(v), 'out of range');
      return num(v);
    },
    note: 'A 53-bit signed integer (identifiers of chats, users, messages): a Lua integer, a JSON number.',
    sample: (name) => {
      if (/chat_id/.test(name)) return -1001234567890;
      if (/message_id/.test(name)) return 1048576;
      if (/date|time/.test(name)) return 1700000000;
      return pick(INT_SAMPLES, name, 123456789);
    },
  },
  int64: {
    ...decimal,
    label: 'int64',
    check: bigIntCheck(64, 'int64'),
    note: 'A 64-bit signed integer, written as a decimal string (`"1234567890123"`) because JSON numbers lose precision beyond 2^53.',
    sample: (name) => (/hash/.test(name) ? '0' : '1234567890123'),
  },
  int128: { ...decimal, label: 'int128', check: bigIntCheck(128, 'int128'), note: 'A 128-bit integer, written as a decimal string.', sample: () => '170141183460469231731687303715884105727' },
  int256: {
    ...decimal,
    label: 'int256',
    check: bigIntCheck(256, 'int256'),
    note: 'A 256-bit integer, written as a decimal string.',
    sample: () => '1157920892373161954235709850086879078532699846656405640394575840079131296399',
  },
  double: {
    ...numeric,
    label: 'double',
    check: finiteCheck('double'),
    note: 'A double-precision floating-point number.',
    sample: (name) => (/latitude/.test(name) ? 55.7558 : /longitude/.test(name) ? 37.6173 : 1.5),
  },
  // TDLib's declarations write int32, int53 and double alike: only what any JSON number must be
  number: {
    ...numeric,
    label: 'number',
    check: finiteCheck('number'),
    note: "A number (TDLib's declarations do not say whether an integer or a double): a Lua integer or float, a JSON number.",
    sample: (name) => pick(INT_SAMPLES, name, 1),
  },
  string: {
    json: 'string',
    label: 'string',
    tsOut: 'string',
    tsIn: 'string',
    default: '',
    luaNumber: 'number',
    luaString: 'text',
    check: (v) => {
      if (typeof v !== 'string') return new Refusal('string', kindOf(v));
      // TD strings are UTF-8; a lone UTF-16 surrogate has no UTF-8 form and would be silently
      // replaced by U+FFFD on the way to the store or to Lua, so it is refused, as TDLib refuses bad UTF-8
      if (LONE_SURROGATE.test(v)) return new Refusal('string', 'a string with a lone UTF-16 surrogate', 'not encodable as UTF-8');
      return v;
    },
    note: 'A UTF-8 text string.',
    sample: (name) => pick(STRING_SAMPLES, name, name.replace(/_/g, ' ')),
  },
  bytes: {
    json: 'base64 string',
    label: 'bytes',
    tsOut: 'string',
    tsIn: 'string',
    default: '',
    luaNumber: 'number',
    luaString: 'bytes',
    check: (v) => {
      if (typeof v !== 'string') return new Refusal('bytes (base64 string)', kindOf(v));
      if (v.length % 4 === 1 || !BASE64.test(v) || (v.includes('=') && v.length % 4 !== 0)) {
        return new Refusal('bytes (base64 string)', literal(v), 'not valid base64');
      }
      return v;
    },
    note: 'Raw bytes, written as a base64 string (`"SGVsbG8="` is the bytes of `Hello`).',
    // base64 of "Hello"
    sample: () => 'SGVsbG8=',
  },
  flags: {
    ...numeric,
    label: '#',
    check: (v) => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < INT32_MIN || v > 4294967295) {
        return new Refusal('# (32-bit flags)', typeof v === 'number' ? literal(v) : kindOf(v));
      }
      return num(v);
    },
    note: 'MTProto `#`: a 32-bit word of flag bits, computed from the optional fields; never written by hand.',
    // computed by the serializer, never written by callers
    sample: () => undefined,
  },
};

/** The policy of the built-in kind at `t`, if `t` is a built-in. */
export function builtinOf(t: TypeRef | undefined): BuiltinPolicy | undefined {
  return t?.kind === 'builtin' ? BUILTINS[t.builtin] : undefined;
}

/** How formatType spells the parts of a reference. */
export interface TypeStyle {
  /** A vector of `inner` (default `vector<inner>`). */
  vector?: (inner: string) => string;
  /** A built-in, a boxed type or a bare constructor (default: the built-in's label, or the name). */
  leaf?: (t: Exclude<TypeRef, { kind: 'vector' } | { kind: 'typevar' }>) => string;
}

/**
 * The one printer of type references: `int53`, `vector<int53>`, `InputMessageContent`,
 * `formattedText`, `!X (any request)`. Messages use the default style; the docs give their own
 * vector and leaf spelling (`Array of [Message](...)`).
 */
export function formatType(t: TypeRef, style: TypeStyle = {}): string {
  switch (t.kind) {
    case 'vector': {
      const inner = formatType(t.of, style);
      return style.vector ? style.vector(inner) : `vector<${inner}>`;
    }
    case 'typevar':
      return `${t.bang ? '!' : ''}${t.name} (any request)`;
    default:
      if (style.leaf) return style.leaf(t);
      return t.kind === 'builtin' ? BUILTINS[t.builtin].label : t.name;
  }
}
