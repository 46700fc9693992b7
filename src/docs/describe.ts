/**
 * `describe(ir, name)`: the page of a method, constructor or type as plain text, for
 * `luatd describe NAME` and the REPL's `.help NAME`. Same content as the Markdown pages,
 * without tables and links.
 */
import type { BuiltinKind, Param, SchemaIR, TypeRef } from '../schema/ir.js';
import { LuatdError } from '../errors.js';
import { closestName } from '../schema/index.js';
import { buildContext, isRequiredParam, typeDescription, type DocsContext, type DocsOptions } from './context.js';
import { luaMethodExample, luaObjectExample, tsMethodExample } from './examples.js';
import { BUILTIN_NOTES, notImplementedNotice } from './markdown.js';
import { SampleMaker } from './samples.js';
import { formatType } from '../schema/builtins.js';

/** Contexts are cached per IR: the REPL describes many names against the same schema. */
const contexts = new WeakMap<SchemaIR, { key: DocsOptions; ctx: DocsContext; samples: SampleMaker }>();

function contextFor(ir: SchemaIR, opts: DocsOptions): { ctx: DocsContext; samples: SampleMaker } {
  const hit = contexts.get(ir);
  if (hit && hit.key.implemented === opts.implemented && hit.key.backendName === opts.backendName && hit.key.elsewhere === opts.elsewhere) return hit;
  const ctx = buildContext(ir, opts);
  const entry = { key: { ...opts }, ctx, samples: new SampleMaker(ctx) };
  contexts.set(ir, entry);
  return entry;
}

/** A type reference as plain text: `Array of Message`, `int53`. */
export function typeText(ref: TypeRef): string {
  return formatType(ref, { vector: (inner) => 'Array of ' + inner, leaf: (t) => (t.kind === 'builtin' ? t.builtin : t.name) });
}

/** Word-wrap `text` to `width` columns, every line starting with `pad`. */
function wrap(text: string, pad = '', width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    if (line && pad.length + line.length + 1 + word.length > width) {
      lines.push(pad + line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) lines.push(pad + line);
  return lines.join('\n');
}

function indentBlock(text: string, pad: string): string {
  return pad + text.split('\n').join('\n' + pad);
}

function paramLines(params: Param[], withRequired: boolean, out: string[]): void {
  const width = Math.min(24, Math.max(...params.map((p) => p.name.length)));
  for (const p of params) {
    let line = '  ' + p.name.padEnd(width) + '  ' + typeText(p.type);
    if (withRequired) line += isRequiredParam(p) ? '  (required)' : '  (optional)';
    out.push(line);
    if (p.description) out.push(wrap(p.description, '      '));
  }
}

/**
 * Plain-text page of `name` (a method, constructor, type or built-in type of `ir`).
 * Throws LuatdError(UNKNOWN_METHOD / UNKNOWN_CONSTRUCTOR) with did-you-mean suggestions when unknown.
 */
export function describe(ir: SchemaIR, name: string, opts: DocsOptions = {}): string {
  const { ctx, samples } = contextFor(ir, opts);
  const out: string[] = [];
  const m = ctx.methodByName.get(name);
  if (m) {
    out.push(m.name + ' (method) -> ' + typeText(m.result), '');
    if (!ctx.implemented(m.name)) out.push('! ' + notImplementedNotice(ctx, m.name), '');
    if (m.description) out.push(wrap(m.description), '');
    if (m.params.length === 0) out.push('Params: none', '');
    else {
      out.push('Params:');
      paramLines(m.params, true, out);
      out.push('');
    }
    out.push('Returns: ' + typeText(m.result), '');
    const req = samples.request(m);
    out.push('Example (Lua):', indentBlock(luaMethodExample(m, req), '  '), '');
    out.push('Example (TypeScript):', indentBlock(tsMethodExample(m, req), '  '));
    return out.join('\n') + '\n';
  }
  const c = ctx.ctorByName.get(name);
  if (c) {
    out.push(c.name + ' (constructor of ' + c.result + ')', '');
    if (c.description) out.push(wrap(c.description), '');
    if (c.params.length === 0) out.push('Fields: none', '');
    else {
      out.push('Fields:');
      paramLines(c.params, false, out);
      out.push('');
    }
    out.push('Example (Lua):', indentBlock(luaObjectExample(c, samples), '  '));
    return out.join('\n') + '\n';
  }
  const t = ctx.typeByName.get(name);
  if (t) {
    out.push(t.name + ' (type)', '');
    const description = typeDescription(ctx, t);
    if (description) out.push(wrap(description), '');
    out.push('Constructors:');
    for (const n of t.constructors) out.push('  ' + n);
    if (t.constructors.length === 0) out.push('  (none)');
  } else if ((ctx.builtinKinds as string[]).includes(name)) {
    out.push(name + ' (built-in type)', '', BUILTIN_NOTES[name as BuiltinKind]);
  } else {
    throw unknownName(ctx, name);
  }
  const returning = ctx.methodsByResult.get(name);
  if (returning) {
    out.push('', 'Returned by:');
    for (const r of returning) out.push('  ' + r.name);
  }
  return out.join('\n') + '\n';
}

/**
 * `describe` for callers that report unknown names themselves (the REPL's `.help NAME`, whose
 * `describe` option answers undefined for an unknown name): the page, or undefined.
 */
export function describeIfKnown(ir: SchemaIR, name: string, opts: DocsOptions = {}): string | undefined {
  const { ctx } = contextFor(ir, opts);
  const known =
    ctx.methodByName.has(name) || ctx.ctorByName.has(name) || ctx.typeByName.has(name) || (ctx.builtinKinds as string[]).includes(name);
  return known ? describe(ir, name, opts) : undefined;
}

/** Every name `describe` knows, in schema order. */
export function describableNames(ir: SchemaIR): string[] {
  return namesOf(buildContextOnce(ir));
}

function buildContextOnce(ir: SchemaIR): DocsContext {
  return contexts.get(ir)?.ctx ?? contextFor(ir, {}).ctx;
}

function namesOf(ctx: DocsContext): string[] {
  const ir = ctx.ir;
  return [
    ...ir.functions.map((f) => f.name),
    ...ir.constructors.map((c) => c.name),
    ...ir.types.map((t) => t.name),
    ...ctx.builtinKinds.filter((k) => !ctx.typeByName.has(k)),
  ];
}

/** Names are echoed in messages: a pasted megabyte must not become a megabyte of error. */
function clip(name: string): string {
  return name.length > 80 ? name.slice(0, 77) + '...' : name;
}

function unknownName(ctx: DocsContext, name: string): LuatdError {
  const close = closestName(name, namesOf(ctx));
  const suggestions = close === undefined ? [] : [close];
  const hint = close === undefined ? '' : `; did you mean '${close}'?`;
  const code = /^[A-Z]/.test(name) ? 'UNKNOWN_CONSTRUCTOR' : 'UNKNOWN_METHOD';
  return new LuatdError(code, `no method, constructor or type named '${clip(name)}' in ${ctx.sourceLabel}${hint}`, {
    name: clip(name),
    suggestions,
  });
}
