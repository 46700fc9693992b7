// The doc test: every runnable block of README.md and docs/*.md runs as a reader would run it,
// and prints what the page shows (the rules are in test/docs/blocks.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';
import { packageRoot } from '../../src/paths.js';
import { blocksOf, commandLines, expectedOutput, isLuatdBlock, isTranscript, notRunReason, pages, runLine, squash, type Block } from './blocks.js';

const TIMEOUT = 120_000;

/** A fresh folder, a fresh LUATD_HOME, and `luatd` / `npx luatd` on PATH running this checkout's build. */
function sandbox(): { dir: string; env: NodeJS.ProcessEnv; done: () => void } {
  const top = mkdtempSync(path.join(os.tmpdir(), 'luatd-doctest-'));
  const dir = path.join(top, 'work');
  const bin = path.join(top, 'bin');
  mkdirSync(dir);
  mkdirSync(bin);
  // what a checkout has and the pages use: the examples and our schema
  symlinkSync(path.join(packageRoot, 'examples'), path.join(dir, 'examples'));
  mkdirSync(path.join(dir, 'src', 'schema'), { recursive: true });
  symlinkSync(path.join(packageRoot, 'src', 'schema', 'tl'), path.join(dir, 'src', 'schema', 'tl'));
  const node = JSON.stringify(process.execPath);
  writeFileSync(path.join(bin, 'luatd'), `#!/bin/sh\nexec ${node} ${JSON.stringify(binPath)} "$@"\n`);
  writeFileSync(path.join(bin, 'npx'), `#!/bin/sh\nif [ "$1" = luatd ]; then shift; exec ${node} ${JSON.stringify(binPath)} "$@"; fi\necho "the doc test runs only npx luatd, not npx $1" >&2\nexit 127\n`);
  chmodSync(path.join(bin, 'luatd'), 0o755);
  chmodSync(path.join(bin, 'npx'), 0o755);
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, LUATD_HOME: path.join(top, 'home'), NO_COLOR: '1' };
  return { dir, env, done: () => rmSync(top, { recursive: true, force: true }) };
}

const where = (b: Block): string => `${b.page}:${b.line}`;

function runLua(b: Block, setup: string): string | undefined {
  const { flags, file } = runLine(b.body);
  const box = sandbox();
  try {
    writeFileSync(path.join(box.dir, file), setup + b.body + '\n');
    const r = spawnSync(process.execPath, [binPath, 'run', '--memory', '--no-user-plugins', ...flags, file], { cwd: box.dir, env: box.env, encoding: 'utf8', timeout: TIMEOUT });
    if (r.status !== 0) return `${where(b)}: exit ${r.status}: ${r.stderr}`;
    const want = expectedOutput(b.body).map(squash);
    if (want.length > 0) {
      const got = r.stdout.trimEnd().split('\n').map(squash);
      try {
        assert.deepEqual(got, want);
      } catch {
        return `${where(b)}: printed ${JSON.stringify(got)}, the page shows ${JSON.stringify(want)}`;
      }
    }
    return undefined;
  } finally {
    box.done();
  }
}

function runSh(b: Block): string | undefined {
  const box = sandbox();
  try {
    // its own session and process group (setsid), so that nothing it started outlives it
    const r = spawnSync('setsid', ['bash', '-e', '-o', 'pipefail', '-c', b.body], { cwd: box.dir, env: box.env, encoding: 'utf8', input: '', timeout: TIMEOUT });
    try {
      if (r.pid) process.kill(-r.pid, 'SIGKILL');
    } catch {
      // the group is gone: nothing was left running
    }
    if (r.status !== 0) return `${where(b)}: exit ${r.status}: ${r.stderr.slice(0, 2000)}`;
    const want = expectedOutput(b.body).map(squash);
    const got = r.stdout.trimEnd().split('\n').map(squash);
    if (want.length > 0 && JSON.stringify(got) !== JSON.stringify(want)) return `${where(b)}: printed ${JSON.stringify(got)}, the page shows ${JSON.stringify(want)}`;
    return undefined;
  } finally {
    box.done();
  }
}

function runTranscript(b: Block): string | undefined {
  const inputs: string[] = [];
  const expected: string[] = [];
  for (const line of b.body.trimEnd().split('\n')) {
    if (line.startsWith('> ')) inputs.push(line.slice(2));
    else if (line.startsWith('>> ')) inputs.push(line.slice(3));
    else expected.push(line);
  }
  const box = sandbox();
  try {
    const r = spawnSync(process.execPath, [binPath, 'repl', '--memory', '--no-history', '--no-user-plugins'], { cwd: box.dir, env: box.env, input: inputs.join('\n') + '\n', encoding: 'utf8', timeout: TIMEOUT });
    if (r.status !== 0) return `${where(b)}: exit ${r.status}: ${r.stderr}`;
    const got = r.stdout.trimEnd();
    return got === expected.join('\n') ? undefined : `${where(b)}: the REPL printed\n${got}\nthe page shows\n${expected.join('\n')}`;
  } finally {
    box.done();
  }
}

const ran = { lua: 0, sh: 0, transcript: 0, marked: 0 };

for (const page of pages(packageRoot)) {
  test(`doc test: every lua and sh block and REPL transcript of ${page} runs as shown, or says why not`, () => {
    const failures: string[] = [];
    let setup = '';
    for (const b of blocksOf(packageRoot, page)) {
      const runnable = b.lang === 'lua' || b.lang === 'sh' || isTranscript(b);
      if (!runnable) continue;
      const reason = notRunReason(b);
      if (reason !== undefined) {
        assert.ok(reason.trim().length > 3, `${where(b)}: 'not run:' needs a reason`);
        ran.marked++;
        continue;
      }
      let failure: string | undefined;
      ran[b.lang === 'lua' ? 'lua' : b.lang === 'sh' ? 'sh' : 'transcript']++;
      if (b.lang === 'lua') {
        failure = runLua(b, setup);
        if (/^--\s*setup:/.test(b.body)) setup += b.body + '\n';
      } else if (b.lang === 'sh') {
        if (!isLuatdBlock(b.body)) failure = `${where(b)}: a sh block with commands other than luatd's (${commandLines(b.body).join('; ')}) must start with '# not run: REASON'`;
        else failure = runSh(b);
      } else failure = runTranscript(b);
      if (failure) failures.push(failure);
    }
    assert.deepEqual(failures, []);
  });
}

test('the doc test ran blocks of every kind (a page marked all over would hide nothing)', () => {
  assert.ok(ran.lua >= 8 && ran.sh >= 8 && ran.transcript >= 2, JSON.stringify(ran));
  assert.ok(ran.marked < ran.lua + ran.sh, `more blocks marked not run than run: ${JSON.stringify(ran)}`);
});
