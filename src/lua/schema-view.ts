/**
 * What the Lua host needs to know about the active schema, on top of SchemaIndex: per-constructor
 * field types and `bytes` fields for conversions, cached per name so the hot paths stay cheap.
 */
import type { Constructor, Method, SchemaIR, TypeRef } from '../schema/ir.js';
import { builtinOf } from '../schema/builtins.js';
import { SchemaIndex } from '../schema/index.js';

/** A read-only view of a schema for the Lua host. */
export class ApiSchema {
  /** The shared index of the IR. */
  readonly index: SchemaIndex;
  private readonly fieldCache = new Map<string, Map<string, TypeRef>>();
  private readonly bytesCache = new Map<string, Set<string> | undefined>();

  constructor(readonly ir: SchemaIR) {
    this.index = SchemaIndex.of(ir);
  }

  /** The function named `name`, or undefined. */
  method(name: string): Method | undefined {
    return this.index.fn(name);
  }

  private namespaces: Set<string> | undefined;

  /** Is `name` the prefix of dotted function names (`messages` of `messages.sendMessage`, also `a.b` of `a.b.c`)? */
  isNamespace(name: string): boolean {
    if (!this.namespaces) {
      this.namespaces = new Set();
      for (const f of this.ir.functions) {
        for (let i = f.name.indexOf('.'); i > 0; i = f.name.indexOf('.', i + 1)) this.namespaces.add(f.name.slice(0, i));
      }
    }
    return this.namespaces.has(name);
  }

  /** The constructor named `name`, or undefined. */
  constructorOf(name: string): Constructor | undefined {
    return this.index.ctor(name);
  }

  /** Field name → type of a constructor or function (requests are objects too). */
  fieldTypes(name: string): Map<string, TypeRef> | undefined {
    let m = this.fieldCache.get(name);
    if (m) return m;
    const c = this.index.ctor(name) ?? this.index.fn(name);
    if (!c) return undefined;
    m = new Map(c.params.map((p) => [p.name, p.type]));
    this.fieldCache.set(name, m);
    return m;
  }

  /** Names of a constructor's `bytes` fields (base64 on the wire), or undefined when it has none. */
  bytesFields(name: string): Set<string> | undefined {
    if (this.bytesCache.has(name)) return this.bytesCache.get(name);
    const c = this.index.ctor(name);
    const names = c?.params.filter((p) => builtinOf(p.type)?.luaString === 'bytes').map((p) => p.name) ?? [];
    const set = names.length ? new Set(names) : undefined;
    this.bytesCache.set(name, set);
    return set;
  }

  /** When a position can only hold one constructor (a bare constructor, or a type with one), its name. */
  soleConstructor(t: TypeRef): string | undefined {
    if (t.kind === 'constructor') return t.name;
    if (t.kind !== 'type') return undefined;
    const list = this.index.constructorsOf(t.name);
    return list.length === 1 ? list[0].name : undefined;
  }
}
