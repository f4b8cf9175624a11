/**
 * Board figures in the real app: cold start (a fresh page over a cache already loaded and
 * settled, appContext.ts) to the board being interactive, and the map's first idle, for the
 * station and the district. The app marks `board:data` (first render with data) and
 * `board:ready` (map idle) with performance.mark; cold start is measured from the page's
 * navigation start.
 */
import type { Page } from '@playwright/test';
import type { BenchResult } from './results';
import { loadDemoCache, newAppContext } from './appContext';

interface BoardTimes {
  coldStartMs: number;
  mapIdleMs: number;
  /** The app's stage marks (app:script, app:cache-ready, board:data…), ms since navigation. */
  marks: Record<string, number>;
}

async function waitReady(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('board:ready').length > 0, undefined, {
    timeout,
    polling: 100,
  });
}

async function readTimes(page: Page): Promise<BoardTimes> {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('board:ready')[0]?.startTime ?? NaN;
    const mapStart = performance.getEntriesByName('board:data')[0]?.startTime ?? NaN;
    const marks = Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => /^(app|board):/.test(m.name) && m.startTime <= ready)
        .map((m) => [m.name, Math.round(m.startTime)]),
    );
    return { coldStartMs: ready, mapIdleMs: ready - mapStart, marks };
  });
}

async function measure(url: string, size: 'station' | 'district'): Promise<BoardTimes> {
  const context = await newAppContext({ width: 1920, height: 1080 });
  await loadDemoCache(context, url, size);
  const runs: BoardTimes[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await waitReady(page, 120_000);
    runs.push(await readTimes(page));
    await page.close();
  }
  await context.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return {
    coldStartMs: median(runs.map((r) => r.coldStartMs)),
    mapIdleMs: median(runs.map((r) => r.mapIdleMs)),
    marks: Object.fromEntries(
      Object.keys(runs[0]?.marks ?? {}).map((name) => [name, median(runs.map((r) => r.marks[name] ?? NaN))]),
    ),
  };
}

/** A run's marks in time order, as `name ms` pairs. */
const stages = (times: BoardTimes) =>
  Object.entries(times.marks)
    .sort((a, b) => a[1] - b[1])
    .map(([name, ms]) => `${name} ${ms}`)
    .join(', ');

export async function runBoardBench(url: string): Promise<BenchResult[]> {
  const station = await measure(url, 'station');
  const district = await measure(url, 'district');
  return [
    {
      name: 'board.coldstart.district',
      value: Math.round(district.coldStartMs),
      unit: 'ms',
      baseline: Math.round(station.coldStartMs),
      ratio: district.coldStartMs / station.coldStartMs,
      target: '≤ 1200 ms',
      note:
        `navigation → map idle, median of 3; baseline: same with the station (≈60 grids) cached; ` +
        `stages (ms since navigation), district: ${stages(district)}; station: ${stages(station)}`,
    },
    {
      name: 'map.idle.district',
      value: Math.round(district.mapIdleMs),
      unit: 'ms',
      baseline: Math.round(station.mapIdleMs),
      ratio: district.mapIdleMs / station.mapIdleMs,
      target: '≤ 1500 ms',
      note: 'map mount → first idle, 725 grids; baseline 60 grids; median of 3',
    },
  ];
}
