/**
 * `npm run bench`: measures the foundation's performance figures in Debian's Chromium against
 * baselines taken in the same run, prints a table and writes bench/out/results.json as
 * [{name, value, unit, baseline, ratio, target}].
 *
 *   cache.load.station / cache.load.district   app demo load (generate + write + aggregates)
 *                                              vs raw Dexie bulkPut of the same rows
 *   board.coldstart.district                   page load → board interactive (map idle) with
 *                                              the district cached, vs the same with the station
 *   map.idle.district                          map mount → first idle with 725 grids, vs 60 grids
 *   sync.merge.timeline.max (+ sync.push.timeline.max.*)  the largest timeline's union at the
 *                                              centre vs the old quadratic merge (timelineMergeBench)
 *   auth.signin.offline                        offline sign-in check (PBKDF2-SHA-256, 600k) p50,
 *                                              vs one SHA-256 of the same input
 *   import.geo.vertices                        a 40,000-position grid outline through the grid
 *                                              check, vs @turf/kinks on the same ring
 *   epass.fusion.district                      the four fusion findings for the district in a
 *                                              worker, vs a plain pass over the same arrays
 *   epass.review.next.p95                      approve → next registration shown, 5,000 pending
 *                                              at district size, vs a raw read of the next row
 *   incident.create.p95                        save on the board's new-incident form → drawn on
 *                                              the map and counted in the tile (district), vs a
 *                                              raw IndexedDB put of the saved row
 *   sync.pull.page.pglite / .postgres          GET /api/v1/pull of a 5,000-row page from a
 *                                              ≈100k-record station (loopback HTTP), p50, vs
 *                                              a raw SELECT data::text of the same rows
 *   pack.<table>.write.<layout> / .readall.   district households per grid and visits per
 *                                              grid-day as packed blocks (objects, columns,
 *                                              JSON, indexed), vs one record per row with the
 *                                              indexes
 *   pack.store.<table>.sync / .readall         the packed store on an initial sync's path,
 *                                              pages of 5,000, vs the per-row table in the
 *                                              same pages
 *   update.check.p95                           200 enrolled devices fetch latest.yml at once
 *                                              (HTTP, loopback, PGlite), vs /health the same way;
 *                                              the API's extra RSS/heap in the note
 *
 * `npm run bench -- --repeat 3 [prefix…]` runs the selection 3 times and reports each figure's
 * median with its spread (bench/repeat.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { build } from 'vite';
import { existsSync } from 'node:fs';
import { buildRenderer } from '#scripts/build';
import { startRendererServer } from '#scripts/rendererServer';
import { runBoardBench } from './boardBench';
import { runSyncBench } from './syncBench';
import { runPushBench } from './pushThroughput';
import { runPullPageBench } from './pullPageBench';
import { runIntakeBench } from './intakeBench';
import { runTimelineMergeBench } from './timelineMergeBench';
import { runVisitEntryBench } from './visitEntryBench';
import { runImportBench } from './importBench';
import { runGeoImportBench } from './geoImportBench';
import { runBriefingBench } from './briefingBench';
import { runReportBench } from './reportBench';
import { runReportXlsxBench } from './reportXlsxBench';
import { runIncidentsScrollBench } from './incidentsScrollBench';
import { runIncidentCreateBench } from './incidentCreateBench';
import { runSignInBench } from './signInBench';
import { runFusionBench } from './fusionBench';
import { runPassReviewBench } from './passReviewBench';
import { runUpdateCheckBench } from './updateCheckBench';
import { printTable, type BenchResult } from './results';
import { foldRuns, parseBenchArgs } from './repeat';
import { closeAppContexts, newAppContext, openHarness } from './appContext';
import { runPackedBlocksBench } from './packedBlocksBench';
import { runPackedStoreBench } from './packedStoreBench';

const { only, repeat } = parseBenchArgs(process.argv.slice(2));
const wanted = (name: string) => only.length === 0 || only.some((o) => name.startsWith(o));

async function buildHarness(): Promise<void> {
  await build({
    configFile: false,
    root: 'bench/harness',
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { outDir: '../../dist/bench', emptyOutDir: true },
  });
}

async function cacheLoad(
  context: BrowserContext,
  url: string,
  size: 'station' | 'district',
): Promise<BenchResult> {
  const page = await openHarness(context, url);
  const now = Date.now();
  type Bench = {
    appLoad(s: string, n: number, db: string, c: number): Promise<{ ms: number; generatedMs: number }>;
    rawBulkPut(s: string, n: number, db: string): Promise<{ ms: number; rows: number }>;
  };
  const raw = await page.evaluate(
    ([s, n]) => (window as unknown as { bench: Bench }).bench.rawBulkPut(s, n, 'bench-raw'),
    [size, now] as const,
  );
  const app = await page.evaluate(
    ([s, n]) => (window as unknown as { bench: Bench }).bench.appLoad(s, n, 'bench-app', 2),
    [size, now] as const,
  );
  await page.close();
  return {
    name: `cache.load.${size}`,
    value: Math.round(app.ms),
    unit: 'ms',
    baseline: Math.round(raw.ms),
    ratio: app.ms / raw.ms,
    target: size === 'station' ? 'interactive progress; ratio ≤ 1.5' : 'progress throughout; ratio ≤ 1.5',
    note: `${raw.rows} rows; generation ${Math.round(app.generatedMs)} ms inside the app figure`,
  };
}

/** One run of the selected benches. */
async function runSelected(harnessUrl: string, appUrl: string): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of ['station', 'district'] as const) {
    if (!wanted(`cache.load.${size}`)) continue;
    const context = await newAppContext();
    results.push(await cacheLoad(context, harnessUrl, size));
    await context.close();
  }
  if (wanted('board') || wanted('map')) results.push(...(await runBoardBench(appUrl)));
  if (['sync.initial', 'sync.latency', 'sync.localwrite', 'sync.memory'].some(wanted))
    results.push(...(await runSyncBench()));
  if (wanted('sync.push')) results.push(...(await runPushBench()));
  if (wanted('sync.pull.page')) results.push(...(await runPullPageBench()));
  if (wanted('intake.batch')) results.push(...(await runIntakeBench()));
  if (wanted('sync.merge.timeline.max') || wanted('sync.push.timeline.max'))
    results.push(...(await runTimelineMergeBench()));
  if (wanted('workflow.visit')) results.push(...(await runVisitEntryBench(appUrl)));
  if (wanted('briefing')) results.push(...(await runBriefingBench(appUrl)));
  if (wanted('report.pdf')) results.push(...(await runReportBench(appUrl)));
  if (wanted('report.xlsx')) results.push(...(await runReportXlsxBench(appUrl)));
  if (wanted('import')) results.push(...(await runImportBench(appUrl)));
  if (wanted('import.geo.vertices')) results.push(...runGeoImportBench());
  if (wanted('auth.signin')) results.push(...(await runSignInBench(harnessUrl)));
  if (wanted('epass.fusion')) results.push(...(await runFusionBench(harnessUrl)));
  if (wanted('pack')) results.push(...(await runPackedBlocksBench(harnessUrl)));
  if (wanted('pack.store')) results.push(...(await runPackedStoreBench(harnessUrl)));
  if (wanted('epass.review')) results.push(...(await runPassReviewBench(appUrl)));
  if (wanted('update.check')) results.push(...(await runUpdateCheckBench()));
  if (wanted('incidents.scroll')) results.push(...(await runIncidentsScrollBench(appUrl)));
  if (wanted('incident.create')) results.push(...(await runIncidentCreateBench(appUrl)));
  return results;
}

async function main(): Promise<void> {
  await buildHarness();
  if (!existsSync('dist/renderer/index.html') || process.env.BENCH_REBUILD !== '0') await buildRenderer();
  // BENCH_PORT moves both servers, so a bench can run beside an e2e run on the default ports.
  const port = Number(process.env.BENCH_PORT ?? 5181);
  const harness = await startRendererServer({ root: 'dist/bench', port });
  // Both servers hand out URLs with a trailing slash; the benches append their own paths.
  const app = await startRendererServer({ root: 'dist/renderer', port: port + 1 });
  const runs: BenchResult[][] = [];
  try {
    for (let run = 1; run <= repeat; run++) {
      if (repeat > 1) console.log(`run ${run} of ${repeat}`);
      runs.push(await runSelected(harness.url, app.url.replace(/\/$/, '')));
    }
  } finally {
    await closeAppContexts();
    await harness.close();
    await app.close();
  }
  const results = foldRuns(runs);
  printTable(results);
  mkdirSync('bench/out', { recursive: true });
  // A partial run (`npm run bench -- sync`) replaces its own figures and keeps the others.
  const file = 'bench/out/results.json';
  const earlier: BenchResult[] =
    only.length > 0 && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResult[]) : [];
  const fresh = new Set(results.map((r) => r.name));
  writeFileSync(file, JSON.stringify([...earlier.filter((r) => !fresh.has(r.name)), ...results], null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
