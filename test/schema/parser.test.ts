import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, utimesSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseTl, loadSchema, ourSchema } from '../../src/schema/parser.js';
import { SchemaIndex, closestName } from '../../src/schema/index.js';
import { isLuatdError } from '../../src/errors.js';
import type { TypeRef } from '../../src/schema/ir.js';

/** Asserts parseTl fails with SCHEMA_PARSE at line:col, with a message matching `what`. */
function parseError(text: string, line: number, column: number, what: RegExp): void {
  assert.throws(
    () => parseTl(text, 'snippet.tl'),
    (e: unknown) => {
      assert.ok(isLuatdError(e, 'SCHEMA_PARSE'), `expected SCHEMA_PARSE, got ${String(e)}`);
      assert.ok(e.message.startsWith(`snippet.tl:${line}:${column}: `), e.message);
      assert.match(e.message, what);
      assert.deepEqual(e.details, { file: 'snippet.tl', line, column });
      return true;
    },
  );
}

const LEGACY = `//@description The error @code Error code @message Error text
error code:int message:string = Error;

//@class AuthState @description Where the login stands

//@description Waiting for a code @timeout Seconds before resending; @next_code_type May be null
authStateWaitCode timeout:int next_code_type:AuthCodeType = AuthState;

//@description Logged in
authStateOk = AuthState;

---functions---

//@description Logs out. Can be called before authorization
//@force If true, only local data goes
resetAuth force:Bool = AuthState;

//@description Returns the current state. Can be called synchronously
getAuthState = AuthState;
`;

test('legacy file: implied built-ins, constructors, functions, class and implied types', () => {
  const ir = parseTl(LEGACY, 'legacy.tl');
  assert.equal(ir.irVersion, 1);
  assert.equal(ir.source, 'legacy.tl');
  assert.deepEqual(
    ir.builtins.map((b) => b.kind),
    ['double', 'string', 'int32', 'int53', 'int64', 'bytes', 'Bool'],
  );
  assert.deepEqual(
    ir.constructors.map((c) => [c.name, c.result, c.line]),
    [
      ['error', 'Error', 2],
      ['authStateWaitCode', 'AuthState', 7],
      ['authStateOk', 'AuthState', 10],
    ],
  );
  assert.deepEqual(
    ir.types.map((t) => [t.name, t.declaredClass, t.constructors]),
    [
      ['Error', false, ['error']],
      ['AuthState', true, ['authStateWaitCode', 'authStateOk']],
    ],
  );
  assert.equal(ir.types[1].description, 'Where the login stands');
  const err = ir.constructors[0];
  assert.equal(err.description, 'The error');
  assert.deepEqual(err.params[0], {
    name: 'code',
    type: { kind: 'builtin', builtin: 'int32', spelled: 'int' },
    description: 'Error code',
    mayBeNull: false,
  });
  const wait = ir.constructors[1];
  assert.deepEqual(wait.params[1].type, { kind: 'type', name: 'AuthCodeType' });
  assert.equal(wait.params[1].mayBeNull, true);
  assert.equal(wait.params[0].mayBeNull, false);
  const [reset, getState] = ir.functions;
  assert.equal(reset.name, 'resetAuth');
  assert.equal(reset.description, 'Logs out. Can be called before authorization');
  assert.equal(reset.params[0].description, 'If true, only local data goes');
  assert.deepEqual(reset.result, { kind: 'type', name: 'AuthState' });
  assert.equal(reset.beforeAuth, true);
  assert.equal(reset.synchronous, false);
  assert.equal(getState.synchronous, true);
  assert.equal(getState.beforeAuth, false);
  assert.equal(getState.line, 19);
});

test('built-in lines of current td_api are recorded, not turned into constructors', () => {
  const ir = parseTl(
    'double ? = Double;\nstring ? = String;\n\nint32 = Int32;\nint53 = Int53;\nint64 = Int64;\nbytes = Bytes;\n\nboolFalse = Bool;\nboolTrue = Bool;\n\nvector {t:Type} # [ t ] = Vector t;\n\nok = Ok;\n',
    'b.tl',
  );
  assert.deepEqual(ir.builtins, [
    { name: 'double', kind: 'double' },
    { name: 'string', kind: 'string' },
    { name: 'int32', kind: 'int32' },
    { name: 'int53', kind: 'int53' },
    { name: 'int64', kind: 'int64' },
    { name: 'bytes', kind: 'bytes' },
    { name: 'Bool', kind: 'Bool' },
  ]);
  assert.deepEqual(
    ir.constructors.map((c) => c.name),
    ['ok'],
  );
  assert.deepEqual(
    ir.types.map((t) => t.name),
    ['Ok'],
  );
});

test('field types: aliases, nested vectors, bare constructor references, boxed types', () => {
  const ir = parseTl(
    'x a:int b:long c:int53 d:double e:string f:bytes g:Bool h:vector<vector<int64>> i:profilePhoto j:ProfilePhoto k:Vector<long> l:int32 = X;\n',
    't.tl',
  );
  const types = Object.fromEntries(ir.constructors[0].params.map((p) => [p.name, p.type]));
  assert.deepEqual(types.a, { kind: 'builtin', builtin: 'int32', spelled: 'int' });
  assert.deepEqual(types.b, { kind: 'builtin', builtin: 'int64', spelled: 'long' });
  assert.deepEqual(types.c, { kind: 'builtin', builtin: 'int53', spelled: 'int53' });
  assert.deepEqual(types.d, { kind: 'builtin', builtin: 'double', spelled: 'double' });
  assert.deepEqual(types.e, { kind: 'builtin', builtin: 'string', spelled: 'string' });
  assert.deepEqual(types.f, { kind: 'builtin', builtin: 'bytes', spelled: 'bytes' });
  assert.deepEqual(types.g, { kind: 'builtin', builtin: 'Bool', spelled: 'Bool' });
  assert.deepEqual(types.h, {
    kind: 'vector',
    of: { kind: 'vector', of: { kind: 'builtin', builtin: 'int64', spelled: 'int64' } },
  });
  assert.deepEqual(types.i, { kind: 'constructor', name: 'profilePhoto' });
  assert.deepEqual(types.j, { kind: 'type', name: 'ProfilePhoto' });
  assert.deepEqual(types.k, { kind: 'vector', of: { kind: 'builtin', builtin: 'int64', spelled: 'long' } });
  assert.deepEqual(types.l, { kind: 'builtin', builtin: 'int32', spelled: 'int32' });
});

test('doc comments: several items per line, items on their own lines, //- continuation, @param_description', () => {
  const ir = parseTl(
    [
      '//@description A game. It has',
      '//-a long description @title The title',
      '//@param_description What the game is about',
      '//@text Text',
      '//-that goes on @photo Its picture; may be null',
      'game title:string description:string text:string photo:photo = Game;',
    ].join('\n'),
    'd.tl',
  );
  const g = ir.constructors[0];
  assert.equal(g.description, 'A game. It has a long description');
  assert.deepEqual(
    g.params.map((p) => [p.name, p.description, p.mayBeNull]),
    [
      ['title', 'The title', false],
      ['description', 'What the game is about', false],
      ['text', 'Text that goes on', false],
      ['photo', 'Its picture; may be null', true],
    ],
  );
});

test('@param name text form; mid-line @word is text; a line-start doc item naming no field is a warning', () => {
  const ir = parseTl(
    [
      '//@description A mention, such as @example or @someone @user_id The user',
      '//@param limit Most results',
      '//@limt Typo here',
      'mention user_id:int53 limit:int32 = Mention;',
    ].join('\n'),
    'p.tl',
  );
  const c = ir.constructors[0];
  assert.equal(c.description, 'A mention, such as @example or @someone');
  assert.deepEqual(
    c.params.map((p) => p.description),
    ['The user', 'Most results'],
  );
  assert.deepEqual(ir.warnings, ["p.tl:3: '@limt' documents no field of 'mention'"]);
  assert.equal(parseTl('ok = Ok;\n', 'q.tl').warnings, undefined);
});

test('a doc block must sit right above its declaration; a stray one is dropped with a warning', () => {
  const ir = parseTl('//@description Orphan text\n\n//@description Real text\nfoo = Foo;\n//@description At the end\n', 's.tl');
  assert.equal(ir.constructors[0].description, 'Real text');
  assert.deepEqual(ir.warnings, [
    's.tl:1: doc comment is not directly above a declaration; ignored',
    's.tl:5: doc comment is not directly above a declaration; ignored',
  ]);
});

test('synchronous / beforeAuth notes count anywhere in the doc block of a function', () => {
  const ir = parseTl('---functions---\n//@description Sets a pack @info The pack. Can be called before authorization\nsetPack info:string = Ok;\n', 'n.tl');
  assert.equal(ir.functions[0].beforeAuth, true);
  assert.equal(ir.functions[0].synchronous, false);
});

test('nullable phrases: may be null, pass null, nullable, optional (any case)', () => {
  const ir = parseTl(
    '//@description f @a x; pass null to skip @b Nullable thing @c Optional: a note @d may be NULL @e plain\nf a:A b:B c:C d:D e:E = F;\n',
    'n.tl',
  );
  assert.deepEqual(
    ir.constructors[0].params.map((p) => p.mayBeNull),
    [true, true, true, true, false],
  );
});

test('a @class block is not merged with the next constructor doc, even without a blank line', () => {
  const ir = parseTl('//@class T @description The T type\n//@description The a constructor\na = T;\n', 'c.tl');
  assert.equal(ir.types[0].description, 'The T type');
  assert.equal(ir.types[0].declaredClass, true);
  assert.equal(ir.constructors[0].description, 'The a constructor');
});

test('a declared class with no constructor is still a type', () => {
  const ir = parseTl('//@class Lonely @description Nobody builds it\n', 'l.tl');
  assert.deepEqual(ir.types, [{ name: 'Lonely', description: 'Nobody builds it', constructors: [], declaredClass: true }]);
});

test('MTProto: ids, flags, conditional fields, type variables, namespaces, sections', () => {
  const ir = parseTl(
    [
      'int ? = Int;',
      'long ? = Long;',
      'bytes = Bytes;',
      'int128 = Int128;',
      'int256 = Int256;',
      'true#3fedd339 = True;',
      'boolFalse#bc799737 = Bool;',
      'vector#1cb5c415 {t:Type} # [ t ] = Vector t;',
      '---functions---',
      'test.useConfig = help.Config;',
      '---types---',
      'help.config#5a592a6c flags:# big:flags.0?true peer:flags.31?InputPeer ids:Vector<long> nonce:int128 = help.Config;',
      '---functions---',
      'invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;',
      'users.getUsers#0d91a548 id:Vector<InputUser> = Vector<User>;',
      '',
    ].join('\n'),
    'mt.tl',
  );
  assert.deepEqual(
    ir.builtins.map((b) => b.kind),
    ['int32', 'int64', 'bytes', 'int128', 'int256', 'true', 'Bool'],
  );
  const cfg = ir.constructors[0];
  assert.equal(cfg.name, 'help.config');
  assert.equal(cfg.id, 0x5a592a6c);
  assert.equal(cfg.result, 'help.Config');
  assert.deepEqual(cfg.params[0], { name: 'flags', type: { kind: 'builtin', builtin: 'flags', spelled: '#' }, description: '', mayBeNull: false });
  assert.deepEqual(cfg.params[1], {
    name: 'big',
    type: { kind: 'builtin', builtin: 'true', spelled: 'true' },
    description: '',
    mayBeNull: false,
    flag: { field: 'flags', bit: 0 },
  });
  assert.deepEqual(cfg.params[2].flag, { field: 'flags', bit: 31 });
  assert.equal(cfg.params[2].mayBeNull, true);
  assert.deepEqual(cfg.params[4].type, { kind: 'builtin', builtin: 'int128', spelled: 'int128' });
  assert.deepEqual(
    ir.functions.map((f) => f.name),
    ['test.useConfig', 'invokeWithLayer', 'users.getUsers'],
  );
  const inv = ir.functions[1];
  assert.equal(inv.id, 0xda9b0d0d);
  assert.deepEqual(inv.typeParams, ['X']);
  assert.deepEqual(inv.params[1].type, { kind: 'typevar', name: 'X', bang: true });
  assert.deepEqual(inv.result, { kind: 'typevar', name: 'X', bang: false });
  assert.deepEqual(ir.functions[2].result, { kind: 'vector', of: { kind: 'type', name: 'User' } });
  assert.deepEqual(ir.functions[0].result, { kind: 'type', name: 'help.Config' });
});

test('bare %Vector<T> and CRLF line ends, BOM and trailing spaces are accepted', () => {
  const ir = parseTl('\ufeffx a:%Vector<int> = X;  \r\n//@description y\r\ny = Y;\r\n', 'w.tl');
  assert.deepEqual(ir.constructors[0].params[0].type, { kind: 'vector', of: { kind: 'builtin', builtin: 'int32', spelled: 'int' } });
  assert.equal(ir.constructors[1].description, 'y');
});

test('ordinary // comments are ignored; an empty text parses to an empty schema', () => {
  const ir = parseTl('// just a note\nok = Ok;\n', 'o.tl');
  assert.equal(ir.constructors.length, 1);
  const empty = parseTl('', 'e.tl');
  assert.equal(empty.constructors.length + empty.functions.length + empty.types.length, 0);
});

test('malformed lines throw SCHEMA_PARSE with file:line:column and what was expected', () => {
  parseError('ok = Ok;\nfoo bar = Baz;\n', 2, 8, /expected ':' after field name 'bar'/);
  parseError('foo a:int = Foo\n', 1, 16, /expected ';'/);
  parseError('foo a:int Foo;\n', 1, 14, /expected ':' after field name 'Foo'/);
  parseError('foo a:vector<int = Foo;\n', 1, 17, /expected '>'/);
  parseError('foo a:list<int> = Foo;\n', 1, 7, /expected 'vector' or 'Vector' before '<'/);
  parseError('foo a: = Foo;\n', 1, 7, /expected a type after 'a:'/);
  parseError('foo#xyz = Foo;\n', 1, 5, /hex digits/);
  parseError('---function---\n', 1, 1, /expected '---functions---' or '---types---'/);
  parseError('\n\n  = Foo;\n', 3, 3, /expected a constructor or function name/);
  parseError('foo = Foo; junk\n', 1, 12, /expected the end of the line/);
  parseError('foo a:int a:int = Foo;\n', 1, 11, /field 'a' is declared twice/);
  parseError('foo = Foo;\nfoo = Bar;\n', 2, 1, /'foo' is declared twice \(first at line 1\)/);
  parseError('foo = foo;\n', 1, 1, /capitalised type name/);
  parseError('Foo = Foo;\n', 1, 1, /lower-case/);
  parseError('//-dangling\n', 1, 3, /before this '\/\/-' continuation/);
  parseError('//@ nothing\n', 1, 4, /expected a name after '@'/);
  parseError('f x:flags.0?int = F;\n', 1, 5, /'flags' to be an earlier field of type '#'/);
  parseError('f flags:# x:flags.32?int = F;\n', 1, 13, /N in 0\.\.31/);
  parseError('f q:!X = F;\n', 1, 6, /type parameter declared/);
  parseError('/ x\n', 1, 2, /expected '\/\/'/);
  parseError('€ = X;\n', 1, 1, /expected a constructor or function name/);
  parseError('foo a:int', 1, 10, /expected a field 'name:Type' or '= Result;'/);
  parseError('f {X:Type} {X:Type} q:!X = X;\n', 1, 13, /type parameter 'X' is declared twice/);
  parseError(`f a:${'vector<'.repeat(40)}int${'>'.repeat(40)} = F;\n`, 1, 236, /at most 32 nested vector types/);
  parseError('decimal ? = Decimal;\n', 1, 1, /known built-in type, got 'decimal'/);
});

test('parseTl rejects a non-string input with USAGE, not a crash', () => {
  assert.throws(
    () => parseTl(undefined as unknown as string, 'x'),
    (e: unknown) => isLuatdError(e, 'USAGE'),
  );
});

// the timeout is a hang guard (a parser loop that never ends), not a speed check
test('pathological input ends with an error, not a hang', { timeout: 120_000 }, () => {
  const deep = `f a:${'vector<'.repeat(200000)}int${'>'.repeat(200000)} = F;\n`;
  assert.throws(() => parseTl(deep, 'deep.tl'), (e: unknown) => isLuatdError(e, 'SCHEMA_PARSE'));
  const n = 30000;
  const wide = `//@description w ${Array.from({ length: n }, (_, i) => `@f${i} doc`).join(' ')}\nw ${Array.from({ length: n }, (_, i) => `f${i}:int32`).join(' ')} = W;\n`;
  const w = parseTl(wide, 'wide.tl');
  assert.equal(w.constructors[0].params.length, n);
  assert.equal(w.constructors[0].params[n - 1].description, 'doc');
  const manyAts = `//@description ${'@a @ '.repeat(20000)}\nx a:int = X;\n`;
  assert.equal(parseTl(manyAts, 'ats.tl').constructors[0].params[0].description, '@');
  const longJunk = `${'a'.repeat(200000)} b\n`;
  assert.throws(() => parseTl(longJunk, 'junk.tl'), (e: unknown) => isLuatdError(e, 'SCHEMA_PARSE'));
});

test('loadSchema caches by path and mtime, reloads on change; a missing file is an IO error', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-schema-'));
  try {
    const file = path.join(dir, 's.tl');
    writeFileSync(file, 'ok = Ok;\n');
    const a = loadSchema(file);
    assert.equal(loadSchema(file), a);
    writeFileSync(file, 'ok = Ok;\nerror = Error;\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const b = loadSchema(file);
    assert.notEqual(b, a);
    assert.equal(b.constructors.length, 2);
    assert.throws(
      () => loadSchema(path.join(dir, 'missing.tl')),
      (e: unknown) => isLuatdError(e, 'IO') && /missing\.tl/.test(e.message),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('our schema parses cleanly: no doc warnings, every referenced type and constructor exists', () => {
  const ir = ourSchema();
  assert.deepEqual(ir.warnings ?? [], []);
  const idx = SchemaIndex.of(ir);
  const dangling: string[] = [];
  const visit = (t: TypeRef, where: string): void => {
    if (t.kind === 'vector') visit(t.of, where);
    else if (t.kind === 'type' && !idx.type(t.name)) dangling.push(`${where}: ${t.name}`);
    else if (t.kind === 'constructor' && !idx.ctor(t.name)) dangling.push(`${where}: ${t.name}`);
  };
  for (const c of [...ir.constructors, ...ir.functions]) for (const p of c.params) visit(p.type, `${c.name}.${p.name}`);
  for (const f of ir.functions) visit(f.result, `${f.name} result`);
  assert.deepEqual(dangling, []);
  assert.ok(idx.fn('resetAuth'), 'resetAuth');
  assert.ok(idx.fn('resetAuth'), 'resetAuth');
  assert.ok(idx.type('AuthState'));
  assert.ok(idx.constructorsOf('AuthState').some((c) => c.name === 'authStateOk'));
});

test('SchemaIndex lookups', () => {
  const idx = new SchemaIndex(parseTl(LEGACY, 'legacy.tl'));
  assert.equal(SchemaIndex.of(idx.ir), SchemaIndex.of(idx.ir));
  assert.equal(idx.fn('resetAuth')?.name, 'resetAuth');
  assert.equal(idx.fn('authStateOk'), undefined);
  assert.equal(idx.ctor('authStateOk')?.result, 'AuthState');
  assert.equal(idx.type('AuthState')?.declaredClass, true);
  assert.deepEqual(
    idx.constructorsOf('AuthState').map((c) => c.name),
    ['authStateWaitCode', 'authStateOk'],
  );
  assert.deepEqual(idx.constructorsOf('Nope'), []);
  assert.equal(idx.isPolymorphic('AuthState'), true);
  assert.equal(idx.isPolymorphic('Error'), false);
  assert.deepEqual(idx.functionNames(), ['getAuthState', 'resetAuth']);
  assert.deepEqual(idx.constructorNames(), ['authStateOk', 'authStateWaitCode', 'error']);
  assert.deepEqual(idx.typeNames(), ['AuthState', 'Error']);
  assert.equal(idx.param('resetAuth', 'force')?.name, 'force');
  assert.deepEqual(
    idx.functionsReturning('AuthState').map((f) => f.name),
    ['resetAuth', 'getAuthState'],
  );
  assert.equal(idx.suggestFunction('resetAuht'), 'resetAuth');
  assert.equal(idx.suggestFunction('getauthstate'), 'getAuthState');
  assert.equal(idx.suggestFunction('somethingElse'), undefined);
});

test('closestName: typo within a third of the length, else nothing', () => {
  assert.equal(closestName('forse', ['force', 'first']), 'force');
  assert.equal(closestName('x', ['chat_id']), undefined);
  assert.equal(closestName('chat_di', ['chat_id', 'chat']), 'chat_id');
});
