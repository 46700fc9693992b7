/**
 * The interactive loop of `luatd repl`, independent of how Lua is run: it reads lines with
 * node's readline (history, completion, Ctrl-C / Ctrl-D), decides what a chunk is
 * (syntax.ts), hands it to a `ReplBackend` and prints what comes back.
 *
 * Terminal mode: prompts `> ` / `>> `, colours unless NO_COLOR, persistent history, Ctrl-C
 * cancels a running call or clears the line. Pipe mode (stdin not a TTY): no prompts, no
 * colours, values on stdout, errors on stderr; the exit code is 1 when any chunk failed.
 */
import readline from 'node:readline';
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { classifyChunk, compileError } from './syntax.js';
import { complete, CompletionSchema } from './complete.js';
import { loadHistory, saveHistory, HISTORY_MAX } from './history.js';
import type { SchemaIR } from '../schema/ir.js';
import type { ReplCommand } from '../plugins/manager.js';

/** What a backend answers for one chunk. `output` is the pretty-printed values (undefined: nothing to print). */
export type EvalResult = { ok: true; output?: string; exitCode?: number } | { ok: false; error: string; cancelled?: boolean };

/** The Lua side of the REPL: one VM (with its sandbox, core client and plugins) that keeps state between chunks. */
export interface ReplBackend {
  /** Run `code` (named `stdin`); when `print` is set, pretty-print the values it returns. */
  evaluate(code: string, opts: { print: boolean; color: boolean; chunkname?: string }): Promise<EvalResult>;
  /** Keys of the table at `path` from the global table, for completion. */
  keys(path: string[]): Promise<string[]>;
  /** Cancel what is running (an API call being awaited, a long loop); false when nothing runs. */
  cancel(): boolean;
  /** The schemas whose names complete (ours plus plugins' additions). */
  schemas(): SchemaIR[];
}

/** A dot-command offered by a plugin (`.name args`). */
export type { ReplCommand };

/** Options of `runRepl`. */
export interface ReplOptions {
  backend: ReplBackend;
  input: Readable;
  output: Writable;
  /** Where errors go in pipe mode (terminal mode prints them on `output`). */
  errorOutput: Writable;
  /** Interactive terminal (prompts, editing, history). */
  terminal: boolean;
  /** ANSI colours in values and errors. */
  color: boolean;
  /** History file (terminal mode only); undefined: no persistent history. */
  historyFile?: string;
  /** `.help NAME` text for a schema name, or undefined when unknown. */
  describe?: (name: string) => string | undefined;
  /** Extra `.commands` (from plugins), looked up at each use so reloads are seen. */
  commands?: () => Map<string, ReplCommand>;
  /** Printed once at start in terminal mode. */
  banner?: string;
  /**
   * Receives a printer for lines that arrive while the prompt waits (plugin output, update
   * handlers): on a terminal it writes them above the prompt and redraws what was typed.
   */
  attach?: (printAbove: (line: string) => void) => void;
}

const BUILTIN_HELP = `.help          this list
.help NAME     the page of an API function, constructor or type
.load FILE     run a Lua file in this session
.exit          leave (or Ctrl-D)
Ctrl-C cancels a running call or clears the line; Tab completes.
An expression prints its values (=expr works too); an unfinished chunk continues on '>>'.`;

/** Run the REPL until Ctrl-D, `.exit` or the end of input. Resolves with the exit code; never exits the process. */
export function runRepl(opts: ReplOptions): Promise<number> {
  const { backend, terminal, color } = opts;
  const out = (s: string): void => {
    opts.output.write(s.endsWith('\n') ? s : s + '\n');
  };
  const err = (s: string): void => {
    const line = s.endsWith('\n') ? s : s + '\n';
    if (terminal) opts.output.write(color ? `\x1b[31m${line.replace(/\n$/, '')}\x1b[0m\n` : line);
    else opts.errorOutput.write(line);
  };
  let schema = new CompletionSchema(backend.schemas());
  let schemaCount = backend.schemas().length;
  const completer = (line: string, cb: (e: Error | null, r: [string[], string]) => void): void => {
    const schemas = backend.schemas();
    if (schemas.length !== schemaCount) {
      schema = new CompletionSchema(schemas);
      schemaCount = schemas.length;
    }
    const text = buffer === '' ? line : buffer + '\n' + line;
    // dot-commands complete their own names, `.help NAME` completes schema names
    const dot = /^\.(\w*)$/.exec(line);
    if (buffer === '' && dot) {
      const names = ['help', 'load', 'exit', ...(opts.commands ? [...opts.commands().keys()] : [])];
      cb(null, [names.filter((n) => n.startsWith(dot[1])).map((n) => '.' + n).sort(), line]);
      return;
    }
    const help = /^\.help\s+(\w*)$/.exec(line);
    if (buffer === '' && help) {
      const hits = [...schema.methods, ...schema.constructors].filter((n) => n.startsWith(help[1]));
      cb(null, [[...new Set(hits)].sort(), help[1]]);
      return;
    }
    complete(text, schema, (p) => backend.keys(p)).then(
      (r) => cb(null, r),
      () => cb(null, [[], line]),
    );
  };
  const history = terminal && opts.historyFile ? loadHistory(opts.historyFile) : [];
  const rl = readline.createInterface({
    input: opts.input,
    output: opts.output,
    terminal,
    completer: terminal ? completer : undefined,
    history,
    historySize: HISTORY_MAX,
    removeHistoryDuplicates: true,
    prompt: '> ',
    tabSize: 2,
  });

  let buffer = '';
  let running = false;
  opts.attach?.((line) => {
    if (!terminal || running || closed) {
      opts.output.write(line + '\n');
      return;
    }
    readline.clearLine(opts.output, 0);
    readline.cursorTo(opts.output, 0);
    opts.output.write(line + '\n');
    rl.prompt(true);
  });
  let failures = 0;
  /** Set by os.exit(code) in a chunk: the REPL ends with that code. */
  let exitCode: number | undefined;
  let closed = false;
  const queue: string[] = [];

  const prompt = (): void => {
    if (!terminal || closed) return;
    rl.setPrompt(buffer === '' ? '> ' : '>> ');
    rl.prompt();
  };

  const evaluate = async (code: string, print: boolean, chunkname?: string): Promise<void> => {
    running = true;
    try {
      const r = await backend.evaluate(code, { print, color, chunkname });
      if (r.ok && r.exitCode !== undefined) {
        exitCode = r.exitCode;
        queue.length = 0;
        rl.close();
      } else if (r.ok) {
        if (print && r.output !== undefined && r.output !== '') out(r.output);
      } else {
        failures++;
        err(r.error);
      }
    } catch (e) {
      failures++;
      err(`error: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      running = false;
    }
  };

  const dotCommand = async (line: string): Promise<boolean> => {
    const m = /^\.(\w+)\s*(.*)$/.exec(line.trim());
    if (!m) return false;
    const [, name, args] = m;
    switch (name) {
      case 'exit':
        // lines already read (a pipe delivers them all at once) are dropped
        queue.length = 0;
        rl.close();
        return true;
      case 'help':
        if (args === '') out(helpText());
        else {
          const page = opts.describe?.(args.trim());
          if (page === undefined) {
            failures++;
            err(`.help: no function, constructor or type named '${args.trim()}'`);
          } else out(page);
        }
        return true;
      case 'load': {
        if (args === '') {
          err('.load: usage: .load FILE');
          return true;
        }
        let src: string;
        try {
          src = await readFile(args.trim(), 'utf8');
        } catch (e) {
          failures++;
          err(`.load: cannot read ${args.trim()}: ${(e as Error).message}`);
          return true;
        }
        await evaluate(src.replace(/^#![^\n]*/, ''), false, '@' + args.trim());
        return true;
      }
      default: {
        const cmd = opts.commands?.().get(name);
        if (!cmd) {
          failures++;
          err(`unknown command .${name} (try .help)`);
          return true;
        }
        running = true;
        try {
          const text = await cmd.run(args);
          if (text) out(text);
        } catch (e) {
          failures++;
          err(`.${name}: ${e instanceof Error ? e.message : String(e)}`);
        } finally {
          running = false;
        }
        return true;
      }
    }
  };

  const helpText = (): string => {
    const extra = opts.commands ? [...opts.commands().entries()].sort(([a], [b]) => (a < b ? -1 : 1)) : [];
    return BUILTIN_HELP + extra.map(([n, c]) => `\n.${n.padEnd(14)}${c.help}`).join('');
  };

  const handle = async (line: string): Promise<void> => {
    if (buffer === '' && /^\s*\.\w/.test(line)) {
      if (await dotCommand(line)) return;
    }
    const text = buffer === '' ? line : buffer + '\n' + line;
    const c = classifyChunk(text);
    if (c.kind === 'incomplete') {
      buffer = text;
      return;
    }
    buffer = '';
    if (c.kind === 'error') {
      failures++;
      err(c.message);
      return;
    }
    if (c.code.trim() === '') return;
    // statements print what they return too (`local t = {} return t`), as the `lua` REPL does
    await evaluate(c.code, true);
  };

  return new Promise<number>((resolve) => {
    let draining = false;
    let ended = false;
    const finish = (): void => {
      if (!ended || draining || queue.length > 0) return;
      if (buffer !== '' && !terminal) {
        // input ended inside an unfinished chunk (checked once every line read was handled): report it as Lua would
        const msg = compileError(buffer);
        buffer = '';
        failures++;
        err(msg ?? 'stdin: unexpected end of input (unfinished chunk)');
      }
      if (terminal && opts.historyFile) saveHistory(opts.historyFile, (rl as unknown as { history: string[] }).history ?? []);
      if (terminal) opts.output.write('\n');
      resolve(exitCode ?? (terminal ? 0 : failures > 0 ? 1 : 0));
    };
    const drain = async (): Promise<void> => {
      if (draining) return;
      draining = true;
      while (queue.length > 0) {
        const line = queue.shift() as string;
        await handle(line);
        if (queue.length === 0) prompt();
      }
      draining = false;
      finish();
    };
    rl.on('line', (line) => {
      queue.push(line);
      void drain();
    });
    rl.on('SIGINT', () => {
      if (running) {
        if (backend.cancel()) opts.output.write('\n(cancelled)\n');
        return;
      }
      const typed = (rl as unknown as { line: string }).line;
      if (buffer !== '' || typed !== '') {
        buffer = '';
        // drop what was typed: write a fresh prompt on a new line
        (rl as unknown as { line: string; cursor: number }).line = '';
        (rl as unknown as { cursor: number }).cursor = 0;
        opts.output.write('^C\n');
        prompt();
        return;
      }
      opts.output.write('\n(To exit, press Ctrl-D or type .exit)\n');
      prompt();
    });
    rl.on('close', () => {
      closed = true;
      ended = true;
      finish();
    });
    if (terminal && opts.banner) out(opts.banner);
    prompt();
  });
}
