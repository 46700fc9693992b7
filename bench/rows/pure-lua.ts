/**
 * Context rows: raw speed of the embedded VM (fengari, inside the luatd sandbox with its
 * instruction-count hook) on classic Lua programs, against a native `lua5.4` when one is installed. No target: fengari is an interpreter written in JS
 * and is expected to be many times slower; the figures say by how much.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LuaRuntime } from '../../src/lua/runtime.js';
import { ourSchema } from '../../src/schema/parser.js';
import { idleClient } from './fixtures.js';
import { type BenchContext, type BenchRow, type RowOutcome } from '../harness.js';

/** One classic program: a Lua body defining `work()`, sized by N (full) or Nq (quick). */
interface LuaProgram {
  name: string;
  title: string;
  n: number;
  nQuick: number;
  /** Lua source of `local function work() ... end`, using the upvalue N. */
  body: string;
}

/** The programs, written to run unchanged on Lua 5.3 (fengari) and 5.4. */
export const LUA_PROGRAMS: LuaProgram[] = [
  {
    name: 'pure-fib',
    title: 'recursive fib(N) in the VM vs lua5.4',
    n: 24,
    nQuick: 16,
    body: `
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local function work() return fib(N) end`,
  },
  {
    name: 'pure-loops',
    title: 'numeric for loops with arithmetic (N iterations) vs lua5.4',
    n: 2_000_000,
    nQuick: 50_000,
    body: `
local function work()
  local s = 0
  for i = 1, N do s = s + (i % 7) * 3 - (i // 5) end
  return s
end`,
  },
  {
    name: 'pure-strings',
    title: 'string building: N pieces via table.concat and .. vs lua5.4',
    n: 100_000,
    nQuick: 5_000,
    body: `
local function work()
  local parts = {}
  for i = 1, N do parts[#parts + 1] = "item" .. i .. ";" end
  local s = table.concat(parts)
  local t = ""
  for i = 1, N // 100 do t = t .. string.format("%d,", i) end
  return #s + #t
end`,
  },
  {
    name: 'pure-tables',
    title: 'table churn: N small tables created, filled, sorted, dropped vs lua5.4',
    n: 200_000,
    nQuick: 5_000,
    body: `
local function work()
  local keep = {}
  for i = 1, N do
    local t = { id = i, name = "n" .. (i % 100), tags = { i, i + 1, i + 2 } }
    keep[(i % 1000) + 1] = t
  end
  table.sort(keep, function(a, b) return a.id > b.id end)
  local q = {}
  for i = 1, N // 10 do table.insert(q, i) end
  while #q > 0 do table.remove(q) end
  return #keep
end`,
  },
];

/**
 * The driver run by both VMs: warm-up, timed samples with os.clock, median in seconds.
 * fengari's os.clock is wall time (performance.now), lua5.4's is CPU time of the process:
 * on a busy shared machine that favours lua5.4 slightly.
 */
function driver(p: LuaProgram, n: number, warmup: number, samples: number): string {
  return `local N = ${n}
${p.body}
for _ = 1, ${warmup} do work() end
local s = {}
for i = 1, ${samples} do local t0 = os.clock(); work(); s[i] = os.clock() - t0 end
table.sort(s)
local m = #s // 2
local med = (#s % 2 == 1) and s[m + 1] or (s[m] + s[m + 1]) / 2
return string.format("%.9f", med)`;
}

/**
 * Run a chunk in a fresh luatd VM (the sandbox scripts get, with its instruction-count hook) and
 * return its first result. No slice limit: these programs run long on purpose.
 */
async function runInLuatd(src: string): Promise<string> {
  const rt = new LuaRuntime({ client: idleClient(), schema: ourSchema(), limits: { sliceMs: 0 } });
  try {
    return (await rt.exec(src, '=bench')).values[0];
  } finally {
    rt.close();
  }
}

function runInLua54(bin: string, src: string): string {
  // `print(...)` of the chunk's result: lua5.4 -e takes the source inline, no temp file needed
  const r = spawnSync(bin, ['-e', `print((function() ${src} end)())`], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`lua5.4 failed: ${r.stderr || r.error?.message}`);
  return r.stdout.trim();
}

/** Find a lua5.4 binary ($LUA54, usual places, PATH), undefined when none; `LUA54=none` skips it. */
export function findLua54(): string | undefined {
  if (process.env.LUA54 === 'none') return undefined;
  const candidates = [process.env.LUA54, '/usr/bin/lua5.4', '/usr/local/bin/lua5.4', '/opt/homebrew/bin/lua5.4'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const r = spawnSync('lua5.4', ['-v'], { encoding: 'utf8' });
  return r.status === 0 ? 'lua5.4' : undefined;
}

function programRow(p: LuaProgram): BenchRow {
  return {
    name: p.name,
    title: p.title,
    async run(ctx: BenchContext): Promise<RowOutcome> {
      const n = ctx.mode.quick ? p.nQuick : p.n;
      const src = driver(p, n, ctx.mode.warmup, ctx.mode.samples);
      const ours = Number(await runInLuatd(src)) * 1e9;
      if (!ctx.lua54) {
        return { status: 'ok', ours, baseline: null, note: `N=${n}; lua5.4 not installed: baseline column skipped` };
      }
      const baseline = Number(runInLua54(ctx.lua54, src)) * 1e9;
      return { status: 'ok', ours, baseline, note: `N=${n}` };
    },
  };
}

/** The pure-Lua context rows. */
export const pureLuaRows: BenchRow[] = LUA_PROGRAMS.map(programRow);
