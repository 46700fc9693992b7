/**
 * The TDLib backend without a network (CI has none): TDLib's synchronous functions, the test*
 * functions, the authorization states reachable offline, logOut/destroy/close, a rejected call,
 * update handlers, the legacy translation, the hard stop, and the CLI's `--backend tdlib`.
 * Every test skips with a note where TDLib cannot load.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openTdlib, loadTdlib, tdlibSchema } from '../../src/core/tdlib/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { openSession } from '../../src/repl/session.js';
import { complete, CompletionSchema } from '../../src/repl/complete.js';
import { NO_TDLIB, OFFLINE_API, luatd, tempDir } from './helpers.js';

const skip = NO_TDLIB;
const creds = { apiId: 1, apiHash: 'offline-test' };

/** Collect updates until `until` matches one (or fail after `ms`). */
function waitUpdate(client: Client, until: (u: TdObject) => boolean, ms = 20_000): { seen: TdObject[]; done: Promise<void> } {
  const seen: TdObject[] = [];
  let off = (): void => undefined;
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching update; saw ${seen.map((u) => u._).join(', ')}`)), ms);
    off = client.onUpdate((u) => {
      seen.push(u);
      if (until(u)) {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  });
  return { seen, done };
}

type Any = any;

const authState = (u: TdObject): string | undefined => (u._ === 'updateAuthorizationState' ? (u.authorization_state as TdObject)._ : undefined);

test("TDLib's synchronous functions answer without a network", { skip }, async () => {
  const client = openTdlib({ memory: true, compat: 'none' });
  const sync = (r: TdObject): Any => client.invokeSync!(r) as Any;
  try {
    const version = client.invokeSync!({ _: 'getOption', name: 'version' });
    assert.deepEqual(version, { _: 'optionValueString', value: loadTdlib().version });
    assert.match(loadTdlib().version, /^1\.8\.\d+$/);
    const found = sync({ _: 'getTextEntities', text: 'hi @durov #tag $USD /start t.me/x a@b.com' });
    assert.deepEqual(
      found.entities.map((e: Any) => [e.type._, e.offset, e.length]),
      [
        ['textEntityTypeMention', 3, 6],
        ['textEntityTypeHashtag', 10, 4],
        ['textEntityTypeCashtag', 15, 4],
        ['textEntityTypeBotCommand', 20, 6],
        ['textEntityTypeUrl', 27, 6],
        ['textEntityTypeEmailAddress', 34, 7],
      ],
    );
    const md = sync({ _: 'parseTextEntities', text: '*bold* _it_', parse_mode: { _: 'textParseModeMarkdown', version: 2 } });
    assert.equal(md.text, 'bold it');
    assert.deepEqual(md.entities.map((e: Any) => e.type._), ['textEntityTypeBold', 'textEntityTypeItalic']);
    const parsed = sync({ _: 'parseMarkdown', text: { _: 'formattedText', text: '**b** __i__', entities: [] } });
    assert.equal(parsed.text, 'b i');
    assert.equal(parsed.entities.length, 2);
    const back = sync({ _: 'getMarkdownText', text: parsed });
    assert.equal(back.text, '**b** __i__');
    // a broken entity is TDLib's error object, not an exception
    const broken = client.invokeSync!({ _: 'parseTextEntities', text: '*open', parse_mode: { _: 'textParseModeMarkdown', version: 2 } });
    assert.equal(broken?._, 'error');
    assert.equal((broken as Any).code, 400);
    // getOption of another option cannot be synchronous: it goes through invoke
    assert.equal(client.invokeSync!({ _: 'getOption', name: 'unix_time' }), undefined);
  } finally {
    await client.close();
  }
});

test('the test* functions round-trip values (int32, string, bytes, vectors, objects) and testReturnError gives an error object', { skip }, async () => {
  const client = openTdlib({ memory: true, compat: 'none' });
  try {
    assert.deepEqual(await client.invoke({ _: 'testSquareInt', x: 12 }), { _: 'testInt', value: 144 });
    assert.deepEqual(await client.invoke({ _: 'testCallString', x: 'héllo 😀' }), { _: 'testString', value: 'héllo 😀' });
    assert.deepEqual(await client.invoke({ _: 'testCallBytes', x: 'AAEC/w==' }), { _: 'testBytes', value: 'AAEC/w==' });
    assert.deepEqual(await client.invoke({ _: 'testCallVectorInt', x: [1, -2, 3] }), { _: 'testVectorInt', value: [1, -2, 3] });
    const objs = (await client.invoke({ _: 'testCallVectorStringObject', x: [{ _: 'testString', value: 'a' }] })) as Any;
    assert.deepEqual(objs.value, [{ _: 'testString', value: 'a' }]);
    assert.deepEqual(await client.invoke({ _: 'testReturnError', error: { _: 'error', code: 418, message: 'TEAPOT' } }), { _: 'error', code: 418, message: 'TEAPOT' });
  } finally {
    await client.close();
  }
});

test('without api_id/api_hash TDLib waits for parameters and says how to give them; with them it reaches authorizationStateWaitPhoneNumber', { skip }, async () => {
  const bare = openTdlib({ memory: true, compat: 'none', env: {} });
  try {
    assert.deepEqual(await bare.invoke({ _: 'getAuthorizationState' }), { _: 'authorizationStateWaitTdlibParameters' });
    const r = (await bare.invoke({ _: 'getMe' })) as { _: string; code: number; message: string };
    assert.equal(r._, 'error');
    assert.equal(r.code, 400);
    assert.match(r.message, /Initialization parameters are needed.*--api-id and --api-hash/);
  } finally {
    await bare.close();
  }
  const client = openTdlib({ memory: true, compat: 'none', ...creds });
  try {
    assert.deepEqual(await client.invoke({ _: 'getAuthorizationState' }), { _: 'authorizationStateWaitPhoneNumber' });
    // a call TDLib rejects: not logged in
    const me = (await client.invoke({ _: 'getMe' })) as { _: string; code: number };
    assert.equal(me._, 'error');
    assert.equal(me.code, 401);
    // a malformed request is TDLib's 400, not a crash
    const bad = (await client.invoke({ _: 'getOption', name: 42 })) as { _: string; code: number };
    assert.equal(bad._, 'error');
  } finally {
    await client.close();
  }
});

for (const ending of ['logOut', 'destroy', 'close'] as const) {
  test(`${ending} answers ok, updates go LoggingOut (or Closing) → Closed, and the next call opens TDLib again`, { skip }, async (t) => {
    const dir = tempDir(t);
    const client = openTdlib({ dataDir: dir, session: 's1', compat: 'none', ...creds });
    try {
      assert.deepEqual(await client.invoke({ _: 'getAuthorizationState' }), { _: 'authorizationStateWaitPhoneNumber' });
      const w = waitUpdate(client, (u) => authState(u) === 'authorizationStateClosed');
      assert.deepEqual(await client.invoke({ _: ending }), { _: 'ok' });
      await w.done;
      const states = w.seen.map(authState).filter(Boolean);
      assert.equal(states.at(-1), 'authorizationStateClosed');
      // logOut and destroy go through LoggingOut, close through Closing
      assert.ok(states.includes(ending === 'close' ? 'authorizationStateClosing' : 'authorizationStateLoggingOut'), states.join(','));
      assert.deepEqual(await client.invoke({ _: 'getAuthorizationState' }), { _: 'authorizationStateWaitPhoneNumber' });
      // the database lives in the luatd data dir, one per session
      assert.ok(existsSync(path.join(dir, 'tdlib', 's1', 'db')));
    } finally {
      await client.close();
    }
    await assert.rejects(client.invoke({ _: 'getAuthorizationState' }), /closed/);
  });
}

test('legacy compat: resetAuth force=true → destroy (401 as the legacy API), force=false → logOut (authStateLoggingOut), authorizationState* ↔ authState*', { skip }, async () => {
  const client = openTdlib({ memory: true, ...creds });
  try {
    assert.deepEqual(await client.invoke({ _: 'getAuthState' }), { _: 'authStateWaitPhoneNumber' });
    const w = waitUpdate(client, (u) => u._ === 'updateAuthState' && (u.auth_state as TdObject)._ === 'authorizationStateClosed');
    assert.deepEqual(await client.invoke({ _: 'resetAuth', force: true }), { _: 'error', code: 401, message: 'Unauthorized' });
    await w.done;
    assert.ok(w.seen.some((u) => u._ === 'updateAuthorizationState'));
    assert.deepEqual(await client.invoke({ _: 'getAuthState' }), { _: 'authStateWaitPhoneNumber' });
    assert.deepEqual(await client.invoke({ _: 'resetAuth', force: false }), { _: 'authStateLoggingOut' });
    assert.deepEqual(await client.invoke({ _: 'getAuthState' }), { _: 'authStateWaitPhoneNumber' });
    // TDLib's own functions stay available next to the legacy ones
    assert.deepEqual(await client.invoke({ _: 'getAuthorizationState' }), { _: 'authorizationStateWaitPhoneNumber' });
    // a wrong bot token is TDLib's answer, passed through (offline it cannot be checked: it would wait, so only the shape of a code error is checked)
    const code = (await client.invoke({ _: 'checkAuthCode', code: '1', first_name: '', last_name: '' })) as { _: string; code: number };
    assert.equal(code._, 'error');
    assert.equal(code.code, 400);
  } finally {
    await client.close();
  }
});

test("the schema is the loaded TDLib's (its declarations), with the legacy calls unless compat is none", { skip }, () => {
  const ir = tdlibSchema();
  const names = new Set(ir.functions.map((f) => f.name));
  for (const n of ['setTdlibParameters', 'getOption', 'parseTextEntities', 'testSquareInt', 'resetAuth', 'getAuthState']) assert.ok(names.has(n), n);
  assert.match(ir.source, /TDLib 1\.8\.\d+/);
  const none = tdlibSchema({ compat: 'none' });
  assert.ok(!none.functions.some((f) => f.name === 'resetAuth'));
  assert.equal(none.functions.length + 6, ir.functions.length);
  const p = ir.functions.find((f) => f.name === 'getStickerSet')!.params[0];
  assert.deepEqual([p.name, p.type], ['set_id', { kind: 'builtin', builtin: 'int64', spelled: 'int64' }]);
  assert.ok(ir.functions.find((f) => f.name === 'getTextEntities')!.synchronous);
});

test('luatd run --backend tdlib: prints the version, runs the seed line, test* calls, a rejected call, update handlers', { skip }, async () => {
  const v = await luatd(['run', '--backend', 'tdlib', '--memory', '-e', 'print(getOption({name = "version"}).value)'], { env: { LUATD_API_ID: undefined, LUATD_API_HASH: undefined } });
  assert.equal(v.status, 0, v.stderr);
  assert.equal(v.stdout, loadTdlib().version + '\n');
  const script = [
    'AuthState = resetAuth({force = true})',
    'print(AuthState._, AuthState.code, AuthState.message)',
    'print(getAuthState()._)',
    'print(testSquareInt({x = 7}).value, testCallString({x = "é"}).value, #testCallVectorInt({x = {1, 2, 3}}).value)',
    'print(tostring(getMe()))',
    'local seen = {}',
    'on("updateAuthorizationState", function(u) seen[#seen + 1] = u.authorization_state._ end)',
    'on("updateOption", function(u) if u.name == "version" then seen[#seen + 1] = "version " .. u.value.value end end)',
    'on("updateAuthState", function(u) seen[#seen + 1] = "legacy " .. u.auth_state._ end)',
    'print(logOut()._)',
    'print(getAuthorizationState()._)',
    'sleep(0.2)',
    'print(table.concat(seen, ","))',
    'stop()',
  ].join('\n');
  const r = await luatd(['run', '--backend', 'tdlib', '--memory', ...OFFLINE_API, '-e', script]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.deepEqual(lines.slice(0, 6), ['error\t401\tUnauthorized', 'authStateWaitPhoneNumber', '49\té\t3', 'error 401: Unauthorized', 'ok', 'authorizationStateWaitPhoneNumber']);
  const seen = lines[6].split(',');
  for (const s of ['authorizationStateLoggingOut', 'authorizationStateClosed', 'legacy authStateLoggingOut', 'authorizationStateWaitPhoneNumber', 'legacy authStateWaitPhoneNumber']) assert.ok(seen.includes(s), `${s} in ${lines[6]}`);
  assert.ok(seen.some((s) => s.startsWith('version 1.8.')), lines[6]);
});

test('--compat none leaves the legacy calls out; bad values are refused before TDLib sees them', { skip }, async () => {
  const r = await luatd(['run', '--backend', 'tdlib', '--memory', '--compat', 'none', ...OFFLINE_API, '-e', 'print(resetAuth({force = true}))']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /resetAuth/);
  const bad = await luatd(['run', '--backend', 'tdlib', '--memory', ...OFFLINE_API, '-e', 'testSquareInt({x = "seven"})']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /testSquareInt: Invalid 'x': expected number, got string/);
});

test('a TDLib call that never answers ends with a clear error after --timeout (offline, sending a code waits for the network)', { skip }, async () => {
  const r = await luatd(['run', '--backend', 'tdlib', '--memory', ...OFFLINE_API, '--timeout', '1500', '-e', 'print("asking") setAuthPhoneNumber({phone_number = "+15550001111"}) print("unreachable")']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, 'asking\n');
  assert.match(r.stderr, /total timeout of 1500 ms \(limit: --timeout\)/);
});

test('bad backend options are usage errors; a libtdjson that does not load is named', { skip }, async () => {
  const r = await luatd(['run', '--backend', 'nope', '--memory', '-e', 'print(1)']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--backend must be embedded or tdlib/);
  const half = await luatd(['run', '--backend', 'tdlib', '--memory', '--api-id', '5', '-e', 'print(1)'], { env: { LUATD_API_HASH: undefined } });
  assert.equal(half.status, 2);
  assert.match(half.stderr, /give both api_id and api_hash/);
  const id = await luatd(['run', '--backend', 'tdlib', '--memory', '--api-id', 'x1', '--api-hash', 'h', '-e', 'print(1)']);
  assert.match(id.stderr, /api_id must be a positive integer/);
  const embedded = await luatd(['run', '--memory', '--test-dc', '-e', 'print(1)']);
  assert.match(embedded.stderr, /--test-dc applies to --backend tdlib only/);
  const lib = await luatd(['run', '--backend', 'tdlib', '--memory', '-e', 'print(1)'], { env: { LUATD_TDJSON: '/nonexistent/libtdjson.so' } });
  assert.equal(lib.status, 2);
  assert.match(lib.stderr, /\/nonexistent\/libtdjson\.so/);
});

test('the REPL on TDLib completes TDLib 1.8 method names and parameters', { skip }, async () => {
  const session = await openSession({ backend: 'tdlib', memory: true, tdlib: { ...creds }, print: () => undefined, watchPlugins: false });
  try {
    const schema = new CompletionSchema(session.backend.schemas());
    const globals = (p: string[]) => session.backend.keys(p);
    assert.deepEqual((await complete('setAuthenticationPh', schema, globals))[0], ['setAuthenticationPhoneNumber']);
    assert.deepEqual((await complete('setTdlibParameters({use_test', schema, globals))[0], ['use_test_dc']);
    assert.deepEqual((await complete('parseTextEntities({text = "*a*", parse_mode = {_ = "textParseModeM', schema, globals))[0], ['textParseModeMarkdown']);
    assert.ok((await complete('resetA', schema, globals))[0].includes('resetAuth'));
    const out = await session.backend.evaluate('return getOption({name = "version"}).value', { print: false, color: false });
    assert.ok(out.ok);
    assert.match(session.describe('setTdlibParameters') ?? '', /use_test_dc/);
  } finally {
    await session.close();
  }
});

test('luatd describe / docs --backend tdlib document TDLib\'s schema with no "not implemented" notice', { skip }, async (t) => {
  const d = await luatd(['describe', '--backend', 'tdlib', 'setTdlibParameters']);
  assert.equal(d.status, 0, d.stderr);
  assert.match(d.stdout, /api_hash/);
  assert.doesNotMatch(d.stdout, /Not implemented/);
  const dir = tempDir(t);
  const docs = await luatd(['docs', '--backend', 'tdlib', '--out', dir]);
  assert.equal(docs.status, 0, docs.stderr);
  const index = readFileSync(path.join(dir, 'methods', 'index.md'), 'utf8');
  // TDLib serves every function of its schema: no page marks one, none says some are unserved
  assert.doesNotMatch(index, /not implemented|not served/i);
  assert.match(index, /setTdlibParameters/);
  assert.doesNotMatch(readFileSync(path.join(dir, 'methods', 'resetAuth.md'), 'utf8'), /not implemented/i);
  const legacy = await luatd(['describe', '--backend', 'tdlib', 'resetAuth']);
  assert.match(legacy.stdout, /destroy/);
});
