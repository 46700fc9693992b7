/**
 * Lookup tables built once per schema for the docs generator, so that rendering thousands of
 * pages never scans the IR again (the bench holds rendering to a small multiple of
 * `JSON.stringify(ir)`).
 */
import type { AbstractType, BuiltinKind, Constructor, Method, Param, SchemaIR, TypeRef } from '../schema/ir.js';
import { isRequired as schemaIsRequired } from '../schema/validate.js';

/** Options shared by the site generator and `describe`. */
export interface DocsOptions {
  /**
   * Which methods the backend being documented implements. Methods for which it answers false
   * get a visible "not implemented" notice. When absent, every method is taken as implemented.
   */
  implemented?: (method: string) => boolean;
  /** Name of the backend `implemented` describes (default `embedded`). */
  backendName?: string;
  /** The command line shown in the generated-file note (default `luatd docs --out DIR`). */
  regenerateCommand?: string;
}

/** Everything a page renderer needs, precomputed. */
export interface DocsContext {
  ir: SchemaIR;
  /** Label of the schema for the generated-file note: the file's base name, never a machine path. */
  sourceLabel: string;
  ctorByName: Map<string, Constructor>;
  typeByName: Map<string, AbstractType>;
  methodByName: Map<string, Method>;
  /** Type name (abstract type or built-in kind) → methods whose result is exactly that type. */
  methodsByResult: Map<string, Method[]>;
  /** Built-in kinds that get a page: the schema's scalar lines plus every kind a field uses. */
  builtinKinds: BuiltinKind[];
  /** Type names that have a page under types/ (abstract types and built-ins). */
  typePages: Set<string>;
  implemented: (method: string) => boolean;
  /** False when no `implemented` predicate was given: no notices at all then. */
  hasImplemented: boolean;
  backendName: string;
  regenerateCommand: string;
}

/** Order in which built-in pages are listed. */
const BUILTIN_ORDER: BuiltinKind[] = ['Bool', 'int32', 'int53', 'int64', 'int128', 'int256', 'double', 'string', 'bytes', 'true', 'flags'];

/**
 * Whether the docs mark a parameter `Required: Yes`: every parameter the caller is meant to
 * give, i.e. not nullable, not an MTProto conditional or flags word. This is wider than the
 * validator's `isRequired` (src/schema/validate.ts), which only refuses omitted boxed objects
 * and fills defaults for scalars: TDLib's docs call `resetAuth`'s `force` required, and so do we.
 * The param table notes the validator's defaults, so both stay true.
 */
export function isRequiredParam(p: Param): boolean {
  if (schemaIsRequired(p)) return true;
  if (p.mayBeNull || p.flag) return false;
  return !(p.type.kind === 'builtin' && (p.type.builtin === 'flags' || p.type.builtin === 'true'));
}

/** Build the lookup tables for `ir`. */
export function buildContext(ir: SchemaIR, opts: DocsOptions = {}): DocsContext {
  const ctorByName = new Map<string, Constructor>();
  for (const c of ir.constructors) ctorByName.set(c.name, c);
  const typeByName = new Map<string, AbstractType>();
  for (const t of ir.types) typeByName.set(t.name, t);
  const methodByName = new Map<string, Method>();
  const methodsByResult = new Map<string, Method[]>();
  const kinds = new Set<BuiltinKind>();
  for (const b of ir.builtins) kinds.add(b.kind);
  const noteKinds = (ref: TypeRef): void => {
    if (ref.kind === 'builtin') kinds.add(ref.builtin);
    else if (ref.kind === 'vector') noteKinds(ref.of);
  };
  for (const c of ir.constructors) for (const p of c.params) noteKinds(p.type);
  for (const m of ir.functions) {
    methodByName.set(m.name, m);
    for (const p of m.params) noteKinds(p.type);
    noteKinds(m.result);
    const key = m.result.kind === 'type' ? m.result.name : m.result.kind === 'builtin' ? m.result.builtin : undefined;
    if (key !== undefined) {
      const list = methodsByResult.get(key);
      if (list) list.push(m);
      else methodsByResult.set(key, [m]);
    }
  }
  const builtinKinds = BUILTIN_ORDER.filter((k) => kinds.has(k));
  const typePages = new Set<string>();
  for (const t of ir.types) typePages.add(t.name);
  for (const k of builtinKinds) typePages.add(k);
  const base = ir.source.split(/[\\/]/).pop() || ir.source;
  return {
    ir,
    sourceLabel: base,
    ctorByName,
    typeByName,
    methodByName,
    methodsByResult,
    builtinKinds,
    typePages,
    implemented: opts.implemented ?? (() => true),
    hasImplemented: opts.implemented !== undefined,
    backendName: opts.backendName ?? 'embedded',
    regenerateCommand: opts.regenerateCommand ?? 'luatd docs --out DIR',
  };
}

/** First sentence of a description (up to the first ". "), for front matter and index tables. */
export function firstSentence(text: string): string {
  const i = text.indexOf('. ');
  return i < 0 ? text : text.slice(0, i + 1);
}
