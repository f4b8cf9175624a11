/**
 * Fusion findings 三数据融合 on the offline demo station. Beside the demo's own registrations
 * the test plants some through the app's own write path (the test bridge's
 * writeLocalChange: row + outbox + audit): passes that reach one covered household's sweep
 * count and fall short at another, a pass at a household the campaign has not swept, an
 * expired one, a pending registration at an address outside the standard base, and a red code
 * in a sealed or controlled grid. Then every place the findings show is compared with a
 * brute-force count from the raw IndexedDB rows (support/fusionFigures.ts): the board's tile,
 * the sweeps screen's tab (and a follow-up created from it lands as an incident), the map
 * layer's per-grid shading and the daily report's line. Screenshots (zh) of each.
 */
import { expect, type Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { campaignAt, fusionCounts, type FusionRaw } from './support/fusionFigures';
import { dayInShanghai } from './support/independentFigures';
import { readTable } from './support/rawCache';
import { test, type Station } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

type Row = Record<string, unknown>;
const idOf = (r: Row | undefined) => String(r?.id);
const DAY = 86_400_000;
const live = (r: Row) => r.deleted !== true;

let page: Page;
let board: BoardPage;
const planted: { covered?: Row; short?: Row; unswept?: Row } = {};

async function readFusionRaw(p: Page): Promise<FusionRaw> {
  const [households, visits, passRegistrations, controlLevels, campaigns] = await Promise.all(
    ['households', 'visits', 'passRegistrations', 'controlLevels', 'campaigns'].map((t) =>
      readTable<Row>(p, t),
    ),
  );
  return { households, visits, passRegistrations, controlLevels, campaigns } as FusionRaw;
}

async function write(p: Page, id: string, patch: object): Promise<void> {
  await p.evaluate(
    ([rowId, rowPatch]) =>
      (
        window as unknown as { __gridroomTest: { write(e: string, id: string, p: object): Promise<unknown> } }
      ).__gridroomTest.write('passRegistrations', rowId as string, rowPatch as object),
    [id, patch] as const,
  );
}

function registration(now: number, i: number, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    source: 'file-import',
    externalRef: `e2e-fusion-${i}`,
    maskedName: '张*明',
    idMasked: '3502**********123X',
    idEnvelope: null,
    phone: '13800138000',
    claimedAddress: { address: '测试路1号', building: '', unit: '', room: '' },
    householdRole: 'member',
    healthCode: 'green',
    healthCodeAt: now - 3_600_000,
    submittedAt: now - 2 * DAY,
    status: 'approved',
    reviewedBy: 'test',
    reviewedAt: now - 2 * DAY + 3_600_000,
    reason: null,
    reasonNote: '',
    validFrom: now - 2 * DAY,
    validUntil: now + 5 * DAY,
    flags: [],
    ...fields,
  };
}

const addressOf = (h: Row) => ({
  address: String(h.address),
  building: String(h.building),
  unit: String(h.unit),
  room: String(h.room),
});

/** Once the board is up: the registrations the findings are computed from. */
async function plant({ page: p, board: b }: Station): Promise<void> {
  const now = await b.now();
  const raw = await readFusionRaw(p);
  const campaign = campaignAt(raw.campaigns, now);
  if (!campaign) throw new Error('no campaign in the demo data');
  const targets = campaign.targetGridIds as string[];
  const households = raw.households
    .filter(live)
    .filter((h) => targets.length === 0 || targets.includes(String(h.gridId)));
  const latest = new Map<string, Row>();
  for (const v of raw.visits)
    if (
      live(v) &&
      v.campaignId === campaign.id &&
      (v.outcome === 'all-registered' || v.outcome === 'found-unregistered')
    ) {
      const held = latest.get(String(v.householdId));
      if (
        !held ||
        Number(v.visitedAt) > Number(held.visitedAt) ||
        (v.visitedAt === held.visitedAt && idOf(v) > idOf(held))
      )
        latest.set(String(v.householdId), v);
    }
  const count = (h: Row) =>
    Number(h.registeredResidents) + Number(latest.get(idOf(h))?.unregisteredFound ?? 0);
  const covered = households.filter((h) => latest.has(idOf(h)));
  planted.covered = covered.find((h) => count(h) >= 1 && count(h) <= 4);
  planted.short = covered.find((h) => count(h) >= 2 && h !== planted.covered);
  planted.unswept = households.find((h) => !latest.has(idOf(h)));
  const { covered: full, short, unswept } = planted;
  if (!full || !short || !unswept) throw new Error('the demo campaign lacks the households the test needs');
  const gridIds = [...new Set(raw.households.map((h) => String(h.gridId)))];
  const strict = gridIds.find((g) => {
    const open = raw.controlLevels
      .filter(
        (c) =>
          live(c as Row) && c.gridId === g && Number(c.from) <= now && (c.to === null || Number(c.to) > now),
      )
      .sort((a, b) => Number(b.from) - Number(a.from))[0];
    return open?.level === 'sealed' || open?.level === 'controlled';
  });
  const inStrict = raw.households.find((h) => live(h) && h.gridId === strict);
  let i = 0;
  const rows: Array<Record<string, unknown>> = [];
  // passes reaching the covered household's sweep count: never suspected
  for (let k = 0; k < count(full); k += 1)
    rows.push(
      registration(now, i++, { householdId: full.id, gridId: full.gridId, claimedAddress: addressOf(full) }),
    );
  // one pass short of the other's count: still suspected
  rows.push(
    registration(now, i++, { householdId: short.id, gridId: short.gridId, claimedAddress: addressOf(short) }),
  );
  // a pass where the campaign has not swept, and an expired one there (no pass any more)
  rows.push(
    registration(now, i++, {
      householdId: unswept.id,
      gridId: unswept.gridId,
      claimedAddress: addressOf(unswept),
    }),
  );
  rows.push(
    registration(now, i++, {
      householdId: unswept.id,
      gridId: unswept.gridId,
      claimedAddress: addressOf(unswept),
      validFrom: now - 9 * DAY,
      validUntil: now - 2 * DAY,
    }),
  );
  // a pending registration at an address outside the standard base
  rows.push(
    registration(now, i++, {
      householdId: null,
      gridId: null,
      status: 'pending',
      reviewedBy: null,
      reviewedAt: null,
      flags: ['address-unknown'],
      claimedAddress: { address: '不存在路 999号', building: '', unit: '', room: '1201' },
    }),
  );
  // a red code in a sealed or controlled grid
  if (inStrict)
    rows.push(
      registration(now, i++, {
        householdId: inStrict.id,
        gridId: inStrict.gridId,
        claimedAddress: addressOf(inStrict),
        healthCode: 'red',
      }),
    );
  const before = raw.passRegistrations.length;
  for (const row of rows) await write(p, crypto.randomUUID(), row);
  // the demo's own registrations stay; the plants join them
  expect((await readTable<Row>(p, 'passRegistrations')).length).toBe(before + rows.length);
}

test.use({ stationOptions: { url: '/?demo=station', ready: plant } });

test.beforeEach(({ station }) => {
  ({ page, board } = station);
});

test('the board’s fusion tile equals a brute-force count from the raw cache', async () => {
  const tile = board.kpi('pass-fusion');
  let seen = { at: 0, expected: '' };
  await expect
    .poll(
      async () => {
        const at = Number(await tile.getAttribute('data-at'));
        if (!at) return 'computing';
        const raw = await readFusionRaw(page);
        const f = fusionCounts(raw, at);
        seen = { at, expected: [f.suspected, f.unswept, f.irregular, f.codeInZone].join('/') };
        return (await tile.getAttribute('data-value')) === seen.expected
          ? 'equal'
          : `${await tile.getAttribute('data-value')} ≠ ${seen.expected}`;
      },
      { timeout: 60_000 },
    )
    .toBe('equal');
  const [suspected, unswept, irregular] = seen.expected.split('/').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  // the plants show: a swept-short household, an unswept pass, an irregular address
  expect(suspected).toBeGreaterThan(0);
  expect(unswept).toBeGreaterThanOrEqual(1);
  expect(irregular).toBeGreaterThanOrEqual(1);
  await expect(tile).toContainText('疑似未登记');
  await tile.screenshot({ path: 'test/out/screens/fusion-kpi-tile.png' });
});

test('the sweeps screen’s fusion tab counts the same, per grid and per address, and creates a follow-up', async () => {
  await page.getByRole('menuitem', { name: '摸排' }).click();
  const screen = page.getByTestId('sweeps-screen');
  await expect(screen).toBeVisible();
  const campaignId = String(await screen.getAttribute('data-campaign-id'));
  await page.getByRole('tab', { name: '三数据融合' }).click();
  const panel = page.locator('[data-testid="fusion-panel"][data-state="ready"]');
  await expect(panel).toBeVisible({ timeout: 60_000 });
  const at = Number(await panel.getAttribute('data-at'));
  const f = fusionCounts(await readFusionRaw(page), at, campaignId);
  await expect(page.getByTestId('fusion-total-suspected-unregistered')).toHaveAttribute(
    'data-value',
    String(f.suspected),
  );
  await expect(page.getByTestId('fusion-total-unswept')).toHaveAttribute('data-value', String(f.unswept));
  await expect(page.getByTestId('fusion-total-address-irregular')).toHaveAttribute(
    'data-value',
    String(f.irregular),
  );
  await expect(page.getByTestId('fusion-total-code-in-zone')).toHaveAttribute(
    'data-value',
    String(f.codeInZone),
  );
  // per grid: every grid row on screen shows its grid's suspected count
  const gridRows = page.locator('.fusion-grid-row');
  await expect(gridRows.first()).toBeVisible();
  const onScreen = await gridRows.count();
  expect(onScreen).toBeGreaterThan(3);
  for (let k = 0; k < onScreen; k += 1) {
    const gridRow = gridRows.nth(k);
    const gridId = String(await gridRow.getByTestId('fusion-grid-cell').getAttribute('data-grid-id'));
    await expect(gridRow.locator('[data-kind="suspected-unregistered"]')).toHaveAttribute(
      'data-count',
      String(f.suspectedByGrid.get(gridId) ?? 0),
    );
  }
  await page.screenshot({ path: 'test/out/screens/fusion-sweeps-tab-grid.png' });

  // per address: the unswept findings, one of them followed up as an incident
  await page.getByTestId('fusion-total-unswept').click();
  await expect(page.getByTestId('fusion-row-count')).toHaveAttribute('data-value', String(f.unswept));
  // among the demo's own findings, the address search finds the planted one
  await page.getByTestId('fusion-address-search').locator('input').fill(String(planted.unswept?.address));
  const row = page
    .locator('.fusion-address-row')
    .filter({ hasText: String(planted.unswept?.address) })
    .first();
  await expect(row).toContainText('未摸排');
  const incidentsBefore = (await readTable<Row>(page, 'incidents')).length;
  await row.getByTestId('fusion-follow-up').click();
  await expect(row.getByTestId('fusion-followed-up')).toBeVisible();
  const incidentId = String(await row.getByTestId('fusion-followed-up').getAttribute('data-incident-id'));
  const incidents = await readTable<Row>(page, 'incidents');
  expect(incidents).toHaveLength(incidentsBefore + 1);
  const incident = incidents.find((i) => idOf(i) === incidentId);
  expect(incident).toMatchObject({
    type: 'unregistered-person',
    status: 'new',
    gridId: planted.unswept?.gridId,
  });
  expect(String(incident?.description)).toContain('未摸排');
  const outbox = await readTable<Row>(page, 'outbox');
  expect(outbox.some((m) => m.entity === 'incidents' && idOf(m) === incidentId)).toBe(true);
  await page.screenshot({ path: 'test/out/screens/fusion-sweeps-tab-address.png' });
});

test('the map layer shades each grid by its suspected-unregistered count', async () => {
  await page.getByRole('menuitem', { name: '态势' }).click();
  await expect(page.getByTestId('board')).toBeVisible();
  await page.getByTestId('colour-by').getByText('疑似未登记').click();
  await expect(page.getByTestId('map-legend')).toHaveAttribute('data-colour-by', 'unregistered');
  // the findings first, then the map drawn with them
  const tile = board.kpi('pass-fusion');
  await expect(tile).toHaveAttribute('data-state', 'ready');
  await board.waitForMapIdle();
  const at = Number(await tile.getAttribute('data-at'));
  const f = fusionCounts(await readFusionRaw(page), at);
  const shown = await page.evaluate(() =>
    (
      window as unknown as {
        __gridroomTest: { map: { renderedGridValues(p: string): Record<string, unknown> } };
      }
    ).__gridroomTest.map.renderedGridValues('suspected'),
  );
  const ids = Object.keys(shown);
  expect(ids.length).toBeGreaterThan(10);
  for (const id of ids) expect(shown[id], id).toBe(f.suspectedByGrid.get(id) ?? 0);
  expect(ids.some((id) => (f.suspectedByGrid.get(id) ?? 0) > 0)).toBe(true);
  const fill = await page.evaluate(() =>
    (
      window as unknown as { __gridroomTest: { map: { fillColour(): unknown } } }
    ).__gridroomTest.map.fillColour(),
  );
  expect(JSON.stringify(fill)).toContain('suspected');
  await page.screenshot({ path: 'test/out/screens/fusion-map-layer.png' });
  await page.getByTestId('colour-by').getByText('管控等级').click();
});

test('the daily report states the fusion line for its day', async () => {
  const now = await board.now();
  await page.getByRole('menuitem', { name: '报告' }).click();
  const line = page.getByTestId('report-fusion');
  await expect(line).toBeVisible({ timeout: 90_000 });
  const date = dayInShanghai(now - DAY);
  const asOf = Date.parse(`${date}T00:00:00+08:00`) + DAY - 1;
  const f = fusionCounts(await readFusionRaw(page), asOf);
  await expect(line).toHaveAttribute(
    'data-value',
    [f.suspected, f.unswept, f.irregular, f.codeInZone].join('/'),
  );
  await expect(line).toContainText('三数据融合');
  await line.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test/out/screens/fusion-report-line.png' });
});
