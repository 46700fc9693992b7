/**
 * Hostile command lines: limit flags that are empty, not numbers or too small are usage errors
 * (exit 2, naming the flag), never a silent "no limit".
 */
import type { FileCase } from './file-cases.js';

const LOOP = 'while true do end';

/** The cases (run like file cases). */
export const flagCases: FileCase[] = [
  ...(['--max-slice', '--max-steps', '--timeout', '--max-memory', '--max-string', '--hard-stop-grace'] as const).flatMap((flag) =>
    ['', 'abc', '-1', '1e3x'].map(
      (value): FileCase => ({
        name: `flags: run ${flag} '${value}' is a usage error, not "no limit"`,
        command: 'run',
        setup: () => ['run', '--memory', flag, value, '-e', LOOP],
        expect: { exit: 2, stderr: new RegExp(`${flag} expects a non-negative number, got '${value.replace(/[-]/g, '\\-')}'`) },
      }),
    ),
  ),
  {
    name: "flags: repl --max-slice '' is a usage error",
    command: 'repl',
    setup: () => ['repl', '--memory', '--max-slice', ''],
    stdin: `${LOOP}\n`,
    expect: { exit: 2, stderr: /--max-slice expects a non-negative number, got ''/ },
  },
  {
    name: "flags: plugins list --max-steps '' is a usage error",
    command: 'plugins',
    setup: () => ['plugins', 'list', '--no-user-plugins', '--max-steps', ''],
    expect: { exit: 2, stderr: /--max-steps expects a non-negative number, got ''/ },
  },
  {
    name: 'flags: a --max-string too small to carry an error message is refused',
    command: 'run',
    setup: () => ['run', '--memory', '--max-string', '10', '-e', 'local s = string.rep("x", 100)'],
    expect: { exit: 2, stderr: /--max-string must be at least 4096 bytes/ },
  },
];
