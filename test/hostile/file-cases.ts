/**
 * Hostile files, given to the built `luatd` bin: each case writes its files into a fresh
 * temporary folder and names the command line and the expected exit code and messages.
 * Every case also requires: no "internal error", no JS stack trace, no hang, no signal death.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { binPath } from '../helpers/bin.js';

/** A file case: `setup` writes files into `dir` and returns the arguments after `luatd`. */
export interface FileCase {
  name: string;
  /** The subcommand the case needs (skipped with a note until it exists). */
  command: string;
  setup(dir: string): string[];
  /** Fed to the bin's stdin (default: none). */
  stdin?: string | Buffer;
  /** Extra checks on the folder after the run (files written, files kept); returns problems. */
  check?: (dir: string) => string[];
  /** A process started first (arguments after `luatd`) and killed after the case; it must print `ready`. */
  background?: (dir: string) => string[];
  expect: { exit: number | number[]; stderr?: RegExp; stdout?: RegExp };
  todo?: string;
  /** How long the bin may run before it counts as hung (default 60 s). */
  timeoutMs?: number;
}

const lua = (dir: string, name: string, body: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, body);
  return p;
};

/** The cases. Data dirs are always inside the temporary folder (LUATD_HOME points there too). */
export const fileCases: FileCase[] = [
  {
    name: 'an empty script runs and prints nothing',
    command: 'run',
    setup: (d) => ['run', '--memory', lua(d, 'empty.lua', '')],
    expect: { exit: 0, stdout: /^$/ },
  },
  {
    name: 'a Latin-1 script (not UTF-8) runs: Lua strings are bytes',
    command: 'run',
    setup: (d) => ['run', '--memory', lua(d, 'latin1.lua', Buffer.from('-- caf\xe9\nlocal s = "caf\xe9"\nprint(#s)\n', 'latin1'))],
    expect: { exit: 0, stdout: /^4\s*$/ },
  },
  {
    name: 'a UTF-16 script is a clear syntax error naming the file',
    command: 'run',
    setup: (d) => ['run', '--memory', lua(d, 'utf16.lua', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('print("hi")\n', 'utf16le')]))],
    expect: { exit: 1, stderr: /utf16\.lua/ },
  },
  {
    name: 'a binary (bytecode-looking) script file is refused',
    command: 'run',
    setup: (d) => ['run', '--memory', lua(d, 'bin.lua', Buffer.from('\x1bLuaS\x00\x19\x93\r\n\x1a\n', 'latin1'))],
    expect: { exit: 1, stderr: /binary|bytecode|text/i },
  },
  {
    name: 'a file of random bytes is a syntax error, not a crash',
    command: 'run',
    setup: (d) => {
      // a fixed pseudo-random sequence (xorshift), so that a failure can be replayed
      const buf = Buffer.alloc(64 * 1024);
      let x = 2463534242;
      for (let i = 0; i < buf.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        buf[i] = x & 0xff;
      }
      return ['run', '--memory', lua(d, 'noise.lua', buf)];
    },
    expect: { exit: 1, stderr: /noise\.lua/ },
  },
  {
    name: 'a NUL byte in the source is a syntax error naming the line',
    command: 'run',
    setup: (d) => ['run', '--memory', lua(d, 'nul.lua', Buffer.from('print("a")\n\0print("b")\n', 'latin1'))],
    expect: { exit: 1, stderr: /nul\.lua:2:/ },
  },
  {
    name: 'a shebang line is skipped, as lua does',
    command: 'run',
    setup: (d) => ['run', '--memory', lua(d, 'shebang.lua', '#!/usr/bin/env luatd run\nprint("ran")\n')],
    expect: { exit: 0, stdout: /^ran\s*$/ },
  },
  {
    name: 'a directory given as the script',
    command: 'run',
    setup: (d) => {
      const sub = path.join(d, 'adir.lua');
      mkdirSync(sub);
      return ['run', '--memory', sub];
    },
    expect: { exit: [1, 2], stderr: /adir\.lua.*(directory|folder)|(directory|folder).*adir\.lua/i },
  },
  {
    name: 'a script that does not exist',
    command: 'run',
    setup: (d) => ['run', '--memory', path.join(d, 'missing.lua')],
    expect: { exit: [1, 2], stderr: /missing\.lua/ },
  },
  {
    name: 'a script with a syntax error names file and line',
    command: 'run',
    setup: (d) => ['run', '--memory', lua(d, 'syntax.lua', 'local x = 1\nlocal = 2\n')],
    expect: { exit: 1, stderr: /syntax\.lua:2:/ },
  },
  {
    name: 'os.exit ends the script with its code (inside pcall too), never the host before its output is out',
    command: 'run',
    setup: (d) => ['run', '--memory', lua(d, 'exit.lua', 'print("before") pcall(os.exit, 3) print("after")\n')],
    expect: { exit: 3, stdout: /^before\n$/ },
  },
  {
    name: 'modules that require each other in a loop end in a clear error naming the module',
    command: 'run',
    setup: (d) => {
      lua(d, 'ping.lua', 'require("pong")\n');
      lua(d, 'pong.lua', 'require("ping")\n');
      return ['run', '--memory', lua(d, 'main.lua', 'require("ping")\n')];
    },
    // the first line must name the module (or its file) and the cause
    expect: { exit: 1, stderr: /^luatd: [^\n]*(ping|pong)[^\n]*(levels|overflow|loop)/ },
  },
  {
    name: 'a limit that is not a number is a usage error',
    command: 'run',
    setup: (d) => ['run', '--memory', '--max-slice', 'abc', lua(d, 'ok.lua', 'print(1)\n')],
    expect: { exit: 2, stderr: /--max-slice.*abc/ },
  },
  {
    name: 'a negative limit is a usage error',
    command: 'run',
    setup: (d) => ['run', '--memory', '--timeout', '-5', lua(d, 'ok.lua', 'print(1)\n')],
    expect: { exit: 2, stderr: /--timeout.*-5/ },
  },
  {
    name: 'a session name that walks out of the data dir is refused',
    command: 'run',
    setup: (d) => ['run', '--data', path.join(d, 'data'), '--session', '../../etc', lua(d, 'ok.lua', 'print(1)\n')],
    expect: { exit: 2, stderr: /session name/ },
  },
  {
    name: 'a session already used by another process is refused, naming the process',
    command: 'run',
    background: (d) => ['run', '--data', path.join(d, 'data'), '--session', 'busy', lua(d, 'hold.lua', 'print("ready"); sleep(30)\n')],
    setup: (d) => ['run', '--data', path.join(d, 'data'), '--session', 'busy', lua(d, 'ok.lua', 'print(1)\n')],
    expect: { exit: [1, 2], stderr: /in use by process \d+/ },
  },
  {
    name: 'an endless loop is stopped by the slice limit',
    command: 'run',
    setup: (d) => ['run', '--memory', '--max-slice', '200', lua(d, 'loop.lua', 'while true do end\n')],
    expect: { exit: 1, stderr: /200 ms|too long|limit/i },
  },
  {
    name: 'a schema file with a syntax error names file:line',
    command: 'describe',
    setup: (d) => {
      const tl = path.join(d, 'bad.tl');
      writeFileSync(tl, 'ok = Ok;\n---functions---\ngetThing id:int32 = Ok\nbroken (( = ;\n');
      return ['describe', '--schema', tl, 'getThing'];
    },
    expect: { exit: 1, stderr: /bad\.tl:\d+/ },
  },
  {
    name: 'luatd run with a schema that has a syntax error names file:line',
    command: 'run',
    setup: (d) => {
      const tl = path.join(d, 'broken.tl');
      writeFileSync(tl, 'ok = Ok;\n---functions---\nping = Ok;\npong x:int32 = \n');
      return ['run', '--memory', '--schema', tl, lua(d, 'ok.lua', 'print(1)\n')];
    },
    expect: { exit: 1, stderr: /broken\.tl:\d+/ },
  },
  {
    name: 'a schema file that is not text',
    command: 'describe',
    setup: (d) => {
      const tl = path.join(d, 'garbage.tl');
      writeFileSync(tl, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 10, 59]));
      return ['describe', '--schema', tl, 'x'];
    },
    expect: { exit: 1, stderr: /garbage\.tl/ },
  },
  {
    name: 'a schema path that is a directory',
    command: 'describe',
    setup: (d) => ['describe', '--schema', d, 'x'],
    expect: { exit: 1, stderr: /schema|directory|EISDIR/i },
  },
  {
    name: 'the REPL reading a pipe survives a runaway loop and goes on with its state (exit 1: a chunk failed)',
    command: 'repl',
    setup: () => ['repl', '--memory', '--max-steps', '1000000'],
    stdin: 'x = 1\nwhile true do end\nreturn x\nreturn 2 + 2\n',
    expect: { exit: 1, stdout: /^1\n4\n?$/, stderr: /^stdin:1: script ran more than 1000000 Lua steps[^\n]*\n$/ },
  },
  {
    name: 'the REPL reading random bytes from a pipe reports syntax errors and ends',
    command: 'repl',
    setup: () => ['repl', '--memory', '--max-steps', '1000000'],
    stdin: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)),
    expect: { exit: [0, 1], stderr: /stdin:\d+:/ },
  },
  {
    name: 'plugins list: a plugin looping at load and a duplicate name are disabled with the reason, the others load',
    command: 'plugins',
    setup: (d) => {
      const dir = path.join(d, 'plugins');
      for (const [name, init] of [
        ['a_good', 'return { name = "a_good" }'],
        ['b_loopy', 'while true do end'],
        ['c_same1', 'return {}'],
        ['d_same2', 'return {}'],
      ]) {
        mkdirSync(path.join(dir, name), { recursive: true });
        writeFileSync(path.join(dir, name, 'init.lua'), init);
        if (name.includes('same')) writeFileSync(path.join(dir, name, 'plugin.json'), '{"name": "same"}');
      }
      return ['plugins', 'list', '--no-user-plugins', '--plugins', dir, '--max-steps', '1000000'];
    },
    expect: { exit: 0, stdout: /good[^\n]*loaded[^]*b_loopy[^\n]*disabled: [^\n]*more than 1000000 Lua steps[^]*same[^\n]*loaded[^]*same[^\n]*disabled: another plugin is already named 'same'/ },
  },
  ...(['describe', 'plugins'] as const).map(
    (command): FileCase => ({
      name: `${command} --plugins . in a project imports none of its loose .js files or manifest-less folders`,
      command,
      setup: (d) => {
        const project = path.join(d, 'project');
        mkdirSync(path.join(project, 'src'), { recursive: true });
        // what any JS project has at its root: each would leave a mark if it were imported
        const mark = (name: string) => `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(path.join(d, 'ran-' + name))}, 'x'); export default {};\n`;
        writeFileSync(path.join(project, 'package.json'), '{"type": "module"}');
        writeFileSync(path.join(project, 'webpack.config.js'), mark('webpack'));
        writeFileSync(path.join(project, 'eslint.config.mjs'), mark('eslint'));
        writeFileSync(path.join(project, 'src', 'index.js'), mark('src'));
        return command === 'describe' ? ['describe', 'getMe', '--plugins', project] : ['plugins', 'list', '--no-user-plugins', '--plugins', project];
      },
      check: (d) => readdirSync(d).filter((f) => f.startsWith('ran-')).map((f) => `${f.slice(4)} ran: a file that is not a declared plugin module was imported`),
      expect: command === 'describe' ? { exit: 0, stdout: /getMe/ } : { exit: 0, stdout: /no plugins in/ },
    }),
  ),
  {
    name: 'docs of a schema with hostile descriptions stay inside --out',
    command: 'docs',
    setup: (d) => {
      const tl = path.join(d, 'h.tl');
      writeFileSync(
        tl,
        [
          '//@description Ok <script>alert(1)</script> [x](javascript:alert(1)) ../../../pwned',
          'ok = Ok;',
          '---functions---',
          '//@description Writes ../../../../pwned things @x ](http://evil) `code',
          'getThing x:int32 = Ok;',
          '',
        ].join('\n'),
      );
      return ['docs', '--schema', tl, '--out', path.join(d, 'site')];
    },
    check: (d) => {
      const outside = listFiles(d).filter((f) => !f.startsWith(path.join(d, 'site') + path.sep) && !/^(h\.tl|home)/.test(path.relative(d, f)));
      return outside.length ? [`files written outside --out: ${outside.join(', ')}`] : [];
    },
    expect: { exit: 0, stdout: /wrote \d+ pages/ },
  },
  {
    name: 'docs --out keeps files the user put there',
    command: 'docs',
    setup: (d) => {
      mkdirSync(path.join(d, 'site', 'methods'), { recursive: true });
      writeFileSync(path.join(d, 'site', 'methods', 'mine.md'), 'keep me');
      return ['docs', '--out', path.join(d, 'site')];
    },
    check: (d) => (existsSync(path.join(d, 'site', 'methods', 'mine.md')) ? [] : ['the user file site/methods/mine.md was deleted']),
    expect: { exit: 0 },
  },
  {
    name: 'docs --out naming a file is a clear error',
    command: 'docs',
    setup: (d) => {
      writeFileSync(path.join(d, 'afile'), 'x');
      return ['docs', '--out', path.join(d, 'afile')];
    },
    expect: { exit: 1, stderr: /afile/ },
  },
  {
    name: 'a corrupt data dir (garbage database file) is refused with DATA_CORRUPT wording',
    command: 'run',
    setup: (d) => {
      const data = path.join(d, 'data');
      mkdirSync(data);
      writeFileSync(path.join(data, 'luatd.db'), Buffer.alloc(8192, 0x5a));
      return ['run', '--data', data, lua(d, 'ok.lua', 'print(testSquareInt{x = 3}.value)\n')];
    },
    expect: { exit: 1, stderr: /damaged|not a luatd|corrupt/i },
  },
  {
    name: 'a data dir holding a foreign SQLite database is left alone',
    command: 'run',
    setup: (d) => {
      const data = path.join(d, 'data');
      mkdirSync(data);
      // a valid SQLite header followed by zeros: a database that is not ours (or is truncated)
      const buf = Buffer.alloc(4096);
      buf.write('SQLite format 3\0', 0, 'latin1');
      writeFileSync(path.join(data, 'luatd.db'), buf);
      return ['run', '--data', data, lua(d, 'ok.lua', 'print(1)\n')];
    },
    expect: { exit: 1, stderr: /damaged|not a luatd|not written by luatd|corrupt/i },
  },
  // ---- files a script reads: .lua files inside the module roots only, never dot-files, never quoted ----
  {
    name: 'pcall(dofile, "project/.env") neither runs the file nor prints its secret',
    command: 'run',
    setup: (d) => {
      mkdirSync(path.join(d, 'project'));
      writeFileSync(path.join(d, 'project', '.env'), 'TOKEN=sk_live_SECRET123\nreturn TOKEN\n');
      return ['run', '--memory', lua(d, 'main.lua', 'print(pcall(dofile, "project/.env"))\nprint(loadfile("project/.env"))\nprint(pcall(require, "project..env"))\n')];
    },
    expect: { exit: 0, stdout: /^(?![^]*SECRET)false\t[^\n]*project\/\.env[^\n]*dot-files[^]*nil\t[^\n]*dot-files/ },
  },
  {
    name: 'a module under a dot-folder is refused even when package.path points there',
    command: 'run',
    setup: (d) => {
      mkdirSync(path.join(d, '.secrets'));
      writeFileSync(path.join(d, '.secrets', 'creds.lua'), 'return "SECRET_FROM_DOT_FOLDER"\n');
      return ['run', '--memory', lua(d, 'main.lua', `package.path = ${JSON.stringify(path.join(d, '.secrets', '?.lua'))} .. ";" .. package.path\nprint(pcall(require, "creds"))\nprint(pcall(dofile, ".secrets/creds.lua"))\n`)];
    },
    expect: { exit: 0, stdout: /^(?![^]*SECRET)false\tmodule 'creds' not found:[^]*creds\.lua' \(dot-files and dot-folders are never loaded[^]*\nfalse\t[^\n]*dot-files/ },
  },
  {
    name: 'a .lua symlink in the script folder pointing at a dot-file or outside the roots is not loaded',
    command: 'run',
    setup: (d) => {
      const proj = path.join(d, 'proj');
      mkdirSync(proj);
      writeFileSync(path.join(proj, '.env'), 'return "SECRET_VIA_LINK"\n');
      writeFileSync(path.join(d, 'outside.lua'), 'return "SECRET_OUTSIDE"\n');
      symlinkSync(path.join(proj, '.env'), path.join(proj, 'cfg.lua'));
      symlinkSync(path.join(d, 'outside.lua'), path.join(proj, 'link.lua'));
      return ['run', '--memory', lua(proj, 'main.lua', 'print(pcall(require, "cfg"))\nprint(pcall(dofile, "link.lua"))\nprint(pcall(dofile, "sub/../../outside.lua"))\n')];
    },
    expect: { exit: 0, stdout: /^(?![^]*SECRET)false\tmodule 'cfg' not found:[^]*cfg\.lua' \(dot-files[^]*\nfalse\t[^\n]*outside the module roots[^\n]*\nfalse\t[^\n]*outside the module roots/ },
  },
  {
    name: 'a file that is not .lua in the script folder is not loaded by dofile, loadfile or require',
    command: 'run',
    setup: (d) => {
      writeFileSync(path.join(d, 'data.txt'), 'return "SECRET_TXT"\n');
      return ['run', '--memory', lua(d, 'main.lua', 'package.path = package.path .. ";./?.txt"\nprint(pcall(dofile, "data.txt"))\nprint(loadfile("data.txt"))\nprint(pcall(require, "data"))\n')];
    },
    expect: { exit: 0, stdout: /^(?![^]*SECRET)false\t[^\n]*only \.lua files[^]*nil\t[^\n]*only \.lua files[^]*false\t[^\n]*module 'data' not found/ },
  },
  {
    name: 'a syntax error in a non-Lua file read with --allow-read says where, never what',
    command: 'run',
    setup: (d) => {
      writeFileSync(path.join(d, 'credentials'), 'password: hunter2 SECRETKEY\n');
      return ['run', '--memory', `--allow-read=${d}`, lua(d, 'main.lua', `dofile(${JSON.stringify(path.join(d, 'credentials'))})\n`)];
    },
    expect: { exit: 1, stderr: /^(?![^]*(SECRET|hunter2))luatd: [^\n]*credentials:1: [^\n]*not shown/ },
  },
  {
    name: 'a data dir that is a file',
    command: 'run',
    setup: (d) => {
      const data = path.join(d, 'data');
      writeFileSync(data, 'not a folder');
      return ['run', '--data', data, lua(d, 'ok.lua', 'print(1)\n')];
    },
    expect: { exit: [1, 2], stderr: /data/ },
  },
];

/** Every file under `dir`, recursively (absolute paths). */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Result of one file case; `skip` when the command it needs does not exist yet. */
export interface FileVerdict {
  problems: string[];
  got: string;
  skip?: string;
}

interface Spawned {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Spawn the bin asynchronously (the canary of the script cases keeps its event loop). */
function runBin(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, stdin?: string | Buffer): Promise<Spawned> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.on('error', () => undefined); // the bin may stop reading early
    child.stdin.end(stdin ?? '');
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, timedOut });
    });
  });
}

/** Start `luatd args` and wait (up to 60 s, a hang guard) until it prints `ready`. */
function startBackground(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; ready: boolean; output: string }> {
  const child = spawn(process.execPath, [binPath, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ child, ready: false, output }), 60_000);
    const onData = (s: string) => {
      output += s;
      if (/ready/.test(output)) {
        clearTimeout(timer);
        resolve({ child, ready: true, output });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s));
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ child, ready: /ready/.test(output), output });
    });
  });
}

let topHelp: Promise<string> | undefined;

/** Whether `luatd --help` lists the subcommand (`luatd x --help` alone would show the top help for an unknown x). */
async function hasCommand(cmd: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  topHelp ??= runBin(['--help'], env, 60_000).then((r) => r.stdout);
  return new RegExp(`^\\s+${cmd}\\b`, 'm').test(await topHelp);
}

/** Run one file case in a fresh temporary folder. */
export async function runFileCase(c: FileCase): Promise<FileVerdict> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-hostile-'));
  const env = { ...process.env, LUATD_HOME: path.join(dir, 'home'), NO_COLOR: '1' };
  try {
    if (!(await hasCommand(c.command, env))) return { problems: [], got: '', skip: `not built yet: luatd ${c.command}` };
    const bg = c.background ? await startBackground(c.background(dir), env) : undefined;
    if (bg && !bg.ready) {
      bg.child.kill('SIGKILL');
      return { problems: [`the background process never became ready: ${bg.output.slice(0, 300)}`], got: '' };
    }
    const args = c.setup(dir);
    const r = await runBin(args, env, c.timeoutMs ?? 60_000, c.stdin).finally(() => bg?.child.kill('SIGKILL'));
    const got = `exit ${r.status ?? r.signal}; stderr: ${r.stderr.trim().slice(0, 300)}; stdout: ${r.stdout.trim().slice(0, 200)}`;
    const problems: string[] = [];
    if (r.timedOut) problems.push(`the bin hung (killed after ${(c.timeoutMs ?? 60_000) / 1000} s)`);
    else if (r.signal) problems.push(`the bin died of ${r.signal}`);
    const exits = [c.expect.exit].flat();
    if (r.status !== null && !exits.includes(r.status)) problems.push(`expected exit ${exits.join('|')}, got ${r.status}`);
    if (c.expect.stderr && !c.expect.stderr.test(r.stderr)) problems.push(`stderr does not match ${c.expect.stderr}`);
    if (c.expect.stdout && !c.expect.stdout.test(r.stdout)) problems.push(`stdout does not match ${c.expect.stdout}`);
    if (c.check) problems.push(...c.check(dir));
    if (/internal error/i.test(r.stderr)) problems.push('stderr reports an internal error');
    if (/\n\s+at .*\.js:\d+/.test(r.stderr)) problems.push('stderr carries a JS stack trace');
    return { problems, got };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
