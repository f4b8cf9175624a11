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
import { newAppContext } from './appContext';

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runPackedBlocksBench(harnessUrl: string): Promise<BenchResult[]> {
  const context = await newAppContext();
  try {
    const page = await context.newPage();
    await page.goto(harnessUrl.replace(/\/$/, '') + '/');
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached' });
    const figures = await page.evaluate(
      (at) =>
        (
          window as unknown as { bench: { packedBlocks(n: number): Promise<PackFigure[]> } }
        ).bench.packedBlocks(at),
      Date.now(),
    );
    return resultsOf(figures);
  } finally {
    await context.close();
  }
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
    };
    const rowRuns = (pick: (f: PackFigure) => number) => perRow.map((f) => Math.round(pick(f))).join(' / ');
    for (const f of mine.filter((x) => x.layout !== 'rows')) {
      results.push({
        name: `pack.${table}.write.${f.layout}`,
        value: Math.round(f.writeMs),
        unit: 'ms',
        baseline: Math.round(baseline.write),
        ratio: f.writeMs / baseline.write,
        target: 'ratio ≤ 0.5 (issue 16)',
        note: `${f.rows} rows in ${f.records} records; per-row bulkPut first / last ${rowRuns((x) => x.writeMs)} ms`,
      });
      results.push({
        name: `pack.${table}.readall.${f.layout}`,
        value: Math.round(f.readAllMs),
        unit: 'ms',
        baseline: Math.round(baseline.readAll),
        ratio: f.readAllMs / baseline.readAll,
        target: 'ratio ≤ 1.0',
        note: `decoded to rows; one block read ${round(f.readBlockMs)} ms against the per-row index read ${round(baseline.block)} ms (mean of 100)`,
      });
    }
  }
  return results;
}
