import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath, sharedSchemasDir, NO_SHARED } from '../helpers/bin.js';
import { loadSchema, ourSchema } from '../../src/schema/parser.js';
import { IMPLEMENTED_METHODS } from '../../src/core/index.js';
import { luaBlocks, luaCompileError } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luatd-docs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function luatd(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [binPath, ...args], { encoding: 'utf8' });
}

/** Every file under `dir`, relative path → content. */
function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const e of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? sub + '/' + e.name : e.name;
      if (e.isDirectory()) walk(rel);
      else out.set(rel, fs.readFileSync(path.join(dir, rel), 'utf8'));
    }
  };
  walk('');
  return out;
}

test('luatd docs writes our schema site; a re-run is byte-identical and stale pages go', () => {
  const out = path.join(tmp, 'site');
  const r = luatd('docs', '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '', 'quiet when stderr is not a terminal');
  assert.match(r.stdout, /^wrote \d+ pages to .* in \d+ ms\n$/);
  const page = fs.readFileSync(path.join(out, 'methods', 'resetAuth.md'), 'utf8');
  assert.match(page, /^\|force\|\[Bool\]\(\.\.\/types\/Bool\.md\)\|Yes\|/m);
  assert.match(page, /^### Return type: \[AuthState\]\(\.\.\/types\/AuthState\.md\)$/m);
  const [lua] = luaBlocks(page);
  assert.equal(lua, 'AuthState = resetAuth({force = true})');
  assert.equal(luaCompileError(lua, '=resetAuth.md'), undefined);

  // the notice follows the embedded engine's own list of implemented methods
  const ir = ourSchema();
  for (const m of ir.functions) {
    const text = fs.readFileSync(path.join(out, 'methods', m.name + '.md'), 'utf8');
    assert.equal(text.includes('**Not implemented by the embedded backend**'), !IMPLEMENTED_METHODS.has(m.name), m.name);
  }

  const first = readTree(out);
  // a stale generated page and a user's own file: only the first may be removed
  fs.writeFileSync(path.join(out, 'methods', 'oldMethod.md'), first.get('methods/resetAuth.md')!);
  fs.writeFileSync(path.join(out, 'methods', 'notes.md'), '# my notes\n');
  const again = luatd('docs', '--out', out);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /removed 1 stale/);
  const second = readTree(out);
  assert.equal(second.get('methods/notes.md'), '# my notes\n');
  second.delete('methods/notes.md');
  assert.deepEqual(second, first);
});

test('luatd docs --schema td_api_1.8.66.tl writes a page per function', { skip: sharedSchemasDir ? false : NO_SHARED }, () => {
  const schema = path.join(sharedSchemasDir!, 'td_api_1.8.66.tl');
  const out = path.join(tmp, 'site2');
  const r = luatd('docs', '--schema', schema, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const ir = loadSchema(schema);
  const methods = fs.readdirSync(path.join(out, 'methods')).filter((n) => n !== 'index.md');
  assert.equal(methods.length, ir.functions.length);
  for (const f of ir.functions) assert.ok(methods.includes(f.name + '.md'), f.name);
  const types = fs.readdirSync(path.join(out, 'types')).filter((n) => n !== 'index.md');
  assert.ok(types.length >= ir.types.length);
  const note = fs.readFileSync(path.join(out, 'methods', 'getMe.md'), 'utf8');
  assert.match(note, /Regenerate with: luatd docs --out DIR --schema td_api_1\.8\.66\.tl -->/);
});

test('a malformed schema: one-line file:line:col error on stderr, exit 1, nothing written', () => {
  const bad = path.join(tmp, 'bad.tl');
  fs.writeFileSync(bad, 'ok = Ok;\nerror code:int message:string = Error;\nthis is = not tl\n');
  const out = path.join(tmp, 'site-bad');
  const r = luatd('docs', '--schema', bad, '--out', out);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp('^luatd: ' + bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ':3:\\d+: .+\\n$'));
  assert.equal(fs.existsSync(out), false);
});

test('luatd describe prints a page; an unknown name exits 1 with a suggestion', () => {
  const r = luatd('describe', 'resetAuth');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^resetAuth \(method\) -> AuthState/);
  assert.match(r.stdout, /force +Bool +\(required\)/);
  assert.match(r.stdout, /AuthState = resetAuth\(\{force = true\}\)/);
  const bad = luatd('describe', 'resetAuht');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^luatd: no method, constructor or type named 'resetAuht' in td_api\.tl; did you mean 'resetAuth'\?\n$/);
  assert.equal(bad.stdout, '');
});

test('bad command lines: missing schema file exits 1 naming it; missing --out is a usage error (2)', () => {
  const missing = path.join(tmp, 'nope.tl');
  const r = luatd('docs', '--schema', missing, '--out', path.join(tmp, 'x'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^luatd: cannot read schema .*nope\.tl/);
  const u = luatd('docs');
  assert.equal(u.status, 2);
  assert.match(u.stderr, /--out/);
  const d = luatd('describe', 'resetAuth', '--schema', missing);
  assert.equal(d.status, 1);
  assert.match(d.stderr, /nope\.tl/);
});
