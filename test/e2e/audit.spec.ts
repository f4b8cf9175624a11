/**
 * The audit log as the chief reads it: after a control-level change made at this workstation,
 * the 审计 screen lists the change's entries (who, entity, before → after), filtered by person
 * and entity; clicking one shows the record's after-state.
 */
import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { readTable } from './support/rawCache';

test('the audit screen lists a level change, filtered by person and entity', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const board = await BoardPage.open(page);
  await board.waitForBoard();
  const grids = (await readTable<{ id: string; code: string; deleted: boolean }>(page, 'grids')).filter(
    (g) => !g.deleted,
  );
  const levels = await readTable<{ gridId: string }>(page, 'controlLevels');
  const grid =
    grids
      .filter((g) => !levels.some((l) => l.gridId === g.id))
      .sort((a, b) => a.code.localeCompare(b.code))[0] ?? grids[0];
  if (!grid) throw new Error('no grid');

  await page.getByRole('menuitem', { name: '网格' }).click();
  await page.getByTestId('role-switch').getByText('所长', { exact: true }).click();
  await page.getByPlaceholder('搜索编号、名称、社区').fill(grid.code);
  await page.getByTestId(`change-level-${grid.code}`).click();
  await page.getByTestId('level-change-level').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="封控区"]').click();
  await page.getByTestId('level-change-reason').fill('审计测试：升级封控');
  await page.getByTestId('level-change-save').click();
  await expect(page.getByTestId('level-change-form')).toHaveCount(0);

  const audit = await readTable<{ who: string; entity: string }>(page, 'audit');
  const who = audit.find((a) => a.entity === 'controlLevels')?.who;
  if (!who) throw new Error('no audit entry written');

  await page.getByRole('menuitem', { name: '审计' }).click();
  await expect(page.getByTestId('audit-screen')).toBeVisible();
  await page.getByTestId('audit-filter-who').click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${who}"]`).click();
  await page.getByTestId('audit-filter-entity').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="controlLevels"]').click();
  const expected = audit.filter((a) => a.who === who && a.entity === 'controlLevels').length;
  await expect(page.getByTestId('audit-count')).toHaveText(`共 ${expected} 条`);
  // the closing and the new row share one instant, so their order is not fixed
  const created = page.locator('.ant-table-row', { hasText: '审计测试：升级封控' });
  await expect(created).toHaveCount(1);
  await expect(page.locator('.ant-table-row', { hasText: 'to: null →' })).toHaveCount(1);
  await page.screenshot({ path: 'test/out/screens/audit-filtered.png' });
  await created.click();
  await expect(page.getByTestId('audit-json')).toContainText('"level": "sealed"');
  await page.screenshot({ path: 'test/out/screens/audit-drawer.png' });
});
