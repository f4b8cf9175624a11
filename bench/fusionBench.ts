/**
 * `epass.fusion.district`: the four fusion findings (common/domain/passFusion.ts) computed in a
 * worker for the district set — ≈200,000 households, their campaign's sweep visits, the
 * control-level history and ≈150,000 pass registrations (bench/harness/fusionBenchData.ts) —
 * median of 7 after a warm-up. Baseline: one plain pass over the same arrays in the same
 * worker, so the ratio says what the rules cost over merely touching every row. Target ≤ 2 s.
 */
import type { BenchResult } from './results';
import type { FusionBenchReply } from './harness/fusionBench.worker';
import { newAppContext, openHarness } from './appContext';

export async function runFusionBench(harnessUrl: string): Promise<BenchResult[]> {
  const context = await newAppContext();
  try {
    const page = await openHarness(context, harnessUrl);
    const now = Date.now();
    const r = await page.evaluate(
      (at) =>
        (
          window as unknown as { bench: { fusionDistrict(n: number): Promise<FusionBenchReply> } }
        ).bench.fusionDistrict(at),
      now,
    );
    return [
      {
        name: 'epass.fusion.district',
        value: Math.round(r.ms),
        unit: 'ms',
        baseline: Math.round(r.baselineMs * 10) / 10,
        ratio: r.ms / Math.max(r.baselineMs, 0.001),
        target: '≤ 2,000 ms in a worker',
        note: `median of 7; ${r.rows.households} households, ${r.rows.visits} visits, ${r.rows.registrations} registrations; ${r.findings} findings (${Object.entries(
          r.totals,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}); baseline a plain pass over the same arrays`,
      },
    ];
  } finally {
    await context.close();
  }
}
