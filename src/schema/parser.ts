/**
 * The TL parser: the only code that reads .tl text. It turns TDLib's td_api.tl (2017 legacy
 * and current), MTProto's telegram_api.tl and our own src/schema/tl/td_api.tl into the one IR
 * of src/schema/ir.ts.
 *
 * Accepted syntax, one declaration per line:
 * - `name field:Type ... = Result;` (constructors before `---functions---`, functions after;
 *   `---types---` switches back, as MTProto files do);
 * - MTProto extras: `name#1a2b3c4d`, `%Bare` types, `{X:Type}` type parameters, `flags:#`, `a:flags.0?Type`,
 *   `!X`, `Vector<T>`, dotted namespaces (`help.configSimple`);
 * - built-in lines (`double ? = Double;`, `int32 = Int32;`, `boolTrue = Bool;`,
 *   `vector {t:Type} # [ t ] = Vector t;`); files without them (2017) get the usual set implied;
 * - doc comments: `//@description text @field text ...`, `//@class Name @description text`,
 *   `//-text` continuing the previous item, `//@param_name` naming field `name` (TDLib writes
 *   the field literally called `description` as `@param_description`, since `@description` is
 *   the combinator's own text), or `//@param name text`. A doc block must sit directly above
 *   its declaration (a blank line ends it); `@word` mid-text that names no field stays text.
 *   Other `//` comments are ignored. Doc problems that do not stop parsing go to `ir.warnings`.
 *
 * A line that fits none of these throws LuatdError(SCHEMA_PARSE, 'file:line:col: expected ...').
 * The scanner walks char codes with indexOf-based line splitting and no regex backtracking,
 * because td_api.tl is ~16k lines and is parsed at every start-up (cached per path+mtime).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LuatdError } from '../errors.js';
import { ourSchemaPath, packageRoot } from '../paths.js';
import { cacheDir, readCached, writeCached } from '../cache.js';
import { looksLikeTdlibDts, parseTdlibDts } from './dts.js';
import type { AbstractType, BuiltinKind, Constructor, Method, Param, SchemaIR, TypeRef } from './ir.js';

/** Built-in type names as spelled in schemas (bare and boxed), mapped to their kind. */
const BUILTIN_NAMES: Readonly<Record<string, BuiltinKind>> = {
  int: 'int32',
  Int: 'int32',
  int32: 'int32',
  Int32: 'int32',
  long: 'int64',
  Long: 'int64',
  int64: 'int64',
  Int64: 'int64',
  int53: 'int53',
  Int53: 'int53',
  int128: 'int128',
  Int128: 'int128',
  int256: 'int256',
  Int256: 'int256',
  double: 'double',
  Double: 'double',
  string: 'string',
  String: 'string',
  bytes: 'bytes',
  Bytes: 'bytes',
  Bool: 'Bool',
  true: 'true',
  True: 'true',
};

/** The built-ins every TDLib schema relies on; implied when a file (2017 legacy) omits the lines. */
const IMPLIED_BUILTINS: readonly { name: string; kind: BuiltinKind }[] = [
  { name: 'double', kind: 'double' },
  { name: 'string', kind: 'string' },
  { name: 'int32', kind: 'int32' },
  { name: 'int53', kind: 'int53' },
  { name: 'int64', kind: 'int64' },
  { name: 'bytes', kind: 'bytes' },
  { name: 'Bool', kind: 'Bool' },
];

/** Phrases of a field's description meaning the value may be absent (matched case-insensitively). */
const NULLABLE_PHRASES = ['may be null', 'pass null', 'nullable', 'optional'];

/** Look up a built-in by spelling (a Map, so names like `toString` are not built-ins). */
function builtinKind(name: string): BuiltinKind | undefined {
  return BUILTIN_MAP.get(name);
}

const BUILTIN_MAP = new Map<string, BuiltinKind>(Object.entries(BUILTIN_NAMES));

/** True when a (possibly dotted) name is a boxed type: its last segment starts with a capital. */
export function isBoxedName(name: string): boolean {
  const c = name.charCodeAt(name.lastIndexOf('.') + 1);
  return c >= 65 && c <= 90;
}

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46;
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** One `@name text` item of a doc comment. */
interface DocItem {
  name: string;
  text: string;
  /** The item opened its doc line (`//@name`), rather than following text on it. */
  lineStart: boolean;
  /** Line of the item, for warnings. */
  line: number;
}

/** A declaration line, scanned but not yet classified. */
interface RawDecl {
  name: string;
  id?: number;
  typeParams: string[];
  /** `name ? = T;` (a built-in scalar line). */
  question: boolean;
  /** `# [ t ]` seen (only the vector built-in line has it). */
  vectorSyntax: boolean;
  /** Final Param objects; makeParams fills in description and mayBeNull. */
  params: Param[];
  /** The same params by name (duplicate checks, doc lookups stay linear on hostile lines). */
  fieldByName: Map<string, Param>;
  /** Result name as written (`AuthState`, `Vector`, `X`, `help.ConfigSimple`). */
  resultName: string;
  /** `Vector<T>` result: the element type. */
  resultArg?: TypeRef;
  /** `Vector t` result (builtin line): the bare argument name. */
  resultBareArg?: string;
}

/** Deepest `vector<vector<...>>` accepted (real schemas use 2). */
const MAX_TYPE_DEPTH = 32;

const CH_SPACE = 32;
const CH_TAB = 9;

/** Parses one .tl text. Stateful per call; not exported, use `parseTl`. */
class TlParser {
  private readonly text: string;
  private readonly source: string;
  private line = 0;
  private s = '';
  private pos = 0;

  private readonly builtins: { name: string; kind: BuiltinKind }[] = [];
  private readonly builtinSeen = new Set<string>();
  private readonly types: AbstractType[] = [];
  private readonly typeByName = new Map<string, AbstractType>();
  private readonly constructors: Constructor[] = [];
  private readonly functions: Method[] = [];
  private readonly declLine = new Map<string, number>();
  private readonly warnings: string[] = [];
  private readonly refCache = new Map<string, TypeRef>();

  /** Doc items gathered since the last declaration. */
  private doc: DocItem[] = [];
  /** The doc block being gathered opened with `@class` (it documents a type, not the next line). */
  private docIsClass = false;
  private docClassLine = 0;
  private inFunctions = false;

  constructor(text: string, source: string) {
    this.text = text;
    this.source = source;
  }

  fail(column: number, what: string): never {
    const line = this.line;
    throw new LuatdError('SCHEMA_PARSE', `${this.source}:${line}:${column}: ${what}`, {
      file: this.source,
      line,
      column,
    });
  }

  run(): SchemaIR {
    const text = this.text;
    let start = 0;
    // A leading BOM would otherwise be reported as junk on line 1.
    if (text.charCodeAt(0) === 0xfeff) start = 1;
    const n = text.length;
    while (start <= n) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = n;
      this.line++;
      let lineEnd = end;
      if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      this.handleLine(text.slice(start, lineEnd));
      start = end + 1;
    }
    this.flushClassDoc();
    this.dropStrayDoc();
    // Only files with no built-in lines at all (2017 td_api) rely on the implied set.
    if (this.builtins.length === 0) for (const b of IMPLIED_BUILTINS) this.addBuiltin(b.name, b.kind);
    const ir: SchemaIR = {
      irVersion: 1,
      source: this.source,
      builtins: this.builtins,
      types: this.types,
      constructors: this.constructors,
      functions: this.functions,
    };
    if (this.warnings.length) ir.warnings = this.warnings;
    return ir;
  }

  private handleLine(s: string): void {
    this.s = s;
    this.pos = 0;
    this.skipSpaces();
    if (this.pos >= s.length) {
      // A blank line ends a doc block: a class doc is committed; any other doc must sit right
      // above its declaration, else two blocks would merge and the first would win.
      this.flushClassDoc();
      this.dropStrayDoc();
      return;
    }
    const c = s.charCodeAt(this.pos);
    if (c === 47 /* / */) {
      if (s.charCodeAt(this.pos + 1) !== 47) this.fail(this.pos + 2, "expected '//' to start a comment");
      this.handleComment();
      return;
    }
    if (c === 45 /* - */ && s.startsWith('---', this.pos)) {
      this.handleSection();
      return;
    }
    this.flushClassDoc();
    this.handleDecl();
  }

  private handleSection(): void {
    const s = this.s;
    const rest = s.slice(this.pos).trimEnd();
    if (rest === '---functions---') this.inFunctions = true;
    else if (rest === '---types---') this.inFunctions = false;
    else this.fail(this.pos + 1, "expected '---functions---' or '---types---'");
    this.flushClassDoc();
    this.dropStrayDoc();
  }

  private handleComment(): void {
    const s = this.s;
    const p = this.pos + 2;
    const c = s.charCodeAt(p);
    if (c === 45 /* - */) {
      // `//-text` continues the previous doc item (TDLib wraps long descriptions this way).
      const last = this.doc[this.doc.length - 1];
      if (!last) this.fail(p + 1, "expected a doc comment line ('//@name text') before this '//-' continuation");
      // the continued text runs to the first ` @name`, after which new items may follow
      const next = this.nextItem(p + 1);
      const more = s.slice(p + 1, next).trim();
      if (more) last.text = last.text ? `${last.text} ${more}` : more;
      if (next < s.length) this.parseDocItems(next, false);
      return;
    }
    if (c !== 64 /* @ */) return; // an ordinary comment
    this.parseDocItems(p, true);
  }

  /** Splits `@a text @b text` into items. An item starts at '@' + identifier at the line start or after a blank. */
  private parseDocItems(from: number, atLineStart: boolean): void {
    const s = this.s;
    const n = s.length;
    let i = from;
    let first = true;
    while (i < n) {
      // here s[i] === '@'
      let j = i + 1;
      if (j >= n || !isIdentStart(s.charCodeAt(j))) this.fail(j + 1, "expected a name after '@' in a doc comment");
      while (j < n && isIdentChar(s.charCodeAt(j))) j++;
      const name = s.slice(i + 1, j);
      const next = this.nextItem(j);
      const text = s.slice(j, next).trim();
      if (name === 'class') {
        // `//@class Name @description ...` documents a type; it never merges with a constructor's doc.
        this.flushClassDoc();
        this.doc = [];
        this.docIsClass = true;
        this.docClassLine = this.line;
      } else if (first && name === 'description' && this.docIsClass && this.docClassLine !== this.line) {
        // a new `//@description` line right after a class block starts the next declaration's doc
        this.flushClassDoc();
      }
      this.doc.push({ name, text, lineStart: first && atLineStart, line: this.line });
      first = false;
      i = next;
    }
  }

  /** Offset of the next doc item (`@ident` after a blank) at or after `from`, or the line length. */
  private nextItem(from: number): number {
    const s = this.s;
    const n = s.length;
    let k = from;
    for (;;) {
      k = s.indexOf('@', k);
      if (k < 0) return n;
      const prev = s.charCodeAt(k - 1);
      if ((prev === CH_SPACE || prev === CH_TAB) && k + 1 < n && isIdentStart(s.charCodeAt(k + 1))) return k;
      k++;
    }
  }

  /** Discards a doc block that no declaration follows, with a warning (it documents nothing). */
  private dropStrayDoc(): void {
    if (this.doc.length === 0) return;
    this.warnings.push(`${this.source}:${this.doc[0].line}: doc comment is not directly above a declaration; ignored`);
    this.doc = [];
  }

  /** Commits a pending `@class` doc block as a declared abstract type. */
  private flushClassDoc(): void {
    if (!this.docIsClass) return;
    const items = this.doc;
    this.docIsClass = false;
    this.doc = [];
    let name = '';
    let description = '';
    for (const it of items) {
      if (it.name === 'class') name = it.text;
      else if (it.name === 'description') description = it.text;
    }
    if (!name || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) {
      this.line = this.docClassLine;
      this.fail(1, "expected a type name after '//@class'");
    }
    const t = this.typeByName.get(name);
    if (t) {
      if (t.declaredClass) {
        this.line = this.docClassLine;
        this.fail(1, `type '${name}' is declared twice with //@class`);
      }
      t.declaredClass = true;
      t.description = description;
    } else {
      const nt: AbstractType = { name, description, constructors: [], declaredClass: true };
      this.types.push(nt);
      this.typeByName.set(name, nt);
    }
  }

  private skipSpaces(): void {
    const s = this.s;
    let p = this.pos;
    while (p < s.length) {
      const c = s.charCodeAt(p);
      if (c !== CH_SPACE && c !== CH_TAB) break;
      p++;
    }
    this.pos = p;
  }

  /** 1-based column of the current position. */
  private col(): number {
    return this.pos + 1;
  }

  private readIdent(what: string): string {
    const s = this.s;
    const start = this.pos;
    if (start >= s.length || !isIdentStart(s.charCodeAt(start))) this.fail(start + 1, `expected ${what}`);
    let p = start + 1;
    while (p < s.length && isIdentChar(s.charCodeAt(p))) p++;
    this.pos = p;
    const name = s.slice(start, p);
    if (name.endsWith('.') || name.includes('..')) this.fail(start + 1, `expected ${what}, got '${name}'`);
    return name;
  }

  private expectChar(code: number, what: string): void {
    if (this.s.charCodeAt(this.pos) !== code) this.fail(this.col(), `expected ${what}`);
    this.pos++;
  }

  /** Parses a field type: `int32`, `vector<T>`, `Vector<T>`, `#`, `!X`, `Type`, `ctor`. */
  private parseType(typeParams: ReadonlySet<string>, depth = 0): TypeRef {
    const s = this.s;
    // recursion is per nested vector; a hostile line must not overflow the JS stack
    if (depth > MAX_TYPE_DEPTH) this.fail(this.col(), `expected at most ${MAX_TYPE_DEPTH} nested vector types`);
    const c = s.charCodeAt(this.pos);
    if (c === 35 /* # */) {
      this.pos++;
      return { kind: 'builtin', builtin: 'flags', spelled: '#' };
    }
    if (c === 33 /* ! */) {
      this.pos++;
      const at = this.col();
      const name = this.readIdent('a type parameter name after \'!\'');
      if (!typeParams.has(name)) this.fail(at, `expected a type parameter declared with {${name}:Type}`);
      return { kind: 'typevar', name, bang: true };
    }
    // `%T` marks a bare type in TL (`%Vector<int>` in 2017 test functions); the value is the same.
    if (c === 37 /* % */) this.pos++;
    const at = this.col();
    const name = this.readIdent('a type');
    if (s.charCodeAt(this.pos) === 60 /* < */) {
      if (name !== 'vector' && name !== 'Vector') this.fail(at, `expected 'vector' or 'Vector' before '<', got '${name}'`);
      this.pos++;
      const of = this.parseType(typeParams, depth + 1);
      this.expectChar(62 /* > */, "'>' to close the vector type");
      return { kind: 'vector', of };
    }
    if (name === 'vector' || name === 'Vector') this.fail(this.col(), "expected '<' after vector");
    return this.namedType(name, typeParams);
  }

  private namedType(name: string, typeParams: ReadonlySet<string>): TypeRef {
    if (typeParams.size && typeParams.has(name)) return { kind: 'typevar', name, bang: false };
    // one TypeRef object per spelling per parse: ~20k fields share a few thousand refs (the IR is read-only)
    let ref = this.refCache.get(name);
    if (!ref) {
      const kind = builtinKind(name);
      if (kind) ref = { kind: 'builtin', builtin: kind, spelled: name };
      else ref = isBoxedName(name) ? { kind: 'type', name } : { kind: 'constructor', name };
      this.refCache.set(name, ref);
    }
    return ref;
  }

  private scanDecl(): RawDecl {
    const s = this.s;
    const n = s.length;
    const decl: RawDecl = {
      name: this.readIdent('a constructor or function name'),
      typeParams: [],
      question: false,
      vectorSyntax: false,
      params: [],
      fieldByName: new Map(),
      resultName: '',
    };
    const fieldByName = decl.fieldByName;
    const typeParamSet = new Set<string>();
    if (s.charCodeAt(this.pos) === 35 /* # */) {
      this.pos++;
      const st = this.pos;
      while (this.pos < n && isHex(s.charCodeAt(this.pos))) this.pos++;
      const len = this.pos - st;
      if (len === 0 || len > 8) this.fail(st + 1, 'expected a constructor id of 1 to 8 hex digits after \'#\'');
      decl.id = parseInt(s.slice(st, this.pos), 16);
    }
    for (;;) {
      const before = this.pos;
      this.skipSpaces();
      if (this.pos >= n) this.fail(this.col(), "expected a field 'name:Type' or '= Result;'");
      const c = s.charCodeAt(this.pos);
      if (this.pos === before && c !== 61) this.fail(this.col(), "expected a space before the next field or '='");
      if (c === 61 /* = */) {
        this.pos++;
        break;
      }
      if (c === 123 /* { */) {
        this.pos++;
        const nameAt = this.col();
        const name = this.readIdent('a type parameter name');
        this.expectChar(58, "':' in '{X:Type}'");
        const at = this.col();
        const kind = this.readIdent("'Type'");
        if (kind !== 'Type') this.fail(at, `expected 'Type' in '{${name}:Type}', got '${kind}'`);
        this.expectChar(125, "'}'");
        if (typeParamSet.has(name)) this.fail(nameAt, `type parameter '${name}' is declared twice`);
        typeParamSet.add(name);
        decl.typeParams.push(name);
        continue;
      }
      if (c === 63 /* ? */) {
        this.pos++;
        decl.question = true;
        continue;
      }
      if (c === 35 /* # */ || c === 91 /* [ */ || c === 93 /* ] */) {
        decl.vectorSyntax = true;
        this.pos++;
        if (c === 91) {
          this.skipSpaces();
          this.readIdent('a type parameter name');
        }
        continue;
      }
      const at = this.col();
      const fname = this.readIdent("a field 'name:Type' or '= Result;'");
      this.expectChar(58 /* : */, `':' after field name '${fname}'`);
      const tstart = this.pos;
      // `flags.3?Type`: an MTProto conditional field
      let flag: { field: string; bit: number } | undefined;
      if (isIdentStart(s.charCodeAt(tstart))) {
        let p = tstart;
        while (p < n && isIdentChar(s.charCodeAt(p))) p++;
        if (s.charCodeAt(p) === 63 /* ? */) {
          const cond = s.slice(tstart, p);
          const dot = cond.lastIndexOf('.');
          const bitText = dot > 0 ? cond.slice(dot + 1) : '';
          if (!/^[0-9]{1,2}$/.test(bitText) || Number(bitText) > 31) {
            this.fail(tstart + 1, `expected a flag condition 'flags.N?' with N in 0..31, got '${cond}?'`);
          }
          const field = cond.slice(0, dot);
          const fp = fieldByName.get(field);
          if (!fp || fp.type.kind !== 'builtin' || fp.type.builtin !== 'flags') {
            this.fail(tstart + 1, `expected '${field}' to be an earlier field of type '#'`);
          }
          flag = { field, bit: Number(bitText) };
          this.pos = p + 1;
        }
      }
      if (this.pos >= n || s.charCodeAt(this.pos) === CH_SPACE) this.fail(this.col(), `expected a type after '${fname}:'`);
      const type = this.parseType(typeParamSet);
      if (fieldByName.has(fname)) this.fail(at, `field '${fname}' is declared twice`);
      const param: Param = { name: fname, type, description: '', mayBeNull: false };
      if (flag) param.flag = flag;
      fieldByName.set(fname, param);
      decl.params.push(param);
    }
    this.skipSpaces();
    const rat = this.col();
    decl.resultName = this.readIdent('a result type after \'=\'');
    if (s.charCodeAt(this.pos) === 60 /* < */) {
      if (decl.resultName !== 'Vector' && decl.resultName !== 'vector') this.fail(rat, `expected 'Vector' before '<', got '${decl.resultName}'`);
      this.pos++;
      decl.resultArg = this.parseType(typeParamSet);
      this.expectChar(62, "'>' to close the vector type");
    } else {
      this.skipSpaces();
      if (this.pos < n && isIdentStart(s.charCodeAt(this.pos))) decl.resultBareArg = this.readIdent('a type argument');
    }
    this.skipSpaces();
    this.expectChar(59 /* ; */, "';' at the end of the declaration");
    this.skipSpaces();
    if (this.pos < n) {
      if (!s.startsWith('//', this.pos)) this.fail(this.col(), "expected the end of the line after ';'");
    }
    return decl;
  }

  private addBuiltin(name: string, kind: BuiltinKind): void {
    if (this.builtinSeen.has(kind)) return;
    this.builtinSeen.add(kind);
    this.builtins.push({ name, kind });
  }

  private handleDecl(): void {
    const startCol = this.col();
    const d = this.scanDecl();
    const doc = this.doc;
    this.doc = [];
    if (d.vectorSyntax || d.name === 'vector' || d.name === 'Vector') {
      if (d.name !== 'vector' || d.resultName !== 'Vector' || this.inFunctions) {
        this.fail(startCol, "expected the vector built-in line 'vector {t:Type} # [ t ] = Vector t;'");
      }
      return;
    }
    if (d.resultBareArg !== undefined) this.fail(startCol, "expected a single result type (only 'Vector t' takes an argument)");
    if (!this.inFunctions) {
      const resultKind = builtinKind(d.resultName);
      if (d.question || resultKind) {
        if (d.params.length || d.typeParams.length || d.resultArg) {
          this.fail(startCol, `expected no fields in the built-in type line for '${d.resultName}'`);
        }
        const kind = resultKind ?? builtinKind(d.name);
        if (!kind) this.fail(startCol, `expected a known built-in type, got '${d.name}'`);
        this.addBuiltin(kind === 'Bool' ? 'Bool' : d.name, kind);
        return;
      }
      if (d.resultArg) this.fail(startCol, 'expected a boxed type name as the result of a constructor');
      if (!isBoxedName(d.resultName)) this.fail(startCol, `expected a capitalised type name as the result, got '${d.resultName}'`);
      if (isBoxedName(d.name)) this.fail(startCol, `expected a constructor name starting with a lower-case letter, got '${d.name}'`);
      this.checkDuplicate(d.name, startCol);
      const params = this.makeParams(d, doc);
      const ctor: Constructor = {
        name: d.name,
        params,
        description: docText(doc, 'description'),
        line: this.line,
        result: d.resultName,
      };
      if (d.id !== undefined) ctor.id = d.id;
      if (d.typeParams.length) ctor.typeParams = d.typeParams;
      this.constructors.push(ctor);
      let t = this.typeByName.get(d.resultName);
      if (!t) {
        t = { name: d.resultName, description: '', constructors: [], declaredClass: false };
        this.types.push(t);
        this.typeByName.set(d.resultName, t);
      }
      t.constructors.push(d.name);
      return;
    }
    if (d.question) this.fail(startCol, "expected no '?' in a function declaration");
    if (isBoxedName(d.name)) this.fail(startCol, `expected a function name starting with a lower-case letter, got '${d.name}'`);
    this.checkDuplicate(d.name, startCol);
    const params = this.makeParams(d, doc);
    const description = docText(doc, 'description');
    const result: TypeRef = d.resultArg ? { kind: 'vector', of: d.resultArg } : this.namedType(d.resultName, new Set(d.typeParams));
    const fn: Method = {
      name: d.name,
      params,
      description,
      line: this.line,
      result,
      synchronous: docSays(description, params, 'Can be called synchronously'),
      beforeAuth: docSays(description, params, 'Can be called before authorization'),
    };
    if (d.id !== undefined) fn.id = d.id;
    if (d.typeParams.length) fn.typeParams = d.typeParams;
    this.functions.push(fn);
  }

  private checkDuplicate(name: string, col: number): void {
    const prev = this.declLine.get(name);
    if (prev !== undefined) this.fail(col, `'${name}' is declared twice (first at line ${prev})`);
    this.declLine.set(name, this.line);
  }

  /**
   * Builds params with their docs. A field `x` is documented by `@x`, by `@param_x` (TDLib's
   * spelling when `x` clashes with a doc keyword, e.g. `description`) or by `@param x text`.
   * An `@word` naming no field is text when it is mid-line ("a mention, such as @example"), and
   * rejoins the item before it; at the start of a doc line it is a typo, kept as a warning.
   */
  private makeParams(d: RawDecl, doc: DocItem[]): Param[] {
    const byField = new Map<string, DocItem>();
    const fields = d.fieldByName;
    let prev: DocItem | undefined;
    for (const it of doc) {
      if (it.name === 'description') {
        prev = it;
        continue;
      }
      let field = it.name;
      let text = it.text;
      if (it.name === 'param') {
        const sp = text.indexOf(' ');
        field = sp < 0 ? text : text.slice(0, sp);
        text = sp < 0 ? '' : text.slice(sp + 1).trim();
      } else if (it.name.startsWith('param_') && !fields.has(it.name)) {
        field = it.name.slice(6);
      }
      if (!fields.has(field)) {
        if (prev && !it.lineStart) {
          prev.text += ` @${it.name}${it.text ? ` ${it.text}` : ''}`;
        } else {
          this.warnings.push(`${this.source}:${it.line}: '@${it.name}' documents no field of '${d.name}'`);
        }
        continue;
      }
      const item: DocItem = { name: field, text, lineStart: it.lineStart, line: it.line };
      byField.set(field, item);
      prev = item;
    }
    for (const p of d.params) {
      const description = byField.get(p.name)?.text ?? '';
      p.description = description;
      // MTProto conditional fields are absent unless their bit is set; `true` flags are booleans.
      if (p.flag !== undefined && !(p.type.kind === 'builtin' && p.type.builtin === 'true')) p.mayBeNull = true;
      else if (description) {
        const lower = description.toLowerCase();
        p.mayBeNull = NULLABLE_PHRASES.some((ph) => lower.includes(ph));
      }
    }
    return d.params;
  }
}

/** The phrase appears in the function's doc block (TDLib once put such a note on a parameter: setCustomLanguagePack). */
function docSays(description: string, params: Param[], phrase: string): boolean {
  return description.includes(phrase) || params.some((p) => p.description.includes(phrase));
}

function docText(doc: DocItem[], name: string): string {
  for (const it of doc) if (it.name === name) return it.text;
  return '';
}

/**
 * Parses TL text into the IR. `source` names the file in messages.
 * Throws LuatdError(SCHEMA_PARSE) with `source:line:column` on the first malformed line.
 */
export function parseTl(text: string, source: string): SchemaIR {
  if (typeof text !== 'string') throw new LuatdError('USAGE', `parseTl: expected the TL text as a string, got ${typeof text}`);
  return new TlParser(text, source).run();
}

const cache = new Map<string, { mtimeMs: number; size: number; ir: SchemaIR }>();

/**
 * Reads and parses a .tl file, cached by path + mtime + size (the IR is shared: treat it as read-only).
 * Throws LuatdError(IO) when the file cannot be read, SCHEMA_PARSE when it is malformed.
 */
export function loadSchema(file: string): SchemaIR {
  // TDLib's TypeScript declarations (tdl's tdlib-types.d.ts) are a schema source too
  const isDts = file.endsWith('.d.ts');
  let st;
  let text: string;
  try {
    st = statSync(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.ir;
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LuatdError('IO', `cannot read schema ${file}: ${(e as Error).message}`, { file });
  }
  const ir = isDts || looksLikeTdlibDts(text.slice(0, 2000)) ? parseTdlibDts(text, file) : parseTl(text, file);
  cache.set(file, { mtimeMs: st.mtimeMs, size: st.size, ir });
  return ir;
}

/**
 * Where our schema's IR is kept as JSON across processes (src/cache.ts): every `luatd run` needs
 * it, and JSON.parse of it costs a few percent of parsing the TL with a cold parser. The name says
 * what it was made from: the .tl file's size and mtime, and the mtime of the compiled parser (a
 * changed parser, or a new build of it, makes a new entry that replaces the old one).
 */
const irCachePrefix = `${path.basename(ourSchemaPath, '.tl')}-ir-`;

// the compiled parser, also when this code runs from the worker's bundle (built from it, never newer)
const parserCode = path.join(packageRoot, 'dist', 'src', 'schema', 'parser.js');

/** The file our schema's IR is cached in, for the current schema and build (undefined: no cache possible). */
export function ourSchemaCacheFile(): string | undefined {
  try {
    return irCacheFile(statSync(ourSchemaPath));
  } catch {
    return undefined;
  }
}

function irCacheFile(st: { size: number; mtimeMs: number }): string | undefined {
  try {
    const code = statSync(existsSync(parserCode) ? parserCode : fileURLToPath(import.meta.url));
    return path.join(cacheDir, `${irCachePrefix}${st.size}-${Math.trunc(st.mtimeMs)}-${Math.trunc(code.mtimeMs)}.json`);
  } catch {
    return undefined;
  }
}

/** Our own schema (src/schema/tl/td_api.tl), parsed once per build and cached (in memory and in dist/.cache). */
export function ourSchema(): SchemaIR {
  const hit = cache.get(ourSchemaPath);
  let st;
  try {
    st = statSync(ourSchemaPath);
  } catch {
    return loadSchema(ourSchemaPath); // words the IO error
  }
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.ir;
  const file = irCacheFile(st);
  const bytes = file ? readCached(file) : undefined;
  if (bytes) {
    try {
      const ir = JSON.parse(bytes.toString('utf8')) as SchemaIR;
      cache.set(ourSchemaPath, { mtimeMs: st.mtimeMs, size: st.size, ir });
      return ir;
    } catch {
      // a damaged entry: parse the source and write it again
    }
  }
  const ir = loadSchema(ourSchemaPath);
  if (file) writeCached(file, JSON.stringify(ir), irCachePrefix);
  return ir;
}

