/**
 * Checkpoint rosters as a duty officer works them (offline demo): a 24-hour checkpoint with an
 * uncovered hour is flagged; bad shifts (end before start, nobody on it, a person already on an
 * overlapping shift) are refused next to the field and write nothing; a shift that fills the gap
 * writes row, outbox and audit and the flag disappears.
 */
import { expect, type Page } from '@playwright/test';
import { readTable } from './support/rawCache';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeEach(({ station }) => {
  page = station.page;
});

/** The label the app gives an instant (same Intl formatting, in the page). */
const label = (ms: number) =>
  page.evaluate(
    (t) =>
      new Intl.DateTimeFormat('zh-CN', {
        timeZone: 'Asia/Shanghai',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }).format(t),
    ms,
  );

/**
 * Picks an option by typing it. A single select closes on Enter. A multiple one stays open and
 * is closed with Escape while it is open: an Escape after its list has closed reaches the drawer
 * and closes it (unless it lands within the list's closing animation), so pressing it blindly
 * made this spec depend on timing. Which kind of select it is comes from its class, not from
 * reading the list's state right after Enter.
 */
async function pick(testId: string, text: string): Promise<void> {
  const select = page.getByTestId(testId);
  const combobox = select.getByRole('combobox');
  await select.click();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  if (await select.evaluate((el) => el.classList.contains('ant-select-multiple'))) {
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
  }
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  // The list fades out over the form; the screenshots want it gone (antd hides it at the end).
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

interface Shift {
  id: string;
  checkpointId: string | null;
  start: number;
  end: number;
  deleted: boolean;
  staff: { officerId: string | null; name: string }[];
}

test('a roster gap is flagged, bad shifts are refused, and a shift filling it clears the flag', async () => {
  await page.getByRole('menuitem', { name: '卡口' }).click();
  await expect(page.getByTestId('checkpoints-screen')).toBeVisible();
  await expect(page.getByTestId('gap-flag').first()).toBeVisible();
  await page.screenshot({ path: 'test/out/screens/checkpoints-list.png' });

  await page.getByTestId('tab-gaps').click();
  const gap = page.getByTestId('roster-gap').first();
  await expect(gap).toBeVisible();
  const checkpointId = String(await gap.getAttribute('data-checkpoint-id'));
  const start = Number(await gap.getAttribute('data-start'));
  const end = Number(await gap.getAttribute('data-end'));
  await page.screenshot({ path: 'test/out/screens/checkpoints-gaps.png' });
  await gap.getByTestId('gap-fill').click();
  await expect(page.getByTestId('roster-drawer')).toHaveAttribute('data-checkpoint-id', checkpointId);
  await expect(page.getByTestId('drawer-gap-flag')).toBeVisible();
  const outbox = (await readTable(page, 'outbox')).length;

  // End before start.
  await pick('shift-end', await label(start - 60 * 60_000));
  await page.getByTestId('shift-save').click();
  await expect(page.getByTestId('shift-end-error')).toHaveText('结束时间必须晚于开始时间');

  // Nobody on the shift.
  await pick('shift-end', await label(end));
  await page.getByTestId('shift-save').click();
  await expect(page.getByTestId('shift-end-error')).toHaveCount(0);
  await expect(page.getByTestId('shift-staff-error')).toHaveText('每个班次至少安排一名值守人员');

  // An officer already on an overlapping shift elsewhere.
  const shifts = await readTable<Shift>(page, 'shifts');
  const officers = await readTable<{ id: string; name: string; badgeNo: string }>(page, 'officers');
  const busy = shifts
    .filter((s) => !s.deleted && s.start < end && start < s.end)
    .flatMap((s) => s.staff.filter((m) => m.officerId !== null))[0];
  const busyOfficer = officers.find((o) => o.id === busy?.officerId);
  if (!busyOfficer) throw new Error('no officer on duty during the gap in the demo data');
  await pick('shift-officers', busyOfficer.badgeNo);
  await page.getByTestId('shift-save').click();
  await expect(page.getByTestId('shift-staff-error')).toContainText(`人员班次时间重叠：${busyOfficer.name}`);
  await page.screenshot({ path: 'test/out/screens/checkpoints-overlap.png' });
  expect((await readTable(page, 'outbox')).length).toBe(outbox);

  // Replace the busy officer by a guard: saved, the gap closes.
  // Remove the officer's tag with its close icon (Backspace depends on where the select's focus lands).
  await page.getByTestId('shift-officers').locator('.ant-select-selection-item-remove').first().click();
  await expect(page.getByTestId('shift-officers').locator('.ant-select-selection-item')).toHaveCount(0);
  await pick('shift-guards', '测试保安甲');
  await page.getByTestId('shift-save').click();
  await expect(page.getByTestId('shift-form')).toHaveCount(0);
  await expect(page.getByTestId('drawer-gap-flag')).toHaveCount(0);
  await page.screenshot({ path: 'test/out/screens/checkpoints-roster.png' });

  const created = (await readTable<Shift>(page, 'shifts')).find(
    (s) => s.checkpointId === checkpointId && s.start === start && s.end === end,
  );
  expect(created?.staff.map((m) => m.name)).toEqual(['测试保安甲']);
  const newOutbox = await readTable<{ entity: string; id: string; baseVersion: number }>(page, 'outbox');
  expect(newOutbox.length).toBe(outbox + 1);
  expect(newOutbox.some((m) => m.entity === 'shifts' && m.id === created?.id && m.baseVersion === 0)).toBe(true);
  const audit = await readTable<{ entityId: string; action: string }>(page, 'audit');
  expect(audit.some((a) => a.entityId === created?.id && a.action === 'create')).toBe(true);

  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-testid="roster-gap"][data-checkpoint-id="${checkpointId}"]`)).toHaveCount(0);
});

test('the checkpoint mode is edited from the roster drawer', async () => {
  await page.getByRole('tab', { name: '卡口列表' }).click();
  await page.locator('.checkpoint-row').first().click();
  const id = String(await page.getByTestId('roster-drawer').getAttribute('data-checkpoint-id'));
  await page.getByTestId('cp-mode').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="封闭"]').click();
  await expect(page.getByText('已保存').first()).toBeVisible();
  const row = (await readTable<{ id: string; mode: string }>(page, 'checkpoints')).find((c) => c.id === id);
  expect(row?.mode).toBe('closed');
});
