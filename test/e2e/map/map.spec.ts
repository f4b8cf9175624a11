/**
 * The situation map in a real Chromium, through its dev harness: 725 generated grids must all
 * render after the fit on mount, a mouse click on a grid must select it, colouring must switch
 * with the legend, and labels (Latin codes and Chinese names, drawn from local fonts with no
 * network) must show. Waits use the map's test hook, never sleeps. Screenshots go to
 * test/out/screens/map-*.png for a human to look at.
 */
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../chromium';
import { buildHarness, serveHarness, type HarnessServer } from './harnessServer';

interface MapHook {
  renderedGridIds(): string[];
  waitForIdle(): Promise<void>;
  gridScreenPoint(id: string): { x: number; y: number } | null;
  zoomToGrid(id: string, zoom: number): Promise<void>;
  zoom(): number;
}
type HookWindow = { __gridroomTest?: { map?: MapHook } };

const screens = resolve(import.meta.dirname, '../../out/screens');
const GRID_COUNT = 725;
const gridId = (n: number): string => `00000000-0000-4000-8100-${n.toString(16).padStart(12, '0')}`;

let server: HarnessServer;
let browser: Browser;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await buildHarness();
  server = await serveHarness();
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  await mkdir(screens, { recursive: true });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads the harness and waits until every grid source is loaded and drawn; returns ms since navigation start. */
async function open(page: Page, grids: number): Promise<number> {
  await page.goto(`${server.url}?grids=${grids}`);
  await page.waitForFunction(() => (globalThis as unknown as HookWindow).__gridroomTest?.map !== undefined);
  return page.evaluate(async (expected) => {
    const hook = (globalThis as unknown as HookWindow).__gridroomTest?.map;
    if (!hook) throw new Error('map hook missing');
    // each idle is a real render; loop only until the data has reached the map
    for (let i = 0; i < 50; i += 1) {
      await hook.waitForIdle();
      if (hook.renderedGridIds().length >= expected) break;
    }
    return performance.now();
  }, grids);
}

const renderedGridIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => (globalThis as unknown as HookWindow).__gridroomTest?.map?.renderedGridIds() ?? []);
const waitForIdle = (page: Page): Promise<void> =>
  page.evaluate(() => (globalThis as unknown as HookWindow).__gridroomTest?.map?.waitForIdle());
const zoom = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as HookWindow).__gridroomTest?.map?.zoom() ?? 0);

test('725 grids render, select by click, switch colouring, label in Chinese', async () => {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // the map must need no network: fail any request that leaves loopback
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    errors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });

  const firstIdleMs = await open(page, GRID_COUNT);
  console.log(`map harness: ${GRID_COUNT} grids, page load → first idle with all grids drawn: ${firstIdleMs.toFixed(0)} ms`);

  const rendered = await renderedGridIds(page);
  expect(new Set(rendered).size).toBe(GRID_COUNT);
  for (let n = 0; n < GRID_COUNT; n += 1) expect(rendered).toContain(gridId(n));
  await page.screenshot({ path: `${screens}/map-level.png` });

  // select with a real mouse click
  const target = gridId(400);
  const point = await page.evaluate((id) => (globalThis as unknown as HookWindow).__gridroomTest?.map?.gridScreenPoint(id) ?? null, target);
  expect(point).not.toBeNull();
  if (point) await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('selected-grid')).toHaveText(target);
  await waitForIdle(page);

  // click outside all grids clears the selection
  await page.mouse.click(60, 120);
  await expect(page.getByTestId('selected-grid')).toHaveText('');
  if (point) await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('selected-grid')).toHaveText(target);

  await page.getByTestId('colour-coverage').click();
  await expect(page.getByTestId('map-legend')).toHaveAttribute('data-colour-by', 'coverage');
  await waitForIdle(page);
  await page.screenshot({ path: `${screens}/map-coverage.png` });

  // zoom in for labels: code + Chinese name from zoom 14
  await page.getByTestId('colour-level').click();
  await page.evaluate((id) => (globalThis as unknown as HookWindow).__gridroomTest?.map?.zoomToGrid(id, 14.5), target);
  expect((await renderedGridIds(page)).length).toBeLessThan(GRID_COUNT);
  await page.screenshot({ path: `${screens}/map-labels.png` });
  const centre = await page.evaluate((id) => (globalThis as unknown as HookWindow).__gridroomTest?.map?.gridScreenPoint(id) ?? null, target);
  if (centre) {
    await page.screenshot({ path: `${screens}/map-labels-closeup.png`, clip: { x: centre.x - 200, y: centre.y - 40, width: 400, height: 80 } });
  }

  // fit to station brings all grids back
  await page.getByTestId('fit').click();
  await expect
    .poll(async () => {
      await waitForIdle(page);
      return (await renderedGridIds(page)).length;
    })
    .toBe(GRID_COUNT);

  expect(errors).toEqual([]);
  await page.close();
});

test('a station-sized map shows grid labels at its fitted zoom', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await open(page, 60);
  expect(new Set(await renderedGridIds(page)).size).toBe(60);
  expect(await zoom(page)).toBeGreaterThanOrEqual(12.5);
  await page.screenshot({ path: `${screens}/map-station.png` });
  await page.close();
});
