/**
 * Testing sites and volunteer teams as a duty officer works them (offline demo): a site's
 * checklist, queue and status change with the mouse and persist in the cache; a team assignment
 * without a post is refused next to the field, a valid one is saved.
 */
import { expect, type Page } from '@playwright/test';
import { readTable } from './support/rawCache';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeEach(({ station }) => {
  page = station.page;
});

interface Site {
  id: string;
  zonesReady: string[];
  queueLength: number;
  status: string;
}

test('a testing site checklist, queue and status change persist', async () => {
  await page.getByRole('menuitem', { name: '检测点' }).click();
  await expect(page.getByTestId('sites-screen')).toBeVisible();
  const row = page.locator('.site-row').first();
  const id = String(await row.getAttribute('data-site-id'));
  const before = (await readTable<Site>(page, 'testingSites')).find((s) => s.id === id);
  if (!before) throw new Error('no site row');
  const hadCordon = before.zonesReady.includes('cordon');
  await row.getByTestId('zone-cordon').click();
  await row.getByTestId('queue-plus10').click();
  await expect(row.getByTestId('queue-input')).toHaveValue(String(Math.min(5000, before.queueLength + 10)));
  await row.getByTestId('queue-plus').click();
  await expect(row.getByTestId('queue-input')).toHaveValue(String(Math.min(5000, before.queueLength + 11)));
  const next = row.getByTestId('site-next-status');
  const movable = (await next.count()) > 0;
  if (movable) await next.click();
  await page.screenshot({ path: 'test/out/screens/sites-list.png' });

  await expect
    .poll(async () => (await readTable<Site>(page, 'testingSites')).find((s) => s.id === id)?.queueLength)
    .toBe(Math.min(5000, before.queueLength + 11));
  const after = (await readTable<Site>(page, 'testingSites')).find((s) => s.id === id);
  expect(after?.zonesReady.includes('cordon')).toBe(!hadCordon);
  if (movable) expect(after?.status).not.toBe(before.status);
  const audit = await readTable<{ entityId: string }>(page, 'audit');
  expect(audit.filter((a) => a.entityId === id).length).toBeGreaterThanOrEqual(3);

  // Still there after leaving the screen and coming back.
  await page.getByRole('menuitem', { name: '态势' }).click();
  await page.getByRole('menuitem', { name: '检测点' }).click();
  await expect(page.locator(`.site-row[data-site-id="${id}"]`).getByTestId('queue-input')).toHaveValue(
    String(Math.min(5000, before.queueLength + 11)),
  );
});

test('a volunteer team is assigned to a post; a missing post is refused', async () => {
  await page.getByTestId('tab-teams').click();
  const teams = await readTable<{ id: string; members: number; roles: string[]; assignments: { members: number }[] }>(page, 'volunteerTeams');
  const team = teams.find((t) => t.members - t.assignments.reduce((n, a) => n + a.members, 0) >= 1 && !t.roles.includes('testing-order'));
  if (!team) throw new Error('no team with free members');
  await page.locator(`.team-row[data-team-id="${team.id}"]`).getByTestId('team-assign').click();
  const outbox = (await readTable(page, 'outbox')).length;
  await page.getByTestId('assign-save').click();
  await expect(page.getByTestId('assign-post-error')).toHaveText('请选择卡口或检测点');
  expect((await readTable(page, 'outbox')).length).toBe(outbox);

  const checkpoints = await readTable<{ id: string; name: string }>(page, 'checkpoints');
  const target = checkpoints[0];
  if (!target) throw new Error('no checkpoint');
  await page.getByTestId('assign-post').click();
  await page.keyboard.type(target.name);
  await page.keyboard.press('Enter');
  await page.getByTestId('assign-save').click();
  await expect(page.getByTestId('assign-form')).toHaveCount(0);
  await page.screenshot({ path: 'test/out/screens/sites-teams.png' });
  const saved = (await readTable<{ id: string; assignments: { checkpointId: string | null }[] }>(page, 'volunteerTeams')).find(
    (t) => t.id === team.id,
  );
  expect(saved?.assignments.some((a) => a.checkpointId === target.id)).toBe(true);
  expect((await readTable(page, 'outbox')).length).toBe(outbox + 1);
});
