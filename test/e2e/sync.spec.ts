/**
 * Two workstations (two browser contexts, two caches) against the real central API on
 * loopback: both enrol and sync the station on first run; an edit on A appears on B without
 * a reload; offline, both edit the same incident — different fields merge, the same field
 * becomes a conflict that the officer resolves on the review screen, and both converge.
 */
import { expect, test } from '@playwright/test';
import { openTwoWorkstations, type TwoWorkstations, type Workstation } from './support/twoWorkstations';
import { readTable } from './support/rawCache';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

let station: TwoWorkstations | undefined;
let ws: Workstation[] = [];
let target: { id: string; description: string; severity: string };

type Row = {
  id: string;
  status: string;
  description: string;
  severity: string;
  type: string;
  deleted: boolean;
  reportedAt: number;
};

test.beforeAll(async () => {
  station = await openTwoWorkstations(Number(process.env.E2E_PORT ?? 5174) + 101);
  ws = station.ws;
});

test.afterAll(async () => {
  await station?.close();
});

test('both workstations enrol and load the station from the central API on first run', async () => {
  for (const w of ws) {
    await w.board.waitForBoard(150_000);
    await expect(w.page.getByTestId('station-name')).toHaveText('禾山派出所');
    await expect(w.page.getByTestId('sync-indicator')).toHaveAttribute('data-mode', 'online');
  }
  const [a, b] = await Promise.all(ws.map((w) => readTable<Row>(w.page, 'incidents')));
  expect(a?.length).toBeGreaterThan(100);
  expect(b?.length).toBe(a?.length);
  const open = (a ?? [])
    .filter((r) => r.status !== 'resolved' && !r.deleted)
    .sort((x, y) => y.reportedAt - x.reportedAt)[0];
  if (!open) throw new Error('no open incident');
  target = { id: open.id, description: open.description, severity: open.severity };
  await ws[0]?.page.screenshot({ path: 'test/out/screens/sync-board-a.png' });
});

test('an edit on A appears on B without a reload', async () => {
  const [A, B] = ws as [(typeof ws)[0], (typeof ws)[0]];
  for (const w of ws) {
    await w.incidents.open();
    await w.incidents.openIncident(target.description.slice(0, 8), target.id);
  }
  const text = `${target.description}（A站已核实）`;
  await A.incidents.edit({ description: text });
  await expect(B.page.getByTestId('incident-description')).toHaveValue(text, { timeout: 15_000 });
  target.description = text;
  await expect(A.page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0');
});

test('offline edits of the same incident: different fields merge, the same field is a conflict the user resolves', async () => {
  const [A, B] = ws as [(typeof ws)[0], (typeof ws)[0]];
  // The network drops (also for the sync worker; Playwright's routing does not see workers).
  for (const w of ws) await w.context.setOffline(true);
  // Both change the severity away from what it is, to different values: a real clash.
  const names: Record<string, string> = { high: '高', medium: '中', low: '低' };
  const [aSeverity, bSeverity] = ['high', 'medium', 'low'].filter((s) => s !== target.severity) as [
    string,
    string,
  ];
  await A.incidents.edit({ severity: names[aSeverity], description: `${target.description}｜A补充` });
  await B.incidents.edit({ severity: names[bSeverity], type: '纠纷' });
  await expect(A.page.getByTestId('sync-pending')).toBeVisible();
  await expect(B.page.getByTestId('sync-pending')).toBeVisible();
  await B.page.screenshot({ path: 'test/out/screens/sync-offline-b.png' });

  for (const w of ws) await w.incidents.closeDrawer();
  // A's network returns first and A uploads; then B's, whose change of the same field clashes.
  await A.context.setOffline(false);
  await A.page.getByTestId('sync-now').click();
  await expect(A.page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', {
    timeout: 30_000,
  });
  await B.context.setOffline(false);
  await B.page.getByTestId('sync-now').click();
  await expect(B.page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', {
    timeout: 30_000,
  });
  await expect(B.page.getByTestId('sync-conflicts')).toBeVisible({ timeout: 30_000 });

  // Different fields merged on both: A's description and B's type.
  for (const w of ws) {
    await expect
      .poll(async () => (await readTable<Row>(w.page, 'incidents')).find((r) => r.id === target.id), {
        timeout: 20_000,
      })
      .toMatchObject({ type: 'dispute', description: `${target.description}｜A补充` });
  }
  await B.page.getByTestId('sync-conflicts').click();
  await expect(B.page.getByTestId('conflicts-screen')).toBeVisible();
  await expect(B.page.getByTestId('conflict-server')).toHaveText(names[aSeverity] ?? '');
  await expect(B.page.getByTestId('conflict-client')).toHaveText(names[bSeverity] ?? '');
  await B.page.screenshot({ path: 'test/out/screens/sync-conflict-review.png' });
  await B.page.getByTestId('conflict-take-client').click();
  await expect(B.page.getByText('没有待处理的冲突')).toBeVisible({ timeout: 15_000 });

  for (const w of ws) {
    await expect
      .poll(async () => (await readTable<Row>(w.page, 'incidents')).find((r) => r.id === target.id), {
        timeout: 20_000,
      })
      .toMatchObject({ severity: bSeverity, type: 'dispute', description: `${target.description}｜A补充` });
  }
  const audit = await readTable<{ action: string; entityId: string }>(B.page, 'audit');
  expect(audit.some((e) => e.action === 'resolve-conflict' && e.entityId === target.id)).toBe(true);
});
