/**
 * Which functions of a schema the embedded engine serves. It implements the functions of our
 * schema (IMPLEMENTED_METHODS); another schema (`--schema FILE`) may have a function of the same
 * name with other shapes, such as TDLib 1.8's `getMe`, whose `user` has other fields, or its
 * `sendMessage`, with other parameters. Running our handler on such requests would answer
 * objects that schema does not have, so a function is served only when its parameters, its
 * result and every constructor reachable from them are ours: names and fields we have, of the
 * same shapes (the 2017 files' int32 ids are our int53 ones; an object field we lack is null).
 */
import type { Constructor, Method, SchemaIR, TypeRef } from '../schema/ir.js';
import { SchemaIndex } from '../schema/index.js';
import { ourSchema } from '../schema/parser.js';

/** A type reference without its spelling (`int` and `int32` are one type; so are int32 and int53, both Lua numbers). */
function shape(t: TypeRef): string {
  switch (t.kind) {
    case 'builtin':
      return t.builtin === 'int53' ? 'int32' : t.builtin;
    case 'vector':
      return `vector<${shape(t.of)}>`;
    case 'type':
      return t.name;
    case 'constructor':
      return `%${t.name}`;
    case 'typevar':
      return `${t.bang ? '!' : ''}${t.name}`;
  }
}

/**
 * Their fields are ours: each one ours has, with the same shape, except an object field ours
 * lacks (it is then null, as TD leaves an absent object). Ours may have more fields.
 */
function sameFields(theirs: Pick<Constructor, 'params'>, ours: Pick<Constructor, 'params'>): boolean {
  const mine = new Map(ours.params.map((p) => [p.name, shape(p.type)]));
  return theirs.params.every((p) => (mine.has(p.name) ? mine.get(p.name) === shape(p.type) : p.type.kind === 'type' || p.type.kind === 'constructor'));
}

/** Compares a foreign schema with ours, function by function (answers are cached per function). */
class Compatibility {
  private readonly ours = SchemaIndex.of(ourSchema());
  private readonly theirs: SchemaIndex;
  private readonly ctorOk = new Map<string, boolean>();
  private readonly fnOk = new Map<string, boolean>();

  constructor(ir: SchemaIR) {
    this.theirs = SchemaIndex.of(ir);
  }

  method(name: string): boolean {
    let ok = this.fnOk.get(name);
    if (ok === undefined) {
      const theirs = this.theirs.fn(name);
      const ours = this.ours.fn(name);
      ok = !!theirs && !!ours && this.sameMethod(theirs, ours);
      this.fnOk.set(name, ok);
    }
    return ok;
  }

  private sameMethod(theirs: Method, ours: Method): boolean {
    const mine = new Map(ours.params.map((p) => [p.name, shape(p.type)]));
    if (!theirs.params.every((p) => mine.get(p.name) === shape(p.type)) || shape(theirs.result) !== shape(ours.result)) return false;
    return [...theirs.params.map((p) => p.type), theirs.result].every((t) => this.typeOk(t));
  }

  /** Every constructor their type can hold is one of ours with the same fields. */
  private typeOk(t: TypeRef): boolean {
    switch (t.kind) {
      case 'builtin':
      case 'typevar':
        return true;
      case 'vector':
        return this.typeOk(t.of);
      case 'constructor':
        return this.ctor(t.name);
      case 'type':
        return this.theirs.constructorsOf(t.name).every((c) => this.ctor(c.name));
    }
  }

  private ctor(name: string): boolean {
    const known = this.ctorOk.get(name);
    if (known !== undefined) return known;
    this.ctorOk.set(name, true); // a cycle (a type that contains itself) is judged by its other fields
    const theirs = this.theirs.ctor(name);
    const ours = this.ours.ctor(name);
    const ok = !!theirs && !!ours && sameFields(theirs, ours) && theirs.params.every((p) => this.typeOk(p.type));
    this.ctorOk.set(name, ok);
    return ok;
  }
}

/**
 * A predicate telling whether the embedded engine serves a function of `ir`: it implements the
 * function (`implemented`), and, for a schema other than ours, the function has our shapes.
 */
export function servedBy(implemented: ReadonlySet<string>, ir?: SchemaIR): (method: string) => boolean {
  if (!ir || ir === ourSchema()) return (m) => implemented.has(m);
  const c = new Compatibility(ir);
  return (m) => implemented.has(m) && c.method(m);
}
