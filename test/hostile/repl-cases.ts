/**
 * Hostile input at the REPL: each case is a sequence of chunks evaluated in one session
 * (openSession from src/repl/session.ts, the object behind `luatd repl`), with the expected
 * answer of each. After every case the session must still evaluate a plain chunk.
 */
import { openSession } from '../../src/repl/session.js';
import type { Limits } from '../../src/lua/limits.js';
import { HOSTILE_LIMITS, checkData, type Suite, type Verdict } from './driver.js';

/** One chunk and what the REPL must answer. */
interface Step {
  code: string;
  /** The chunk succeeds (and its printed value matches `output`), or fails with `error`. */
  ok: boolean;
  output?: RegExp;
  error?: RegExp;
  /** Longest acceptable printed answer, in characters. */
  maxOutput?: number;
}

/** A REPL case: chunks evaluated in order in one fresh session. */
export interface ReplCase {
  name: string;
  steps: Step[];
  limits?: Partial<Limits>;
  todo?: string;
}

/** The REPL cases. */
export const replCases: ReplCase[] = [
  {
    name: 'a runaway loop is stopped, the session goes on with its globals (pcall cannot keep the loop alive)',
    steps: [
      { code: 'x = 1', ok: true },
      { code: 'while true do pcall(function() while true do end end) end', ok: false, error: /^stdin:1: script ran more than \d+ Lua steps[^\n]*$/ },
      { code: 'return x', ok: true, output: /^1$/ },
      { code: 'return 6 * 7', ok: true, output: /^42$/ },
    ],
  },
  {
    name: 'a 10 MB string result is cut when printed',
    steps: [{ code: 'return string.rep("x", 1e7)', ok: true, output: /more bytes/, maxOutput: 5000 }],
  },
  {
    name: 'a cyclic table prints with a cycle marker',
    steps: [{ code: 'local t = {} t.self = t return t', ok: true, output: /cycle/, maxOutput: 200 }],
  },
  {
    name: 'a 10,000-level nested table prints cut at the depth limit',
    steps: [{ code: 'local t = {} local c = t for i = 1, 1e4 do c[1] = {} c = c[1] end return t', ok: true, output: /\.\.\./, maxOutput: 500 }],
  },
  {
    name: 'terminal escapes in returned strings are shown escaped, not sent to the terminal',
    steps: [{ code: 'return "\\27[2J\\27]0;pwned\\7"', ok: true, output: /\\027\[2J/ }],
  },
  {
    name: 'metamethods that loop or fail are not run by the printer',
    steps: [
      { code: 'return setmetatable({}, {__tostring = function() while true do end end})', ok: true, maxOutput: 200 },
      { code: 'return setmetatable({}, {__pairs = function() while true do end end})', ok: true, maxOutput: 200 },
      { code: 'return setmetatable({}, {__index = function() error("boom") end, __len = function() error("boom") end})', ok: true, maxOutput: 200 },
    ],
  },
  {
    name: 'chunk text that breaks out of the printing wrapper is only a script error',
    steps: [
      { code: 'return 1 end) (function() return 2', ok: false, error: /stdin:1:/ },
      { code: 'return 1 + 1', ok: true, output: /^2$/ },
    ],
  },
  {
    name: 'printing a 100,000-key table keeps the session (only 100 entries are shown)',
    // built in two chunks so that each stays well inside the step slice; printing should cost as little
    steps: [
      { code: 'M = {} for i = 1, 5e4 do M["k" .. i] = i end', ok: true },
      { code: 'for i = 5e4 + 1, 1e5 do M["k" .. i] = i end', ok: true },
      { code: 'return M', ok: true, output: /more/, maxOutput: 5000 },
      { code: 'local n = 0 for _ in pairs(M) do n = n + 1 end return n', ok: true, output: /^100000$/ },
    ],
  },
];

/** Run one REPL case in a fresh session on the suite's core. */
export async function runReplCase(suite: Suite, c: ReplCase): Promise<Verdict> {
  const session = await openSession({ client: suite.client, print: () => undefined, limits: { ...HOSTILE_LIMITS, ...c.limits }, watchPlugins: false });
  const problems: string[] = [];
  const got: string[] = [];
  try {
    for (const step of [...c.steps, { code: 'return "still " .. "alive"', ok: true, output: /still alive/ }]) {
      const r = await session.backend.evaluate(step.code, { print: true, color: false });
      const text = r.ok ? (r.output ?? '') : r.error;
      got.push(`${step.code.slice(0, 40)} → ${r.ok ? 'ok' : 'error'}: ${text.slice(0, 120)}`);
      const where = `chunk ${JSON.stringify(step.code.slice(0, 60))}`;
      if (r.ok !== step.ok) problems.push(`${where}: expected ${step.ok ? 'success' : 'an error'}, got ${r.ok ? 'success' : `error ${text.slice(0, 200)}`}`);
      else if (r.ok && step.output && !step.output.test(text)) problems.push(`${where}: output ${JSON.stringify(text.slice(0, 200))} does not match ${step.output}`);
      else if (!r.ok && step.error && !step.error.test(text)) problems.push(`${where}: error ${JSON.stringify(text.slice(0, 200))} does not match ${step.error}`);
      if (step.maxOutput !== undefined && text.length > step.maxOutput) problems.push(`${where}: printed ${text.length} characters (at most ${step.maxOutput} expected)`);
      if (text.includes('\x1b')) problems.push(`${where}: a raw escape character reached the output`);
    }
  } finally {
    await session.close();
  }
  problems.push(...(await checkData(suite)));
  return { problems, got: got.join(' | ') };
}
