/**
 * The validator / normaliser of requests and objects against a schema. Every API call goes
 * through `validateRequest` before it reaches a Client (src/core/client.ts), so the core only
 * ever sees complete, well-typed requests.
 *
 * RULES (the docs link here; keep this block in step with the code)
 *
 * 1. Selecting the constructor or function. `_` names it; `@type` is accepted as an alias and
 *    normalised to `_` (both given and different → INVALID_PARAM). A request needs `_`
 *    (MISSING_PARAM) naming a function of the schema (UNKNOWN_METHOD, with a "did you mean").
 *    A nested object of a boxed type with several constructors (`InputMessageContent`) needs
 *    `_`; a boxed type with one constructor, or a bare constructor reference (`formattedText`),
 *    may omit it and gets it filled in. A given `_` must be a constructor of the expected type
 *    (unknown name → UNKNOWN_CONSTRUCTOR, known but of another type → INVALID_PARAM).
 * 2. Omitted parameters. `undefined` and `null` both mean "omitted" (a Lua nil arrives as
 *    either), as TDLib's JSON reader treats null. An omitted parameter takes its type's
 *    default: Bool false, int32/int53/double 0, int64/int128/int256 "0", string "", bytes "",
 *    vector [], objects null, MTProto `#` 0, `true` false; MTProto conditional fields null.
 *    So `resetAuth({})` is `resetAuth({force=false})`, as in TDLib. As in TDLib's JSON interface,
 *    an omitted object is null and the METHOD decides whether null is acceptable (the core answers
 *    400 `Required: 'input_message_content'` where it is not). The validator never guesses from a
 *    description's wording ("may be null"), so any schema file, TDLib's own included, validates
 *    exactly like the built-in one.
 * 3. Scalars (each kind's check is a row of the table in builtins.ts). Bool: a boolean only. int32: an integer number in [-2^31, 2^31-1]. int53: an
 *    integer number within ±(2^53-1). int64: a decimal string (optional '-') within the int64
 *    range, or a safe-integer number or a bigint, normalised to the string. int128/int256: a
 *    decimal string (or safe integer / bigint) in range, normalised to the string. double: a
 *    finite number (NaN and ±Infinity rejected). -0 becomes 0 everywhere. string: any JS string
 *    that is valid UTF-16 (a lone surrogate has no UTF-8 form and is refused).
 *    bytes: a standard base64 string (padding optional). No number↔string coercion except the
 *    int64 family.
 * 4. Objects and vectors. An object is a non-array JS object; a vector a JS array (an empty
 *    plain object `{}` is accepted as an empty vector, since an empty Lua table converts to one).
 *    Elements are paths `ids[1]`, 1-BASED because Lua users read these messages and index
 *    from 1. A null element is allowed only in a vector of objects whose parameter may be null.
 *    Output objects are fresh copies with `_` first and fields in schema order; the input is
 *    never mutated.
 * 5. Unknown parameters are UNKNOWN_PARAM (with a "did you mean"); they are reported before
 *    missing ones, since a typo usually causes both. A top-level request may carry `@extra`
 *    (TDLib's request tag), passed through untouched.
 * 6. Safety. Nesting deeper than MAX_DEPTH (100) or a cycle is INVALID_PARAM, never a hang.
 *    Functions, symbols and the like are rejected as `got function` etc.
 *
 * Messages use one template each (Neovim's): `Invalid 'force': expected Bool, got string`,
 * `Required: 'chat_id'`, `Unknown parameter 'forse' (did you mean 'force'?)`,
 * `Unknown method 'resetAuht' (did you mean 'resetAuth'?)`,
 * `Unknown constructor 'okk' at 'content' (did you mean 'ok'?)`. `path` is '' for the request itself.
 *
 * Speed: validators are compiled to closures once per (schema, function/constructor), lazily,
 * and cached; a call walks only the value, never the IR.
 */
import { LuatdError } from '../errors.js';
import type { TdObject } from './object.js';
import type { BuiltinKind, Param, TypeRef } from './ir.js';
import { closestName, SchemaIndex } from './index.js';
import { BUILTINS, MAX_NESTING, Refusal, formatType } from './builtins.js';
import { invalidMessage, kindOf, quote, requiredMessage, unknownMessage } from '../messages.js';

/** Why a value was refused. `path` is dotted from the request (`message.content.text`, `ids[1]`). */
export interface ValidationError {
  code: 'INVALID_PARAM' | 'MISSING_PARAM' | 'UNKNOWN_PARAM' | 'UNKNOWN_METHOD' | 'UNKNOWN_CONSTRUCTOR';
  path: string;
  expected?: string;
  got?: string;
  message: string;
}

/** The outcome of a validation: the normalised value, or the first error found. */
export type ValidationResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ValidationError };

/** Deepest nesting of objects/vectors accepted in one value (the one limit: builtins.ts). */
export const MAX_DEPTH = MAX_NESTING;

/** Thrown inside compiled validators; caught at the entry points. Never escapes this module. */
class Fail {
  constructor(readonly error: ValidationError) {}
}

type Check = (v: unknown, path: string, depth: number, stack: object[]) => unknown;

interface CompiledFields {
  names: Set<string>;
  fields: { name: string; check: Check; dflt: () => unknown }[];
}

interface Compiled {
  functions: Map<string, CompiledFields>;
  constructors: Map<string, CompiledFields>;
}

const compiledBySchema = new WeakMap<SchemaIndex, Compiled>();

function compiledFor(index: SchemaIndex): Compiled {
  let c = compiledBySchema.get(index);
  if (!c) {
    c = { functions: new Map(), constructors: new Map() };
    compiledBySchema.set(index, c);
  }
  return c;
}

/** The value an omitted parameter takes (rule 2). Fresh arrays each call. */
export function defaultValue(param: Param): unknown {
  if (param.flag) return null;
  return defaultOf(param.type);
}

function defaultOf(t: TypeRef): unknown {
  switch (t.kind) {
    case 'builtin':
      return BUILTINS[t.builtin].default;
    case 'vector':
      return [];
    default:
      return null;
  }
}

/** How a type is named in messages: `int53`, `vector<int53>`, `InputMessageContent`, `formattedText`. */
export function typeLabel(t: TypeRef): string {
  return formatType(t);
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function invalid(path: string, expected: string, got: string, why?: string): Fail {
  return new Fail({ code: 'INVALID_PARAM', path, expected, got, message: invalidMessage(path, expected, got, why) });
}

function missing(path: string, expected: string, hint?: string): Fail {
  return new Fail({ code: 'MISSING_PARAM', path, expected, message: requiredMessage(path, hint) });
}

/** The validator's form of each built-in's check (builtins.ts): a Refusal becomes INVALID_PARAM at `path`. */
const BUILTIN_CHECKS = Object.fromEntries(
  Object.entries(BUILTINS).map(([kind, policy]) => [
    kind,
    ((v, path) => {
      const out = policy.check(v);
      if (out instanceof Refusal) throw invalid(path, out.expected, out.got, out.why);
      return out;
    }) satisfies Check,
  ]),
) as unknown as Record<BuiltinKind, Check>;

/** Guards against cycles and runaway nesting (the caller then pushes `v` on the stack). */
function enter(v: object, path: string, depth: number, stack: object[]): void {
  if (depth >= MAX_DEPTH) throw invalid(path, `at most ${MAX_DEPTH} levels of nesting`, 'deeper');
  for (let i = 0; i < stack.length; i++) {
    if (stack[i] === v) throw invalid(path, 'a tree of values', 'a cycle', 'a value contains itself');
  }
}

function isPlainEmptyObject(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const _k in v) return false;
  return true;
}

/** Compiles checks for one schema; all state is per SchemaIndex. */
class Compiler {
  constructor(
    private readonly index: SchemaIndex,
    private readonly compiled: Compiled,
  ) {}

  check(t: TypeRef, nullableElements: boolean): Check {
    switch (t.kind) {
      case 'builtin':
        return BUILTIN_CHECKS[t.builtin];
      case 'vector':
        return this.vectorCheck(t, nullableElements);
      case 'type':
        return this.boxedCheck(t.name);
      case 'constructor':
        return this.bareCheck(t.name);
      case 'typevar':
        return (v, path, depth, stack) => this.nestedRequest(v, path, depth, stack);
    }
  }

  private vectorCheck(t: { kind: 'vector'; of: TypeRef }, nullable: boolean): Check {
    let elem: Check | undefined;
    const label = typeLabel(t);
    const ofLabel = typeLabel(t.of);
    const elemIsObject = t.of.kind === 'type' || t.of.kind === 'constructor';
    return (v, path, depth, stack) => {
      if (!Array.isArray(v)) {
        if (isPlainEmptyObject(v)) return [];
        throw invalid(path, label, kindOf(v));
      }
      enter(v, path, depth, stack);
      elem ??= this.check(t.of, nullable);
      stack.push(v);
      const out = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        const p = `${path}[${i + 1}]`;
        if (x === null || x === undefined) {
          if (nullable && elemIsObject) {
            out[i] = null;
            continue;
          }
          throw invalid(p, ofLabel, kindOf(x));
        }
        out[i] = elem(x, p, depth + 1, stack);
      }
      stack.pop();
      return out;
    };
  }

  /** A value of a boxed type: `_` required when the type has several constructors. */
  private boxedCheck(typeName: string): Check {
    return (v, path, depth, stack) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(path, typeName, kindOf(v));
      const t = this.index.type(typeName);
      if (!t || t.constructors.length === 0) {
        throw new Fail({
          code: 'UNKNOWN_CONSTRUCTOR',
          path,
          expected: typeName,
          message: `Type ${quote(typeName)} has no constructors in schema ${this.index.source}`,
        });
      }
      let name = selector(v as Record<string, unknown>, path);
      if (name === undefined) {
        if (t.constructors.length > 1) {
          const list = t.constructors.slice(0, 4).join(', ') + (t.constructors.length > 4 ? ', ...' : '');
          throw missing(join(path, '_'), typeName, `a ${typeName}: one of ${list}`);
        }
        name = t.constructors[0];
      } else if (!t.constructors.includes(name)) {
        const c = this.index.ctor(name);
        if (!c) throw this.unknownCtor(name, path, t.constructors);
        throw invalid(path, typeName, `${name} (of type ${c.result})`);
      }
      return this.objectFields(name, v as Record<string, unknown>, path, depth, stack);
    };
  }

  private bareCheck(ctorName: string): Check {
    return (v, path, depth, stack) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(path, ctorName, kindOf(v));
      const name = selector(v as Record<string, unknown>, path);
      if (name !== undefined && name !== ctorName) {
        if (!this.index.ctor(name)) throw this.unknownCtor(name, path, [ctorName]);
        throw invalid(path, ctorName, name);
      }
      if (!this.index.ctor(ctorName)) {
        throw new Fail({
          code: 'UNKNOWN_CONSTRUCTOR',
          path,
          expected: ctorName,
          message: `Constructor ${quote(ctorName)} is not defined in schema ${this.index.source}`,
        });
      }
      return this.objectFields(ctorName, v as Record<string, unknown>, path, depth, stack);
    };
  }

  private unknownCtor(name: string, path: string, preferred: string[]): Fail {
    const hint = closestName(name, preferred) ?? this.index.suggestConstructor(name);
    return new Fail({
      code: 'UNKNOWN_CONSTRUCTOR',
      path: join(path, '_'),
      got: name,
      message: unknownMessage('constructor', name, { at: path, suggestion: hint }),
    });
  }

  private objectFields(ctorName: string, v: Record<string, unknown>, path: string, depth: number, stack: object[]): TdObject {
    let cf = this.compiled.constructors.get(ctorName);
    if (!cf) {
      cf = this.fields(this.index.ctor(ctorName)?.params ?? []);
      this.compiled.constructors.set(ctorName, cf);
    }
    return this.run(cf, ctorName, v, path, depth, stack, false);
  }

  fields(params: Param[]): CompiledFields {
    const names = new Set<string>();
    const fields: CompiledFields['fields'] = [];
    for (const p of params) {
      names.add(p.name);
      let check: Check | undefined;
      const t = p.type;
      const nullable = p.mayBeNull;
      fields.push({
        name: p.name,
        // compiled on first use: types refer to each other recursively
        check: (v, path, depth, stack) => (check ??= this.check(t, nullable))(v, path, depth, stack),
        dflt: () => defaultValue(p),
      });
    }
    return { names, fields };
  }

  run(cf: CompiledFields, name: string, v: Record<string, unknown>, path: string, depth: number, stack: object[], isRequest: boolean): TdObject {
    enter(v, path, depth, stack);
    for (const k of Object.keys(v)) {
      if (k === '_' || k === '@type' || cf.names.has(k) || (isRequest && k === '@extra')) continue;
      const hint = closestName(k, cf.names);
      throw new Fail({
        code: 'UNKNOWN_PARAM',
        path: join(path, k),
        got: k,
        message: unknownMessage('parameter', join(path, k), { suggestion: hint ? join(path, hint) : undefined }),
      });
    }
    stack.push(v);
    const out: TdObject = { _: name };
    for (const f of cf.fields) {
      // own properties only: a field called `constructor` must not read Object.prototype's
      const x = hasOwn.call(v, f.name) ? v[f.name] : undefined;
      const p = join(path, f.name);
      let value: unknown;
      if (x === undefined || x === null) {
        value = f.dflt();
      } else {
        value = f.check(x, p, depth + 1, stack);
      }
      if (f.name === '__proto__') Object.defineProperty(out, f.name, { value, enumerable: true, writable: true, configurable: true });
      else out[f.name] = value;
    }
    if (isRequest && v['@extra'] !== undefined) out['@extra'] = v['@extra'];
    stack.pop();
    return out;
  }

  request(v: unknown, path: string, depth: number, stack: object[]): TdObject {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(path, 'a request object', kindOf(v));
    const name = selector(v as Record<string, unknown>, path);
    if (name === undefined) throw missing(join(path, '_'), 'function name', 'the function to call');
    let cf = this.compiled.functions.get(name);
    if (!cf) {
      const fn = this.index.fn(name);
      if (!fn) {
        throw new Fail({
          code: 'UNKNOWN_METHOD',
          path: join(path, '_'),
          got: name,
          message: unknownMessage('method', name, { suggestion: this.index.suggestFunction(name) }),
        });
      }
      cf = this.fields(fn.params);
      this.compiled.functions.set(name, cf);
    }
    return this.run(cf, name, v as Record<string, unknown>, path, depth, stack, path === '');
  }

  private nestedRequest(v: unknown, path: string, depth: number, stack: object[]): TdObject {
    return this.request(v, path, depth, stack);
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Reads `_` / `@type` of an object; undefined when neither is given. */
function selector(v: Record<string, unknown>, path: string): string | undefined {
  const a = hasOwn.call(v, '_') ? v._ : undefined;
  const b = hasOwn.call(v, '@type') ? v['@type'] : undefined;
  if (a !== undefined && a !== null && typeof a !== 'string') throw invalid(join(path, '_'), 'a name (string)', kindOf(a));
  if (b !== undefined && b !== null && typeof b !== 'string') throw invalid(join(path, '@type'), 'a name (string)', kindOf(b));
  if (typeof a === 'string' && typeof b === 'string' && a !== b) {
    throw invalid(join(path, '@type'), `${quote(a)} (the same as '_')`, quote(b));
  }
  const name = typeof a === 'string' ? a : typeof b === 'string' ? b : undefined;
  return name === '' ? undefined : name;
}

function compilerFor(index: SchemaIndex): Compiler {
  return new Compiler(index, compiledFor(index));
}

/**
 * Validates and normalises a function call `{ _: 'name', ...params }` (rules above).
 * Never throws; the error names the first problem found.
 */
export function validateRequest(index: SchemaIndex, value: unknown): ValidationResult<TdObject> {
  try {
    return { ok: true, value: compilerFor(index).request(value, '', 0, []) };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

/**
 * Validates and normalises a value of a given type (an object, vector or scalar), reporting
 * paths under `path` (e.g. 'message.content'). Never throws.
 */
export function validateObject(index: SchemaIndex, typeRef: TypeRef, value: unknown, path = ''): ValidationResult {
  try {
    if (value === undefined || value === null) {
      return { ok: true, value: defaultOf(typeRef) };
    }
    return { ok: true, value: compilerFor(index).check(typeRef, false)(value, path, 0, []) };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

/** Turns a ValidationError into the LuatdError a caller throws (code, message, and path/expected/got as details). */
export function validationErrorToLuatd(error: ValidationError): LuatdError {
  const details: Record<string, unknown> = { path: error.path };
  if (error.expected !== undefined) details.expected = error.expected;
  if (error.got !== undefined) details.got = error.got;
  return new LuatdError(error.code, error.message, details);
}

/** validateRequest that throws the LuatdError instead of returning it. */
export function assertRequest(index: SchemaIndex, value: unknown): TdObject {
  const r = validateRequest(index, value);
  if (!r.ok) throw validationErrorToLuatd(r.error);
  return r.value;
}
