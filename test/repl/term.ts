/** Drives `luatd repl` through a pseudo-terminal (test/repl/pty_drive.py), as a person types. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { binPath } from '../helpers/bin.js';

const driver = path.join(packageRoot, 'test', 'repl', 'pty_drive.py');
// CSI sequences (cursor moves, colours) and the carriage returns of the terminal
const ANSI = new RegExp(String.fromCharCode(27) + '\\[[0-9;?]*[A-Za-z]|\\r', 'g');

/** A REPL in a pseudo-terminal. */
export class Term {
  readonly proc: ChildProcess;
  /** Everything the terminal showed, raw (with escape sequences). */
  raw = '';
  private mark = 0;
  readonly exited: Promise<number>;

  constructor(args: string[], env: Record<string, string>) {
    this.proc = spawn('python3', [driver, process.execPath, binPath, 'repl', ...args], {
      env: { ...process.env, TERM: 'xterm', ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.proc.stdout!.on('data', (d: Buffer) => (this.raw += d.toString('utf8')));
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code ?? -1)));
  }

  /** The screen text without escape sequences. */
  get text(): string {
    return this.raw.replace(ANSI, '');
  }

  /** Type keys (use \r for Enter, \t for Tab, \x03 for Ctrl-C, \x04 for Ctrl-D). */
  send(keys: string): void {
    this.proc.stdin!.write(keys);
  }

  /** Wait until the text shown since the last `expect` matches; returns that text. `ms` is a hang guard. */
  async expect(re: RegExp, ms = 60_000): Promise<string> {
    const end = Date.now() + ms;
    for (;;) {
      const since = this.text.slice(this.mark);
      const m = re.exec(since);
      if (m) {
        this.mark += m.index + m[0].length;
        return since.slice(0, m.index + m[0].length);
      }
      if (Date.now() > end) throw new Error(`timed out waiting for ${re} in:\n${since}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Ctrl-D, then the exit code. */
  async close(): Promise<number> {
    this.send('\x04');
    const t = setTimeout(() => this.proc.kill(), 60_000);
    const code = await this.exited;
    clearTimeout(t);
    return code;
  }
}
