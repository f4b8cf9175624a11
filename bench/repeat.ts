/**
 * `npm run bench -- --repeat N [prefix…]`: the command line, and N runs folded into one result
 * per name — the median value, the median baseline and the median of the per-run ratios (each
 * run's ratio pairs a figure with the baseline measured beside it), with the spread of the
 * values, so one noisy run neither makes nor breaks a target. Pure.
 */
import type { BenchResult } from './results';

export const REPEAT_MAX = 20;

export interface BenchArgs {
  /** Result-name prefixes to run; empty runs everything. */
  only: string[];
  repeat: number;
}

/** Reads `--repeat N` / `--repeat=N` and the prefixes; throws on a bad count. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const only: string[] = [];
  let repeat = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const inline = /^--repeat=(.*)$/.exec(arg);
    if (arg === '--repeat' || inline) {
      const text = inline ? inline[1] : argv[++i];
      const n = Number(text);
      if (!Number.isInteger(n) || n < 1 || n > REPEAT_MAX)
        throw new Error(`--repeat takes a whole number from 1 to ${REPEAT_MAX}, not ${String(text)}`);
      repeat = n;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else only.push(arg);
  }
  return { only, repeat };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One result per name, in first-seen order; a single run passes through unchanged. */
export function foldRuns(runs: readonly (readonly BenchResult[])[]): BenchResult[] {
  if (runs.length === 1) return [...(runs[0] ?? [])];
  const byName = new Map<string, BenchResult[]>();
  for (const run of runs)
    for (const r of run) {
      const list = byName.get(r.name);
      if (list) list.push(r);
      else byName.set(r.name, [r]);
    }
  return [...byName.values()].map((list) => {
    const first = list[0] as BenchResult;
    const values = list.map((r) => r.value);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      ...first,
      value: round(median(values)),
      baseline: round(median(list.map((r) => r.baseline))),
      ratio: median(list.map((r) => r.ratio)),
      runs: list.length,
      spread: { min: Math.min(...values), max: Math.max(...values) },
      note: `median of ${list.length} runs (values ${Math.min(...values)}–${Math.max(...values)} ${first.unit}); ${first.note ?? ''}`.trim(),
    };
  });
}
