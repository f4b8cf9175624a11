/**
 * `pack.<table>.write.<layout>` and `pack.<table>.readall.<layout>`: issue 16's measured choice
 * of a packed layout (bench/harness/packedBlocks.ts). For the district demo's households (one
 * block per grid) and sweep visits (one block per grid-day), each packed layout is compared with
 * one IndexedDB record per row with the cache's indexes, in the same run on the same profile on
 * disk. The per-row baseline runs first and last; the faster of the two is the baseline, so a
 * drift over the run cannot flatter the packed figures.
 */
import type { BenchResult } from './results';
import type { PackFigure } from './harness/packedBlocks';
import { runOnHarness } from './appContext';

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runPackedBlocksBench(harnessUrl: string): Promise<BenchResult[]> {
  return resultsOf(await runOnHarness<PackFigure[]>(harnessUrl, 'packedBlocks', Date.now()));
}

function resultsOf(figures: readonly PackFigure[]): BenchResult[] {
  const results: BenchResult[] = [];
  for (const table of [...new Set(figures.map((f) => f.table))]) {
    const mine = figures.filter((f) => f.table === table);
    const perRow = mine.filter((f) => f.layout === 'rows');
    const best = (pick: (f: PackFigure) => number) => Math.min(...perRow.map(pick));
    const baseline = {
      write: best((f) => f.writeMs),
      readAll: best((f) => f.readAllMs),
      block: best((f) => f.readBlockMs),
      byId: best((f) => f.readByIdMs ?? Infinity),
    };
    const rowRuns = (pick: (f: PackFigure) => number) => perRow.map((f) => Math.round(pick(f))).join(' / ');
    for (const f of mine.filter((x) => x.layout !== 'rows')) {
      const result = (what: string, ms: number, base: number, target: string, note: string): BenchResult => ({
        name: `pack.${table}.${what}.${f.layout}`,
        value: Math.round(ms),
        unit: 'ms',
        baseline: Math.round(base),
        ratio: ms / base,
        target,
        note,
      });
      results.push(
        result(
          'write',
          f.writeMs,
          baseline.write,
          'ratio ≤ 0.5 (issue 16)',
          `${f.rows} rows in ${f.records} records; per-row bulkPut first / last ${rowRuns((x) => x.writeMs)} ms`,
        ),
        result(
          'readall',
          f.readAllMs,
          baseline.readAll,
          'ratio ≤ 1.0',
          `decoded to rows; one block read ${round(f.readBlockMs)} ms against the per-row index read ${round(baseline.block)} ms (mean of 100)` +
            (f.readByIdMs === null
              ? ''
              : `; one row by id through the id index ${round(f.readByIdMs)} ms against a per-row get ${round(baseline.byId)} ms (mean of 100)`),
        ),
      );
    }
  }
  return results;
}
