/**
 * The situation board as a duty officer meets it: first run loads demo data with progress,
 * the map draws every grid, clicking a grid shows its officer and coverage, every KPI tile
 * agrees with figures computed independently from the cache, and the language switches.
 */
import { expect, test, type Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { putRaw } from './support/rawCache';
import { coveredHouseholds, activeCampaignOf, independentKpis, type RawCache } from './support/independentFigures';
import { diskContext, firstPage } from './support/diskContext';

test.describe.configure({ mode: 'serial' });

let page: Page;
let board: BoardPage;
let cache: RawCache;

test.beforeAll(async ({ baseURL }) => {
  page = await firstPage(await diskContext({ baseURL: String(baseURL) }));
  board = await BoardPage.open(page);
});

test.afterAll(async () => {
  await page.context().close();
});

test('first run loads the station demo data with a progress bar, then shows the board', async () => {
  await expect(page.getByTestId('cache-loading')).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.screenshot({ path: 'test/out/screens/first-run-loading.png' });
  await board.waitForBoard();
  await expect(page.getByTestId('station-name')).toHaveText('禾山派出所');
  cache = await board.readCache();
  expect(cache.grids.length).toBeGreaterThan(40);
  expect(cache.households.length).toBeGreaterThan(10_000);
});

test('the map draws every grid of the station', async () => {
  await board.waitForMapIdle();
  const rendered = new Set(await board.renderedGridIds());
  const ids = cache.grids.map((g) => String(g.id));
  expect(ids.filter((id) => !rendered.has(id))).toEqual([]);
  await board.screenshot('board-zh');
});

test('every KPI tile equals the figure computed from the cache', async () => {
  const now = await board.now();
  const expected = independentKpis(cache, now);
  for (const [name, value] of Object.entries(expected)) {
    await expect(board.kpi(name), name).toHaveAttribute('data-value', value);
  }
});

test('clicking a grid shows its officer and coverage', async () => {
  const now = await board.now();
  const officers = new Map(cache.officers.map((o) => [String(o.id), o]));
  const grid = cache.grids.find((g) => g.officerId !== null && officers.has(String(g.officerId)));
  if (!grid) throw new Error('demo data has no grid with an officer');
  await board.clickGrid(String(grid.id));
  const panel = page.getByTestId('grid-panel');
  await expect(panel).toHaveAttribute('data-grid-id', String(grid.id));
  const officer = officers.get(String(grid.officerId));
  await expect(page.getByTestId('panel-officer')).toContainText(String(officer?.name));

  const campaign = activeCampaignOf(cache, now);
  const scope = new Set(((campaign?.targetGridIds as string[]) ?? []).length ? (campaign?.targetGridIds as string[]) : cache.grids.map((g) => String(g.id)));
  const covered = campaign ? (coveredHouseholds(cache, String(campaign.id), scope).get(String(grid.id)) ?? 0) : 0;
  const households = cache.households.filter((h) => h.gridId === grid.id).length;
  const coverage = page.getByTestId('panel-coverage');
  await expect(coverage).toHaveAttribute('data-covered', String(covered));
  await expect(coverage).toHaveAttribute('data-households', String(households));
  await board.screenshot('board-grid-selected');
});

test('a grid without an officer says so in the panel', async () => {
  const grid = cache.grids.find((g) => g.officerId === null);
  test.skip(!grid, 'demo data has no grid without an officer');
  await board.clickGrid(String(grid?.id));
  await expect(page.getByTestId('panel-officer')).toHaveText('未配置（一格一警缺口）');
});

test('colouring by coverage switches the legend', async () => {
  await page.getByTestId('colour-by').getByText('摸排覆盖率').click();
  await board.waitForMapIdle();
  await expect(page.locator('.map-legend')).toContainText('覆盖率');
  await board.screenshot('board-coverage');
  await page.getByTestId('colour-by').getByText('管控等级').click();
});

test('the language switches to English and back, and is remembered', async () => {
  await page.getByTestId('language-switch').getByText('EN').click();
  await expect(page.getByRole('menuitem', { name: 'Situation' })).toBeVisible();
  await expect(board.kpi('open-incidents')).toContainText('Open incidents');
  await board.waitForMapIdle();
  await board.screenshot('board-en');
  await page.reload();
  await board.waitForBoard();
  await expect(page.getByRole('menuitem', { name: 'Situation' })).toBeVisible();
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(page.getByRole('menuitem', { name: '态势' })).toBeVisible();
});

test('the board updates live when the cache changes (another window resolves an incident)', async () => {
  const incident = cache.incidents.find((i) => i.status !== 'resolved' && i.severity === 'high' && i.deleted !== true);
  test.skip(!incident, 'no open high-severity incident in the demo data');
  const tile = board.kpi('open-incidents');
  const [high, medium, low] = String(await tile.getAttribute('data-value')).split('/').map(Number);
  await page.evaluate(async (id) => {
    const db = (window as unknown as { __gridroomTest: { db: { table(n: string): { update(k: string, c: object): Promise<number> } } } }).__gridroomTest.db;
    await db.table('incidents').update(id, { status: 'resolved', resolvedAt: Date.now() });
  }, String(incident?.id));
  await expect(tile).toHaveAttribute('data-value', `${Number(high) - 1}/${medium}/${low}`);
});

test('malformed rows in the cache are reported, not rendered as undefined', async () => {
  const grid = cache.grids[0];
  await putRaw(page, 'controlLevels', {
    id: '00000000-0000-4000-8000-00000000bad1',
    stationId: grid?.stationId,
    version: 1,
    updatedAt: 0,
    updatedBy: 'system',
    deleted: false,
    gridId: grid?.id,
    level: 'lockdown',
    from: 0,
    to: null,
    decidedBy: 'x',
    reason: 'x',
  });
  await page.reload();
  await board.waitForBoard();
  const alert = page.getByTestId('cache-problems');
  await expect(alert).toContainText('1 条记录格式错误');
  await expect(alert).toContainText('controlLevels 00000000-0000-4000-8000-00000000bad1');
  await expect(board.kpi('grids-by-level')).toBeVisible();
  await board.screenshot('board-problems');
});
