import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTl } from '../../src/schema/parser.js';
import { SchemaIndex } from '../../src/schema/index.js';
import {
  validateRequest,
  validateObject,
  validationErrorToLuatd,
  assertRequest,
  defaultValue,
  MAX_DEPTH,
  type ValidationError,
} from '../../src/schema/validate.js';
import { isLuatdError } from '../../src/errors.js';

const TL = `
//@description Some text @text The text @entities Marks
formattedText text:string entities:vector<textEntity> = FormattedText;

//@description A mark @offset Start @length Length
textEntity offset:int32 length:int32 = TextEntity;

//@class InputMessageContent @description Content to send

//@description Text @text The text @disable_web_page_preview No preview
inputMessageText text:formattedText disable_web_page_preview:Bool = InputMessageContent;

//@description A sticker @id Sticker id
inputMessageSticker id:int64 = InputMessageContent;

//@description A wrapper type with one constructor @value The value
boxed value:int53 = Boxed;

//@description Ok
ok = Ok;

//@class Node @description A tree node
//@description A leaf
leaf = Node;
//@description A branch @left Left; may be null @right Right; may be null
branch left:Node right:Node = Node;

---functions---

//@description Logs out @force Drop local data only
resetAuth force:Bool = Ok;

//@description Sends @chat_id The chat @content What to send @reply_markup Buttons; may be null @ids Some ids @ratio A ratio @data Raw data @big A big number @small A small number @tags Tags; may be null
sendMessage chat_id:int53 content:InputMessageContent reply_markup:InputMessageContent ids:vector<int53> ratio:double data:bytes big:int64 small:int32 tags:vector<textEntity> = Ok;

//@description Takes a boxed and a bare @b Boxed @t Bare
takeObjects b:Boxed t:formattedText = Ok;

//@description Takes a tree @root The root
takeTree root:Node = Ok;

//@description Takes nested vectors @m Matrix
takeMatrix m:vector<vector<int32>> = Ok;
`;

const idx = new SchemaIndex(parseTl(TL, 'v.tl'));

/** The error of a request that must fail. */
function err(value: unknown): ValidationError {
  const r = validateRequest(idx, value);
  assert.equal(r.ok, false, 'expected an error');
  return (r as { ok: false; error: ValidationError }).error;
}

/** The normalised value of a request that must pass. */
function ok(value: unknown): Record<string, unknown> {
  const r = validateRequest(idx, value);
  if (!r.ok) assert.fail(`unexpected error: ${r.error.message}`);
  return r.value;
}

const CONTENT = { _: 'inputMessageSticker', id: '5' };

test('omitted parameters take their defaults; resetAuth({}) means force=false', () => {
  assert.deepEqual(ok({ _: 'resetAuth' }), { _: 'resetAuth', force: false });
  assert.deepEqual(ok({ _: 'sendMessage', content: CONTENT }), {
    _: 'sendMessage',
    chat_id: 0,
    content: { _: 'inputMessageSticker', id: '5' },
    reply_markup: null,
    ids: [],
    ratio: 0,
    data: '',
    big: '0',
    small: 0,
    tags: [],
  });
  assert.deepEqual(ok({ _: 'takeObjects', b: {} }), { _: 'takeObjects', b: { _: 'boxed', value: 0 }, t: null });
});

test('null counts as omitted (a Lua nil may arrive as null)', () => {
  assert.deepEqual(ok({ _: 'resetAuth', force: null }), { _: 'resetAuth', force: false });
});

test('an omitted object is null whatever the description says: the method decides (TDLib JSON rule)', () => {
  assert.equal(ok({ _: 'sendMessage', chat_id: 1 }).content, null);
  assert.equal(ok({ _: 'takeTree', root: null }).root, null);
  assert.equal(ok({ _: 'takeObjects' }).b, null, 'a boxed type with one constructor too');
  // the same declaration with and without "may be null" in its description validates alike
  const plain = SchemaIndex.of(parseTl('//@description A @v a v\nbox v:int32 = Box;\n---functions---\n//@description F @b a box\nf b:Box = Box;\n', 'a.tl'));
  const nullable = SchemaIndex.of(parseTl('//@description A @v a v\nbox v:int32 = Box;\n---functions---\n//@description F @b a box; may be null\nf b:Box = Box;\n', 'b.tl'));
  assert.deepEqual(validateRequest(plain, { _: 'f' }), validateRequest(nullable, { _: 'f' }));
  assert.deepEqual(validateRequest(plain, { _: 'f' }), { ok: true, value: { _: 'f', b: null } });
});

test('defaultValue follows the documented rule', () => {
  const send = idx.fn('sendMessage')!;
  const by = (n: string) => send.params.find((p) => p.name === n)!;
  assert.equal(defaultValue(by('content')), null);
  assert.deepEqual(defaultValue(by('ids')), []);
  assert.notEqual(defaultValue(by('ids')), defaultValue(by('ids')), 'fresh array each time');
  assert.equal(defaultValue(by('big')), '0');
});

test('wrong types: the message template names parameter, expected and got', () => {
  const e = err({ _: 'resetAuth', force: 'x' });
  assert.deepEqual(e, {
    code: 'INVALID_PARAM',
    path: 'force',
    expected: 'Bool',
    got: 'string',
    message: "Invalid 'force': expected Bool, got string",
  });
  assert.equal(err({ _: 'resetAuth', force: 1 }).message, "Invalid 'force': expected Bool, got number");
  assert.equal(err({ _: 'resetAuth', force: () => true }).message, "Invalid 'force': expected Bool, got function");
  assert.equal(err({ _: 'resetAuth', force: Symbol('s') }).got, 'symbol');
  assert.equal(err({ _: 'resetAuth', force: [] }).got, 'array');
  assert.equal(err({ _: 'sendMessage', content: CONTENT, chat_id: 10n }).got, 'bigint');
});

test('int32 range and integrality', () => {
  const small = (v: unknown) => validateRequest(idx, { _: 'sendMessage', content: CONTENT, small: v });
  assert.equal(small(2147483647).ok, true);
  assert.equal(small(-2147483648).ok, true);
  assert.equal(err({ _: 'sendMessage', content: CONTENT, small: 2147483648 }).message, "Invalid 'small': expected int32, got 2147483648 (out of range)");
  assert.equal(err({ _: 'sendMessage', content: CONTENT, small: 1.5 }).message, "Invalid 'small': expected int32, got 1.5 (not an integer)");
  assert.equal(err({ _: 'sendMessage', content: CONTENT, small: '1' }).got, 'string');
});

test('int53: safe integers only; -0 normalises to 0', () => {
  assert.equal(ok({ _: 'sendMessage', content: CONTENT, chat_id: 2 ** 53 - 1 }).chat_id, 2 ** 53 - 1);
  assert.equal(err({ _: 'sendMessage', content: CONTENT, chat_id: 2 ** 53 }).message, `Invalid 'chat_id': expected int53, got ${2 ** 53} (out of range)`);
  assert.ok(Object.is(ok({ _: 'sendMessage', content: CONTENT, chat_id: -0 }).chat_id, 0));
  assert.ok(Object.is(ok({ _: 'sendMessage', content: CONTENT, ratio: -0 }).ratio, 0));
});

test('int64: decimal strings in range, safe numbers and bigints normalised to strings', () => {
  const big = (v: unknown) => ok({ _: 'sendMessage', content: CONTENT, big: v }).big;
  assert.equal(big('9223372036854775807'), '9223372036854775807');
  assert.equal(big('-9223372036854775808'), '-9223372036854775808');
  assert.equal(big('007'), '7');
  assert.equal(big(42), '42');
  assert.equal(big(-0), '0');
  assert.equal(big(12345678901234567890n % 2n ** 62n), (12345678901234567890n % 2n ** 62n).toString());
  const e = err({ _: 'sendMessage', content: CONTENT, big: '9223372036854775808' });
  assert.equal(e.message, 'Invalid \'big\': expected int64, got "9223372036854775808" (out of range)');
  assert.equal(err({ _: 'sendMessage', content: CONTENT, big: '12a' }).message, 'Invalid \'big\': expected int64 (decimal string), got "12a"');
  assert.equal(err({ _: 'sendMessage', content: CONTENT, big: '' }).code, 'INVALID_PARAM');
  assert.equal(err({ _: 'sendMessage', content: CONTENT, big: '-' }).code, 'INVALID_PARAM');
  assert.match(err({ _: 'sendMessage', content: CONTENT, big: 2 ** 60 }).message, /pass it as a decimal string/);
  assert.match(err({ _: 'sendMessage', content: CONTENT, big: 1.5 }).message, /not an integer/);
});

test('double: finite numbers; NaN and Infinity rejected with the path', () => {
  assert.equal(ok({ _: 'sendMessage', content: CONTENT, ratio: 0.25 }).ratio, 0.25);
  assert.equal(err({ _: 'sendMessage', content: CONTENT, ratio: NaN }).message, "Invalid 'ratio': expected double, got NaN (must be a finite number)");
  assert.equal(err({ _: 'sendMessage', content: CONTENT, ratio: -Infinity }).got, '-Infinity');
  assert.equal(err({ _: 'sendMessage', content: CONTENT, ids: [1, NaN] }).path, 'ids[2]');
});

test('strings: any well-formed JS string; a lone surrogate is refused with the path', () => {
  const text = { _: 'formattedText', text: 'héllo 👋 \u0000 ok', entities: [] };
  assert.deepEqual(validateObject(idx, { kind: 'constructor', name: 'formattedText' }, text, ''), { ok: true, value: text });
  const r = validateObject(idx, { kind: 'constructor', name: 'formattedText' }, { text: 'a\uD800b' }, 'caption');
  assert.equal(r.ok, false);
  const e = (r as { ok: false; error: ValidationError }).error;
  assert.equal(e.path, 'caption.text');
  assert.equal(e.message, "Invalid 'caption.text': expected string, got a string with a lone UTF-16 surrogate (not encodable as UTF-8)");
});

test('bytes: base64 strings', () => {
  assert.equal(ok({ _: 'sendMessage', content: CONTENT, data: 'aGVsbG8=' }).data, 'aGVsbG8=');
  assert.equal(ok({ _: 'sendMessage', content: CONTENT, data: 'aGVsbG8' }).data, 'aGVsbG8');
  const e = err({ _: 'sendMessage', content: CONTENT, data: 'not base64!' });
  assert.equal(e.message, 'Invalid \'data\': expected bytes (base64 string), got "not base64!" (not valid base64)');
  assert.equal(err({ _: 'sendMessage', content: CONTENT, data: 'abcde' }).code, 'INVALID_PARAM');
  assert.equal(err({ _: 'sendMessage', content: CONTENT, data: 'ab=c' }).code, 'INVALID_PARAM');
});

test('unknown parameters are errors with a suggestion, reported before missing ones', () => {
  const e = err({ _: 'resetAuth', forse: true });
  assert.deepEqual(e, {
    code: 'UNKNOWN_PARAM',
    path: 'forse',
    got: 'forse',
    message: "Unknown parameter 'forse' (did you mean 'force'?)",
  });
  assert.equal(err({ _: 'sendMessage', chat_di: 1 }).message, "Unknown parameter 'chat_di' (did you mean 'chat_id'?)");
  assert.equal(err({ _: 'resetAuth', zzz: 1 }).message, "Unknown parameter 'zzz'");
  const nested = err({ _: 'sendMessage', content: { _: 'inputMessageText', text: { txt: 'a' } } });
  assert.equal(nested.message, "Unknown parameter 'content.text.txt' (did you mean 'content.text.text'?)");
});

test('unknown and missing methods', () => {
  const e = err({ _: 'resetAuht' });
  assert.deepEqual(e, { code: 'UNKNOWN_METHOD', path: '_', got: 'resetAuht', message: "Unknown method 'resetAuht' (did you mean 'resetAuth'?)" });
  assert.equal(err({ _: 'fooBarBaz' }).message, "Unknown method 'fooBarBaz'");
  assert.equal(err({ _: 'ok' }).code, 'UNKNOWN_METHOD', 'a constructor is not a method');
  assert.equal(err({ force: true }).code, 'MISSING_PARAM');
  assert.equal(err({ _: 5 }).message, "Invalid '_': expected a name (string), got number");
  assert.equal(err('resetAuth').message, "Invalid '(request)': expected a request object, got string");
  assert.equal(err(null).got, 'null');
  assert.equal(err([]).got, 'array');
});

test('@type is an alias of _, normalised; both given must agree; @extra passes through', () => {
  assert.deepEqual(ok({ '@type': 'resetAuth', force: true }), { _: 'resetAuth', force: true });
  assert.deepEqual(ok({ _: 'resetAuth', '@type': 'resetAuth' }), { _: 'resetAuth', force: false });
  assert.equal(err({ _: 'resetAuth', '@type': 'getAuthState' }).code, 'INVALID_PARAM');
  assert.deepEqual(ok({ _: 'resetAuth', '@extra': { id: 7 } }), { _: 'resetAuth', force: false, '@extra': { id: 7 } });
  assert.equal(err({ _: 'sendMessage', content: { ...CONTENT, '@extra': 1 } }).code, 'UNKNOWN_PARAM');
  const nested = ok({ _: 'sendMessage', content: { '@type': 'inputMessageSticker', id: 1 } });
  assert.deepEqual(nested.content, { _: 'inputMessageSticker', id: '1' });
});

test('polymorphic objects need _; single-constructor and bare ones get it filled in', () => {
  const e = err({ _: 'sendMessage', content: { id: '1' } });
  assert.equal(e.code, 'MISSING_PARAM');
  assert.equal(e.path, 'content._');
  assert.equal(e.message, "Required: 'content._' (a InputMessageContent: one of inputMessageText, inputMessageSticker)");
  const v = ok({ _: 'takeObjects', b: { value: 3 }, t: { text: 'hi' } });
  assert.deepEqual(v.b, { _: 'boxed', value: 3 });
  assert.deepEqual(v.t, { _: 'formattedText', text: 'hi', entities: [] });
  assert.deepEqual(ok({ _: 'takeObjects', b: {}, t: {} }).t, { _: 'formattedText', text: '', entities: [] });
});

test('a given _ must be a constructor of the expected type', () => {
  const unknown = err({ _: 'sendMessage', content: { _: 'inputMessageTxt' } });
  assert.equal(unknown.code, 'UNKNOWN_CONSTRUCTOR');
  assert.equal(unknown.path, 'content._');
  assert.equal(unknown.message, "Unknown constructor 'inputMessageTxt' at 'content' (did you mean 'inputMessageText'?)");
  const wrong = err({ _: 'sendMessage', content: { _: 'ok' } });
  assert.equal(wrong.code, 'INVALID_PARAM');
  assert.equal(wrong.message, "Invalid 'content': expected InputMessageContent, got ok (of type Ok)");
  const bare = err({ _: 'takeObjects', b: {}, t: { _: 'textEntity' } });
  assert.equal(bare.message, "Invalid 't': expected formattedText, got textEntity");
  assert.equal(err({ _: 'sendMessage', content: 'text' }).message, "Invalid 'content': expected InputMessageContent, got string");
});

test('nested paths: fields with dots, vector elements 1-based (as Lua counts)', () => {
  const e = err({
    _: 'sendMessage',
    content: { _: 'inputMessageText', text: { text: 'a', entities: [{ offset: 0, length: 1 }, { offset: 'x' }] } },
  });
  assert.equal(e.path, 'content.text.entities[2].offset');
  assert.equal(e.message, "Invalid 'content.text.entities[2].offset': expected int32, got string");
  assert.equal(err({ _: 'sendMessage', content: CONTENT, ids: [1, 2, 'x'] }).path, 'ids[3]');
  assert.equal(err({ _: 'takeMatrix', m: [[1], [2, 'x']] }).path, 'm[2][2]');
  assert.equal(err({ _: 'sendMessage', content: CONTENT, ids: 5 }).message, "Invalid 'ids': expected vector<int53>, got number");
});

test('vectors: an empty table {} is an empty vector; null elements only where null is allowed', () => {
  assert.deepEqual(ok({ _: 'sendMessage', content: CONTENT, ids: {} }).ids, []);
  assert.equal(err({ _: 'sendMessage', content: CONTENT, ids: { 1: 5 } }).code, 'INVALID_PARAM');
  assert.equal(err({ _: 'sendMessage', content: CONTENT, ids: [1, null] }).message, "Invalid 'ids[2]': expected int53, got null");
  assert.deepEqual(ok({ _: 'sendMessage', content: CONTENT, tags: [null, { offset: 1 }] }).tags, [null, { _: 'textEntity', offset: 1, length: 0 }]);
  assert.equal(err({ _: 'sendMessage', content: { _: 'inputMessageText', text: { entities: [null] } } }).path, 'content.text.entities[1]');
});

test('the output is a normalised copy: _ first, schema order, input untouched', () => {
  const input = { force: true, _: 'resetAuth' };
  const out = ok(input);
  assert.deepEqual(Object.keys(out), ['_', 'force']);
  assert.deepEqual(input, { force: true, _: 'resetAuth' });
  const shared = { offset: 1, length: 2 };
  const v = ok({ _: 'sendMessage', content: CONTENT, tags: [shared, shared] });
  assert.deepEqual(v.tags, [{ _: 'textEntity', offset: 1, length: 2 }, { _: 'textEntity', offset: 1, length: 2 }], 'a shared (non-cyclic) object is fine');
});

test('cycles and deep nesting are errors, not hangs', () => {
  const a: Record<string, unknown> = { _: 'branch' };
  a.left = a;
  const e = err({ _: 'takeTree', root: a });
  assert.equal(e.code, 'INVALID_PARAM');
  assert.equal(e.path, 'root.left');
  assert.match(e.message, /cycle/);
  const arr: unknown[] = [];
  arr.push(arr);
  assert.match(err({ _: 'takeMatrix', m: arr }).message, /cycle|expected/);
  let deep: Record<string, unknown> = { _: 'leaf' };
  for (let i = 0; i < MAX_DEPTH + 5; i++) deep = { _: 'branch', left: deep };
  const d = err({ _: 'takeTree', root: deep });
  assert.equal(d.code, 'INVALID_PARAM');
  assert.match(d.message, /at most 100 levels of nesting/);
  let fine: Record<string, unknown> = { _: 'leaf' };
  for (let i = 0; i < 50; i++) fine = { _: 'branch', right: fine };
  assert.equal(validateRequest(idx, { _: 'takeTree', root: fine }).ok, true);
});

test('validateObject checks a value of any type with a path prefix', () => {
  const r = validateObject(idx, { kind: 'type', name: 'InputMessageContent' }, { _: 'inputMessageSticker', id: 'x' }, 'message.content');
  assert.equal(r.ok, false);
  assert.equal((r as { ok: false; error: ValidationError }).error.path, 'message.content.id');
  const s = validateObject(idx, { kind: 'vector', of: { kind: 'builtin', builtin: 'int64', spelled: 'int64' } }, [1, '2']);
  assert.deepEqual(s, { ok: true, value: ['1', '2'] });
  assert.deepEqual(validateObject(idx, { kind: 'builtin', builtin: 'Bool', spelled: 'Bool' }, undefined), { ok: true, value: false });
  assert.deepEqual(validateObject(idx, { kind: 'type', name: 'Node' }, null, 'root'), { ok: true, value: null });
  const u = validateObject(idx, { kind: 'type', name: 'Nowhere' }, {}, 'x');
  assert.equal(u.ok, false);
  assert.equal((u as { ok: false; error: ValidationError }).error.code, 'UNKNOWN_CONSTRUCTOR');
});

test('errors convert to LuatdError with the same code and details', () => {
  const e = validationErrorToLuatd(err({ _: 'resetAuth', force: 'x' }));
  assert.ok(isLuatdError(e, 'INVALID_PARAM'));
  assert.equal(e.message, "Invalid 'force': expected Bool, got string");
  assert.deepEqual(e.details, { path: 'force', expected: 'Bool', got: 'string' });
  assert.throws(() => assertRequest(idx, { _: 'nope' }), (x: unknown) => isLuatdError(x, 'UNKNOWN_METHOD'));
  assert.deepEqual(assertRequest(idx, { _: 'resetAuth' }), { _: 'resetAuth', force: false });
});

test('validators are reused: repeated calls give the same answers', () => {
  for (let i = 0; i < 3; i++) {
    assert.equal(err({ _: 'resetAuth', force: 'x' }).message, "Invalid 'force': expected Bool, got string");
    assert.deepEqual(ok({ _: 'resetAuth', force: true }), { _: 'resetAuth', force: true });
  }
});

test('fields named like Object.prototype members read only own properties', () => {
  const proto = new SchemaIndex(parseTl('ctorx = X;\n---functions---\nf constructor:int32 toString:string __proto__:int32 = X;\n', 'p.tl'));
  const r = validateRequest(proto, { _: 'f' });
  assert.equal(r.ok, true);
  const v = (r as { ok: true; value: Record<string, unknown> }).value;
  assert.equal(v.constructor, 0);
  assert.equal(v.toString, '');
  assert.equal(Object.getPrototypeOf(v), Object.prototype);
  assert.deepEqual(Object.keys(v), ['_', 'constructor', 'toString', '__proto__']);
  const inherited = validateRequest(proto, Object.create({ _: 'f' }) as unknown);
  assert.equal(inherited.ok, false, 'an inherited _ does not name the function');
});

test('huge unknown names are clipped in messages', () => {
  const long = 'x'.repeat(100000);
  const m = err({ _: long });
  assert.equal(m.code, 'UNKNOWN_METHOD');
  assert.ok(m.message.length < 200, m.message.slice(0, 200));
  const p = err({ _: 'resetAuth', [long]: 1 });
  assert.equal(p.code, 'UNKNOWN_PARAM');
  assert.ok(p.message.length < 200);
});

test('validation is idempotent: a normalised request validates to itself (the core may re-check)', () => {
  const inputs: unknown[] = [
    { _: 'resetAuth' },
    { '@type': 'sendMessage', content: { _: 'inputMessageText', text: { text: 'x', entities: {} } }, big: 5, tags: [null], '@extra': 'e' },
    { _: 'takeObjects', b: {}, t: {} },
    { _: 'takeTree', root: { _: 'branch', left: { _: 'leaf' } } },
  ];
  for (const x of inputs) {
    const once = ok(x);
    assert.deepEqual(ok(once), once);
  }
});
