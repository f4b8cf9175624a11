/**
 * New incidents as a duty officer records them (offline workstation, station demo data):
 * from the board's map by mouse — the grid derived by point-in-polygon, the incident then on
 * the map, in the list, in the KPI tile and the chart — and from the list's dialog; bad input
 * (missing type/severity/description, no point, a point outside every grid) says why next to
 * the field and saves nothing. The high-severity alert: a new high incident — recorded here or
 * arriving by sync — raises a persistent notification that opens it; a low one does not; the
 * initial load and a reload do not alert again.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { expect, type Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { IncidentsPage } from './pages/IncidentsPage';
import { independentKpis, type RawCache } from './support/independentFigures';
import { readTable } from './support/rawCache';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

type Row = Record<string, unknown>;
type IncidentRow = {
  id: string;
  gridId: string;
  type: string;
  severity: string;
  status: string;
  point: [number, number];
  description: string;
  reportedAt: number;
  assigneeId: string | null;
  deleted: boolean;
  timeline: Array<{ kind: string; at: number; text: string }>;
};

let page: Page;
let board: BoardPage;
let incidents: IncidentsPage;

test.beforeEach(({ station }) => {
  ({ page, board } = station);
  incidents = new IncidentsPage(page);
});

const HOUR = 3600_000;

/** Incidents the chart should count at `now` (independent of the app). */
function chartTotal(cache: RawCache, now: number): number {
  const first = Math.floor(now / HOUR) * HOUR - 23 * HOUR;
  // the 24 clock hours ending with the current one, that hour counted to its end
  return cache.incidents.filter(
    (i) => i.deleted !== true && Number(i.reportedAt) >= first && Number(i.reportedAt) < first + 24 * HOUR,
  ).length;
}

/** The grids containing a point, by turf over the raw cache rows (independent of the app's lookup). */
function gridsContaining(cache: RawCache, point: [number, number]): string[] {
  return cache.grids
    .filter((g) => g.deleted !== true && booleanPointInPolygon(point, g.geometry as Polygon | MultiPolygon))
    .map((g) => String(g.id));
}

async function liveIncidents(): Promise<IncidentRow[]> {
  return (await readTable<IncidentRow>(page, 'incidents')).filter((i) => !i.deleted);
}

/** A grid with a pixel a click reaches on the current map (not under the toolbar, legend or a panel). */
async function clickableGrid(
  cache: RawCache,
  avoid: string[] = [],
): Promise<{ id: string; x: number; y: number }> {
  await board.waitForMapIdle();
  for (const g of cache.grids) {
    const id = String(g.id);
    if (avoid.includes(id)) continue;
    const point = await board.clickableGridPoint(id);
    if (point) return { id, ...point };
  }
  throw new Error('no grid can be clicked on the map');
}

test('create from the board map by mouse: grid by point-in-polygon, then on the map, in the list, the KPI tile and the chart', async () => {
  const before = await board.readCache();
  const now0 = await board.now();
  const expected0 = independentKpis(before, now0)['open-incidents'];
  await expect(board.kpi('open-incidents')).toHaveAttribute('data-value', expected0);
  await expect(board.incidentsChart()).toHaveAttribute('data-total', String(chartTotal(before, now0)));

  await board.armNewIncident();
  await expect(page.getByTestId('situation-map')).toHaveAttribute('data-picking', 'true');
  await expect(page.locator('[data-testid="situation-map"] canvas')).toHaveCSS('cursor', 'crosshair');
  await board.screenshot('incident-create-armed');

  const target = await clickableGrid(before);
  await page.mouse.click(target.x, target.y);
  const panel = page.getByTestId('new-incident-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('draft-marker')).toBeVisible();
  // the app's grid is the one turf finds for the stored point, and the grid we clicked
  await expect(panel.getByTestId('ni-grid')).toHaveAttribute('data-grid-id', target.id);
  const shownPoint = String(await panel.getByTestId('ni-point').getAttribute('data-point'))
    .split(',')
    .map(Number) as [number, number];
  expect(gridsContaining(before, shownPoint)).toEqual([target.id]);

  const officers = before.officers.filter((o) => o.deleted !== true);
  const officer = officers.find((o) => o.onDuty === true) ?? officers[0];
  if (!officer) throw new Error('no officer in the demo data');
  const description = `地图新建：小区东门人员聚集约三十人 ${Date.now()}`;
  await incidents.fillNewIncident({
    type: '人员聚集',
    severity: '中',
    description,
    assignee: String(officer.name),
  });
  await board.screenshot('incident-create-form');
  await incidents.saveNewIncident();
  await expect(panel).toBeHidden();

  const after = await board.readCache();
  expect(after.incidents.length).toBe(before.incidents.length + 1);
  const row = (await liveIncidents()).find((i) => i.description === description);
  if (!row) throw new Error('the new incident was not saved');
  expect(row).toMatchObject({ gridId: target.id, type: 'gathering', severity: 'medium', status: 'assigned' });
  expect(row.assigneeId).toBe(String(officer.id));
  expect(gridsContaining(after, row.point)).toEqual([row.gridId]);
  expect(row.timeline.map((e) => e.kind)).toEqual(['note', 'assign']);
  expect(row.timeline[1]?.text).toContain(String(officer.name));
  const outbox = (await readTable<{ id: string; entity: string }>(page, 'outbox')).filter(
    (m) => m.id === row.id,
  );
  const audit = (await readTable<{ entityId: string; action: string }>(page, 'audit')).filter(
    (a) => a.entityId === row.id,
  );
  expect(outbox.map((m) => m.entity)).toEqual(['incidents']);
  expect(audit.map((a) => a.action)).toEqual(['create']);

  // the board follows: KPI tile (+1 medium), chart (+1), the grid's panel, the map's incident layer
  const now1 = await board.now();
  const expected1 = independentKpis(after, now1)['open-incidents'];
  await expect(board.kpi('open-incidents')).toHaveAttribute('data-value', expected1);
  const [h0, m0, l0] = expected0.split('/').map(Number) as [number, number, number];
  expect(expected1).toBe(`${h0}/${m0 + 1}/${l0}`);
  await expect(board.incidentsChart()).toHaveAttribute('data-total', String(chartTotal(after, now1)));
  expect(chartTotal(after, now1)).toBe(chartTotal(before, now1) + 1);
  await expect(page.getByTestId('grid-panel')).toHaveAttribute('data-grid-id', target.id);
  const openInGrid = after.incidents.filter(
    (i) => i.deleted !== true && i.gridId === target.id && i.status !== 'resolved',
  ).length;
  await expect(page.getByTestId('panel-incidents')).toHaveAttribute('data-count', String(openInGrid));
  await expect(page.getByTestId('panel-incidents')).toContainText('人员聚集');
  await expect
    .poll(async () => (await board.waitForMapIdle(), await board.renderedIncidentIds()))
    .toContain(row.id);
  await board.screenshot('incident-create-saved');

  await incidents.open();
  await page.getByTestId('filter-text').locator('input').fill(description);
  await page.getByTestId('filter-text').locator('input').press('Enter');
  await expect(page.locator('.incident-row')).toHaveCount(1);
  const grid = after.grids.find((g) => g.id === target.id) as Row;
  await expect(page.locator('.incident-row').first()).toContainText(
    `${String(grid.code)} ${String(grid.name)}`,
  );
  await expect(page.locator('.incident-row').first()).toContainText('已指派');
});

test('create from the list: the point on the small map; a high one alerts on this workstation', async () => {
  await incidents.open();
  await page.getByTestId('filter-text').locator('input').fill('');
  await page.getByTestId('filter-text').locator('input').press('Enter');
  const before = await board.readCache();
  await incidents.openNewIncidentDialog();
  const target = await clickableGrid(before);
  await page.mouse.click(target.x, target.y);
  const dialog = page.getByTestId('new-incident-dialog');
  await expect(dialog.getByTestId('ni-grid')).toHaveAttribute('data-grid-id', target.id);
  const description = `列表新建：卡口有人员强行冲卡 ${Date.now()}`;
  await incidents.fillNewIncident({ type: '冲卡', severity: '高', description });
  await page.screenshot({ path: 'test/out/screens/incident-create-list-form.png' });
  await incidents.saveNewIncident();
  await expect(dialog).toBeHidden();

  const row = (await liveIncidents()).find((i) => i.description === description);
  if (!row) throw new Error('the new incident was not saved');
  expect(row).toMatchObject({ gridId: target.id, severity: 'high', status: 'new', assigneeId: null });
  expect(gridsContaining(await board.readCache(), row.point)).toEqual([target.id]);
  // the saved incident opens in its drawer, with its first timeline entry
  await expect(page.getByTestId('incident-drawer')).toHaveAttribute('data-incident-id', row.id);
  await expect(page.getByTestId('incident-status')).toHaveText('新警情');
  await expect(page.getByTestId('incident-drawer')).toContainText('接报（110转警）');

  // recorded here and high: the alert is raised on this workstation too
  const alert = page.locator(`[data-testid="high-alert"][data-incident-id="${row.id}"]`);
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(String((before.grids.find((g) => g.id === target.id) as Row).code));
  await incidents.closeDrawer();
  await page.locator('.high-severity-alert .ant-notification-notice-close').first().click();
  await expect(alert).toBeHidden();
});

test('bad input says why next to the field and saves nothing: missing type/severity/description, no point, a point outside every grid', async () => {
  const countsBefore = async () => ({
    incidents: (await readTable(page, 'incidents')).length,
    outbox: (await readTable(page, 'outbox')).length,
  });
  const start = await countsBefore();

  // list dialog, nothing chosen at all
  await incidents.open();
  await incidents.openNewIncidentDialog();
  await incidents.saveNewIncident();
  await expect(incidents.newIncidentError('point')).toHaveText('请在地图上点选警情位置');
  await expect(incidents.newIncidentError('type')).toHaveText('请选择警情类型');
  await expect(incidents.newIncidentError('severity')).toHaveText('请选择警情等级');
  await expect(incidents.newIncidentError('description')).toHaveText('请填写简要情况');
  await expect(page.getByTestId('ni-error')).toHaveText('未保存：请按提示修改');
  expect(await countsBefore()).toEqual(start);
  await page.getByTestId('ni-cancel').click();
  await expect(page.getByTestId('new-incident-dialog')).toBeHidden();

  // board: a point in a grid, but no type or severity and a blank description
  await page.getByRole('menuitem', { name: '态势' }).click();
  await board.waitForBoard();
  const cache = await board.readCache();
  await board.armNewIncident();
  const inside = await clickableGrid(cache);
  await page.mouse.click(inside.x, inside.y);
  await incidents.fillNewIncident({ description: '   ' });
  await incidents.saveNewIncident();
  await expect(incidents.newIncidentError('type')).toHaveText('请选择警情类型');
  await expect(incidents.newIncidentError('severity')).toHaveText('请选择警情等级');
  await expect(incidents.newIncidentError('description')).toHaveText('请填写简要情况');
  expect(await countsBefore()).toEqual(start);

  // the point moved outside every grid: flagged at once, and refused on save with all else valid
  const sea = await board.emptyScreenPoint();
  if (!sea) throw new Error('no point outside the grids on screen');
  const seaLngLat = await page.evaluate(
    ({ x, y }) =>
      (
        window as unknown as { __gridroomTest: { map: { lngLatAt(x: number, y: number): [number, number] } } }
      ).__gridroomTest.map.lngLatAt(x, y),
    sea,
  );
  expect(gridsContaining(cache, seaLngLat)).toEqual([]);
  await page.mouse.click(sea.x, sea.y);
  await expect(incidents.newIncidentError('point')).toHaveText(
    '该位置不在本所任何网格内，请在网格范围内选点',
  );
  await expect(page.getByTestId('ni-grid')).toHaveAttribute('data-grid-id', '');
  await incidents.fillNewIncident({ type: '纠纷', severity: '低', description: '海上的点不应保存' });
  await incidents.saveNewIncident();
  await expect(incidents.newIncidentError('point')).toBeVisible();
  await expect(page.getByTestId('ni-error')).toHaveText('未保存：请按提示修改');
  await board.screenshot('incident-create-outside');
  expect(await countsBefore()).toEqual(start);
  expect((await liveIncidents()).some((i) => i.description === '海上的点不应保存')).toBe(false);

  await page.getByTestId('ni-cancel').click();
  await expect(page.getByTestId('new-incident-panel')).toBeHidden();
  await expect(page.getByTestId('situation-map')).not.toHaveAttribute('data-picking', 'true');
});

/** Puts an incident into the cache as a sync pull does (a server row, through the app's Dexie). */
async function arriveBySync(
  template: IncidentRow,
  severity: 'high' | 'low',
  description: string,
): Promise<string> {
  const id = crypto.randomUUID();
  const now = Date.now();
  const row = {
    ...template,
    id,
    severity,
    description,
    type: 'medical',
    status: 'new',
    reportedAt: now - 60_000,
    assignedAt: null,
    resolvedAt: null,
    assigneeId: null,
    timeline: [{ at: now - 60_000, by: '值班台-2', kind: 'note', text: '接报（群众来电）' }],
    version: 9_000_000,
    updatedAt: now,
    updatedBy: '值班台-2',
    deleted: false,
  };
  await page.evaluate(
    (r) =>
      (
        window as unknown as {
          __gridroomTest: { db: { incidents: { put(row: unknown): Promise<unknown> } } };
        }
      ).__gridroomTest.db.incidents.put(r),
    row,
  );
  return id;
}

test('an incident arriving by sync: a high one alerts on the board and opens in the drawer; a low one does not; no repeat after a reload', async () => {
  await expect(page.getByTestId('board')).toBeVisible();
  const template = (await liveIncidents()).find((i) => i.status !== 'resolved');
  if (!template) throw new Error('no incident to copy a place from');
  const alerts = page.getByTestId('high-alert');
  const shownBefore = await alerts.count();

  // low: the board counts it, no alert
  const lowId = await arriveBySync(template, 'low', `同步低等级：居民求助 ${Date.now()}`);
  await expect
    .poll(async () => board.kpi('open-incidents').getAttribute('data-value'))
    .toBe(independentKpis(await board.readCache(), await board.now())['open-incidents']);
  await expect(page.locator(`[data-testid="high-alert"][data-incident-id="${lowId}"]`)).toHaveCount(0);
  expect(await alerts.count()).toBe(shownBefore);

  // high: alert with type, grid and time; stays until acted on
  const highText = `同步高等级：居民突发疾病 ${Date.now()}`;
  const highId = await arriveBySync(template, 'high', highText);
  const alert = page.locator(`[data-testid="high-alert"][data-incident-id="${highId}"]`);
  await expect(alert).toBeVisible();
  const cache = await board.readCache();
  const grid = cache.grids.find((g) => g.id === template.gridId) as Row;
  await expect(page.locator('.high-severity-alert').filter({ has: alert })).toContainText(
    '高等级警情 · 就医',
  );
  await expect(alert.getByTestId('high-alert-where')).toContainText(
    `${String(grid.code)} ${String(grid.name)}`,
  );
  await expect(alert).toContainText(highText);
  await board.screenshot('incident-high-alert');
  await page.waitForTimeout(5_000); // persistent: still there after antd's default 4.5 s
  await expect(alert).toBeVisible();

  await page.locator('.high-severity-alert').filter({ has: alert }).getByTestId('high-alert-open').click();
  await expect(page.getByTestId('incidents-screen')).toBeVisible();
  await expect(page.getByTestId('incident-drawer')).toHaveAttribute('data-incident-id', highId);
  await expect(alert).toBeHidden();
  await incidents.closeDrawer();
  await expect(page).toHaveURL(/#\/incidents$/);

  // a reload neither repeats the alert nor alerts for the initial load; a new one after it still alerts
  await page.getByRole('menuitem', { name: '态势' }).click();
  await page.reload();
  await board.waitForBoard();
  const afterReload = await arriveBySync(template, 'low', `重载后低等级 ${Date.now()}`);
  await expect.poll(async () => (await liveIncidents()).some((i) => i.id === afterReload)).toBe(true);
  await expect
    .poll(async () => board.kpi('open-incidents').getAttribute('data-value'))
    .toBe(independentKpis(await board.readCache(), await board.now())['open-incidents']);
  await expect(page.getByTestId('high-alert')).toHaveCount(0);
  const second = await arriveBySync(template, 'high', `重载后高等级 ${Date.now()}`);
  await expect(page.locator(`[data-testid="high-alert"][data-incident-id="${second}"]`)).toBeVisible();
  await expect(page.getByTestId('high-alert')).toHaveCount(1);
});
