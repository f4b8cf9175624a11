/**
 * Sweeps 摸排 as a duty officer transcribing phoned-in results (offline demo workstation): three
 * visits entered by keyboard only write row, outbox and audit entry each, and the board's sweep
 * tile rises by the visits that cover a household; a resident ID with a wrong check digit is
 * refused with the reason and saves nothing; a valid one is stored only as the irreversible mask
 * (this workstation has never reached the centre, so it has no key to seal an envelope to, and
 * the form says so).
 */
import { expect, type Page } from '@playwright/test';
import { residentIdCheckChar } from '#common/domain/residentId';
import { BoardPage } from './pages/BoardPage';
import { readTable } from './support/rawCache';
import { uncoveredHouseholds, type CampaignRow, type HouseholdRow } from './support/uncoveredHouseholds';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

interface Visit {
  id: string;
  campaignId: string;
  householdId: string;
  gridId: string;
  outcome: string;
  team: string;
  unregisteredFound: number;
  deleted: boolean;
}

let page: Page;
let board: BoardPage;
let coveredBefore = 0;
let inScope = 0;
let campaign: CampaignRow;
const picked: HouseholdRow[] = [];

test.beforeEach(({ station }) => {
  ({ page, board } = station);
});

test('three visits entered by keyboard only write row, outbox and audit; the board tile rises', async () => {
  const value = String(await board.kpi('sweep-coverage').getAttribute('data-value'));
  [coveredBefore, inScope] = value.split('/').map(Number) as [number, number];
  const visits = await readTable<Visit>(page, 'visits');
  const uncovered = await uncoveredHouseholds(
    page,
    (v) => v.outcome === 'all-registered' || v.outcome === 'found-unregistered',
  );
  campaign = uncovered.campaign;
  picked.push(...uncovered.households.slice(0, 3));
  expect(picked).toHaveLength(3);
  const [outboxBefore, auditBefore] = [
    (await readTable(page, 'outbox')).length,
    (await readTable(page, 'audit')).length,
  ];

  await page.getByRole('menuitem', { name: '摸排' }).click();
  await expect(page.getByTestId('sweeps-screen')).toHaveAttribute('data-campaign-id', campaign.id);
  const address = page.getByTestId('visit-address');
  await expect(page.getByTestId('visit-entry')).toContainText('户可选');
  await expect(address).toBeFocused();

  // From here on: keyboard only.
  const plan: [string, string][] = [
    ['1', '0'],
    ['2', '2'],
    ['3', '0'],
  ];
  for (const [i, h] of picked.entries()) {
    const [key, unregistered] = plan[i] ?? ['1', '0'];
    await page.keyboard.type(h.address);
    await expect(page.getByTestId('address-matches').locator('[aria-selected="true"]')).toHaveAttribute(
      'data-household-id',
      h.id,
    );
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('visit-outcome')).toBeFocused();
    await page.keyboard.press(key);
    await page.keyboard.press('Tab');
    await page.keyboard.type(unregistered);
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    if (i === 0) await page.keyboard.type('敲门一组');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('visit-session-count')).toHaveAttribute('data-count', String(i + 1));
    await expect(address).toBeFocused();
    await expect(address).toHaveValue('');
  }
  await expect(page.getByTestId('visit-last-saved')).toContainText(picked[2]?.address ?? '');
  await page.screenshot({ path: 'test/out/screens/sweeps-entry.png' });

  const existing = new Set(visits.map((v) => v.id));
  const mine = (await readTable<Visit>(page, 'visits')).filter((v) => !existing.has(v.id));
  expect(mine.map((v) => [v.householdId, v.gridId, v.outcome, v.unregisteredFound, v.team]).sort()).toEqual(
    [
      [picked[0]?.id, picked[0]?.gridId, 'all-registered', 0, '敲门一组'],
      [picked[1]?.id, picked[1]?.gridId, 'found-unregistered', 2, '敲门一组'],
      [picked[2]?.id, picked[2]?.gridId, 'not-home', 0, '敲门一组'],
    ].sort(),
  );
  const ids = new Set(mine.map((v) => v.id));
  const outbox = await readTable<{ id: string; entity: string }>(page, 'outbox');
  const audit = await readTable<{ entityId: string; entity: string; action: string }>(page, 'audit');
  expect(outbox.length - outboxBefore).toBe(3);
  expect(audit.length - auditBefore).toBe(3);
  expect(outbox.filter((m) => ids.has(m.id) && m.entity === 'visits')).toHaveLength(3);
  expect(audit.filter((a) => ids.has(a.entityId) && a.action === 'create')).toHaveLength(3);
});

test('a wrong check digit is refused with the reason and saves nothing', async () => {
  const first17 = '35020319880315123';
  const wrong = first17 + (residentIdCheckChar(first17) === '0' ? '1' : '0');
  const before = [(await readTable(page, 'findings')).length, (await readTable(page, 'outbox')).length];
  await page.getByTestId('finding-name').fill('王小明');
  await page.getByTestId('finding-resident-id').fill(wrong);
  await page.getByTestId('finding-save').click();
  await expect(page.getByTestId('finding-error-residentId')).toHaveText('身份证号校验位不正确，请核对');
  expect([(await readTable(page, 'findings')).length, (await readTable(page, 'outbox')).length]).toEqual(
    before,
  );
  await page.screenshot({ path: 'test/out/screens/sweeps-finding-error.png' });
});

test('a valid resident ID is stored only as the mask; the form says no centre key yet', async () => {
  await expect(page.getByTestId('finding-no-key')).toContainText('尚未取得中心公钥');
  const first17 = '35020319880315123';
  const valid = first17 + residentIdCheckChar(first17);
  await page.getByTestId('finding-resident-id').fill(valid);
  await page.getByTestId('finding-save').click();
  await expect(page.getByTestId('finding-error-residentId')).toHaveCount(0);
  await expect(page.getByText('已登记 王*明')).toBeVisible();
  const findings = await readTable<{
    visitId: string;
    maskedName: string;
    idMasked: string;
    idEnvelope: unknown;
    followUp: string;
  }>(page, 'findings');
  const lastVisit = String(await page.getByTestId('visit-last-saved').getAttribute('data-visit-id'));
  const row = findings.find((f) => f.visitId === lastVisit);
  expect(row).toMatchObject({
    maskedName: '王*明',
    idMasked: `3502**********${valid.slice(14)}`,
    idEnvelope: null,
    followUp: 'open',
  });
  expect(row).not.toHaveProperty('idHash');
  for (const table of ['findings', 'outbox', 'audit']) {
    const text = JSON.stringify(await readTable(page, table));
    expect(text).not.toContain(valid);
    expect(text).not.toContain(valid.slice(6, 14));
    expect(text).not.toContain('王小明');
    expect(text).not.toContain('idHash');
  }
  await expect(page.getByTestId('finding-resident-id')).toHaveValue('');
});

test('follow-up is editable in the findings list; uncovered households leave the list', async () => {
  await page.getByRole('tab', { name: '发现人员' }).click();
  const first = page.locator('.finding-row').first();
  await expect(first).toContainText('王*明');
  await first.getByTestId('finding-follow-up').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="跟进中"]').click();
  await expect
    .poll(
      async () =>
        (await readTable<{ maskedName: string; followUp: string; updatedAt: number }>(page, 'findings')).sort(
          (a, b) => b.updatedAt - a.updatedAt,
        )[0]?.followUp,
    )
    .toBe('in-progress');
  await page.screenshot({ path: 'test/out/screens/sweeps-findings.png' });

  await page.getByRole('tab', { name: '未覆盖住户' }).click();
  await expect(page.getByTestId('uncovered-panel')).toBeVisible();
  const visits = await readTable<Visit>(page, 'visits');
  const households = await readTable<HouseholdRow>(page, 'households');
  const gridId = picked[0]?.gridId ?? '';
  const covered = new Set(
    visits
      .filter(
        (v) =>
          v.campaignId === campaign.id &&
          (v.outcome === 'all-registered' || v.outcome === 'found-unregistered'),
      )
      .map((v) => v.householdId),
  );
  const expected = households.filter((h) => !h.deleted && h.gridId === gridId && !covered.has(h.id)).length;
  const grid = (await readTable<{ id: string; code: string }>(page, 'grids')).find((g) => g.id === gridId);
  await page.getByTestId('uncovered-grid').click();
  await page.keyboard.type(grid?.code ?? '');
  await page.keyboard.press('Enter');
  expect(covered.has(picked[0]?.id ?? '')).toBe(true);
  await expect(page.getByTestId('uncovered-count')).toHaveAttribute('data-count', String(expected));
  await expect(page.getByTestId('uncovered-panel')).not.toContainText(picked[0]?.address ?? '');
  await page.screenshot({ path: 'test/out/screens/sweeps-uncovered.png' });
});

test('the campaign form refuses an incomplete campaign next to its fields', async () => {
  await page.getByRole('tab', { name: '摸排行动' }).click();
  const before = (await readTable(page, 'campaigns')).length;
  await expect(page.locator('.campaign-row')).toHaveCount(before);
  await page.getByTestId('campaign-submit').click();
  await expect(page.getByTestId('campaign-error-name')).toHaveText('请填写行动名称');
  await expect(page.getByTestId('campaign-error-targetGridIds')).toHaveText('请至少选择一个网格');
  expect((await readTable(page, 'campaigns')).length).toBe(before);
  await page.screenshot({ path: 'test/out/screens/sweeps-campaigns.png' });
});

test('the campaign picker names a campaign once (was 敲门行动（敲门行动）)', async () => {
  const names = (await readTable<{ id: string; name: string }>(page, 'campaigns')).map((c) => c.name);
  const chosen = page
    .getByTestId('sweeps-campaign')
    .locator('.ant-select-content, .ant-select-selection-item');
  const label = (await chosen.first().innerText()).trim();
  expect(names.some((name) => label.startsWith(name))).toBe(true);
  expect(label).not.toMatch(/^(.+)（\1）$/u);
  await page.getByTestId('sweeps-campaign').click();
  const options = page.locator('.ant-select-item-option');
  await expect(options.first()).toBeVisible();
  expect(await options.allInnerTexts()).not.toContainEqual(expect.stringMatching(/^(.+)（\1）$/u));
  await page.screenshot({ path: 'test/out/screens/sweeps-campaign-picker.png' });
  await page.keyboard.press('Escape');
});

test('the board sweep tile rises by the two covering visits', async () => {
  await page.getByRole('menuitem', { name: '态势' }).click();
  await expect(board.kpi('sweep-coverage')).toHaveAttribute('data-value', `${coveredBefore + 2}/${inScope}`);
});

test('a visit without address, with a bad count and no team, is refused next to each field', async () => {
  await page.getByRole('menuitem', { name: '摸排' }).click();
  await page.getByRole('tab', { name: '入户录入' }).click();
  const count = page.getByTestId('visit-session-count');
  const savedBefore = await count.getAttribute('data-count');
  const [visitsBefore, outboxBefore] = [
    (await readTable(page, 'visits')).length,
    (await readTable(page, 'outbox')).length,
  ];
  await page.getByTestId('visit-unregistered').fill('abc');
  await page.getByTestId('visit-team').fill('');
  await page.getByTestId('visit-note').press('Enter');

  await expect(page.getByTestId('visit-error-household')).toHaveText('请先选择地址');
  const entry = page.getByTestId('visit-entry');
  await expect(entry).toContainText('请输入 0–50 的整数');
  await expect(entry).toContainText('请填写走访小组');
  await expect(page.getByTestId('visit-address')).toBeFocused();
  // antd slides a field's message open; the screenshot waits for it to settle.
  await expect(entry.locator('[class*="show-help-"]')).toHaveCount(0);
  await page.screenshot({ path: 'test/out/screens/sweeps-entry-errors.png' });
  await expect(count).toHaveAttribute('data-count', String(savedBefore));
  expect((await readTable(page, 'visits')).length).toBe(visitsBefore);
  expect((await readTable(page, 'outbox')).length).toBe(outboxBefore);

  // Mending the fields clears their messages (nothing is saved while the address is missing).
  await page.getByTestId('visit-unregistered').fill('0');
  await page.getByTestId('visit-team').fill('敲门一组');
  await page.getByTestId('visit-note').press('Enter');
  await expect(entry).not.toContainText('请输入 0–50 的整数');
  await expect(entry).not.toContainText('请填写走访小组');
  await expect(page.getByTestId('visit-error-household')).toHaveText('请先选择地址');
});
