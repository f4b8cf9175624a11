/**
 * The high-severity alert across workstations: two browser contexts enrol against the real
 * central API on loopback; an officer on A records incidents on the board's map by mouse.
 * B, showing the board, gets the new incidents by sync: a low one only moves B's KPI tile, a
 * high one raises B's persistent alert, which opens the incident in B's drawer.
 */
import { expect, test } from '@playwright/test';
import { openTwoWorkstations, type TwoWorkstations, type Workstation } from './support/twoWorkstations';
import { independentKpis } from './support/independentFigures';
import { readTable } from './support/rawCache';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);
test.use({ actionTimeout: 20_000 });

let station: TwoWorkstations | undefined;
let ws: Workstation[] = [];

test.beforeAll(async () => {
  // two workstations enrol, sync the station and sign an officer in at the centre: more than
  // the default 90 s on a loaded machine
  test.setTimeout(240_000);
  // its own port, beside the e2e server's (E2E_PORT) and the sync spec's
  station = await openTwoWorkstations(Number(process.env.E2E_PORT ?? 5174) + 100);
  ws = station.ws;
  for (const w of ws) {
    await w.board.waitForBoard(150_000);
    await expect(w.page.getByTestId('sync-indicator')).toHaveAttribute('data-mode', 'online');
  }
});

test.afterAll(async () => {
  await station?.close();
});

/** Records an incident on A's board map by mouse, in the first grid a click reaches. */
async function recordOnMap(a: Workstation, severity: '高' | '低', description: string): Promise<string> {
  const cache = await a.board.readCache();
  await a.board.armNewIncident();
  await a.board.waitForMapIdle();
  let point: { x: number; y: number } | null = null;
  for (const g of cache.grids) {
    point = await a.board.clickableGridPoint(String(g.id));
    if (point) break;
  }
  if (!point) throw new Error('no grid can be clicked on the map');
  await a.page.mouse.click(point.x, point.y);
  await a.incidents.fillNewIncident({ type: '就医', severity, description });
  await a.incidents.saveNewIncident();
  await expect(a.page.getByTestId('new-incident-panel')).toBeHidden();
  const row = (await readTable<{ id: string; description: string }>(a.page, 'incidents')).find(
    (i) => i.description === description,
  );
  if (!row) throw new Error('not saved on A');
  await expect(a.page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', {
    timeout: 30_000,
  });
  return row.id;
}

async function arrivedOn(w: Workstation, id: string): Promise<void> {
  await expect
    .poll(async () => (await readTable<{ id: string }>(w.page, 'incidents')).some((i) => i.id === id), {
      timeout: 20_000,
    })
    .toBe(true);
}

test('a low-severity incident recorded on A reaches B by sync: B’s tile follows, no alert', async () => {
  const [A, B] = ws as [Workstation, Workstation];
  const id = await recordOnMap(A, '低', `A站低等级：居民求助就医 ${Date.now()}`);
  await arrivedOn(B, id);
  await expect
    .poll(async () => B.board.kpi('open-incidents').getAttribute('data-value'))
    .toBe(independentKpis(await B.board.readCache(), await B.board.now())['open-incidents']);
  await expect(B.page.getByTestId('high-alert')).toHaveCount(0);
});

test('a high-severity incident recorded on A raises B’s alert, which opens it in B’s drawer', async () => {
  const [A, B] = ws as [Workstation, Workstation];
  const description = `A站高等级：老人突发疾病 ${Date.now()}`;
  const id = await recordOnMap(A, '高', description);
  const alert = B.page.locator(`[data-testid="high-alert"][data-incident-id="${id}"]`);
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toContainText(description);
  const row = (await readTable<{ id: string; gridId: string }>(B.page, 'incidents')).find((i) => i.id === id);
  const grid = (await readTable<{ id: string; code: string }>(B.page, 'grids')).find(
    (g) => g.id === row?.gridId,
  );
  await expect(alert.getByTestId('high-alert-where')).toContainText(String(grid?.code));
  await expect(B.board.kpi('open-incidents')).toHaveAttribute(
    'data-value',
    independentKpis(await B.board.readCache(), await B.board.now())['open-incidents'],
  );
  await B.page.screenshot({ path: 'test/out/screens/incident-high-alert-synced.png' });
  // A recorded it, and A's board shows the alert too
  await expect(A.page.locator(`[data-testid="high-alert"][data-incident-id="${id}"]`)).toBeVisible();

  await B.page.locator('.high-severity-alert').filter({ has: alert }).getByTestId('high-alert-open').click();
  await expect(B.page.getByTestId('incident-drawer')).toHaveAttribute('data-incident-id', id);
  await expect(B.page.getByTestId('incident-drawer')).toContainText('接报（110转警）');
  await expect(alert).toBeHidden();
});
