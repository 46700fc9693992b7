/**
 * Markdown pages of the generated site. Every page lives one folder below the site root
 * (methods/, constructors/, types/), so every link is `../<folder>/<name>.md`.
 * Pages are built as string arrays joined once: the site has thousands of them.
 */
import type { AbstractType, BuiltinKind, Constructor, Method, Param, TypeRef } from '../schema/ir.js';
import { firstSentence, isRequiredParam, typeDescription, type DocsContext } from './context.js';
import { httpMethodExamples, luaMethodExample, luaObjectExample, tsMethodExample } from './examples.js';
import type { SampleMaker } from './samples.js';
import { BUILTINS, formatType } from '../schema/builtins.js';

/** What each built-in kind is on the wire (src/core/client.ts) and in Lua: the notes of src/schema/builtins.ts. */
export const BUILTIN_NOTES = Object.fromEntries(Object.entries(BUILTINS).map(([k, p]) => [k, p.note])) as Record<BuiltinKind, string>;

/** Under every params table: what the validator does with an omitted parameter (src/schema/validate.ts, rule 2). */
export const DEFAULTS_NOTE =
  '*An omitted parameter takes its default (false, 0, empty); omitting an object that may not be null is an error.*';

/** Escape text for Markdown prose: `<` would start an HTML tag. */
function prose(text: string): string {
  return text.indexOf('<') < 0 ? text : text.replace(/</g, '&lt;');
}

/** Escape text for a table cell: no pipes, no line breaks. */
function cell(text: string): string {
  let s = prose(text);
  if (s.indexOf('|') >= 0) s = s.replace(/\|/g, '\\|');
  if (s.indexOf('\n') >= 0) s = s.replace(/\n/g, ' ');
  return s;
}

/** Link to the page of a named type, method or constructor, from any page of the site. */
function link(folder: string, name: string): string {
  return '[' + name + '](../' + folder + '/' + name + '.md)';
}

/** Links by `folder/name`, built once per schema: the same few hundred types recur on every page. */
const linkCaches = new WeakMap<DocsContext, Map<string, string>>();

function cachedLink(ctx: DocsContext, folder: string, name: string): string {
  let cache = linkCaches.get(ctx);
  if (!cache) {
    cache = new Map();
    linkCaches.set(ctx, cache);
  }
  const key = folder + '/' + name;
  let out = cache.get(key);
  if (out === undefined) {
    out = link(folder, name);
    cache.set(key, out);
  }
  return out;
}

/** A type reference as Markdown: built-ins, types and constructors linked; vectors as `Array of ...`. */
export function typeMarkdown(ctx: DocsContext, ref: TypeRef): string {
  if (ref.kind === 'typevar') return '`' + (ref.bang ? '!' : '') + ref.name + '` (any request)';
  return formatType(ref, {
    vector: (inner) => 'Array of ' + inner,
    leaf: (t) => {
      if (t.kind === 'builtin') return cachedLink(ctx, 'types', t.builtin);
      if (t.kind === 'type') return ctx.typePages.has(t.name) ? cachedLink(ctx, 'types', t.name) : '`' + t.name + '`';
      return ctx.ctorByName.has(t.name) ? cachedLink(ctx, 'constructors', t.name) : '`' + t.name + '`';
    },
  });
}

// eslint-disable-next-line no-control-regex
const NEEDS_JSON_ESCAPE = /["\\\x00-\x1f\u2028\u2029]/;

/** A YAML double-quoted scalar; JSON strings are valid ones, so JSON's escaping is all we need. */
function yamlString(s: string): string {
  return NEEDS_JSON_ESCAPE.test(s) ? JSON.stringify(s) : '"' + s + '"';
}

function frontMatter(ctx: DocsContext, title: string, description: string): string {
  return '---\ntitle: ' + yamlString(title) + '\ndescription: ' + yamlString(firstSentence(description) || title) + '\n---\n' + ctx.note + '\n';
}

/** The notice on a method the documented backend does not implement. */
export function notImplementedNotice(ctx: DocsContext, method: string): string {
  const elsewhere = ctx.elsewhere(method);
  return 'Not implemented by the ' + ctx.backendName + ' backend: calling it answers error 501.' + (elsewhere ? ' ' + elsewhere : '');
}

function paramRows(ctx: DocsContext, params: Param[], withRequired: boolean, out: string[]): void {
  for (const p of params) {
    let row = '|' + p.name + '|' + typeMarkdown(ctx, p.type) + '|';
    if (withRequired) row += (isRequiredParam(p) ? 'Yes' : 'No') + '|';
    out.push(row + cell(p.description) + '|');
  }
}

/** The page of a method: `methods/<name>.md`. */
export function methodPage(ctx: DocsContext, samples: SampleMaker, m: Method): string {
  const out: string[] = [frontMatter(ctx, m.name, m.description), '# Method: ' + m.name, '[Back to methods index](index.md)', ''];
  if (!ctx.implemented(m.name)) out.push('> **' + notImplementedNotice(ctx, m.name).replace(': ', '**: '), '');
  if (m.description) out.push(prose(m.description), '');
  if (m.params.length === 0) {
    out.push('### Params:', 'This method takes no parameters.', '');
  } else {
    out.push('### Params:', '| Name | Type | Required | Description |', '|------|------|----------|-------------|');
    paramRows(ctx, m.params, true, out);
    out.push('', DEFAULTS_NOTE, '');
  }
  out.push('### Return type: ' + typeMarkdown(ctx, m.result), '');
  const req = samples.request(m);
  const http = httpMethodExamples(m, req);
  out.push(
    '### Example:',
    'Lua:',
    '```lua',
    luaMethodExample(m, req),
    '```',
    'TypeScript (library: `const host = await createHost()` from `luatd`):',
    '```ts',
    tsMethodExample(m, req),
    '```',
    'HTTP as a bot (`luatd serve`, PWRTelegram\'s `madeline` route, a token from `luatd bot create`):',
    '```sh',
    http.bot,
    '```',
    'HTTP as a user (each parameter JSON-encoded, a token from `luatd token create --session NAME`):',
    '```sh',
    http.user,
    '```',
    '',
  );
  return out.join('\n');
}

/** The page of a constructor: `constructors/<name>.md`. */
export function constructorPage(ctx: DocsContext, samples: SampleMaker, c: Constructor): string {
  const out: string[] = [
    frontMatter(ctx, c.name, c.description),
    '# Constructor: ' + c.name,
    '[Back to constructors index](index.md)',
    '',
  ];
  if (c.description) out.push(prose(c.description), '');
  out.push('### Type: ' + typeMarkdown(ctx, { kind: 'type', name: c.result }), '');
  if (c.params.length === 0) {
    out.push('### Fields:', 'This constructor has no fields.', '');
  } else {
    out.push('### Fields:', '| Name | Type | Description |', '|------|------|-------------|');
    paramRows(ctx, c.params, false, out);
    out.push('');
  }
  out.push('### Example:', 'Lua:', '```lua', luaObjectExample(c, samples), '```', '');
  return out.join('\n');
}

function returnedBy(ctx: DocsContext, name: string, out: string[]): void {
  const methods = ctx.methodsByResult.get(name);
  if (!methods) return;
  out.push('### Returned by:');
  for (const m of methods) out.push('- ' + link('methods', m.name));
  out.push('');
}

/** The page of an abstract type: `types/<Name>.md`. */
export function typePage(ctx: DocsContext, t: AbstractType): string {
  const description = typeDescription(ctx, t);
  const out: string[] = [frontMatter(ctx, t.name, description), '# Type: ' + t.name, '[Back to types index](index.md)', ''];
  if (description) out.push(prose(description), '');
  out.push('### Constructors:');
  if (t.constructors.length === 0) out.push('This type has no constructors in the schema.');
  for (const n of t.constructors) {
    const c = ctx.ctorByName.get(n);
    out.push('- ' + link('constructors', n) + (c && c.description ? ': ' + prose(firstSentence(c.description)) : ''));
  }
  out.push('');
  returnedBy(ctx, t.name, out);
  return out.join('\n');
}

/** The page of a built-in type: `types/<kind>.md`. */
export function builtinPage(ctx: DocsContext, kind: BuiltinKind): string {
  const out: string[] = [frontMatter(ctx, kind, BUILTIN_NOTES[kind]), '# Built-in type: ' + kind, '[Back to types index](index.md)', ''];
  out.push(BUILTIN_NOTES[kind], '');
  const spelled = ctx.ir.builtins.filter((b) => b.kind === kind).map((b) => '`' + b.name + '`');
  if (spelled.length > 0) out.push('Declared in the schema as ' + spelled.join(', ') + '.', '');
  returnedBy(ctx, kind, out);
  return out.join('\n');
}

/** `methods/index.md`: every method, marking those the backend does not implement. */
export function methodsIndex(ctx: DocsContext): string {
  const out: string[] = [frontMatter(ctx, 'Methods', 'Every method of the schema.'), '# Methods', '[Back to the index](../README.md)', ''];
  if (ctx.hasImplemented) {
    out.push('Methods marked *not implemented* are not served by the ' + ctx.backendName + ' backend (error 501).', '');
  }
  out.push('| Method | Returns | Description |', '|--------|---------|-------------|');
  for (const m of ctx.ir.functions) {
    const mark = ctx.implemented(m.name) ? '' : ' *(not implemented by the ' + ctx.backendName + ' backend)*';
    out.push('|' + link('methods', m.name) + mark + '|' + typeMarkdown(ctx, m.result) + '|' + cell(firstSentence(m.description)) + '|');
  }
  out.push('');
  return out.join('\n');
}

/** `constructors/index.md`. */
export function constructorsIndex(ctx: DocsContext): string {
  const out: string[] = [
    frontMatter(ctx, 'Constructors', 'Every constructor of the schema.'),
    '# Constructors',
    '[Back to the index](../README.md)',
    '',
    '| Constructor | Type | Description |',
    '|-------------|------|-------------|',
  ];
  for (const c of ctx.ir.constructors) {
    out.push('|' + link('constructors', c.name) + '|' + typeMarkdown(ctx, { kind: 'type', name: c.result }) + '|' + cell(firstSentence(c.description)) + '|');
  }
  out.push('');
  return out.join('\n');
}

/** `types/index.md`: abstract types, then built-ins. */
export function typesIndex(ctx: DocsContext): string {
  const out: string[] = [
    frontMatter(ctx, 'Types', 'Every type of the schema.'),
    '# Types',
    '[Back to the index](../README.md)',
    '',
    '| Type | Constructors | Description |',
    '|------|--------------|-------------|',
  ];
  for (const t of ctx.ir.types) {
    out.push('|' + link('types', t.name) + '|' + t.constructors.length + '|' + cell(firstSentence(typeDescription(ctx, t))) + '|');
  }
  out.push('', '### Built-in types:', '| Type | Description |', '|------|-------------|');
  for (const k of ctx.builtinKinds) {
    if (!ctx.typeByName.has(k)) out.push('|' + link('types', k) + '|' + cell(BUILTIN_NOTES[k]) + '|');
  }
  out.push('');
  return out.join('\n');
}

/** The site's root page. */
export function rootIndex(ctx: DocsContext): string {
  const ir = ctx.ir;
  const notImpl = ctx.hasImplemented ? ir.functions.filter((m) => !ctx.implemented(m.name)).length : 0;
  const out: string[] = [
    frontMatter(ctx, 'API reference', 'Methods, constructors and types of ' + ctx.sourceLabel + '.'),
    '# API reference (' + ctx.sourceLabel + ')',
    '',
    '- [Methods](methods/index.md): ' + ir.functions.length + (notImpl ? ' (' + notImpl + ' not implemented by the ' + ctx.backendName + ' backend)' : ''),
    '- [Constructors](constructors/index.md): ' + ir.constructors.length,
    '- [Types](types/index.md): ' + ir.types.length + ' (and ' + ctx.builtinKinds.length + ' built-in types)',
    '',
    'In Lua every method is a global function taking one table of parameters, and every object is a',
    'table whose `_` field names its constructor (each method page shows a call).',
    '',
  ];
  return out.join('\n');
}
