/**
 * 通行证审核 end to end, one workstation against the real central API on loopback: pending
 * registrations are created at the centre by another device (as the city system sends them)
 * and sync to the workstation; the duty officer reviews them with the keyboard only — each
 * kind of fusion evidence shown (address matched with its grid and last sweep visit; address
 * not in the base; a red code in a sealed or controlled grid, which cannot be approved here
 * nor at the centre; a household already at its size; the same ID holding a pass elsewhere),
 * approves one (A), rejects one with a reason (R, digit, Enter), batch-approves the clean ones
 * (B, Enter), then revokes an approved pass from its detail. Every decision is in the
 * workstation's audit (and its 审计 screen) and reaches the centre. Expected figures come from
 * the raw cache and the centre, never from the app.
 */
import { expect, test, type Page } from '@playwright/test';
import { controlLevelAt } from '#common/domain/controlLevelAt';
import { DEFAULT_PASS_DAYS } from '#common/domain/passRules';
import type { ControlLevelChange, HealthCodeColour, Household, PassRegistration } from '#common/schemas';
import { startCentralApi, type CentralApi } from '#server/centralApi';
import { audit, formatViolations, violationCount } from './support/axe';
import { CentreDevice } from './support/centreDevice';
import { passCreatePatch } from './support/passRows';
import { putRaw, readTable } from './support/rawCache';
import { demoOfficer } from './support/signIn';
import { openStationWorkstation, stationCode, type StationWorkstation } from './support/stationWorkstation';

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

const PORT = Number(process.env.E2E_PORT ?? 5174) + 200;
const DAY = 86_400_000;

let api: CentralApi | undefined;
let station: StationWorkstation | undefined;
let page: Page;
let device: CentreDevice;
let officerId: string;
/** The centre's change seq once the registrations were created: later pulls start here. */
let createdSeq = 0;
/** The registrations batch approval took (this test's clean ones and the demo city's in the window). */
let batchApproved: string[] = [];

interface Reg {
  key: string;
  id: string;
  name: string;
  patch: ReturnType<typeof passCreatePatch>;
}
const regs = new Map<string, Reg>();
const reg = (key: string): Reg => {
  const r = regs.get(key);
  if (!r) throw new Error(`no registration ${key}`);
  return r;
};

async function openStation(): Promise<void> {
  api = await startCentralApi({ port: 0 });
  station = await openStationWorkstation(api, {
    port: PORT,
    viewport: { width: 1600, height: 900 },
  });
  page = station.page;
  const board = station.board;
  await board.waitForBoard(180_000);
  officerId = (await demoOfficer(page, 'duty')).id;
  // The city system's device: another officer's sign-in at another device of the station.
  device = await CentreDevice.open(api.url, stationCode(api), (await demoOfficer(page, 'duty', 1)).badgeNo);
}

test.beforeAll(async () => {
  // First start: enrol, download the station from the centre, sign in.
  test.setTimeout(360_000);
  await openStation();
});
test.afterAll(async () => {
  await station?.close();
  await api?.close();
});

const current = () => page.getByTestId('review-current');
const announce = () => page.getByTestId('review-announce');
const evidence = (kind: string) => page.getByTestId(`evidence-${kind}`);
const rowOf = (id: string) => page.locator(`[data-testid="queue-list"] li[data-registration-id="${id}"]`);

/** The households the registrations claim, chosen from the synced cache by their grid's level now. */
async function chooseHouseholds() {
  const now = Date.now();
  const [grids, levels, households, visits, passes] = await Promise.all([
    readTable<{ id: string; deleted: boolean }>(page, 'grids'),
    readTable<ControlLevelChange>(page, 'controlLevels'),
    readTable<Household>(page, 'households'),
    readTable<{ householdId: string; deleted: boolean }>(page, 'visits'),
    readTable<PassRegistration>(page, 'passRegistrations'),
  ]);
  const levelOf = new Map(grids.map((g) => [g.id, controlLevelAt(levels, g.id, now).level]));
  const visited = new Set(visits.filter((v) => !v.deleted).map((v) => v.householdId));
  // The demo city's own passes (dated from today) already hold some households: none of them.
  const holding = new Set(
    passes.filter((p) => !p.deleted && p.status === 'approved' && p.householdId).map((p) => p.householdId),
  );
  const live = households.filter((h) => !h.deleted).sort((a, b) => a.id.localeCompare(b.id));
  const open = live.filter(
    (h) =>
      !holding.has(h.id) && (levelOf.get(h.gridId) === 'normal' || levelOf.get(h.gridId) === 'precaution'),
  );
  const clean = open.filter((h) => visited.has(h.id) && h.registeredResidents >= 2).slice(0, 5);
  const single = open.find((h) => h.registeredResidents === 1 && !clean.includes(h));
  const sealed = live.find((h) => {
    const level = levelOf.get(h.gridId);
    return level === 'sealed' || level === 'controlled';
  });
  if (clean.length < 5 || !single || !sealed)
    throw new Error('the demo station lacks the households this spec needs');
  return { clean, single, sealed, sealedLevel: levelOf.get(sealed.gridId) };
}

const asClaim = (h: Household) => ({ id: h.id, gridId: h.gridId, address: h.address });

test('registrations created at the centre reach the queue, oldest first, with their evidence', async () => {
  const { clean, single, sealed } = await chooseHouseholds();
  // Far older than anything the demo stream holds, so these lead the queue in this order.
  const base = Date.now() - 400 * DAY;
  const plan: [string, string, Parameters<typeof passCreatePatch>[0]][] = [
    ['clean', '王*明', { household: asClaim(clean[0]!), submittedAt: base + 1 }],
    ['unknown', '李*华', { household: null, flags: ['address-unknown'], submittedAt: base + 2 }],
    [
      'red',
      '赵*强',
      { household: asClaim(sealed), colour: 'red' as HealthCodeColour, submittedAt: base + 3 },
    ],
    ['full', '孙*丽', { household: asClaim(single), submittedAt: base + 4 }],
    ['elsewhere', '周*军', { household: asClaim(clean[1]!), submittedAt: base + 5 }],
    ['batch1', '吴*芳', { household: asClaim(clean[2]!), submittedAt: base + 6 }],
    ['batch2', '郑*伟', { household: asClaim(clean[3]!), submittedAt: base + 7 }],
    ['batch3', '冯*娟', { household: asClaim(clean[4]!), submittedAt: base + 8 }],
    // Already approved at the one-person household: the 'full' registration would be a second.
    ['held', '陈*杰', { household: asClaim(single), submittedAt: base, status: 'approved' }],
  ];
  plan.forEach(([key, name, o], i) =>
    regs.set(key, {
      key,
      id: crypto.randomUUID(),
      name,
      patch: passCreatePatch({ ...o, maskedName: name, idTail: String(4100 + i) }),
    }),
  );
  const reply = await device.push(
    [...regs.values()].map((r) => device.mutation('passRegistrations', r.id, r.patch, 0)),
  );
  expect(reply.results.map((r) => r.status)).toEqual([...regs.values()].map(() => 'applied'));
  createdSeq = reply.serverSeq;

  // Synced to the workstation.
  await expect
    .poll(
      async () => {
        const rows = await readTable<{ id: string }>(page, 'passRegistrations');
        return [...regs.values()].filter((r) => rows.some((row) => row.id === r.id)).length;
      },
      { timeout: 60_000 },
    )
    .toBe(regs.size);
  // The centre's match of the same ID elsewhere (a centre-set field, as the centre would send it).
  const rows = await readTable<PassRegistration>(page, 'passRegistrations');
  const elsewhere = rows.find((r) => r.id === reg('elsewhere').id);
  await putRaw(page, 'passRegistrations', { ...elsewhere, idPasses: { approved: 1, addresses: 1 } });

  await page.evaluate(() => (location.hash = '#/passes'));
  await expect(page.getByTestId('passes-screen')).toBeVisible();
  await expect(current()).toHaveAttribute('data-registration-id', reg('clean').id);
  await expect(page.getByTestId('review-queue')).toBeFocused();
  // The queue lists them oldest first (the approved one is not pending).
  const listed = await page
    .locator('[data-testid="queue-list"] li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-registration-id')));
  expect(listed.slice(0, 8)).toEqual(
    ['clean', 'unknown', 'red', 'full', 'elsewhere', 'batch1', 'batch2', 'batch3'].map((k) => reg(k).id),
  );

  // Clean: address in the base with its grid, the last sweep visit, room in the household, ID unmatched.
  const grid = (await readTable<{ id: string; code: string }>(page, 'grids')).find(
    (g) => g.id === clean[0]!.gridId,
  );
  await expect(page.getByTestId('reg-name')).toHaveText('王*明');
  await expect(page.getByTestId('reg-id')).toHaveText('3502**********4100');
  await expect(page.getByTestId('reg-phone')).toHaveText('138****4100');
  await expect(evidence('address')).toHaveAttribute('data-mark', 'ok');
  await expect(evidence('address')).toContainText(`在标准地址库中，所属网格：${grid?.code}`);
  await expect(evidence('visit')).toHaveAttribute('data-mark', 'ok');
  await expect(evidence('visit')).toContainText('发现未登记');
  await expect(page.getByTestId('household-figures')).toHaveText(
    `已通过 0 张 / 户内登记 ${clean[0]!.registeredResidents} 人`,
  );
  await expect(evidence('id')).toContainText('未比对（离线或演示数据）');
  await expect(evidence('code')).toHaveAttribute('data-mark', 'ok');
  await expect(evidence('code')).toContainText('绿码');
  await expect(rowOf(reg('clean').id)).toHaveAttribute('data-warnings', '');
  await page.screenshot({ path: 'test/out/screens/passes-queue.png' });
  // Nothing a screen-reader or keyboard user would trip over, and one h1.
  const a11y = await audit(page);
  expect(violationCount(a11y), formatViolations('passes', a11y)).toBe(0);
  expect(a11y.h1).toBe(1);
});

test('keyboard only: approve (A), reject with a reason (R, digit, Enter), a red code in a sealed grid cannot be approved', async () => {
  await page.keyboard.press('a');
  await expect(current()).toHaveAttribute('data-registration-id', reg('unknown').id);
  await expect(announce()).toContainText('已通过 王*明。');
  await expect(announce()).toContainText('当前：李*华');

  // Not in the standard address base: said so, with the intake flag; rejected with reason 1.
  await expect(evidence('address')).toHaveAttribute('data-mark', 'warn');
  await expect(evidence('address')).toContainText('标准地址库中没有该地址');
  await expect(page.getByTestId('reg-flags')).toContainText('地址不在标准地址库');
  await expect(evidence('visit')).toContainText('地址未匹配');
  await page.keyboard.press('r');
  await expect(page.getByTestId('reason-list')).toBeFocused();
  await page.keyboard.press('1');
  await expect(page.getByTestId('reason-list')).toHaveAttribute('data-value', 'address-not-found');
  await page.screenshot({ path: 'test/out/screens/passes-reason.png' });
  await page.keyboard.press('Enter');
  await expect(current()).toHaveAttribute('data-registration-id', reg('red').id);
  await expect(announce()).toContainText('已驳回 李*华：地址不存在。');
  await expect(page.getByTestId('review-queue')).toBeFocused();

  // Red code in a sealed or controlled grid: approve is disabled with the reason, and A refuses.
  await expect(evidence('code')).toHaveAttribute('data-mark', 'block');
  await expect(evidence('code')).toContainText('红码');
  await expect(evidence('code')).toContainText('不能通过');
  await expect(page.getByTestId('approve-blocked')).toContainText('不能通过');
  await expect(page.getByTestId('review-approve')).toBeDisabled();
  await expect(rowOf(reg('red').id)).toHaveAttribute('data-warnings', /code-zone/);
  await page.keyboard.press('a');
  await expect(announce()).toContainText('不能通过 赵*强');
  await expect(current()).toHaveAttribute('data-registration-id', reg('red').id);
  await page.screenshot({ path: 'test/out/screens/passes-blocked.png' });
  // …nor at the centre: the same approval pushed from another device is refused.
  const refused = await device.push([
    device.mutation(
      'passRegistrations',
      reg('red').id,
      {
        status: 'approved',
        reviewedBy: device.officerId,
        reviewedAt: Date.now(),
        reason: null,
        reasonNote: '',
        validFrom: Date.now(),
        validUntil: Date.now() + DAY,
      },
      1,
    ),
  ]);
  expect(refused.results[0]).toMatchObject({ status: 'rejected', refusal: 'pass-code-zone' });

  // The household already holds as many passes as its recorded size.
  await page.keyboard.press('n');
  await expect(current()).toHaveAttribute('data-registration-id', reg('full').id);
  await expect(page.getByTestId('household-figures')).toHaveAttribute('data-approved', '1');
  await expect(page.getByTestId('household-figures')).toHaveAttribute('data-size', '1');
  await expect(evidence('household')).toHaveAttribute('data-mark', 'warn');
  await expect(evidence('household')).toContainText('再通过将超出户内登记人数');

  // The same ID already holds a pass elsewhere (the centre's match).
  await page.keyboard.press('ArrowDown');
  await expect(current()).toHaveAttribute('data-registration-id', reg('elsewhere').id);
  await expect(evidence('id')).toHaveAttribute('data-mark', 'warn');
  await expect(evidence('id')).toContainText('已在 1 处地址持有 1 张通行证');
  await expect(rowOf(reg('elsewhere').id)).toHaveAttribute('data-warnings', 'id-elsewhere');
});

test('batch approve takes only the registrations with no warning, after confirming', async () => {
  const qualifying = await page
    .locator('[data-testid="queue-list"] li[data-warnings=""]')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-registration-id') ?? ''));
  for (const k of ['batch1', 'batch2', 'batch3']) expect(qualifying).toContain(reg(k).id);
  for (const k of ['red', 'full', 'elsewhere']) expect(qualifying).not.toContain(reg(k).id);
  await expect(page.getByTestId('batch-open')).toHaveAttribute('data-count', String(qualifying.length));
  await page.keyboard.press('b');
  await expect(page.getByTestId('batch-body')).toHaveAttribute('data-count', String(qualifying.length));
  await expect(page.getByTestId('batch-body')).toContainText(`有 ${qualifying.length} 条没有任何警示`);
  await expect(page.getByTestId('batch-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(announce()).toContainText(`已批量通过 ${qualifying.length} 条。`);
  for (const id of qualifying) await expect(rowOf(id)).toHaveCount(0);
  // the demo city's own clean registrations in the window are approved with this test's
  batchApproved = qualifying;
  for (const k of ['red', 'full', 'elsewhere']) await expect(rowOf(reg(k).id)).toHaveCount(1);

  // In the cache: who decided, when, why, and the validity window.
  const rows = new Map((await readTable<PassRegistration>(page, 'passRegistrations')).map((r) => [r.id, r]));
  const approved = ['clean', 'batch1', 'batch2', 'batch3'].map((k) => rows.get(reg(k).id));
  for (const r of approved) {
    expect(r).toMatchObject({ status: 'approved', reviewedBy: officerId, reason: null });
    expect(r!.validUntil - r!.validFrom).toBe(DEFAULT_PASS_DAYS * DAY);
  }
  expect(rows.get(reg('unknown').id)).toMatchObject({
    status: 'rejected',
    reviewedBy: officerId,
    reason: 'address-not-found',
  });
  for (const k of ['red', 'full', 'elsewhere']) expect(rows.get(reg(k).id)?.status).toBe('pending');
});

test('every decision is audited at the workstation and synced to the centre', async () => {
  const decided = [...new Set([...['clean', 'unknown'].map((k) => reg(k).id), ...batchApproved])];
  const audit = (
    await readTable<{ who: string; entity: string; entityId: string; after: { status?: string } | null }>(
      page,
      'audit',
    )
  ).filter((a) => a.entity === 'passRegistrations');
  expect(audit.map((a) => a.entityId).sort()).toEqual([...decided].sort());
  for (const a of audit) expect(a.who).toBe(officerId);

  // The 审计 screen lists them in words.
  await page.getByRole('menuitem', { name: '审计' }).click();
  await expect(page.getByTestId('audit-screen')).toBeVisible();
  await page.getByTestId('audit-filter-entity').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="通行证登记"]').click();
  await expect(page.getByTestId('audit-count')).toHaveText(`共 ${audit.length} 条`);
  // newest first: the batch's approvals head the list
  await expect(page.locator('.ant-table-row').first()).toContainText('已通过');

  // Uploaded: the outbox empties and the centre holds each decision, made by this officer.
  await expect.poll(async () => (await readTable(page, 'outbox')).length, { timeout: 60_000 }).toBe(0);
  const pulled = await device.pull(createdSeq);
  const atCentre = new Map(
    pulled.changes.filter((c) => c.entity === 'passRegistrations').map((c) => [c.id, c.row]),
  );
  for (const id of [reg('clean').id, ...batchApproved])
    expect(atCentre.get(id)).toMatchObject({
      status: 'approved',
      reviewedBy: officerId,
      updatedBy: officerId,
    });
  expect(atCentre.get(reg('unknown').id)).toMatchObject({ status: 'rejected', reason: 'address-not-found' });
  expect(atCentre.has(reg('red').id)).toBe(false);
});

test('an approved pass is revoked from its detail with a reason, and that syncs too', async () => {
  await page.evaluate(() => (location.hash = '#/passes'));
  await page.getByRole('tab', { name: '已审核' }).click();
  // among the demo city's thousands of passes, the search finds it by its registration no.
  await page
    .getByTestId('decided-search')
    .locator('input')
    .fill(String(reg('clean').patch.externalRef));
  await page.keyboard.press('Enter');
  const row = page.locator(`[data-testid="decided-panel"] tr[data-registration-id="${reg('clean').id}"]`);
  await row.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByTestId('registration-drawer');
  await expect(drawer.getByTestId('reg-status')).toHaveText('已通过');
  await expect(drawer.getByTestId('evidence-address')).toHaveAttribute('data-mark', 'ok');
  await drawer.getByTestId('revoke-open').focus();
  await page.keyboard.press('Enter');
  await expect(drawer.getByTestId('reason-list')).toBeFocused();
  await page.keyboard.press('7');
  await page.keyboard.press('Enter');
  await expect(drawer.getByTestId('drawer-announce')).toContainText('已注销 王*明 的通行证：已搬离。');
  await expect(drawer.getByTestId('reg-status')).toHaveText('已注销');
  await expect.poll(async () => (await readTable(page, 'outbox')).length, { timeout: 60_000 }).toBe(0);
  const pulled = await device.pull(createdSeq);
  const last = pulled.changes.filter((c) => c.id === reg('clean').id).at(-1);
  expect(last?.row).toMatchObject({ status: 'revoked', reason: 'moved-out', reviewedBy: officerId });
});
