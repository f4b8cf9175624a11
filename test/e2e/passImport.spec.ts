/**
 * Pass registrations 通行证登记 by file, as the duty officer imports the city system's files
 * (station demo cache, file picker): a CSV with refused rows names each bad line and its
 * reason and writes nothing; a clean CSV (UTF-8 with a BOM, CRLF) imports its good and flagged
 * rows pending, masked, matched to their households — with no centre key, masks only, and the
 * wizard says so; an XLSX with a replayed 登记编号 and an ID Excel turned into a number is
 * refused by line; without those rows it imports, each valid ID sealed to the (planted) centre
 * key under its registration's id — opened here with the centre's own code. Every expectation
 * about the cache is read from raw IndexedDB, which never holds a full ID number or name.
 */
import { expect, type Page } from '@playwright/test';
import type { ResidentIdEnvelope } from '#common/identity/envelopeFormat';
import { ImportPage } from './pages/ImportPage';
import { putRaw, readTable } from './support/rawCache';
import {
  centreKeys,
  csvFile,
  fixtureRows,
  fixtureText,
  xlsxFile,
  type Address,
} from './support/passImportFiles';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });
// each test reads the 9,000-row registration table raw a few times; generous under load
test.setTimeout(240_000);
test.use({ stationOptions: { url: '/?demo=station', ready: ({ page }) => new ImportPage(page).open() } });

interface Registration {
  id: string;
  source: string;
  status: string;
  externalRef: string;
  maskedName: string;
  idMasked: string;
  idEnvelope?: ResidentIdEnvelope | null;
  householdId: string | null;
  gridId: string | null;
  householdRole: string;
  healthCode: string;
  flags: string[];
  deleted: boolean;
}
interface OutboxRow {
  entity: string;
  id: string;
  patch: Record<string, unknown>;
}

let page: Page;
let imp: ImportPage;
let addresses: Address[] = [];
let addressesOf: Page | null = null;

/** Full names and ID numbers the fixtures hold (rows that may be written). */
const NAMES = ['陈晓东', '陈小红', '林美玲', '黄志强', '郑涛', '吴敏', '蔡丽华', '许俊杰', '洪秋月'];

test.beforeEach(async ({ station }) => {
  page = station.page;
  imp = new ImportPage(page);
  if (addressesOf !== page) {
    addressesOf = page;
    const households = await readTable<Address & { deleted: boolean }>(page, 'households');
    addresses = households.filter((h) => !h.deleted && h.building !== '' && h.room !== '').slice(0, 3);
    expect(addresses).toHaveLength(3);
  }
});

const imported = async () =>
  (await readTable<Registration>(page, 'passRegistrations')).filter((r) => r.source === 'file-import');

/** Neither a full ID number (nor its birth date) nor a full name anywhere a registration went. */
async function expectNothingInFull(ids: readonly string[]): Promise<void> {
  const [registrations, outbox, audit, meta] = await Promise.all([
    readTable<Registration>(page, 'passRegistrations'),
    readTable<OutboxRow>(page, 'outbox'),
    readTable(page, 'audit'),
    readTable(page, 'meta'),
  ]);
  for (const [table, rows] of Object.entries({ registrations, outbox, audit, meta })) {
    const text = JSON.stringify(rows);
    for (const id of ids) {
      expect(text, table).not.toContain(id);
      expect(text, table).not.toContain(id.slice(6, 14));
    }
  }
  const written = JSON.stringify([
    ...registrations.filter((r) => r.source === 'file-import'),
    ...outbox.filter((m) => m.entity === 'passRegistrations'),
  ]);
  for (const name of NAMES) expect(written).not.toContain(name);
}

const idsOf = (text: string) => fixtureRows(text).slice(1).map((r) => r[1]!);

async function flaggedLines(): Promise<Record<string, string>> {
  const rows = imp.wizard('passRegistrations').getByTestId('import-pass-flagged').locator('[data-line]');
  await expect(rows.first()).toBeVisible();
  const pairs = await rows.evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-line') ?? '', el.getAttribute('data-flags') ?? ''] as const),
  );
  return Object.fromEntries(pairs);
}

test('a registration CSV with refused rows names each line and reason, and writes nothing', async () => {
  const [before, outbox] = await Promise.all([
    readTable(page, 'passRegistrations'),
    readTable(page, 'outbox'),
  ]);
  const text = fixtureText('mixed.csv', addresses);
  await imp.upload('passRegistrations', csvFile('市登记系统_通行证登记.csv', text));
  await imp.expectStep('passRegistrations', 'mapping');
  const wizard = imp.wizard('passRegistrations');
  await expect(wizard.getByTestId('mapping-idNumber')).toContainText('身份证号');
  await expect(wizard.getByTestId('mapping-externalRef')).toContainText('登记编号');
  // the preview shows residents masked
  const preview = (await wizard.getByTestId('import-preview-table').textContent()) ?? '';
  expect(preview).toContain('陈*东');
  expect(preview).toContain('3502**********5610');
  for (const id of idsOf(text)) expect(preview).not.toContain(id);
  expect(preview).not.toContain('陈晓东');
  expect(preview).not.toContain('13812345678');
  await imp.screenshot('pass-import-mapping');
  await imp.check('passRegistrations');

  expect(await imp.counts('passRegistrations')).toEqual({ total: 9, creates: 3, updates: 0, unchanged: 0, bad: 6 });
  const rows = await imp.issueRows('passRegistrations');
  const expected: Array<[number, string, string]> = [
    [4, '手机号', '手机号须为以 1 开头的 11 位数字'],
    [5, '姓名', '姓名只能包含汉字、字母和间隔号'],
    [6, '健康码', '健康码须为“绿”“黄”或“红”'],
    [7, '提交时间', '不是有效的日期时间'],
    [8, '身份证号', '身份证号须为 18 位'],
    [9, '登记编号', '与第 2 行重复'],
  ];
  expect(rows).toHaveLength(expected.length);
  expected.forEach(([line, column, reason], i) => {
    expect(rows[i]).toContain(`第 ${line} 行 | ${column} | ${reason}`);
  });
  for (const id of idsOf(text)) expect(rows.join('\n')).not.toContain(id);
  await expect(wizard.getByTestId('import-has-issues')).toContainText('整个文件都不会导入');
  await expect(imp.applyButton('passRegistrations')).toBeDisabled();
  expect(await flaggedLines()).toEqual({ '3': 'address-unknown', '10': 'id-check-digit' });
  await imp.screenshot('pass-import-refused');

  expect(await readTable(page, 'passRegistrations')).toEqual(before);
  expect(await readTable(page, 'outbox')).toHaveLength(outbox.length);
});

test('a clean CSV imports good and flagged rows pending and masked; without a centre key, masks only', async () => {
  const outbox = await readTable(page, 'outbox');
  const text = fixtureText('clean.csv', addresses);
  await imp.upload('passRegistrations', csvFile('通行证登记_0930.csv', text, { bom: true, crlf: true }));
  await imp.check('passRegistrations');
  const wizard = imp.wizard('passRegistrations');
  await expect(wizard.getByTestId('import-encoding')).toContainText('UTF-8');
  expect(await imp.counts('passRegistrations')).toEqual({ total: 7, creates: 7, updates: 0, unchanged: 0, bad: 0 });
  await expect(wizard.getByTestId('import-clean')).toBeVisible();
  await expect(wizard.getByTestId('import-pass-no-key')).toContainText('尚未取得中心公钥');
  expect(await flaggedLines()).toEqual({
    '4': 'address-unknown',
    '5': 'address-malformed',
    '6': 'id-check-digit',
    '7': 'date-impossible',
    '8': 'duplicate',
  });
  await expect(wizard.getByTestId('import-pass-flagged')).toContainText('疑似重复登记');
  await imp.screenshot('pass-import-flagged');
  await wizard.getByTestId('import-apply').click();
  await imp.expectStep('passRegistrations', 'applied');

  const rows = new Map((await imported()).map((r) => [r.externalRef, r]));
  expect(rows.size).toBe(7);
  const [h1, h2, h3] = addresses as [Address, Address, Address];
  const expected: Record<string, Partial<Registration>> = {
    'E2E-C-001': { maskedName: '陈*东', idMasked: '3502**********5610', householdId: h1.id, gridId: h1.gridId, householdRole: 'head', flags: [] },
    'E2E-C-002': { maskedName: '陈*红', householdId: h1.id, householdRole: 'member', flags: [] },
    'E2E-C-003': { maskedName: '林*玲', householdId: null, gridId: null, householdRole: 'tenant', healthCode: 'yellow', flags: ['address-unknown'] },
    'E2E-C-004': { householdId: null, flags: ['address-malformed'] },
    'E2E-C-005': { householdId: h2.id, healthCode: 'red', flags: ['id-check-digit'] },
    'E2E-C-006': { householdId: h3.id, flags: ['date-impossible'] },
    'E2E-C-007': { householdId: h3.id, householdRole: 'tenant', flags: ['duplicate'] },
  };
  for (const [ref, want] of Object.entries(expected)) {
    const row = rows.get(ref);
    expect(row, ref).toMatchObject({ ...want, source: 'file-import', status: 'pending', deleted: false });
    expect(row?.idEnvelope ?? null, ref).toBeNull();
  }
  const added = await readTable<OutboxRow>(page, 'outbox');
  expect(added.length - outbox.length).toBe(7);
  await expectNothingInFull(idsOf(text));
});

test('an XLSX replaying a registration number is refused by line; without it, IDs are sealed to the centre key', async () => {
  const keys = await centreKeys();
  await putRaw(page, 'meta', { key: 'identityKey', value: { ...keys.key, fetchedAt: Date.now() } });
  const [before, outbox] = await Promise.all([imported(), readTable(page, 'outbox')]);
  const rows = fixtureRows(fixtureText('xlsx-rows.csv', addresses));
  await imp.upload('passRegistrations', await xlsxFile('通行证登记_1000.xlsx', rows, [6]));
  await imp.check('passRegistrations');
  const issues = await imp.issueRows('passRegistrations');
  expect(issues).toHaveLength(2);
  expect(issues[0]).toContain('第 5 行 | 登记编号 | 该登记编号已导入过');
  expect(issues[1]).toContain('第 6 行 | 身份证号 | 身份证号被 Excel 存成了数字');
  await expect(imp.applyButton('passRegistrations')).toBeDisabled();
  expect(await imported()).toEqual(before);
  expect(await readTable(page, 'outbox')).toHaveLength(outbox.length);

  const good = rows.slice(0, 4);
  await imp.upload('passRegistrations', await xlsxFile('通行证登记_1001.xlsx', good));
  await imp.check('passRegistrations');
  const wizard = imp.wizard('passRegistrations');
  expect(await imp.counts('passRegistrations')).toEqual({ total: 3, creates: 3, updates: 0, unchanged: 0, bad: 0 });
  await expect(wizard.getByTestId('import-pass-sealed')).toContainText('加密封存');
  await imp.screenshot('pass-import-xlsx');
  await wizard.getByTestId('import-apply').click();
  await imp.expectStep('passRegistrations', 'applied');

  const byRef = new Map((await imported()).map((r) => [r.externalRef, r]));
  const [, h2, h3] = addresses as [Address, Address, Address];
  expect(byRef.get('E2E-X-001')).toMatchObject({ maskedName: '蔡*华', householdId: h2.id, healthCode: 'green', householdRole: 'head' });
  expect(byRef.get('E2E-X-002')).toMatchObject({ maskedName: '许*杰', householdId: h3.id, healthCode: 'yellow', householdRole: 'tenant' });
  expect(byRef.get('E2E-X-003')).toMatchObject({ householdId: null, flags: ['address-unknown'] });
  for (const [ref, cells] of good.slice(1).map((r) => [r[11]!, r] as const)) {
    const row = byRef.get(ref)!;
    expect(row.idEnvelope, ref).toBeTruthy();
    // the centre opens it under the registration's own id, and under no other
    expect(await keys.open(row.idEnvelope!, row.id)).toBe(cells[1]);
    expect(await keys.open(row.idEnvelope!, before[0]!.id)).toBeNull();
  }
  await expectNothingInFull(idsOf(fixtureText('xlsx-rows.csv', addresses)));
});
