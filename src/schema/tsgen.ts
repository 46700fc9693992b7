/**
 * The TypeScript generator: one IR in, one .ts module out (types only, no runtime code).
 *
 * Two flavours, because values going in and coming out differ (src/schema/validate.ts rules):
 * - results and updates (top level): `interface ctorName { _: 'ctorName'; field: T }`, a union
 *   `type TypeName = a | b` per boxed type; int64 → string, bytes → base64 string;
 * - parameters (`namespace Input`): the same shapes as the validator accepts them: every
 *   field optional (and nullable), `_` optional except in a union of several constructors,
 *   int64 as `string | number`.
 * Plus `interface Methods { name: { params: {...}; validated: {...}; result: T } }`, `type MethodName`,
 * `Params<M>` / `Validated<M>` / `Result<M>`, `interface Objects` (constructor name → interface), `type ObjectName`.
 *
 * Output is deterministic (declaration order of the schema, no dates, basename of the source).
 * Names are the schema's verbatim: constructors keep their lower-case name as the interface
 * name, so `error` (constructor) and `Error` (union) coexist; dots (MTProto `help.config`)
 * become `_`, and a name that is a TS reserved word gets a trailing `_`.
 */
import path from 'node:path';
import type { AbstractType, Constructor, Method, Param, SchemaIR, TypeRef } from './ir.js';
import { BUILTINS } from './builtins.js';

/** Options of `generateTs`. */
export interface TsGenOptions {
  /** How to regenerate, written in the header (default: the npm script). */
  regenerate?: string;
}

const RESERVED = new Set(
  (
    'any as boolean break case catch class const continue debugger declare default delete do else enum export extends ' +
    'false finally for from function get if implements import in infer instanceof interface is keyof let module namespace ' +
    'never new null number object of package private protected public readonly require return set static string super ' +
    'switch symbol this throw true try type typeof undefined unique unknown var void while with yield bigint Input ' +
    'Methods MethodName Objects ObjectName Request Params Result Validated'
  ).split(' '),
);

/** The TS identifier for a schema name (`help.configSimple` → `help_configSimple`, `string` → `string_`). */
export function tsName(name: string): string {
  const n = name.replace(/\./g, '_');
  return RESERVED.has(n) ? `${n}_` : n;
}

function propName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** A JSDoc comment (or nothing); `*\/` inside text is broken so it cannot end the comment. */
function doc(text: string, indent: string): string {
  if (!text) return '';
  return `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\r?\n/g, ' ')} */\n`;
}

/** Generates the TypeScript module for a schema. Pure: same IR in, same text out. */
export function generateTs(ir: SchemaIR, options: TsGenOptions = {}): string {
  const ctorByName = new Map<string, Constructor>();
  for (const c of ir.constructors) ctorByName.set(c.name, c);
  const typeByName = new Map<string, AbstractType>();
  for (const t of ir.types) typeByName.set(t.name, t);

  const ref = (t: TypeRef, input: boolean): string => {
    const ns = input ? 'Input.' : '';
    switch (t.kind) {
      case 'builtin':
        return input ? BUILTINS[t.builtin].tsIn : BUILTINS[t.builtin].tsOut;
      case 'vector': {
        const inner = ref(t.of, input);
        return /^[A-Za-z0-9_.]+(\[\])*$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
      }
      case 'type':
        return typeByName.has(t.name) ? ns + tsName(t.name) : 'unknown';
      case 'constructor':
        return ctorByName.has(t.name) ? ns + tsName(t.name) : 'unknown';
      case 'typevar':
        // MTProto `!X`: any function call; its result is not known statically
        return input ? 'Request' : 'unknown';
    }
  };

  const field = (p: Param, input: boolean, indent: string): string => {
    let t = ref(p.type, input);
    // input: every parameter may be omitted or null (the validator fills defaults; an omitted
    // object is null and the method decides, as in TDLib's JSON interface)
    const optional = input ? true : p.flag !== undefined;
    const nullable = input ? optional : p.mayBeNull || p.flag !== undefined;
    if (nullable && t !== 'unknown') t += ' | null';
    return `${doc(p.description, indent)}${indent}${propName(p.name)}${optional ? '?' : ''}: ${t};\n`;
  };

  const out: string[] = [];
  const regen = options.regenerate ?? 'npm run build && npm run gen:types';
  out.push(
    `// Generated from ${path.basename(ir.source)} by luatd's TypeScript generator (src/schema/tsgen.ts).\n`,
    `// Do not edit: regenerate with \`${regen}\`.\n`,
    '/* eslint-disable */\n\n',
  );
  out.push('/** Any function call object (a request): `_` names the function. */\n');
  out.push('export interface Request {\n  _: MethodName;\n  [param: string]: unknown;\n}\n\n');

  // output flavour
  for (const c of ir.constructors) {
    out.push(doc(c.description, ''), `export interface ${tsName(c.name)} {\n  _: ${JSON.stringify(c.name)};\n`);
    for (const p of c.params) out.push(field(p, false, '  '));
    out.push('}\n\n');
  }
  for (const t of ir.types) {
    const members = t.constructors.map(tsName);
    out.push(doc(t.description, ''), `export type ${tsName(t.name)} = ${members.length ? members.join(' | ') : 'never'};\n\n`);
  }

  // input flavour
  out.push('/** Shapes accepted as parameters (see the rules in src/schema/validate.ts). */\n');
  out.push('export namespace Input {\n');
  // `_` may be left out of a bare constructor reference or a one-constructor type; a
  // polymorphic type's union adds it back as required, as the validator does (rule 1).
  for (const c of ir.constructors) {
    out.push(doc(c.description, '  '), `  export interface ${tsName(c.name)} {\n    _?: ${JSON.stringify(c.name)};\n`);
    for (const p of c.params) out.push(field(p, true, '    '));
    out.push('  }\n\n');
  }
  for (const t of ir.types) {
    const cs = t.constructors;
    const members = cs.length > 1 ? cs.map((c) => `(${tsName(c)} & { _: ${JSON.stringify(c)} })`) : cs.map(tsName);
    out.push(`  export type ${tsName(t.name)} = ${members.length ? members.join(' | ') : 'never'};\n`);
  }
  out.push('}\n\n');

  // methods
  const methods: Method[] = ir.functions;
  // What validateRequest hands the core: every parameter present, defaults filled in, int64 as
  // string, omitted objects null. Nested objects use the result interfaces.
  const validatedField = (p: Param): string => {
    let t = ref(p.type, false);
    const k = p.type.kind;
    const maybeNull = p.flag !== undefined || k === 'type' || k === 'constructor' || k === 'typevar';
    if (maybeNull && t !== 'unknown') t += ' | null';
    return `      ${propName(p.name)}: ${t};\n`;
  };
  out.push('/** Every function: its parameters as callers may pass them, as validated, and its result. */\n');
  out.push('export interface Methods {\n');
  for (const f of methods) {
    out.push(doc(f.description, '  '), `  ${propName(f.name)}: {\n    params: {\n`);
    for (const p of f.params) out.push(field(p, true, '      '));
    out.push(`    };\n    validated: {\n      _: ${JSON.stringify(f.name)};\n`);
    for (const p of f.params) out.push(validatedField(p));
    out.push(`    };\n    result: ${ref(f.result, false)};\n  };\n`);
  }
  out.push('}\n\n');
  out.push('/** Name of any function. */\nexport type MethodName = keyof Methods;\n\n');
  out.push('/** Parameters of function `M` (without `_`). */\nexport type Params<M extends MethodName> = Methods[M][\'params\'];\n\n');
  out.push('/** Request `M` after validateRequest (src/schema/validate.ts): complete, with defaults. */\nexport type Validated<M extends MethodName> = Methods[M][\'validated\'];\n\n');
  out.push('/** Result of function `M`. */\nexport type Result<M extends MethodName> = Methods[M][\'result\'];\n\n');
  out.push('/** Every constructor by name. */\nexport interface Objects {\n');
  for (const c of ir.constructors) out.push(`  ${propName(c.name)}: ${tsName(c.name)};\n`);
  out.push('}\n\n/** Name of any constructor. */\nexport type ObjectName = keyof Objects;\n');
  return out.join('');
}
