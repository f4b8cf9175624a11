/**
 * The board's clock (issue 16's "stall on a schedule"): the board ticks every minute to keep
 * "now" true, and each tick used to re-read every board table — seconds of main thread a
 * minute on a district cache. Now each board query is asked again only when the clock passes
 * what its last answer depends on (a level or shift boundary, the next hour or day) or a table
 * it reads changes. Under Playwright's clock: minutes pass with no boundary and nothing is
 * re-read; a level change the chief schedules a few minutes ahead shows on the board when its
 * time comes, computed independently from the raw cache. Runs are counted by the queries'
 * `board:query:<name>` test signals. The fusion tile (a read of the whole cache) is not asked
 * again by quiet minutes either, only once its findings are five minutes old (`fusion:ask`).
 */
import { expect, test, type Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { independentKpis, levelOf } from './support/independentFigures';
import { diskContext, firstPage } from './support/diskContext';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let page: Page;
let board: BoardPage;

const runs = (name: string) =>
  page.evaluate(
    (n) =>
      (window as unknown as { __gridroomTest: { signals?: Record<string, number> } }).__gridroomTest
        .signals?.[`board:query:${n}`] ?? 0,
    name,
  );
const allRuns = async () => ({
  picture: await runs('picture'),
  points: await runs('points'),
  hourly: await runs('hourly'),
});
/** Questions to the fusion worker (useFusion's `fusion:ask` signal). */
const fusionAsks = () =>
  page.evaluate(
    () =>
      (window as unknown as { __gridroomTest: { signals?: Record<string, number> } }).__gridroomTest
        .signals?.['fusion:ask'] ?? 0,
  );

test.beforeAll(async ({ baseURL }) => {
  page = await firstPage(await diskContext({ baseURL: String(baseURL) }));
  // 10:05 station time today: no hour boundary for the next 55 minutes
  const today = new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 10);
  await page.clock.install({ time: new Date(`${today}T10:05:00+08:00`) });
  board = await BoardPage.open(page, '/', 'chief');
  await board.waitForBoard();
  await board.waitForMapIdle();
});

test.afterAll(async () => {
  await page.context().close();
});

/** The earliest boundary any board query depends on after `now`, from the raw cache. */
function nextBoundaryOf(cache: Awaited<ReturnType<BoardPage['readCache']>>, now: number): number {
  const times = [
    ...cache.controlLevels.flatMap((c) => [Number(c.from), c.to === null ? Infinity : Number(c.to)]),
    ...cache.shifts.flatMap((s) => [Number(s.start), Number(s.end)]),
    ...cache.campaigns.flatMap((c) => [Number(c.start), Number(c.end) + 1]),
    Math.floor(now / HOUR) * HOUR + HOUR,
  ];
  return Math.min(...times.filter((t) => t > now));
}

test('minutes pass with no boundary: the board re-reads nothing, and its figures still hold', async () => {
  const cache = await board.readCache();
  const now = await board.now();
  const quiet = Math.floor((nextBoundaryOf(cache, now) - now) / MINUTE) - 1;
  expect(quiet, 'the demo day leaves a few quiet minutes after 10:05').toBeGreaterThanOrEqual(3);
  const before = await allRuns();
  expect(before.picture).toBeGreaterThan(0);
  // the fusion tile's findings (a whole-cache read) are in, and the clock alone does not re-ask
  await expect(board.kpi('pass-fusion')).toHaveAttribute('data-state', 'ready');
  const asked = await fusionAsks();
  await page.clock.runFor(3 * MINUTE);
  await expect.poll(() => board.now()).toBeGreaterThanOrEqual(now + 3 * MINUTE);
  expect(await allRuns()).toEqual(before);
  expect(await fusionAsks()).toBe(asked);
  const expected = independentKpis(cache, await board.now());
  await expect(board.kpi('grids-by-level')).toHaveAttribute('data-value', expected['grids-by-level']);
  await expect(board.kpi('checkpoints-staffed')).toHaveAttribute(
    'data-value',
    expected['checkpoints-staffed'],
  );
});

test('a level scheduled three minutes ahead shows on the board when its time comes', async () => {
  const cache = await board.readCache();
  const now = await board.now();
  const grid = cache.grids.find((g) => levelOf(cache, String(g.id), now) === 'normal');
  if (!grid) throw new Error('the demo station has no normal grid');
  const from = now + 3 * MINUTE;
  await page.evaluate(
    ({ gridId, from }) =>
      (
        window as unknown as {
          __gridroomTest: { write(e: string, i: string, p: object): Promise<unknown> };
        }
      ).__gridroomTest.write('controlLevels', crypto.randomUUID(), {
        gridId,
        level: 'sealed',
        from,
        to: null,
        decidedBy: 'e2e',
        reason: '定时升级测试',
      }),
    { gridId: String(grid.id), from },
  );
  const scheduled = await board.readCache();
  const levelsNow = independentKpis(scheduled, now)['grids-by-level'];
  // written, not yet in force: the board shows today's levels
  await expect(board.kpi('grids-by-level')).toHaveAttribute('data-value', levelsNow);
  const picture = await runs('picture');
  await page.clock.runFor(4 * MINUTE);
  await expect.poll(() => board.now()).toBeGreaterThanOrEqual(from);
  const levelsThen = independentKpis(scheduled, await board.now())['grids-by-level'];
  expect(levelsThen).not.toBe(levelsNow);
  await expect(board.kpi('grids-by-level')).toHaveAttribute('data-value', levelsThen);
  // asked again for the boundary, once
  expect(await runs('picture')).toBe(picture + 1);
});

test('the fusion tile is compared again once the clock has moved five minutes', async () => {
  const tile = board.kpi('pass-fusion');
  await expect(tile).toHaveAttribute('data-state', 'ready');
  const at = Number(await tile.getAttribute('data-at'));
  const asked = await fusionAsks();
  await page.clock.runFor(5 * MINUTE);
  await expect
    .poll(async () => Number(await tile.getAttribute('data-at')))
    .toBeGreaterThanOrEqual(at + 5 * MINUTE);
  await expect(tile).toHaveAttribute('title', /比对/);
  expect(await fusionAsks()).toBe(asked + 1);
});
