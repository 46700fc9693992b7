/**
 * Lookups over a parsed schema. The IR (src/schema/ir.ts) is plain ordered data; this class adds
 * the maps every consumer needs (by name, constructors of a type) once, instead of each
 * consumer scanning arrays. Build it with `SchemaIndex.of(ir)` to share one index per IR.
 */
import type { AbstractType, Constructor, Method, Param, SchemaIR } from './ir.js';

const shared = new WeakMap<SchemaIR, SchemaIndex>();

/** Name lookups over one SchemaIR. Read-only: never mutate the IR after indexing it. */
export class SchemaIndex {
  /** The indexed IR. */
  readonly ir: SchemaIR;
  private readonly fns = new Map<string, Method>();
  private readonly ctors = new Map<string, Constructor>();
  private readonly typesByName = new Map<string, AbstractType>();
  private sortedFns: string[] | undefined;
  private sortedCtors: string[] | undefined;
  private sortedTypes: string[] | undefined;

  constructor(ir: SchemaIR) {
    this.ir = ir;
    for (const f of ir.functions) this.fns.set(f.name, f);
    for (const c of ir.constructors) this.ctors.set(c.name, c);
    for (const t of ir.types) this.typesByName.set(t.name, t);
  }

  /** The shared index of an IR (built on first use, then cached for the IR's lifetime). */
  static of(ir: SchemaIR): SchemaIndex {
    let idx = shared.get(ir);
    if (!idx) {
      idx = new SchemaIndex(ir);
      shared.set(ir, idx);
    }
    return idx;
  }

  /** Where the schema came from (a path or label). */
  get source(): string {
    return this.ir.source;
  }

  /** The function (method) of that name, or undefined. */
  fn(name: string): Method | undefined {
    return this.fns.get(name);
  }

  /** The constructor of that name, or undefined. */
  ctor(name: string): Constructor | undefined {
    return this.ctors.get(name);
  }

  /** The abstract (boxed) type of that name, or undefined. */
  type(name: string): AbstractType | undefined {
    return this.typesByName.get(name);
  }

  /** Constructors building that type, in declaration order ([] for an unknown type). */
  constructorsOf(typeName: string): Constructor[] {
    const t = this.typesByName.get(typeName);
    if (!t) return [];
    const out: Constructor[] = [];
    for (const n of t.constructors) {
      const c = this.ctors.get(n);
      if (c) out.push(c);
    }
    return out;
  }

  /** True when the type has more than one constructor, so a value of it must name one with `_`. */
  isPolymorphic(typeName: string): boolean {
    const t = this.typesByName.get(typeName);
    return t !== undefined && t.constructors.length > 1;
  }

  /** A parameter of a function or constructor by name, or undefined. */
  param(ownerName: string, paramName: string): Param | undefined {
    const owner = this.fns.get(ownerName) ?? this.ctors.get(ownerName);
    return owner?.params.find((p) => p.name === paramName);
  }

  /** Functions that return a value of that type (or one of its constructors), in declaration order. */
  functionsReturning(typeName: string): Method[] {
    return this.ir.functions.filter(
      (f) => (f.result.kind === 'type' || f.result.kind === 'constructor') && f.result.name === typeName,
    );
  }

  /** All function names, sorted (code-unit order, stable across runs). */
  functionNames(): string[] {
    return (this.sortedFns ??= [...this.fns.keys()].sort(byCodeUnits));
  }

  /** All constructor names, sorted. */
  constructorNames(): string[] {
    return (this.sortedCtors ??= [...this.ctors.keys()].sort(byCodeUnits));
  }

  /** All abstract type names, sorted. */
  typeNames(): string[] {
    return (this.sortedTypes ??= [...this.typesByName.keys()].sort(byCodeUnits));
  }

  /** The closest function name to a misspelt one, for "did you mean" hints (undefined if none is close). */
  suggestFunction(name: string): string | undefined {
    return closestName(name, this.functionNames());
  }

  /** The closest constructor name to a misspelt one (undefined if none is close). */
  suggestConstructor(name: string): string | undefined {
    return closestName(name, this.constructorNames());
  }
}

/** Locale-independent ordering, so generated output is the same on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The candidate nearest to `word` by edit distance (case-insensitive), when close enough to be
 * a plausible typo: distance ≤ max(1, ⌊len/3⌋). Undefined otherwise.
 */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - w.length) >= bestD) continue;
    const d = editDistance(w, c.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** Damerau-lite (adjacent transposition counts 1) Levenshtein distance; gives up early above `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= cap) return cap;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}
