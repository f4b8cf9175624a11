/**
 * The fusion bench's worker: given the district's rows (posted, not timed), times the four
 * fusion findings (computeFusion) and, as the baseline, one plain pass over the same arrays
 * that reads the fields the rules read. Median of RUNS each, after one warm-up of both.
 */
import { computeFusion, type FusionInput } from '#common/domain/passFusion';

export interface FusionBenchReply {
  ms: number;
  baselineMs: number;
  findings: number;
  totals: Record<string, number>;
  rows: { households: number; visits: number; registrations: number };
}

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** A plain pass: every row once, summing what the rules read. */
function plainPass(input: FusionInput): number {
  let sum = 0;
  for (const h of input.households) sum += h.registeredResidents + (h.deleted ? 1 : 0);
  for (const v of input.visits) sum += v.unregisteredFound + v.visitedAt;
  for (const r of input.registrations) sum += r.validUntil - r.validFrom + (r.status === 'approved' ? 1 : 0);
  for (const c of input.levelChanges) sum += c.from;
  return sum;
}

self.onmessage = (event: MessageEvent<FusionInput>) => {
  const input = event.data;
  let result = computeFusion(input);
  let sink = plainPass(input);
  const times: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    result = computeFusion(input);
    times.push(performance.now() - t0);
    const t1 = performance.now();
    sink += plainPass(input);
    base.push(performance.now() - t1);
  }
  self.postMessage({
    ms: median(times),
    baselineMs: median(base) + (sink === -1 ? 1 : 0),
    findings: result.findings.length,
    totals: result.totals,
    rows: {
      households: input.households.length,
      visits: input.visits.length,
      registrations: input.registrations.length,
    },
  } satisfies FusionBenchReply);
};
