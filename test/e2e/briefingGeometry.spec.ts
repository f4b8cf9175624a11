/**
 * The briefing display (早会大屏) fits the screens it is shown on: with the district data set
 * (725 grids — the longest lists a slide gets), every slide at 1280×720, 1600×900, 1920×1080
 * and 3840×2160 keeps its content between the header and the slide strip at the bottom,
 * nothing leaves the screen and nothing is cut off (support/slideGeometry.ts reads the boxes of
 * every visible element and line of text) — also after a resize under the open deck and with the
 * stale banner taking height. Each slide is screenshot at each size.
 */
import { expect, test, type Page } from '@playwright/test';
import { BriefingPage, slideOrder } from './pages/BriefingPage';
import { withDataAsOf, type BriefingCache } from './support/briefingFigures';
import { readTable } from './support/rawCache';
import { slideGeometryProblems, waitForFittedBoxes } from './support/slideGeometry';
import { diskContext, firstPage } from './support/diskContext';

test.describe.configure({ mode: 'serial' });

const screens = [
  { width: 1280, height: 720 },
  { width: 1600, height: 900 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

let page: Page;
let deck: BriefingPage;

/** Visits every slide and expects each to fit, screenshot named `geometry-<name>-<n>-<slide>`. */
async function expectEverySlideFits(name: string): Promise<void> {
  for (const [i, slide] of slideOrder.entries()) {
    await deck.press(String(i + 1), slide);
    await waitForFittedBoxes(page);
    await deck.screenshot(`geometry-${name}-${i + 1}-${slide}`);
    expect.soft(await slideGeometryProblems(page), `${slide} at ${name}`).toEqual([]);
  }
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(900_000); // a fresh cache generates and loads the district set first
  page = await firstPage(await diskContext({ baseURL: String(baseURL), viewport: { width: 1920, height: 1080 } }));
  deck = await BriefingPage.open(page, 'autoplay=0', 'district');
  await deck.waitForSlide('overnight', 300_000);
  // the district set, not the station's: 725 grids on the map slide's legend
  await deck.press('3', 'map');
  await expect(page.getByTestId('map-levels')).toContainText('725');
});

test.afterAll(async () => page.context().close());

for (const size of screens) {
  test(`every slide fits at ${size.width}×${size.height}`, async () => {
    test.setTimeout(300_000);
    await page.setViewportSize(size);
    await deck.goto('autoplay=0'); // opened at this size, as a wall screen opens it
    await expectEverySlideFits(`${size.width}x${size.height}`);
  });
}

test('a window resized under the open deck fits again', async () => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await deck.goto('autoplay=0');
  for (const [i, slide] of slideOrder.entries()) {
    await deck.press(String(i + 1), slide);
    await page.setViewportSize({ width: 1600, height: 900 });
    await waitForFittedBoxes(page);
    expect(await slideGeometryProblems(page), `${slide} shrunk to 1600×900`).toEqual([]);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await waitForFittedBoxes(page);
  }
});

test('with the stale banner taking height, every slide still fits at 1600×900', async () => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1600, height: 900 });
  await deck.goto('autoplay=0');
  await deck.waitForSlide('overnight');
  const cache = { meta: await readTable(page, 'meta') } as BriefingCache;
  await deck.putLive('meta', withDataAsOf(cache, Date.now() - 2 * 3600_000));
  await expect(page.getByTestId('briefing-stale')).toBeVisible();
  await expectEverySlideFits('1600x900-stale');
  await deck.putLive('meta', withDataAsOf(cache, Date.now()));
  await expect(page.getByTestId('briefing-stale')).toHaveCount(0);
});
