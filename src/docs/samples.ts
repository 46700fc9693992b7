/**
 * Concrete sample values for examples: every generated example is real code with values of the
 * right type (never a placeholder such as `force=Bool`). Values follow the wire conventions of
 * src/core/client.ts: int64 is a decimal string, bytes a base64 string, vectors are arrays.
 */
import type { BuiltinKind, Constructor, Method, Param, TypeRef } from '../schema/ir.js';
import type { DocsContext } from './context.js';
import { BUILTINS } from '../schema/builtins.js';

/** A sample value: plain JSON data, objects carry `_`. */
export type Sample = boolean | number | string | Sample[] | SampleObject;
/** A sample TD object or request. */
export interface SampleObject {
  [field: string]: Sample;
}

/** Objects nest at most this deep below the request; one level more for leaf objects only. */
const MAX_DEPTH = 3;

/** A sample scalar for a built-in kind, chosen from the parameter name (the table in src/schema/builtins.ts). */
export function scalarSample(kind: BuiltinKind, name: string): Sample | undefined {
  return BUILTINS[kind].sample(name);
}

/**
 * Sample generator bound to one schema; caches object samples by constructor and depth, so the
 * objects it returns are shared: treat them as read-only.
 */
export class SampleMaker {
  private readonly cache = new Map<string, SampleObject | null>();
  /** The request nested in `!X` parameters (null: the schema has no method without parameters). */
  private wrapped: Method | null | undefined;
  constructor(private readonly ctx: DocsContext) {}

  /** A complete request object for `method`: `{ _: name, ...params }`. */
  request(method: Method): SampleObject {
    const out: SampleObject = { _: method.name };
    this.fill(out, method.params, 0);
    return out;
  }

  /** A sample object built by constructor `c`, at nesting depth `depth` (request = 0). */
  object(c: Constructor, depth: number): SampleObject | undefined {
    const key = depth + ':' + c.name;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit ?? undefined;
    this.cache.set(key, null); // guards against recursion through this constructor
    const out: SampleObject = { _: c.name };
    this.fill(out, c.params, depth);
    this.cache.set(key, out);
    return out;
  }

  private fill(out: SampleObject, params: Param[], depth: number): void {
    for (const p of params) {
      if (p.mayBeNull && isObjectRef(p.type)) continue; // nullable objects are simply omitted
      const v = this.value(p.type, p.name, depth);
      if (v === undefined) continue;
      // a field called __proto__ must stay a field, not replace the prototype
      if (p.name === '__proto__') Object.defineProperty(out, p.name, { value: v, enumerable: true, writable: true, configurable: true });
      else out[p.name] = v;
    }
  }

  private value(ref: TypeRef, name: string, depth: number): Sample | undefined {
    switch (ref.kind) {
      case 'builtin':
        return scalarSample(ref.builtin, name);
      case 'vector': {
        const v = this.value(ref.of, name, depth);
        return v === undefined ? [] : [v];
      }
      case 'type': {
        const c = this.chooseConstructor(ref.name, depth + 1);
        return c ? this.object(c, depth + 1) : undefined;
      }
      case 'constructor': {
        const c = this.ctx.ctorByName.get(ref.name);
        if (!c || (depth >= MAX_DEPTH && !isLeaf(c))) return undefined;
        return this.object(c, depth + 1);
      }
      case 'typevar': {
        // `query:!X` wraps another request: the first method without parameters shows the shape
        if (depth >= MAX_DEPTH) return undefined;
        this.wrapped ??= this.ctx.ir.functions.find((f) => f.params.length === 0 && f.result.kind !== 'typevar') ?? null;
        return this.wrapped ? { _: this.wrapped.name } : undefined;
      }
    }
  }

  /**
   * The first constructor of a type. Past MAX_DEPTH only a leaf constructor (no object fields) is
   * taken, so that samples stay finite yet as complete as possible (`textEntity.type` = bold).
   */
  private chooseConstructor(typeName: string, depth: number): Constructor | undefined {
    const t = this.ctx.typeByName.get(typeName);
    if (!t || t.constructors.length === 0) return undefined;
    if (depth <= MAX_DEPTH) return this.ctx.ctorByName.get(t.constructors[0]);
    for (const n of t.constructors) {
      const c = this.ctx.ctorByName.get(n);
      if (c && isLeaf(c)) return c;
    }
    return undefined;
  }
}

/**
 * A constructor whose sample has no nested objects, not even in arrays (nullable object fields
 * are omitted anyway). Arrays count: a leaf holding `vector<PageBlock>` could nest without end.
 */
function isLeaf(c: Constructor): boolean {
  return !c.params.some((p) => !(p.mayBeNull && isObjectRef(p.type)) && holdsObject(p.type));
}

function holdsObject(ref: TypeRef): boolean {
  return ref.kind === 'vector' ? holdsObject(ref.of) : isObjectRef(ref);
}

function isObjectRef(ref: TypeRef): boolean {
  return ref.kind === 'type' || ref.kind === 'constructor' || ref.kind === 'typevar';
}
