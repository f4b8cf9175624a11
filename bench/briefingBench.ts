/**
 * Briefing display figure in the real app: launch → first slide ready (`briefing.first.slide`),
 * a fresh page at `#/briefing` over the district cache already loaded and settled, measured from the page's
 * navigation start to the deck's `briefing:ready` performance mark (the first slide's data is
 * in). Baseline: the board's cold start to `board:ready` over the same cache in the same run.
 * Board and briefing loads alternate so both see the same machine; median of 3 each.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { BenchResult } from './results';
import { loadDemoCache, newAppContext } from './appContext';

async function markTime(page: Page, mark: string, timeout: number): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout,
    polling: 50,
  });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN, mark);
}

async function fresh(context: BrowserContext, url: string, mark: string, timeoutMs: number): Promise<number> {
  // Same context (same cache), new page: a launch of the window, not a reload.
  const page = await context.newPage();
  await page.goto(url);
  const ms = await markTime(page, mark, timeoutMs);
  await page.close();
  return ms;
}

export async function runBriefingBench(url: string): Promise<BenchResult[]> {
  const context = await newAppContext({ width: 1920, height: 1080 });
  try {
    await loadDemoCache(context, url, 'district');
    const board: number[] = [];
    const briefing: number[] = [];
    for (let i = 0; i < 3; i++) {
      board.push(await fresh(context, `${url}/`, 'board:ready', 120_000));
      briefing.push(await fresh(context, `${url}/#/briefing?autoplay=0`, 'briefing:ready', 120_000));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const value = median(briefing);
    const baseline = median(board);
    return [
      {
        name: 'briefing.first.slide',
        value: Math.round(value),
        unit: 'ms',
        baseline: Math.round(baseline),
        ratio: value / baseline,
        target: '≤ 2000 ms',
        note: `district cache; launch → overnight slide ready; baseline board cold start; median of 3 (${briefing.map(Math.round).join(', ')})`,
      },
    ];
  } finally {
    await context.close();
  }
}
