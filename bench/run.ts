/**
 * `npm run bench` (node dist/bench/run.js): runs every benchmark and prints one table.
 *
 *   --quick        few iterations, small data (CI proves the benches still run)
 *   --only NAMES   comma-separated row names (or prefixes: `--only pure-` runs the pure-Lua rows)
 *   --json FILE    also save the results as JSON
 *   --schema FILE  the td_api 1.8.66 schema to use (default: ../shared/fixtures/schemas/)
 *   --list         print the row names and exit
 *
 * Informational only: a row outside its target prints ✗ but never fails the process; a row that
 * cannot run (fixture absent, subject failing) prints n/a with the reason.
 */
import os from 'node:os';
import { writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { FULL_MODE, QUICK_MODE, formatTable, toResult, type BenchContext, type BenchRow, type RowResult } from './harness.js';
import { pureLuaRows, findLua54 } from './rows/pure-lua.js';
import { subjectRows } from './rows/subjects.js';
import { processRows } from './rows/process.js';
import { httpRows } from './rows/http.js';
import { engineRows } from './rows/engine.js';
import { fileRows } from './rows/files.js';
import { packageRoot } from '../src/paths.js';

/** Every row, in table order. */
export const allRows: BenchRow[] = [...subjectRows, ...fileRows, ...processRows, ...httpRows, ...pureLuaRows, ...engineRows];

interface Args {
  quick: boolean;
  only: string[];
  json?: string;
  schema?: string;
  list: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { quick: false, only: [], list: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') a.quick = true;
    else if (arg === '--only') a.only.push(...value().split(',').filter(Boolean));
    else if (arg === '--json') a.json = value();
    else if (arg === '--schema') a.schema = value();
    else if (arg === '--list') a.list = true;
    else if (arg === '--help' || arg === '-h') {
      throw new Error('usage: node dist/bench/run.js [--quick] [--only NAMES] [--json FILE] [--schema FILE] [--list]');
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return a;
}

function selected(rows: BenchRow[], only: string[]): BenchRow[] {
  if (!only.length) return rows;
  return rows.filter((r) => only.some((o) => r.name === o || r.name.startsWith(o)));
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  if (args.list) {
    for (const r of allRows) process.stdout.write(`${r.name.padEnd(20)} ${r.title}\n`);
    return 0;
  }
  if (args.schema !== undefined && !existsSync(args.schema)) {
    process.stderr.write(`--schema ${args.schema}: no such file\n`);
    return 2;
  }
  const rows = selected(allRows, args.only);
  if (!rows.length) {
    process.stderr.write(`no benchmark matches ${args.only.join(',')} (see --list)\n`);
    return 2;
  }
  const sharedDir = path.resolve(packageRoot, '..', 'shared', 'fixtures', 'schemas');
  const ctx: BenchContext = {
    mode: args.quick ? QUICK_MODE : FULL_MODE,
    schemasDir: existsSync(sharedDir) ? sharedDir : undefined,
    schemaPath: args.schema,
    lua54: findLua54(),
  };
  const cpus = os.cpus();
  process.stdout.write(
    `luatd bench — ${new Date().toISOString()} — node ${process.version}, ${os.platform()} ${os.arch()}, ` +
      `${cpus.length} cores (${cpus[0]?.model.trim() ?? '?'}) — ${args.quick ? 'quick' : 'full'} mode ` +
      `(${ctx.mode.warmup} warm-up + ${ctx.mode.samples} samples, median) — lua5.4: ${ctx.lua54 ?? 'not installed'}\n\n`,
  );
  const results: RowResult[] = [];
  for (const row of rows) {
    process.stderr.write(`  running ${row.name}...\n`);
    let result: RowResult;
    try {
      result = toResult(row, await row.run(ctx));
    } catch (e) {
      // a crash of the subject is a finding, not a reason to lose the other rows
      result = toResult(row, { status: 'na', reason: `failed: ${(e as Error).message.split('\n')[0]}` });
    }
    results.push(result);
  }
  process.stdout.write(`${formatTable(results)}\n`);
  process.stdout.write('\nratio = ours / baseline (lower is better); ✓/✗ are informational, the bench never fails on speed.\n');
  if (args.json) {
    writeFileSync(
      args.json,
      JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus.length, quick: args.quick, results }, null, 2),
    );
    process.stdout.write(`saved ${args.json}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
