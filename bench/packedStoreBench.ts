/**
 * `pack.store.<table>.sync` and `pack.store.<table>.readall`: issue 16's packed store on an
 * initial sync's path (bench/harness/packedStore.ts): the district's households and visits in
 * pulled pages of 5,000, each applied in its own transaction, against the cache's per-row table
 * written the same way in the same run (first and last; the faster is the baseline).
 */
import type { BenchResult } from './results';
import type { StoreFigure } from './harness/packedStore';
import { runOnHarness } from './appContext';

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runPackedStoreBench(harnessUrl: string): Promise<BenchResult[]> {
  return resultsOf(await runOnHarness<StoreFigure[]>(harnessUrl, 'packedStore', Date.now()));
}

function resultsOf(figures: readonly StoreFigure[]): BenchResult[] {
  const results: BenchResult[] = [];
  for (const table of ['households', 'visits'] as const) {
    const perRow = figures.filter((f) => f.table === table && f.layout === 'rows');
    const packed = figures.find((f) => f.table === table && f.layout === 'store');
    if (!packed || perRow.length === 0) continue;
    const best = (pick: (f: StoreFigure) => number) => Math.min(...perRow.map(pick));
    const result = (
      what: string,
      pick: (f: StoreFigure) => number,
      target: string,
      note: string,
    ): BenchResult => ({
      name: `pack.store.${table}.${what}`,
      value: Math.round(pick(packed)),
      unit: 'ms',
      baseline: Math.round(best(pick)),
      ratio: pick(packed) / best(pick),
      target,
      note,
    });
    const runs = perRow.map((f) => Math.round(f.writeMs)).join(' / ');
    results.push(
      result(
        'sync',
        (f) => f.writeMs,
        'ratio ≤ 0.5 (issue 16)',
        `${packed.rows} rows in pages of 5,000 → ${packed.records} blocks; per-row pages first / last ${runs} ms`,
      ),
      result(
        'readall',
        (f) => f.readAllMs,
        'ratio ≤ 1.0',
        `decoded to rows; one row by id ${round(packed.readByIdMs)} ms against a per-row get ${round(best((f) => f.readByIdMs))} ms (mean of 100)`,
      ),
    );
  }
  return results;
}
