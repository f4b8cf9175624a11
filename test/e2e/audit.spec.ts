/**
 * The audit log as the chief reads it, in the user's words. After a control-level change and
 * an incident moved to 处置中 at this workstation, the 审计 screen lists those entries —
 * filtered by person and entity (menus in Chinese) — with entity and field names, enum
 * values, officers by name and times in Shanghai time, never the stored names (`incidents`,
 * `in-progress`, `assigneeId`). Expected words come from the raw cache, not from the app.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { IncidentsPage } from './pages/IncidentsPage';
import { readTable } from './support/rawCache';
import { demoOfficer, handOver } from './support/signIn';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

let page: Page;

interface RawAudit {
  who: string;
  entity: string;
  entityId: string;
  at: number;
  after: Record<string, unknown> | null;
}

/** Shanghai wall-clock time of an instant, as the station reads it (computed here, not by the app). */
const shanghai = (ms: number): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
};

const option = (title: string) =>
  page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`);

async function openAudit(): Promise<void> {
  await page.getByRole('menuitem', { name: '审计' }).click();
  await expect(page.getByTestId('audit-screen')).toBeVisible();
}

/** Picks an entity in the filter by its Chinese name (the menu never shows the stored name). */
async function filterEntity(label: string): Promise<void> {
  await page.getByTestId('audit-filter-entity').click();
  await option(label).click();
}

/** Closes open select menus (for screenshots that show the table, not a menu over it). */
async function closeMenus(): Promise<void> {
  await page.getByTestId('audit-count').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/** Waits until a drawer's content has slid fully into the window. */
async function settled(content: Locator): Promise<void> {
  const width = page.viewportSize()?.width ?? 1600;
  await expect
    .poll(async () => {
      const box = await content.boundingBox();
      return box ? box.x + box.width : Infinity;
    })
    .toBeLessThanOrEqual(width);
}

test.beforeEach(({ station }) => {
  page = station.page;
});

test('a level change reads in words, filtered by person and entity', async () => {
  const grids = (
    await readTable<{ id: string; code: string; name: string; deleted: boolean }>(page, 'grids')
  ).filter((g) => !g.deleted);
  const levels = await readTable<{ gridId: string }>(page, 'controlLevels');
  const grid =
    grids
      .filter((g) => !levels.some((l) => l.gridId === g.id))
      .sort((a, b) => a.code.localeCompare(b.code))[0] ?? grids[0];
  if (!grid) throw new Error('no grid');

  await page.getByRole('menuitem', { name: '网格' }).click();
  await handOver(page, 'chief');
  const chief = await demoOfficer(page, 'chief');
  await page.getByPlaceholder('搜索编号、名称、社区').fill(grid.code);
  await page.getByTestId(`change-level-${grid.code}`).click();
  await page.getByTestId('level-change-level').click();
  await option('封控区').click();
  await page.getByTestId('level-change-reason').fill('审计测试：升级封控');
  await page.getByTestId('level-change-save').click();
  await expect(page.getByTestId('level-change-form')).toHaveCount(0);

  const audit = await readTable<RawAudit>(page, 'audit');
  const who = audit.find((a) => a.entity === 'controlLevels')?.who;
  if (!who) throw new Error('no audit entry written');
  // attributed to the signed-in officer, shown by name
  expect(who).toBe(chief.id);

  await openAudit();
  await page.getByTestId('audit-filter-who').click();
  await option(chief.name).click();
  await filterEntity('管控等级');
  const mine = audit.filter((a) => a.who === who && a.entity === 'controlLevels');
  await expect(page.getByTestId('audit-count')).toHaveText(`共 ${mine.length} 条`);
  const rows = page.locator('.ant-table-row');
  // the closing and the new row share one instant, so their order is not fixed
  const created = rows.filter({ hasText: '审计测试：升级封控' });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText('管控等级：封控区');
  await expect(created).toContainText(`网格：${grid.code} ${grid.name}`);
  await expect(created).toContainText('结束时间：生效中');
  await expect(created).toContainText(shanghai(mine[0]!.at));
  // the level in force until now was closed: its end goes from "in force" to a time
  await expect(rows.filter({ hasText: '结束时间：生效中 → ' })).toHaveCount(mine.length - 1);
  await expect(page.getByTestId('audit-screen')).not.toContainText('controlLevels');
  await expect(page.getByTestId('audit-screen')).not.toContainText('gridId');
  await closeMenus();
  await page.screenshot({ path: 'test/out/screens/audit-filtered.png' });

  await created.click();
  const drawer = page.getByTestId('audit-record');
  await expect(drawer).toContainText('封控区');
  await expect(drawer).toContainText('审计测试：升级封控');
  await expect(page.locator('.ant-drawer-title')).toHaveText(`管控等级：${grid.code} ${grid.name} · 封控区`);
  await expect(drawer).not.toContainText('sealed');
  await settled(drawer);
  await page.screenshot({ path: 'test/out/screens/audit-drawer.png' });
  await page.locator('.ant-drawer-close').click();
  await handOver(page, 'duty');
});

test('an incident moved to 处置中 reads 已指派 → 处置中 with the officer by name, not in-progress', async () => {
  const incidents = new IncidentsPage(page);
  await incidents.open();
  const raw = await readTable<{ id: string; status: string; reportedAt: number }>(page, 'incidents');
  const target = raw.filter((i) => i.status === 'new').sort((a, b) => b.reportedAt - a.reportedAt)[0];
  if (!target) throw new Error('no new incident in the demo data');
  await page.getByTestId('filter-status').click();
  await option('已指派').click();
  await option('处置中').click();
  await page.keyboard.press('Escape');
  await page.locator('.incident-row').first().click();
  await expect(page.getByTestId('incident-drawer')).toHaveAttribute('data-incident-id', target.id);
  await page.getByTestId('incident-assign').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('incident-status')).toHaveText('已指派');
  await page.getByTestId('move-in-progress').click();
  await expect(page.getByTestId('incident-status')).toHaveText('处置中');
  await incidents.closeDrawer();

  const row = (await readTable<{ id: string; assigneeId: string | null }>(page, 'incidents')).find(
    (i) => i.id === target.id,
  );
  const officer = (await readTable<{ id: string; name: string }>(page, 'officers')).find(
    (o) => o.id === row?.assigneeId,
  );
  if (!officer) throw new Error('the incident was not assigned to a cached officer');
  const entries = (await readTable<RawAudit>(page, 'audit'))
    .filter((a) => a.entityId === target.id)
    .sort((a, b) => b.at - a.at);
  const moved = entries.find((a) => a.after?.status === 'in-progress');
  if (!moved) throw new Error('no audit entry for the move');

  await openAudit();
  await filterEntity('警情');
  const list = page.locator('.ant-table-row');
  const move = list.filter({ hasText: '状态：已指派 → 处置中' });
  await expect(move).toHaveCount(1);
  await expect(move).toContainText(shanghai(moved.at));
  await expect(move).toContainText('警情');
  const assign = list.filter({ hasText: '状态：新警情 → 已指派' });
  await expect(assign).toContainText(`处置民警：未指派 → ${officer.name}`);
  const screen = page.getByTestId('audit-screen');
  // the timeline that grew says what was added
  await expect(move).toContainText('处置时间线：新增 状态变更：');
  for (const raw of ['in-progress', 'assigneeId', 'incidents', officer.id])
    await expect(screen).not.toContainText(raw);
  await closeMenus();
  // the drawer's "saved" notices have gone
  await expect(page.locator('[class*="ant-message-notice"]')).toHaveCount(0);
  await page.screenshot({ path: 'test/out/screens/audit-incident.png' });

  // the same log in English (title-bar switch): still words, not stored names
  await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(list.filter({ hasText: 'Status: Assigned → In progress' })).toHaveCount(1);
  await expect(screen).not.toContainText('in-progress');
  await page.screenshot({ path: 'test/out/screens/audit-incident-en.png' });
  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
});
