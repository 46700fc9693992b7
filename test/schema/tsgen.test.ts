import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { parseTl, loadSchema, ourSchema } from '../../src/schema/parser.js';
import { generateTs, tsName } from '../../src/schema/tsgen.js';
import { SchemaIndex } from '../../src/schema/index.js';
import { validateRequest } from '../../src/schema/validate.js';
import { packageRoot } from '../../src/paths.js';
import { binPath, sharedSchemasDir, NO_SHARED } from '../helpers/bin.js';

/**
 * Type-checks one TS module in memory under `strict`, against a minimal stand-in for the
 * standard library (the generated code uses only primitives, arrays and interfaces), which
 * keeps this to a fraction of a second instead of a `tsc` process per schema.
 */
function typeErrors(source: string): string[] {
  const lib = 'interface Array<T> { length: number; [n: number]: T } interface Boolean {} interface Function {} interface CallableFunction {} interface NewableFunction {} interface IArguments {} interface Number {} interface Object {} interface RegExp {} interface String {}';
  const files: Record<string, string> = { '/gen.ts': source, '/lib.d.ts': lib };
  const options: ts.CompilerOptions = { strict: true, noEmit: true, noLib: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, types: [] };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name, lv) => (files[name] !== undefined ? ts.createSourceFile(name, files[name], lv) : undefined);
  host.fileExists = (n) => files[n] !== undefined;
  host.readFile = (n) => files[n];
  const program = ts.createProgram(['/gen.ts', '/lib.d.ts'], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const SMALL = `
//@description A text @text The text @entities Marks; may be null
formattedText text:string entities:vector<textEntity> = FormattedText;
//@description A mark */ with a comment end @offset Start
textEntity offset:int32 = TextEntity;
//@class Content @description What to send
//@description Text @text The text
contentText text:formattedText = Content;
//@description Sticker @id Sticker id @raw Raw bytes
contentSticker id:int64 raw:bytes = Content;
//@description A string wrapper @value The value
string_ value:string = String_;
---functions---
//@description Logs out @force Drop local data
resetAuth force:Bool = Ok;
//@description Sends @chat_id Chat @content Content @ids Ids
send chat_id:int53 content:Content ids:vector<int64> = Content;
`;

test('generated TS: interfaces, unions, Input shapes and Methods, as documented', () => {
  const out = generateTs(parseTl(SMALL, '/somewhere/small.tl'));
  assert.match(out, /^\/\/ Generated from small\.tl by luatd's TypeScript generator/);
  assert.match(out, /Do not edit: regenerate with `npm run build && npm run gen:types`/);
  assert.ok(!out.includes('/somewhere/'), 'no absolute path, so the output does not depend on the checkout');
  assert.match(out, /export interface formattedText \{\n {2}_: "formattedText";\n {2}\/\*\* The text \*\/\n {2}text: string;\n {2}\/\*\* Marks; may be null \*\/\n {2}entities: textEntity\[\] \| null;\n\}/);
  assert.match(out, /export interface contentSticker \{\n {2}_: "contentSticker";\n[^}]*id: string;\n[^}]*raw: string;\n\}/);
  assert.match(out, /export type Content = contentText \| contentSticker;/);
  assert.match(out, /A mark \*\\\/ with a comment end/);
  // input flavour: int64 accepts numbers, optional fields, `_` required only for a polymorphic type
  assert.match(out, /export interface contentSticker \{\n {4}_\?: "contentSticker";\n[^}]*id\?: string \| number \| null;/);
  assert.match(out, /export interface formattedText \{\n {4}_\?: "formattedText";/);
  assert.match(out, / {2}export type Content = \(contentText & \{ _: "contentText" \}\) \| \(contentSticker & \{ _: "contentSticker" \}\);/);
  assert.match(out, / {2}resetAuth: \{\n {4}params: \{\n {6}\/\*\* Drop local data \*\/\n {6}force\?: boolean \| null;\n {4}\};\n {4}validated: \{\n {6}_: "resetAuth";\n {6}force: boolean;\n {4}\};\n {4}result: unknown;\n {2}\};/);
  assert.match(out, / {6}content\?: Input\.Content \| null;\n/, 'an object may be omitted: the method decides');
  assert.match(out, / {6}content: Content \| null;\n/, 'validated: an omitted object is null');
  assert.match(out, / {6}ids\?: Array<string \| number> \| null;\n/);
  assert.match(out, /export type MethodName = keyof Methods;/);
  assert.deepEqual(typeErrors(out), []);
  // the types do what they say: a program using them type-checks, a wrong one does not
  const use = (body: string) => typeErrors(`${out}\n${body}\n`);
  assert.deepEqual(use("const p: Params<'send'> = { content: { _: 'contentText', text: { text: 'hi' } } }; const r: Result<'send'> = { _: 'contentText', text: { _: 'formattedText', text: '', entities: null } }; export { p, r };"), []);
  assert.deepEqual(use("const p: Params<'send'> = { chat_id: 1 }; export { p };"), [], 'content may be omitted (null): the method decides');
  // Validated<M> is exactly what validateRequest returns for that method
  const idx = new SchemaIndex(parseTl(SMALL, 'small.tl'));
  const v = validateRequest(idx, { _: 'send', content: { _: 'contentSticker', id: 5 } });
  assert.ok(v.ok);
  assert.deepEqual(use(`const v: Validated<'send'> = ${JSON.stringify(v.value)}; export { v };`), []);
  assert.notDeepEqual(use("const v: Validated<'send'> = { _: 'send', chat_id: 0, content: { _: 'contentSticker', id: '5', raw: '' } }; export { v };"), [], 'ids is always present once validated');
  assert.notDeepEqual(use("const p: Params<'send'> = { content: { id: '5' } }; export { p };"), [], 'a polymorphic input needs _');
  assert.notDeepEqual(use("const r: Result<'resetAuth'> = 1; const q: Result<'send'> = { _: 'contentSticker', id: 5, raw: '' }; export { r, q };"), [], 'int64 comes out as string');
});

test('generated TS is deterministic', () => {
  const ir = parseTl(SMALL, 'small.tl');
  assert.equal(generateTs(ir), generateTs(parseTl(SMALL, 'small.tl')));
});

test('the type checker used here does catch errors (control)', () => {
  assert.notDeepEqual(typeErrors('export const x: number = "a";\nexport type Y = Missing;\n'), []);
});

test('tsName: dots and reserved words', () => {
  assert.equal(tsName('help.configSimple'), 'help_configSimple');
  assert.equal(tsName('string'), 'string_');
  assert.equal(tsName('authStateOk'), 'authStateOk');
});

test('src/core/api-types.generated.ts is up to date with our schema (run `npm run gen:types` after editing td_api.tl)', () => {
  const file = path.join(packageRoot, 'src', 'core', 'api-types.generated.ts');
  assert.ok(existsSync(file), 'missing: run npm run build && npm run gen:types');
  const fresh = generateTs(ourSchema());
  assert.ok(readFileSync(file, 'utf8') === fresh, 'stale: run npm run build && npm run gen:types');
  assert.deepEqual(typeErrors(fresh), []);
});

test('generated TS of every shared schema compiles under strict', { skip: sharedSchemasDir ? false : NO_SHARED }, () => {
  for (const f of ['td_api_1.8.66.tl', 'td_api_legacy_2017-03.tl', 'telegram_api_layer228.tl']) {
    const out = generateTs(loadSchema(path.join(sharedSchemasDir!, f)));
    assert.deepEqual(typeErrors(out).slice(0, 5), [], f);
  }
});

test('luatd types: prints, writes --out, and reports a bad schema with file:line:col', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-types-'));
  try {
    const tl = path.join(dir, 'small.tl');
    writeFileSync(tl, SMALL);
    const r = spawnSync(process.execPath, [binPath, 'types', '--schema', tl], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, generateTs(parseTl(SMALL, tl)));
    const out = path.join(dir, 'out.ts');
    const w = spawnSync(process.execPath, [binPath, 'types', '--schema', tl, '--out', out], { encoding: 'utf8' });
    assert.equal(w.status, 0, w.stderr);
    assert.equal(w.stdout, '');
    assert.equal(readFileSync(out, 'utf8'), r.stdout);
    const bad = path.join(dir, 'bad.tl');
    writeFileSync(bad, 'ok = Ok;\nbroken a:int\n');
    const b = spawnSync(process.execPath, [binPath, 'types', '--schema', bad], { encoding: 'utf8' });
    assert.equal(b.status, 1);
    assert.match(b.stderr, /bad\.tl:2:13: expected/);
    assert.equal(b.stdout, '');
    const warn = path.join(dir, 'warn.tl');
    writeFileSync(warn, '//@description Ok\n//@nothing Here\nok = Ok;\n');
    const wr = spawnSync(process.execPath, [binPath, 'types', '--schema', warn], { encoding: 'utf8' });
    assert.equal(wr.status, 0);
    assert.match(wr.stderr, /warning: .*warn\.tl:2: '@nothing' documents no field of 'ok'/);
    assert.match(wr.stdout, /export interface ok \{/);
    const m = spawnSync(process.execPath, [binPath, 'types', '--schema', path.join(dir, 'nope.tl')], { encoding: 'utf8' });
    assert.equal(m.status, 1);
    assert.match(m.stderr, /cannot read schema .*nope\.tl/);
    const d = spawnSync(process.execPath, [binPath, 'types'], { encoding: 'utf8' });
    assert.equal(d.status, 0, d.stderr);
    assert.match(d.stdout, /resetAuth: \{/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
