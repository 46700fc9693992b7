/**
 * The measuring core of `npm run bench`: sampling, medians, the row contract and the table.
 *
 * Every figure is a median of several samples taken after a warm-up, with "ours" and
 * "baseline" samples interleaved so that a slow phase of a shared machine hurts both sides
 * alike (the machine this runs on has 2 cores shared by several jobs).
 */
import { performance } from 'node:perf_hooks';

/** How hard to measure: `quick` proves the benches still run; `full` gives figures worth reading. */
export interface BenchMode {
  quick: boolean;
  /** Samples per side (median of these is reported). */
  samples: number;
  /** Warm-up samples per side, thrown away. */
  warmup: number;
  /** Target duration of one sample in milliseconds; iterations are calibrated to reach it. */
  sampleMs: number;
}

/** Full mode: warm-up, then 7 samples of ~150 ms each side. */
export const FULL_MODE: BenchMode = { quick: false, samples: 7, warmup: 2, sampleMs: 150 };
/** Quick mode (CI): the minimum the brief allows, short samples. */
export const QUICK_MODE: BenchMode = { quick: true, samples: 5, warmup: 1, sampleMs: 10 };

/** What a row needs from the runner. */
export interface BenchContext {
  mode: BenchMode;
  /** Folder holding td_api_1.8.66.tl and friends, or undefined when absent. */
  schemasDir: string | undefined;
  /** Explicit path of the 1.8.66 schema (`--schema`), overriding schemasDir. */
  schemaPath: string | undefined;
  /** Path of a `lua5.4` binary, or undefined when not installed. */
  lua54: string | undefined;
}

/** One measured pair, in nanoseconds per operation. */
export interface Measured {
  ours: number;
  /** null when the baseline cannot run here (e.g. lua5.4 not installed); the note says why. */
  baseline: number | null;
  /** Extra context shown in the notes column (sizes, iteration counts...). */
  note?: string;
}

/** What a row produces: a measured pair, or the reason it could not run. */
export type RowOutcome = ({ status: 'ok' } & Measured) | { status: 'na'; reason: string };

/** A benchmark row of the table. */
export interface BenchRow {
  /** Short stable id used by `--only` and in JSON output. */
  name: string;
  /** What is measured against what, one line. */
  title: string;
  /** Target ratio ours/baseline; `approx` rows aim at ≈ target (e.g. "does not grow"); none for context rows. */
  target?: number;
  approx?: boolean;
  run(ctx: BenchContext): Promise<RowOutcome>;
}

/** A finished row, as printed and saved with --json. */
export interface RowResult {
  name: string;
  title: string;
  /** ns per op, or null when the row did not run. */
  ours: number | null;
  baseline: number | null;
  ratio: number | null;
  target: string;
  /** true within target, false outside, null when not measured. */
  withinTarget: boolean | null;
  note: string;
}

/** A synchronous operation to time (rows loop inside it when one call is too small to time). */
export type SyncOp = () => void;
/** An asynchronous operation to time. */
export type AsyncOp = () => Promise<void>;

/** Median of a non-empty list. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timeSync(op: SyncOp, iterations: number): number {
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) op();
  return ((performance.now() - t0) * 1e6) / iterations;
}

async function timeAsync(op: AsyncOp, iterations: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) await op();
  return ((performance.now() - t0) * 1e6) / iterations;
}

/** Iterations so that one sample lasts about `sampleMs`, from one timed probe call. */
function calibrate(probeNs: number, mode: BenchMode): number {
  const per = Math.max(probeNs, 1);
  return Math.max(1, Math.min(1_000_000, Math.round((mode.sampleMs * 1e6) / per)));
}

/**
 * Time two synchronous operations, interleaving their samples; returns ns/op medians.
 * Each side is calibrated separately so a slow op runs fewer iterations per sample.
 */
export function compareSync(ours: SyncOp, baseline: SyncOp, mode: BenchMode): { ours: number; baseline: number } {
  const itO = calibrate(timeSync(ours, 1), mode);
  const itB = calibrate(timeSync(baseline, 1), mode);
  // a second calibration after the JIT has seen both once gives saner counts
  const itO2 = calibrate(timeSync(ours, Math.min(itO, 1000)), mode);
  const itB2 = calibrate(timeSync(baseline, Math.min(itB, 1000)), mode);
  for (let i = 0; i < mode.warmup; i++) {
    timeSync(ours, itO2);
    timeSync(baseline, itB2);
  }
  const so: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < mode.samples; i++) {
    so.push(timeSync(ours, itO2));
    sb.push(timeSync(baseline, itB2));
  }
  return { ours: median(so), baseline: median(sb) };
}

/** Like compareSync, for operations that return promises (each awaited before the next). */
export async function compareAsync(ours: AsyncOp, baseline: AsyncOp, mode: BenchMode): Promise<{ ours: number; baseline: number }> {
  const itO = calibrate(await timeAsync(ours, 1), mode);
  const itB = calibrate(await timeAsync(baseline, 1), mode);
  const itO2 = calibrate(await timeAsync(ours, Math.min(itO, 1000)), mode);
  const itB2 = calibrate(await timeAsync(baseline, Math.min(itB, 1000)), mode);
  for (let i = 0; i < mode.warmup; i++) {
    await timeAsync(ours, itO2);
    await timeAsync(baseline, itB2);
  }
  const so: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < mode.samples; i++) {
    so.push(await timeAsync(ours, itO2));
    sb.push(await timeAsync(baseline, itB2));
  }
  return { ours: median(so), baseline: median(sb) };
}

/** A row outcome saying the subject does not exist yet (or a prerequisite is missing). */
export function notAvailable(reason: string): RowOutcome {
  return { status: 'na', reason };
}

/** Turn a row and its outcome into the printed/saved result. */
export function toResult(row: BenchRow, out: RowOutcome): RowResult {
  const target = row.target === undefined ? '-' : `${row.approx ? '≈' : '≤'}${row.target}×`;
  if (out.status === 'na') {
    return { name: row.name, title: row.title, ours: null, baseline: null, ratio: null, target, withinTarget: null, note: out.reason };
  }
  const ratio = out.baseline === null ? null : out.ours / out.baseline;
  // "≈1×" means "does not grow": we accept up to 1.5× (and anything below), a noisy shared box
  // easily moves a 100-row query by a third.
  const within = row.target === undefined || ratio === null ? null : row.approx ? ratio <= row.target * 1.5 : ratio <= row.target;
  return {
    name: row.name,
    title: row.title,
    ours: out.ours,
    baseline: out.baseline,
    ratio,
    target,
    withinTarget: within,
    note: out.note ?? '',
  };
}

/** Human-readable duration for a ns/op figure. */
export function formatNs(ns: number | null): string {
  if (ns === null) return '-';
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e4 ? 2 : 1)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

/** Render results as a fixed-width table (plain text, so it pastes into README.md). */
export function formatTable(results: RowResult[]): string {
  const header = ['bench', 'ours', 'baseline', 'ratio', 'target', 'ok', 'notes'];
  const rows = results.map((r) => [
    r.name,
    r.ours === null ? 'n/a' : formatNs(r.ours),
    formatNs(r.baseline),
    r.ratio === null ? '-' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.withinTarget === null ? '-' : r.withinTarget ? '✓' : '✗',
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
