/**
 * The morning briefing display (早会大屏) as the meeting uses it, on a 1920×1080 wall screen with
 * the station demo cache: slides advance on the timer and with keys / a presenter remote, B
 * blacks out and restores, the index shows the position, every slide's figures equal figures
 * computed independently from the raw cache, the stale banner appears only when the data is
 * older than the threshold, malformed rows and a failing slide never show an error stack, the
 * settings are validated, and the title-bar button opens the deck. Every slide is screenshot.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { BriefingPage, slideOrder } from './pages/BriefingPage';
import { dayInShanghai } from './support/independentFigures';
import { putRaw, readTable } from './support/rawCache';
import {
  checkpointFigures,
  mapLevelCounts,
  openHighIncidents,
  overnightFigures,
  siteFigures,
  withDataAsOf,
  type BriefingCache,
} from './support/briefingFigures';
import { firstPage } from './support/diskContext';
import { stationContext } from './support/stationProfile';

test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let deck: BriefingPage;
let cache: BriefingCache;

/** Nothing on the wall may look like a program error. */
async function expectNoStack(): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/Error|at \S+ \(|undefined|NaN|\.tsx?:\d+/);
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(300_000); // the run's first loaded station may be made here
  context = await stationContext({
    baseURL: String(baseURL),
    viewport: { width: 1920, height: 1080 },
  });
  page = await firstPage(context);
  deck = await BriefingPage.open(page, 'autoplay=0');
  await deck.waitForSlide('overnight');
  cache = await deck.readCache();
});

test.afterAll(async () => context.close());

test('every slide shows station, title, data-as-of and its position; screenshots of each', async () => {
  for (const [i, slide] of slideOrder.entries()) {
    await page.keyboard.press(String(i + 1));
    await deck.waitForSlide(slide);
    await expect(page.getByTestId('briefing-station')).toHaveText('禾山派出所');
    await expect(page.getByTestId('briefing-title')).not.toBeEmpty();
    await expect(page.getByTestId('briefing-as-of')).toContainText(/数据截至 \d{2}:\d{2}/);
    await expect(page.getByTestId('briefing-demo-tag')).toHaveText('离线演示数据');
    await expect(page.getByTestId('briefing-position')).toHaveText(`${i + 1} / ${slideOrder.length}`);
    await expect(page.locator('[data-testid="briefing-index"] li.current')).toHaveAttribute(
      'data-slide',
      slide,
    );
    await expect(page.getByTestId('briefing-stale')).toHaveCount(0);
    await expectNoStack();
    await deck.screenshot(`${i + 1}-${slide}`);
  }
});

test('the overnight figures equal those computed from the raw cache since 18:00 yesterday', async () => {
  await page.keyboard.press('Home');
  await deck.waitForSlide('overnight');
  const now = await deck.now();
  const expected = overnightFigures(cache, now);
  await expect(page.getByTestId('overnight-window')).toHaveAttribute('data-from', String(expected.from));
  for (const name of [
    'new-incidents',
    'resolved-incidents',
    'level-changes',
    'unregistered',
    'overdue',
  ] as const) {
    await expect(deck.figure(name), name).toHaveAttribute('data-value', String(expected[name]));
  }
  // the demo night is not empty, so the comparison compares something
  expect(expected['new-incidents'] + expected['resolved-incidents']).toBeGreaterThan(0);
});

test('the other slides agree with the raw cache too', async () => {
  const now = await deck.now();
  await deck.press('3', 'map');
  for (const [level, n] of Object.entries(mapLevelCounts(cache, now))) {
    await expect(page.locator(`[data-testid="map-levels"] [data-level="${level}"]`), level).toHaveAttribute(
      'data-value',
      String(n),
    );
  }
  await deck.press('4', 'checkpoints');
  const cp = checkpointFigures(cache, now);
  await expect(deck.figure('checkpoints')).toHaveAttribute('data-value', String(cp.total));
  await expect(deck.figure('checkpoints-staffed')).toHaveAttribute(
    'data-value',
    `${cp.staffedNow}/${cp.total}`,
  );
  await deck.press('5', 'sites');
  const sites = siteFigures(cache, now);
  if (sites.sites === 0)
    await expect(page.getByTestId('briefing-empty')).toHaveText('今日没有安排核酸检测点');
  else {
    await expect(deck.figure('sites')).toHaveAttribute('data-value', String(sites.sites));
    await expect(deck.figure('sites-staff')).toHaveAttribute('data-value', sites.staff);
    await expect(deck.figure('sites-queue')).toHaveAttribute('data-value', String(sites.queue));
  }
  await deck.press('6', 'tasks');
  await expect(deck.figure('open-high')).toHaveAttribute('data-value', String(openHighIncidents(cache)));
});

test('arrows, space, Page Down / Up move; the index follows; B blacks out and B restores', async () => {
  await deck.press('Home', 'overnight');
  await deck.press('ArrowRight', 'sweep');
  await expect(page.getByTestId('briefing-position')).toHaveText('2 / 6');
  await deck.press(' ', 'map');
  await deck.press('PageDown', 'checkpoints');
  await deck.press('PageUp', 'map');
  await deck.press('ArrowLeft', 'sweep');
  await deck.press('ArrowLeft', 'overnight');
  await deck.press('ArrowLeft', 'tasks'); // wraps to the last slide
  await expect(page.getByTestId('briefing-position')).toHaveText('6 / 6');
  await deck.press('ArrowRight', 'overnight'); // and back round to the first

  await page.keyboard.press('b');
  await expect(page.getByTestId('briefing-black')).toBeVisible();
  await deck.screenshot('black');
  const black = await page.screenshot();
  expect(black.length).toBeLessThan(40_000); // an all-black 1080p PNG is tiny
  await page.keyboard.press('B');
  await expect(page.getByTestId('briefing-black')).toHaveCount(0);
  await deck.waitForSlide('overnight');
});

test('slides advance on the timer, and pause holds them', async () => {
  await deck.goto('interval=5');
  await deck.waitForSlide('overnight');
  await expect(page.getByTestId('briefing-auto')).toHaveText('每 5 秒自动翻页');
  const started = Date.now();
  await deck.waitForSlide('sweep', 15_000);
  const elapsed = Date.now() - started;
  expect(elapsed).toBeGreaterThan(2_000);
  await expect(page.getByTestId('briefing-position')).toHaveText('2 / 6');
  await page.keyboard.press('p');
  await expect(page.getByTestId('briefing-auto')).toHaveText('自动翻页已暂停');
  await page.waitForTimeout(7_000);
  expect(await deck.slide()).toBe('sweep');
  await page.keyboard.press('p');
  await deck.waitForSlide('map', 15_000);
});

test('the stale banner appears when the data is older than the threshold, and not when fresh', async () => {
  const fresh = await readTable(page, 'meta');
  cache = { ...cache, meta: fresh };
  const now = Date.now();
  await putRaw(page, 'meta', withDataAsOf(cache, now - 10 * 60_000));
  await deck.goto('autoplay=0&stale=30');
  await deck.waitForSlide('overnight');
  await expect(page.getByTestId('briefing-stale')).toHaveCount(0);

  await deck.goto('autoplay=0&stale=5');
  await deck.waitForSlide('overnight');
  await expect(page.getByTestId('briefing-stale')).toContainText('离线演示数据');
  await expect(page.getByTestId('briefing-stale')).toContainText('分钟前');

  // the cache goes two hours stale under the open deck (threshold from the settings: 30 min)
  await deck.goto('autoplay=0');
  await deck.waitForSlide('overnight');
  await expect(page.getByTestId('briefing-stale')).toHaveCount(0);
  await deck.putLive('meta', withDataAsOf(cache, now - 2 * 3600_000 - 60_000));
  await expect(page.getByTestId('briefing-stale')).toContainText('2 小时');
  await deck.screenshot('stale');
  await deck.putLive('meta', withDataAsOf(cache, Date.now()));
  await expect(page.getByTestId('briefing-stale')).toHaveCount(0);
});

test('malformed rows are skipped with a calm note; a failing slide shows words, never a stack', async () => {
  const now = await deck.now();
  const incident = cache.incidents.find((i) => i.deleted !== true);
  await putRaw(page, 'incidents', {
    ...incident,
    id: '00000000-0000-4000-8000-00000000b1f1',
    severity: 'catastrophic',
    status: 'new',
    reportedAt: now - 3600_000,
  });
  await putRaw(page, 'testingSites', {
    ...cache.testingSites[0],
    id: '00000000-0000-4000-8000-00000000b1f2',
    day: dayInShanghai(now),
    staff: { police: 'many' },
  });
  await deck.goto('autoplay=0');
  await deck.waitForSlide('overnight');
  await expect(page.getByTestId('briefing-problems')).toHaveText('已略过 1 条格式错误的记录');
  const expected = overnightFigures(cache, now);
  await expect(deck.figure('new-incidents')).toHaveAttribute('data-value', String(expected['new-incidents']));
  await expectNoStack();
  await deck.screenshot('problems');
  await deck.press('5', 'sites');
  await expect(page.getByTestId('briefing-problems')).toHaveText('已略过 1 条格式错误的记录');
  await expectNoStack();
  await deck.press('6', 'tasks');
  await expect(page.getByTestId('briefing-problems')).toHaveText('已略过 1 条格式错误的记录');
  await expectNoStack();

  // A slide that fails while drawing (fault injected through the test bridge) shows words only.
  await page.evaluate(() => {
    (window as unknown as { __gridroomTest: { briefingFault?: string } }).__gridroomTest.briefingFault =
      'sweep';
  });
  await deck.press('2', 'sweep');
  await expect(page.getByTestId('briefing-slide-failed')).toContainText('本页暂时无法显示');
  await expect(page.getByTestId('briefing-position')).toHaveText('2 / 6');
  await expectNoStack();
  await deck.screenshot('slide-failed');
  // the other slides are not affected
  await deck.press('ArrowRight', 'map');
  await expect(page.getByTestId('briefing-slide-failed')).toHaveCount(0);
  await page.evaluate(() => {
    delete (window as unknown as { __gridroomTest: { briefingFault?: string } }).__gridroomTest.briefingFault;
  });

  // The cache closes under the deck (another window rebuilt it): the next slide waits calmly.
  await page.evaluate(() =>
    (window as unknown as { __gridroomTest: { db: { close(): void } } }).__gridroomTest.db.close(),
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('briefing-loading')).toHaveText('正在读取数据…');
  await expectNoStack();
});

test('briefing settings are validated next to the field and used by the deck', async () => {
  await deck.load('settings');
  const section = page.getByTestId('briefing-settings');
  await expect(section).toBeVisible();
  const before = (await readTable(page, 'meta')).find((m) => m.key === 'settings');
  await section.getByTestId('briefing-interval').fill('3');
  await section.getByTestId('briefing-settings-save').click();
  await expect(section).toContainText('请输入 5 到 600 之间的整数');
  expect((await readTable(page, 'meta')).find((m) => m.key === 'settings')).toEqual(before);
  await section.screenshot({ path: 'test/out/screens/briefing-settings-error.png' });

  await section.getByTestId('briefing-interval').fill('7');
  await section.getByTestId('briefing-stale').fill('15');
  await section.getByTestId('briefing-settings-save').click();
  await expect(page.getByText('早会大屏设置已保存')).toBeVisible();
  const saved = (await readTable(page, 'meta')).find((m) => m.key === 'settings');
  expect(saved?.value).toMatchObject({
    briefingIntervalSec: 7,
    briefingStaleMin: 15,
    briefingAutoAdvance: true,
  });

  await deck.goto();
  await deck.waitForSlide('overnight');
  await expect(page.getByTestId('briefing-auto')).toHaveText('每 7 秒自动翻页');
});

test('the title-bar button opens the deck in its own window', async () => {
  await deck.load('board');
  await expect(page.getByTestId('open-briefing')).toBeVisible();
  await page.screenshot({
    path: 'test/out/screens/briefing-open-button.png',
    clip: { x: 0, y: 0, width: 1920, height: 60 },
  });
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('open-briefing').click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toContain('#/briefing');
  await expect(popup.getByTestId('briefing')).toHaveAttribute('data-ready', '1', { timeout: 60_000 });
  await popup.close();
});
