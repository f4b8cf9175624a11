/**
 * Scrolling the incident list in the real app: the 警情 screen with every incident shown
 * (status filter cleared), its virtual list scrolled from the top to the bottom by a fixed
 * step per animation frame (a fast flick: about ten new rows every frame), frame times read
 * from requestAnimationFrame deltas, long animation frames counted with the
 * `long-animation-frame` observer. The district demo has 20,000 incidents; the baseline is the
 * same screen and scroll over the station demo's few hundred incidents, run for as many
 * frames (down and back up), so the ratio says what the 20,000 rows themselves cost.
 */
import type { Page } from '@playwright/test';
import type { BenchResult } from './results';
import { newAppContext, waitForBoardReady } from './appContext';
import { p95 } from './percentile';

/** Pixels scrolled per animation frame. */
const STEP = 400;

interface ScrollRun {
  /** requestAnimationFrame deltas, ms. */
  frames: number[];
  rows: number;
  scrolled: number;
  longFrames: number;
  longestFrame: number;
}

/** Share of frames that took longer than two frames at 60 Hz (rAF deltas come in whole frames). */
const slowShare = (xs: readonly number[]): string =>
  `${Math.round((100 * xs.filter((x) => x > 34).length) / Math.max(1, xs.length))}%`;

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

async function openAllIncidents(page: Page, url: string, size: 'station' | 'district'): Promise<number> {
  await page.goto(`${url}/?demo=${size}`);
  await waitForBoardReady(page, 900_000);
  await page.goto(`${url}/#/incidents`);
  await page.getByTestId('incidents-screen').locator('.incident-row').first().waitFor({ timeout: 120_000 });
  // every status: clear the filter's tags (it opens on the unresolved ones)
  const status = page.getByTestId('filter-status');
  await status.hover();
  await status.locator('.ant-select-clear').click();
  const expected = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gridroom');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('incidents').objectStore('incidents').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { deleted: boolean }[]).filter((i) => !i.deleted).length);
          };
        };
      }),
  );
  await page
    .getByTestId('incident-count')
    .filter({ hasText: new Intl.NumberFormat('zh-CN').format(expected) })
    .waitFor({ timeout: 120_000 });
  await page.mouse.move(800, 600);
  return expected;
}

/** Scrolls the list by STEP per frame, down to the bottom; with `minFrames`, down and up until that many. */
async function scroll(page: Page, minFrames: number): Promise<Omit<ScrollRun, 'rows'>> {
  return page.evaluate(
    ([step, min]) =>
      new Promise<Omit<ScrollRun, 'rows'>>((resolve, reject) => {
        // the list's scroller: antd's virtual holder, or a WindowedTable's body
        const holder = document.querySelector<HTMLElement>(
          '[data-testid="incidents-screen"] :is(.ant-table-tbody-virtual-holder, .windowed-body)',
        );
        if (!holder) {
          reject(new Error('no scrolling list body'));
          return;
        }
        const longFrames: number[] = [];
        const observer =
          typeof PerformanceObserver !== 'undefined' &&
          PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
            ? new PerformanceObserver((list) => {
                for (const e of list.getEntries()) longFrames.push(e.duration);
              })
            : null;
        observer?.observe({ type: 'long-animation-frame' });
        holder.scrollTop = 0;
        const frames: number[] = [];
        let last = 0;
        let scrolled = 0;
        let down = true;
        let bottoms = 0;
        const frame = (t: number): void => {
          if (last > 0) frames.push(t - last);
          last = t;
          const max = holder.scrollHeight - holder.clientHeight;
          const atEnd = down ? holder.scrollTop >= max - 1 : holder.scrollTop <= 0;
          if (atEnd) {
            if (down) bottoms += 1;
            if (frames.length >= min && bottoms > 0) {
              observer?.disconnect();
              resolve({
                frames,
                scrolled,
                longFrames: longFrames.length,
                longestFrame: Math.max(0, ...longFrames),
              });
              return;
            }
            down = !down;
          }
          const before = holder.scrollTop;
          holder.scrollTop = down ? Math.min(max, before + step) : Math.max(0, before - step);
          scrolled += Math.abs(holder.scrollTop - before);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    [STEP, minFrames] as const,
  );
}

async function measure(url: string, size: 'station' | 'district', minFrames: number): Promise<ScrollRun> {
  const context = await newAppContext({ width: 1600, height: 1000 });
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named functions in page.evaluate callbacks with __name().
  await page.addInitScript(() => {
    (globalThis as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  });
  const rows = await openAllIncidents(page, url, size);
  const run = await scroll(page, minFrames);
  await context.close();
  return { ...run, rows };
}

export async function runIncidentsScrollBench(url: string): Promise<BenchResult[]> {
  const district = await measure(url, 'district', 0);
  const station = await measure(url, 'station', district.frames.length);
  const value = p95(district.frames);
  const baseline = p95(station.frames);
  return [
    {
      name: 'incidents.scroll.frame.p95',
      value: Math.round(value * 10) / 10,
      unit: 'ms',
      baseline: Math.round(baseline * 10) / 10,
      ratio: value / baseline,
      target: '≤ 17 ms',
      note:
        `${district.rows} incidents (district), top to bottom at ${STEP} px a frame: ` +
        `${district.frames.length} frames, mean ${mean(district.frames).toFixed(1)} ms, ` +
        `${slowShare(district.frames)} over 2 frames, ${district.longFrames} long animation frames ` +
        `(longest ${Math.round(district.longestFrame)} ms); baseline: the same scroll over the ` +
        `station's ${station.rows} incidents for as many frames (mean ` +
        `${mean(station.frames).toFixed(1)} ms, ${slowShare(station.frames)} over 2 frames, ` +
        `${station.longFrames} long)`,
    },
  ];
}
