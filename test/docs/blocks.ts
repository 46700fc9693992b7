/**
 * The fenced code blocks of the hand-written pages (README.md, docs/*.md), and how the doc test
 * (test/docs/pages.test.ts) treats each one:
 * - a `lua` block runs with `luatd run --memory`; a first line `-- luatd run FLAGS NAME.lua` gives
 *   its flags and file name; a block whose first line starts `-- setup:` runs too and is prepended
 *   to every later `lua` block of its page; `--> text` after a line is the output it prints;
 * - a `sh` block whose commands are all luatd commands runs with bash from a fresh folder;
 * - a block (no language, or `text`) with lines starting `> ` is a REPL transcript: the lines after
 *   `> ` (and `>> `) are typed into `luatd repl --memory`, the other lines are its output;
 * - a `lua` or `sh` block that cannot run that way says so on its first line, visibly:
 *   `-- not run: REASON` / `# not run: REASON`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** One fenced block. */
export interface Block {
  /** Page path relative to the repo root. */
  page: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** First word of the info string ('' when none). */
  lang: string;
  body: string;
}

/** README.md and every docs/*.md, relative to `root`. */
export function pages(root: string): string[] {
  return ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
}

/** The fenced blocks of a page, in order. */
export function blocksOf(root: string, page: string): Block[] {
  const lines = readFileSync(path.join(root, page), 'utf8').split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})\s*([^`\s]*)[^`]*$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i].startsWith(fence) && lines[i].trim() === fence); i++) body.push(lines[i]);
    out.push({ page, line: start + 1, lang: open[2], body: body.join('\n') });
  }
  return out;
}

/** The reason a block gives for not being run (`-- not run: ...` / `# not run: ...` on its first line), or undefined. */
export function notRunReason(b: Block): string | undefined {
  const first = b.body.split('\n')[0] ?? '';
  return /^\s*(?:--|#|\/\/)\s*not run(?: here)?: (.+)$/.exec(first)?.[1];
}

/** Is the block a REPL transcript? */
export function isTranscript(b: Block): boolean {
  return (b.lang === '' || b.lang === 'text') && b.body.split('\n').some((l) => l.startsWith('> '));
}

/** The `--> text` parts of a Lua block: the lines it prints. */
export function expectedOutput(body: string): string[] {
  return body
    .split('\n')
    .map((l) => /-->\s?(.*)$/.exec(l)?.[1])
    .filter((x): x is string => x !== undefined);
}

/** Whitespace runs (print's tabs, the docs' spaces) compared as one space. */
export function squash(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

/** The command lines of a sh block (comments and blank lines left out, trailing comments cut). */
export function commandLines(body: string): string[] {
  return body
    .split('\n')
    .map((l) => l.replace(/\s+#(\s.*)?$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const LUATD = String.raw`(?:npx\s+)?luatd\b`;
const LINE_RE = new RegExp(String.raw`^(?:[A-Z_]+=(?:\$\(${LUATD}[^)]*\)|\S+)\s*)*(?:${LUATD}|echo\s.*\|\s*${LUATD})`);

/** Are all the commands of a sh block luatd commands (possibly fed by `echo ... |`, or captured with `VAR=$(...)`)? */
export function isLuatdBlock(body: string): boolean {
  const lines = commandLines(body);
  return lines.length > 0 && lines.every((l) => LINE_RE.test(l));
}

/** Flags and file name from a first line `-- luatd run FLAGS NAME.lua`. */
export function runLine(body: string): { flags: string[]; file: string } {
  const m = /^--\s*(?:npx\s+)?luatd run\s+(.*?)\s*(\S+\.lua)\s*$/.exec(body.split('\n')[0] ?? '');
  return m ? { flags: m[1] ? m[1].split(/\s+/) : [], file: m[2] } : { flags: [], file: 'snippet.lua' };
}
