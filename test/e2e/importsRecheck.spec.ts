/**
 * Issue 13, items 6 and 8 as an officer meets them (station demo cache, file picker):
 * a broken JSON names its line and column in Chinese, an unclosed KML tag and a DOCTYPE are
 * named; a thousand bad rows list in a window whose rows are worded as they scroll into view;
 * and an address that arrives after the check (a sync, another window) stops the apply —
 * nothing written — with the re-check's plan shown, which can then be applied.
 * Every expectation about the cache is checked against raw IndexedDB.
 */
import { expect, type Page } from '@playwright/test';
import { ImportPage } from './pages/ImportPage';
import { putRaw, readTable } from './support/rawCache';
import { addressKey, householdCsv, liveGrids, unreadableGridFiles, type Row } from './support/importFiles';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

let page: Page;
let imp: ImportPage;

test.use({ stationOptions: { url: '/?demo=station', ready: ({ page }) => new ImportPage(page).open() } });

test.beforeEach(({ station }) => {
  page = station.page;
  imp = new ImportPage(page);
});

test('a file the parser refuses says where and why, in Chinese', async () => {
  const before = await readTable(page, 'grids');
  for (const [i, { file, text }] of unreadableGridFiles().entries()) {
    await imp.upload('grids', file);
    await imp.expectStep('grids', 'read-failed');
    const failed = imp.wizard('grids').getByTestId('import-read-failed');
    await expect(failed).toContainText(text);
    await expect(failed).not.toContainText(/Expected|Unexpected|tag mismatch|unclosed xml/);
    await imp.screenshot(`import-refused-${i + 1}`);
  }
  expect(await readTable(page, 'grids')).toEqual(before);
});

test('a thousand bad rows: the list words only the rows in view', async () => {
  const code = String(liveGrids(await readTable(page, 'grids'))[0]!.code);
  const rows = ['标准地址,所属网格,户籍人数'];
  for (let i = 1; i <= 1000; i++) rows.push(`懒加载测试路${i}号,${code},x${i}`);
  await imp.upload('households', householdCsv('一千行有误.csv', rows));
  await imp.check('households');
  const list = imp.wizard('households').getByTestId('import-issues');
  await expect(list).toHaveAttribute('data-total', '1000');
  const shown = await imp.issueRows('households');
  expect(shown[0]).toBe('第 2 行 | 户籍人数 | “x1”不是数字。');
  expect(shown.length).toBeLessThan(40);
  // scrolled to the end, the last rows are worded too
  await list.locator('.windowed-body').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(list.locator('.windowed-row').last()).toContainText('“x1000”不是数字');
  await imp.screenshot('import-issue-list');
});

test('an address that arrived after the check stops the apply: nothing written, the new plan shown', async () => {
  const grid = liveGrids(await readTable(page, 'grids'))[1]!;
  const address = '复核测试路8号';
  await imp.upload(
    'households',
    householdCsv('复核.csv', ['标准地址,所属网格,户籍人数', `${address},${grid.code},3`]),
  );
  await imp.check('households');
  expect(await imp.counts('households')).toMatchObject({ total: 1, creates: 1, updates: 0 });
  await expect(imp.applyButton('households')).toBeEnabled();

  // between check and apply the same address arrives (as a sync writes it: the row with its key)
  const arrived = {
    id: '00000000-0000-4000-8000-00000000e2e8',
    stationId: String(grid.stationId),
    version: 3,
    updatedAt: Date.now(),
    updatedBy: 'system',
    deleted: false,
    gridId: String(grid.id),
    address,
    building: '',
    unit: '',
    room: '',
    point: [118.1, 24.5],
    registeredResidents: 1,
  };
  await putRaw(page, 'households', { ...arrived, addressKey: addressKey(arrived) });
  const [households, outbox, audit] = await Promise.all([
    readTable(page, 'households'),
    readTable(page, 'outbox'),
    readTable(page, 'audit'),
  ]);

  await imp.applyButton('households').click();
  const notice = imp.wizard('households').getByTestId('import-plan-changed');
  await expect(notice).toContainText('检查后本地数据已变化（如同步），请重新检查');
  await expect(notice).toContainText('新增 1 → 0，更新 0 → 1');
  await expect(notice).toContainText(`检查后本地已出现 1 个相同的标准地址：${address}`);
  await imp.expectStep('households', 'checked');
  expect(await imp.counts('households')).toMatchObject({ creates: 0, updates: 1 });
  await imp.screenshot('import-plan-changed');

  // nothing was written: no row, no outbox entry, no audit entry
  expect(await readTable(page, 'households')).toEqual(households);
  expect(await readTable(page, 'outbox')).toHaveLength(outbox.length);
  expect(await readTable(page, 'audit')).toHaveLength(audit.length);

  // the re-check's plan is what the next apply writes: the arrived row is updated, not doubled
  await imp.applyButton('households').click();
  await imp.expectStep('households', 'applied');
  const after = (await readTable<Row>(page, 'households')).filter((h) => h.address === address);
  expect(after).toHaveLength(1);
  expect(after[0]).toMatchObject({ id: arrived.id, registeredResidents: 3 });
});
