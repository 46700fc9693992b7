/**
 * Conformance on the real schemas of ../shared/fixtures/schemas: every file parses completely,
 * and counts computed here by a naive line scan (independent of the parser) match the IR.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSchema } from '../../src/schema/parser.js';
import { SchemaIndex } from '../../src/schema/index.js';
import { validateRequest } from '../../src/schema/validate.js';
import { sharedSchemasDir, NO_SHARED } from '../helpers/bin.js';

const skip = sharedSchemasDir ? false : NO_SHARED;
const files = sharedSchemasDir ? readdirSync(sharedSchemasDir).filter((f) => f.endsWith('.tl')).sort() : [];

const BUILTIN_RESULTS = new Set(['Int', 'Long', 'Double', 'String', 'Bytes', 'Int32', 'Int53', 'Int64', 'Int128', 'Int256', 'True', 'Bool']);

/** What a naive scan of the text finds. */
function scan(text: string) {
  let inFunctions = false;
  let constructors = 0;
  let functions = 0;
  let withId = 0;
  let synchronous = 0;
  let beforeAuth = 0;
  let block = '';
  const results = new Set<string>();
  const classes = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '---functions---') inFunctions = true;
    else if (line === '---types---') inFunctions = false;
    if (line.startsWith('//')) {
      block += ` ${line}`;
      const m = /^\/\/@class (\S+)/.exec(line);
      if (m) classes.add(m[1]);
      continue;
    }
    if (line === '' || line.startsWith('---')) {
      if (line.startsWith('---')) block = '';
      continue;
    }
    const eq = line.lastIndexOf('= ');
    const result = line.slice(eq + 2, line.length - 1).trim();
    const isBuiltin = !inFunctions && (line.includes(' ? = ') || result === 'Vector t' || BUILTIN_RESULTS.has(result));
    if (inFunctions) {
      functions++;
      if (block.includes('Can be called synchronously')) synchronous++;
      if (block.includes('Can be called before authorization')) beforeAuth++;
    } else if (!isBuiltin) {
      constructors++;
      results.add(result);
    }
    if (!isBuiltin && /^[a-zA-Z0-9_.]+#[0-9a-f]+ /.test(line)) withId++;
    block = '';
  }
  const types = new Set([...results, ...classes]);
  return { constructors, functions, withId, synchronous, beforeAuth, types: types.size, classes: classes.size };
}

for (const file of files.length ? files : ['(no fixtures)']) {
  test(`conformance: ${file} parses completely and matches an independent line scan`, { skip }, () => {
    const full = path.join(sharedSchemasDir!, file);
    const ir = loadSchema(full);
    const want = scan(readFileSync(full, 'utf8'));
    assert.equal(ir.constructors.length, want.constructors, 'constructors');
    assert.equal(ir.functions.length, want.functions, 'functions');
    assert.equal(ir.types.length, want.types, 'abstract types');
    assert.equal(ir.types.filter((t) => t.declaredClass).length, want.classes, '//@class types');
    assert.equal([...ir.constructors, ...ir.functions].filter((c) => c.id !== undefined).length, want.withId, 'ids');
    assert.equal(ir.functions.filter((f) => f.synchronous).length, want.synchronous, 'synchronous functions');
    assert.equal(ir.functions.filter((f) => f.beforeAuth).length, want.beforeAuth, 'functions callable before authorization');
    // every constructor is listed by exactly its result type
    const idx = SchemaIndex.of(ir);
    for (const c of ir.constructors) assert.ok(idx.type(c.result)?.constructors.includes(c.name), c.name);
    // td_api files document every combinator and every field (MTProto files document none)
    if (file.startsWith('td_api_1.8') || file === 'td_api_legacy_2017-12.tl') {
      const undocumented = [...ir.constructors, ...ir.functions].flatMap((c) =>
        [c.description, ...c.params.map((p) => p.description)].some((d) => d === '') ? [c.name] : [],
      );
      assert.deepEqual(undocumented, []);
    }
  });
}

test('td_api_legacy_2017-12.tl: resetAuth force:Bool = AuthState; with its two doc lines', { skip }, () => {
  const full = path.join(sharedSchemasDir!, 'td_api_legacy_2017-12.tl');
  const lines = readFileSync(full, 'utf8').split('\n');
  const at = lines.indexOf('resetAuth force:Bool = AuthState;');
  assert.ok(at > 0);
  const idx = SchemaIndex.of(loadSchema(full));
  const fn = idx.fn('resetAuth')!;
  assert.equal(fn.line, at + 1);
  assert.deepEqual(fn.result, { kind: 'type', name: 'AuthState' });
  assert.equal(fn.params.length, 1);
  assert.deepEqual(fn.params[0].type, { kind: 'builtin', builtin: 'Bool', spelled: 'Bool' });
  // the two doc lines above it, compared with the file's own text
  assert.equal(`//@description ${fn.description}`, lines[at - 2]);
  assert.equal(`//@force ${fn.params[0].description}`, lines[at - 1]);
  assert.deepEqual(validateRequest(idx, { _: 'resetAuth' }), { ok: true, value: { _: 'resetAuth', force: false } });
});

test('td_api_1.8.66.tl: logOut = Ok;, built-ins, @param_description and //- continuations', { skip }, () => {
  const full = path.join(sharedSchemasDir!, 'td_api_1.8.66.tl');
  const text = readFileSync(full, 'utf8');
  const lines = text.split('\n');
  const ir = loadSchema(full);
  const idx = SchemaIndex.of(ir);
  const logOut = idx.fn('logOut')!;
  assert.equal(lines[logOut.line - 1], 'logOut = Ok;');
  assert.deepEqual(logOut.params, []);
  assert.deepEqual(logOut.result, { kind: 'type', name: 'Ok' });
  assert.deepEqual(
    ir.builtins.map((b) => b.kind),
    ['double', 'string', 'int32', 'int53', 'int64', 'bytes', 'Bool'],
  );
  // a field literally named `description` is documented as @param_description
  const owner = ir.constructors.find((c) => c.params.some((p) => p.name === 'description'))!;
  const docLine = lines.slice(0, owner.line).reverse().find((l) => l.startsWith('//@param_description '))!;
  assert.equal(owner.params.find((p) => p.name === 'description')!.description, docLine.slice('//@param_description '.length).split(' @')[0].trim());
  assert.notEqual(owner.description, owner.params.find((p) => p.name === 'description')!.description);
  // a description continued on //- lines is one text
  const contIdx = lines.findIndex((l) => l.startsWith('//-'));
  const declIdx = lines.findIndex((l, i) => i > contIdx && !l.startsWith('//'));
  const declName = lines[declIdx].split(' ')[0];
  const c = idx.ctor(declName) ?? idx.fn(declName)!;
  const contText = lines[contIdx].slice(3).split(' @')[0].trim();
  const all = [c.description, ...c.params.map((p) => p.description)].join('\n');
  assert.ok(all.includes(contText.slice(0, 40)), `continuation of ${declName}`);
  assert.ok(ir.functions.some((f) => f.beforeAuth));
});

test('telegram_api_layer228.tl: MTProto ids, flags and type variables', { skip }, () => {
  const full = path.join(sharedSchemasDir!, 'telegram_api_layer228.tl');
  const lines = readFileSync(full, 'utf8').split('\n');
  const idx = SchemaIndex.of(loadSchema(full));
  // pick a constructor line with both an id and a flags field from the file itself
  const lineNo = lines.findIndex((l) => /^[a-zA-Z.]+#[0-9a-f]+ flags:# \w+:flags\.0\?true /.test(l));
  assert.ok(lineNo >= 0);
  const line = lines[lineNo];
  const name = line.slice(0, line.indexOf('#'));
  const idHex = line.slice(line.indexOf('#') + 1, line.indexOf(' '));
  const c = idx.ctor(name) ?? idx.fn(name)!;
  assert.equal(c.line, lineNo + 1);
  assert.equal(c.id, parseInt(idHex, 16));
  assert.deepEqual(c.params[0].type, { kind: 'builtin', builtin: 'flags', spelled: '#' });
  assert.deepEqual(c.params[1].flag, { field: 'flags', bit: 0 });
  assert.deepEqual(c.params[1].type, { kind: 'builtin', builtin: 'true', spelled: 'true' });
  const inv = idx.fn('invokeWithLayer')!;
  assert.deepEqual(inv.typeParams, ['X']);
  assert.deepEqual(inv.params.at(-1)!.type, { kind: 'typevar', name: 'X', bang: true });
  assert.deepEqual(inv.result, { kind: 'typevar', name: 'X', bang: false });
  // a nested call through a type variable is validated as a request
  const r = validateRequest(idx, { _: 'invokeWithLayer', layer: 228, query: { _: 'help.getConfig' } });
  assert.equal(r.ok, true);
  const bad = validateRequest(idx, { _: 'invokeWithLayer', layer: 228, query: { _: 'help.getConfgi' } });
  assert.equal(bad.ok, false);
});
