/**
 * report.xlsx.district: the daily report of a district-size day (725 grids; yesterday, the last
 * whole day, which the 报告 screen opens on) built from the cache and written to XLSX bytes in
 * the page — the same modules the 报告 screen's XLSX button runs
 * (buildDailyReport → dailyReportWorkbook → workbookToXlsx), bundled with esbuild and injected
 * into the real app after it loaded the demo cache (`?demo=district`), so they read the app's
 * own IndexedDB. Baseline: the station-size day in the same run. Median of 3 after a warm-up.
 * Peak JS heap: the page's V8 heap polled over CDP (answered between JS interrupts, also while
 * the export runs) during each run, minus the heap after a forced GC just before it.
 */
import { build } from 'esbuild';
import type { CDPSession } from '@playwright/test';
import type { BenchResult } from './results';
import { newAppContext, waitForBoardReady } from './appContext';

const RUNS = 3;

const entry = `
import { GridroomDb } from './renderer/db/database';
import { buildDailyReport } from './renderer/features/reports/dailyReportQuery';
import { dailyReportWorkbook } from './renderer/features/reports/export/dailyReportSheets';
import { workbookToXlsx } from './renderer/export/toXlsx';
import { makeTranslate } from './renderer/i18n/translate';
import { dayOf } from './common/domain/time';

const db = new GridroomDb('gridroom');
const t = makeTranslate('zh-CN');
window.__reportXlsxBench = {
  async run() {
    // yesterday: the last whole day, which the 报告 screen opens on
    const date = dayOf(Date.now() - 86_400_000);
    const t0 = performance.now();
    const report = await buildDailyReport(db, date, { preparedBy: 'bench' });
    const t1 = performance.now();
    const bytes = await workbookToXlsx(dailyReportWorkbook(report, t));
    const t2 = performance.now();
    const rows = report.grids.length + report.incidents.length + report.visits.length + report.checkpoints.length
      + report.testingSites.length + report.volunteerTeams.length;
    return { ms: t2 - t0, buildMs: t1 - t0, xlsxMs: t2 - t1, bytes: bytes.byteLength, rows, date };
  },
};
`;

interface Run {
  ms: number;
  buildMs: number;
  xlsxMs: number;
  bytes: number;
  rows: number;
  date: string;
}

interface SizeFigures {
  ms: number;
  buildMs: number;
  xlsxMs: number;
  bytes: number;
  rows: number;
  peakHeapMb: number;
}

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: entry,
      resolveDir: process.cwd(),
      loader: 'ts',
      sourcefile: 'reportXlsxBench.entry.ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no bundle');
  return file.text;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Runs the export once, polling the heap meanwhile; returns its figures and the peak above the post-GC heap. */
async function measureOnce(
  page: import('@playwright/test').Page,
  cdp: CDPSession,
): Promise<Run & { peak: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const base = await heapUsed(cdp);
  let peak = base;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      peak = Math.max(peak, await heapUsed(cdp));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const run = await page.evaluate(() =>
    (window as unknown as { __reportXlsxBench: { run(): Promise<Run> } }).__reportXlsxBench.run(),
  );
  polling = false;
  await poller;
  peak = Math.max(peak, await heapUsed(cdp));
  return { ...run, peak: peak - base };
}

async function measure(
  appUrl: string,
  size: 'station' | 'district',
  code: string,
): Promise<SizeFigures> {
  // bypassCSP: the app's CSP (script-src 'self') would refuse the injected bundle
  const context = await newAppContext(undefined, { bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${appUrl}/?demo=${size}`);
  await waitForBoardReady(page, 600_000);
  await page.addScriptTag({ content: code });
  const cdp = await context.newCDPSession(page);
  await measureOnce(page, cdp); // warm-up: JIT, Dexie's first open
  const runs: Array<Run & { peak: number }> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(page, cdp));
  await context.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const last = runs[runs.length - 1];
  return {
    ms: median(runs.map((r) => r.ms)),
    buildMs: median(runs.map((r) => r.buildMs)),
    xlsxMs: median(runs.map((r) => r.xlsxMs)),
    bytes: last?.bytes ?? 0,
    rows: last?.rows ?? 0,
    peakHeapMb: Math.max(...runs.map((r) => r.peak)) / 2 ** 20,
  };
}

export async function runReportXlsxBench(appUrl: string): Promise<BenchResult[]> {
  const code = await bundle();
  const station = await measure(appUrl, 'station', code);
  const district = await measure(appUrl, 'district', code);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return [
    {
      name: 'report.xlsx.district',
      value: Math.round(district.ms),
      unit: 'ms',
      baseline: Math.round(station.ms),
      ratio: district.ms / station.ms,
      target: '≤ 2000 ms',
      note:
        `build ${Math.round(district.buildMs)} + xlsx ${Math.round(district.xlsxMs)} ms; ${district.rows} rows, ` +
        `${round1(district.bytes / 1024)} KiB; baseline: station day (${station.rows} rows); median of ${RUNS}`,
    },
    {
      name: 'report.xlsx.district.peakHeap',
      value: round1(district.peakHeapMb),
      unit: 'MB',
      baseline: round1(station.peakHeapMb),
      ratio: district.peakHeapMb / station.peakHeapMb,
      target: 'reported',
      note: 'peak JS heap above the post-GC heap during the export (CDP-polled); baseline: station day',
    },
  ];
}
