/**
 * The one intermediate representation of a TL schema.
 *
 * Produced only by `parseTl` (src/schema/parser.ts); everything else (Lua globals,
 * validation, TypeScript types, docs pages, REPL completion, HTTP routes) reads this.
 * It is plain data (JSON-serialisable, no classes, no Maps) so it can be dumped,
 * cached and sent to a worker thread. Lookups go through `SchemaIndex` (src/schema/index.ts).
 */

/** Built-in scalar kinds, after aliasing (`int` → int32, `long` → int64, `Int` → int32 ...). */
export type BuiltinKind =
  | 'Bool'
  | 'int32'
  | 'int53'
  | 'int64'
  | 'int128'
  | 'int256'
  | 'double'
  /**
   * A JSON number whose TL kind (int32, int53 or double) the source does not say: TDLib's
   * TypeScript declarations write all three as `number` (src/schema/dts.ts). Any finite number.
   */
  | 'number'
  | 'string'
  | 'bytes'
  /** MTProto `true`: a flag bit with no payload. */
  | 'true'
  /** MTProto `#`: a 32-bit flags word. */
  | 'flags';

/** A reference to a type, as written in a field or as a function's result. */
export type TypeRef =
  /** `spelled` is the text of the schema (`int`, `int32`, `Int`), `kind` the meaning. */
  | { kind: 'builtin'; builtin: BuiltinKind; spelled: string }
  /** `vector<T>` / `Vector<T>` / `Vector t`, nested as needed. */
  | { kind: 'vector'; of: TypeRef }
  /** A boxed (abstract) type, e.g. `AuthState`: any of its constructors, selected by `_`. */
  | { kind: 'type'; name: string }
  /** A bare constructor, e.g. `profilePhoto` used as a field type in td_api.tl. */
  | { kind: 'constructor'; name: string }
  /** An MTProto type variable (`X` in `{X:Type}`), `bang` for `!X`. */
  | { kind: 'typevar'; name: string; bang: boolean };

/** A field of a constructor or a parameter of a function. */
export interface Param {
  name: string;
  type: TypeRef;
  /** Our (or the schema's) text from `//@name ...`; '' when undocumented. */
  description: string;
  /** The description says the value may be null / is optional ("may be null", "pass null", "nullable", "optional"). */
  mayBeNull: boolean;
  /** MTProto conditional field `name:flags.3?Type`. */
  flag?: { field: string; bit: number };
}

/** Things common to constructors and functions. */
export interface Combinator {
  name: string;
  /** MTProto constructor id (`#1cb5c415` → 0x1cb5c415), when written. */
  id?: number;
  params: Param[];
  description: string;
  /** 1-based line of the declaration in its source file. */
  line: number;
  /** MTProto `{X:Type}` type parameters. */
  typeParams?: string[];
}

/** A constructor: `name fields... = Result;` before `---functions---`. */
export interface Constructor extends Combinator {
  /** The boxed type it builds (e.g. `AuthState`). */
  result: string;
}

/** A function: `name params... = Result;` after `---functions---`. */
export interface Method extends Combinator {
  result: TypeRef;
  /** "Can be called synchronously" appears in its doc block (description or a parameter's). */
  synchronous: boolean;
  /** "Can be called before authorization" appears in its doc block (description or a parameter's). */
  beforeAuth: boolean;
}

/** A boxed type and its constructors. `description` comes from `//@class`, '' when none. */
export interface AbstractType {
  name: string;
  description: string;
  /** Names of its constructors, in declaration order. */
  constructors: string[];
  /** Declared with `//@class` (true) or only implied by constructors' result types (false). */
  declaredClass: boolean;
}

/** The whole schema. Arrays keep declaration order; generators rely on that for stable output. */
export interface SchemaIR {
  /** Format version of this IR (bump on incompatible change). */
  irVersion: 1;
  /** Where it came from (a path or a label), for messages. */
  source: string;
  /** Scalar type lines (`double ? = Double;`) seen or implied. */
  builtins: { name: string; kind: BuiltinKind }[];
  types: AbstractType[];
  constructors: Constructor[];
  functions: Method[];
  /**
   * Doc-comment problems the parser noticed but that do not stop parsing (`file:line: ...`),
   * e.g. `@foo` documenting a field that does not exist. Absent when there are none.
   */
  warnings?: string[];
}
