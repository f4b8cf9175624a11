/**
 * `import.geo.vertices`: one grid outline of 40,000 positions through the grid importer's real
 * check (checkGridFeatures: ring validity, vertex limit, zero area, self-intersection by
 * R-tree, identity, overlap pass), p50 of 5 runs in Node (the import worker runs the same
 * common/ code in Chromium's V8). The ring is a wobbly circle — concave stretches like a
 * surveyed boundary, and long near-vertical runs where an x-sweep degrades; the note adds a
 * 5 km north–south boundary traced at a metre, the worst shape for an x-sweep.
 *
 * Baseline: @turf/kinks (the check before issue 13) on the same 40,000-position ring, timed
 * once (≈ 15 s: it compares every pair of segments). BENCH_GEO_QUICK=1 times 10,000 and 20,000
 * instead and extrapolates with the measured growth exponent — faster, but it underestimates
 * (8.3 s against 14.6 s measured), because fixed costs flatten the small sizes.
 * Target ≤ 1000 ms.
 */
import { kinks } from '@turf/kinks';
import { polygon } from '@turf/helpers';
import { wavyRing } from '#common/geo/wavyRing';
import { checkGridFeatures } from '#common/import/grids/checkGridFeatures';
import type { RawFeature } from '#common/import/grids/readGridFile';
import type { BenchResult } from './results';

const VERTICES = 40_000;
const RUNS = 5;
const centre: [number, number] = [118.15, 24.5];

const mapping = { code: 'code', name: 'name', community: 'community', street: null, gridLeader: null };
const ctx = { existing: [], extent: null, sourceCrs: 'wgs84' as const, overlapTolerance: 0.01 };

function asFeature(ring: Array<[number, number]>): RawFeature {
  return {
    index: 1,
    properties: { code: 'HL-01', name: '基准网格', community: '金山社区' },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

/** A north–south boundary traced every ≈ 0.25 m with ≈ 1 m of sideways noise, and back. */
function tracedStrip(vertices: number): Array<[number, number]> {
  const half = vertices / 2;
  const ring: Array<[number, number]> = [];
  for (let i = 0; i < half; i++)
    ring.push([centre[0] + 0.00001 * Math.sin(i * 1.7), centre[1] + (0.045 * i) / half]);
  for (let i = half - 1; i >= 0; i--)
    ring.push([centre[0] + 0.003 + 0.00001 * Math.sin(i * 1.3), centre[1] + (0.045 * i) / half]);
  ring.push(ring[0]!);
  return ring;
}

function timeMs(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function p50(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function checkMs(ring: Array<[number, number]>): number {
  const raw = asFeature(ring);
  return p50(
    Array.from({ length: RUNS }, () =>
      timeMs(() => {
        const result = checkGridFeatures([raw], mapping, ctx);
        if (result.issues.length > 0) throw new Error(`bench ring refused: ${result.issues[0]!.code}`);
      }),
    ),
  );
}

const kinksMs = (n: number) => timeMs(() => kinks(polygon([wavyRing(n, centre, 0.01)])));

export function runGeoImportBench(): BenchResult[] {
  const ms = checkMs(wavyRing(VERTICES, centre, 0.01));
  const stripMs = checkMs(tracedStrip(VERTICES));
  let baseline: number;
  let how: string;
  if (process.env.BENCH_GEO_QUICK !== '1') {
    baseline = kinksMs(VERTICES);
    how = `@turf/kinks on the same ring`;
  } else {
    const at10 = kinksMs(10_000);
    const at20 = kinksMs(20_000);
    const exponent = Math.log2(at20 / at10);
    baseline = at20 * 2 ** exponent;
    how = `@turf/kinks ${Math.round(at10)} ms at 10k, ${Math.round(at20)} ms at 20k, extrapolated ×2^${exponent.toFixed(2)}`;
  }
  return [
    {
      name: 'import.geo.vertices',
      value: Math.round(ms),
      unit: 'ms',
      baseline: Math.round(baseline),
      ratio: ms / baseline,
      target: '≤ 1000 ms',
      note: `p50 of ${RUNS}, ${VERTICES.toLocaleString('en')}-position ring, whole grid check; traced N–S strip ${Math.round(stripMs)} ms; baseline ${how}`,
    },
  ];
}
