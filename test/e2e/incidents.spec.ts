/**
 * Incidents as a duty officer handles them (offline workstation): find one in the list, change
 * its severity, assign it and move it through its statuses; the board follows. Bad input
 * (an empty description, a move the lifecycle does not allow) says why and writes nothing.
 */
import { expect, type Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { readTable } from './support/rawCache';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

let page: Page;
let board: BoardPage;

test.beforeEach(({ station }) => {
  ({ page, board } = station);
});

/** An option of the open antd Select dropdown. */
const option = (title: string) =>
  page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`);

async function openFirstNewIncident(): Promise<string> {
  await page.getByRole('menuitem', { name: '警情' }).click();
  await expect(page.getByTestId('incidents-screen')).toBeVisible();
  const incidents = await readTable<{ id: string; status: string; reportedAt: number; severity: string }>(
    page,
    'incidents',
  );
  const target = incidents.filter((i) => i.status === 'new').sort((a, b) => b.reportedAt - a.reportedAt)[0];
  if (!target) throw new Error('no new incident in the demo data');
  await page.getByTestId('filter-status').click();
  await option('已指派').click();
  await option('处置中').click();
  await page.keyboard.press('Escape');
  await page.locator('.incident-row').first().click();
  await expect(page.getByTestId('incident-drawer')).toHaveAttribute('data-incident-id', target.id);
  return target.id;
}

test('a moved-ahead status without an assignee is refused with a reason', async () => {
  const id = await openFirstNewIncident();
  const before = await readTable<{ id: string }>(page, 'outbox');
  await expect(page.getByTestId('move-assigned')).toBeVisible();
  await page.getByTestId('move-assigned').click();
  await expect(page.getByTestId('incident-error')).toHaveText('请先指派处置民警');
  expect((await readTable(page, 'outbox')).length).toBe(before.length);
  await page.screenshot({ path: 'test/out/screens/incident-drawer.png' });
  expect(id).toBeTruthy();
});

test('an empty description is refused next to the field and nothing is saved', async () => {
  const outbox = (await readTable(page, 'outbox')).length;
  await page.getByTestId('incident-description').fill('   ');
  await page.getByTestId('incident-save').click();
  await expect(page.getByText('输入有误：简要情况')).toBeVisible();
  expect((await readTable(page, 'outbox')).length).toBe(outbox);
});

test('raising the severity, assigning and moving through statuses write row, outbox and audit together; the board follows', async () => {
  const id = String(await page.getByTestId('incident-drawer').getAttribute('data-incident-id'));
  await page.getByTestId('incident-description').fill('小区门口人员聚集，约二十人，已劝散');
  await page.getByTestId('incident-severity').click();
  await option('高').click();
  await page.getByTestId('incident-save').click();
  await expect(page.getByText('已保存').first()).toBeVisible();

  await page.getByTestId('incident-assign').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('incident-status')).toHaveText('已指派');
  await page.getByTestId('move-in-progress').click();
  await expect(page.getByTestId('incident-status')).toHaveText('处置中');
  await page.getByTestId('incident-note').fill('民警已到场');
  await page.getByRole('button', { name: '添加记录' }).click();
  await expect(page.getByTestId('incident-drawer')).toContainText('民警已到场');
  await page.getByTestId('move-resolved').click();
  await expect(page.getByTestId('incident-status')).toHaveText('已办结');

  const row = (
    await readTable<{ id: string; status: string; severity: string; resolvedAt: number | null }>(
      page,
      'incidents',
    )
  ).find((i) => i.id === id);
  expect(row).toMatchObject({ status: 'resolved', severity: 'high' });
  expect(row?.resolvedAt).toBeGreaterThan(0);
  const outbox = (await readTable<{ id: string; entity: string }>(page, 'outbox')).filter((m) => m.id === id);
  const audit = (await readTable<{ entityId: string; action: string }>(page, 'audit')).filter(
    (a) => a.entityId === id,
  );
  expect(outbox.length).toBe(5);
  expect(audit.length).toBe(5);
  await page.screenshot({ path: 'test/out/screens/incident-resolved.png' });

  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: '态势' }).click();
  await board.waitForMapIdle();
  const cache = await board.readCache();
  const open = cache.incidents.filter((i) => i.status !== 'resolved');
  const count = (s: string) => open.filter((i) => i.severity === s).length;
  await expect(board.kpi('open-incidents')).toHaveAttribute(
    'data-value',
    `${count('high')}/${count('medium')}/${count('low')}`,
  );
});
