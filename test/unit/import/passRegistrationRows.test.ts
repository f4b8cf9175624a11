/**
 * The pass-registration file reader (common/import/passes/): good rows become pending
 * registrations matched to their household by the standard-address key; each kind of bad row
 * is refused with its line, column and reason; flagged rows (unknown or malformed address,
 * failing check digit, impossible dates, duplicates) import with their flags; a replayed
 * 登记编号 is refused. Read from a GBK CSV with CRLF, a UTF-8 CSV with a BOM and an XLSX with
 * typed cells. No issue and no row ever holds a name, an ID number or a phone in full.
 */
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { residentIdCheckChar } from '#common/domain/residentId';
import { householdKey } from '#common/domain/addressKey';
import { householdKey as householdImportKey } from '#common/import/households/householdRows';
import {
  createPassRegistrationChecker,
  passRegistrationBasis,
  passRegistrationFields,
  personKey,
  type PassRegistrationBasis,
} from '#common/import/passes/passRegistrationRows';
import { maskPassPreview } from '#common/import/passes/passPreviewMask';
import { readRegistrationTime } from '#common/import/passes/registrationTime';
import { readCsvStream } from '#common/import/tables/csvStream';
import { shapeTable, suggestColumns, unmappedRequired, type Cell, type TableShape } from '#common/import/tables/tableShape';
import { passRegistrationSchema } from '#common/schemas';
import { encodeGbk } from './gbkEncode';

const NOW = Date.UTC(2022, 8, 30, 4, 0); // 2022-09-30 12:00 in Xiamen
const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);
const ID1 = withCheck('35020619790823561');
const ID2 = withCheck('35020619850101123');
const ID3 = withCheck('35021220010615004');
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const H1 = { id: '0b5e2c1a-6f3d-4e8a-9c21-000000000001', gridId: '0b5e2c1a-6f3d-4e8a-9c21-0000000000a1' };
const H2 = { id: '0b5e2c1a-6f3d-4e8a-9c21-000000000002', gridId: '0b5e2c1a-6f3d-4e8a-9c21-0000000000a2' };
const households = [
  { ...H1, address: '金尚路123号 3栋 2单元 501', building: '3', unit: '2', room: '501', deleted: false },
  { ...H2, address: '梧侣下宅23号', building: '', unit: '', room: '', deleted: false },
];

const HEADER = ['姓名', '身份证号', '手机号', '地址', '楼栋', '单元', '房号', '户内身份', '健康码', '健康码时间', '提交时间', '登记编号'];
const A1 = ['金尚路123号 3栋 2单元 501', '3', '2', '501'];
const A2 = ['梧侣下宅23号', '', '', ''];
const row = (over: Partial<Record<string, Cell>>, address = A1): Cell[] => {
  const base: Record<string, Cell> = {
    姓名: '陈晓东',
    身份证号: ID1,
    手机号: '13812345678',
    地址: address[0],
    楼栋: address[1],
    单元: address[2],
    房号: address[3],
    户内身份: '户主',
    健康码: '绿',
    健康码时间: '2022-09-30 09:00',
    提交时间: '2022-09-30 10:21',
    登记编号: 'XM20220930001',
    ...over,
  };
  return HEADER.map((h) => base[h] ?? '');
};

const emptyBasis = (): PassRegistrationBasis => passRegistrationBasis(households, []);

function check(table: TableShape, basis: PassRegistrationBasis = emptyBasis()) {
  const mapping = suggestColumns(table.header, passRegistrationFields);
  expect(unmappedRequired(mapping, passRegistrationFields)).toEqual([]);
  const checker = createPassRegistrationChecker(table, mapping, basis, { now: NOW });
  for (const r of table.rows) checker.check(r);
  return checker.result();
}
const checkCells = (rows: Cell[][], basis?: PassRegistrationBasis) =>
  check(shapeTable([HEADER, ...rows], passRegistrationFields), basis);

/** Nothing personal in full: no ID number, no name, no phone. */
function expectNothingPersonal(value: unknown, { phones = true } = {}) {
  const text = JSON.stringify(value);
  const names = ['陈晓东', '林美玲'];
  for (const id of [ID1, ID2, ID3]) {
    expect(text).not.toContain(id);
    expect(text).not.toContain(id.slice(6, 14));
  }
  for (const name of names) expect(text).not.toContain(name);
  // rows keep the phone whole (masked on screen); issues and the preview never show it
  if (phones) expect(text).not.toMatch(/1\d{10}/);
}

describe('pass registration rows', () => {
  it('shares the cache’s standard-address key with the household import', () => {
    for (const h of households) expect(householdKey(h)).toBe(householdImportKey(h));
    expect(householdKey({ address: ' 金尚路123号  3栋 2单元 501', building: '3 ', unit: '2', room: '501' })).toBe(
      householdKey(households[0]!),
    );
  });

  it('turns good rows into pending, masked registrations matched to their household', () => {
    const result = checkCells([
      row({}),
      row({ 姓名: '林美玲', 身份证号: ID2.toLowerCase(), 手机号: '+86 139-0000-1111', 户内身份: '租户', 健康码: '黄码', 登记编号: 'XM20220930002' }, A2),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.flagged).toEqual([]);
    expect(result.candidates.map((c) => c.line)).toEqual([2, 3]);
    const [first, second] = result.candidates.map((c) => c.fields);
    expect(first).toMatchObject({
      source: 'file-import',
      status: 'pending',
      maskedName: '陈*东',
      idMasked: `3502**********${ID1.slice(14)}`,
      phone: '13812345678',
      householdId: H1.id,
      gridId: H1.gridId,
      householdRole: 'head',
      healthCode: 'green',
      healthCodeAt: Date.UTC(2022, 8, 30, 1, 0),
      submittedAt: Date.UTC(2022, 8, 30, 2, 21),
      externalRef: 'XM20220930001',
      reviewedBy: null,
      reason: null,
      flags: [],
    });
    expect(first!.validUntil - first!.validFrom).toBe(7 * 86_400_000);
    expect(second).toMatchObject({ maskedName: '林*玲', householdId: H2.id, householdRole: 'tenant', healthCode: 'yellow', phone: '13900001111' });
    // the valid number goes out only for sealing, normalised; the row holds masks
    expect(result.candidates.map((c) => c.sealable)).toEqual([ID1, ID2]);
    expectNothingPersonal(result.candidates.map((c) => c.fields), { phones: false });
    for (const c of result.candidates)
      expect(
        passRegistrationSchema.safeParse({
          ...c.fields,
          id: H1.id,
          stationId: H1.gridId,
          version: 0,
          updatedAt: NOW,
          updatedBy: 'x',
          deleted: false,
        }).success,
      ).toBe(true);
  });

  it('imports unknown and malformed addresses, bad check digits, impossible dates and duplicates flagged', () => {
    const unknown = ['金尚路123号 53栋 2单元 501', '53', '2', '501'];
    const malformed = ['金尚路附近 501', '', '', ''];
    const chineseBuilding = ['金尚路123号三栋501', '三', '2', '501'];
    const result = checkCells([
      row({ 登记编号: 'R1' }, unknown),
      row({ 登记编号: 'R2', 身份证号: ID2 }, malformed),
      row({ 登记编号: 'R3', 身份证号: ID3 }, chineseBuilding),
      row({ 登记编号: 'R4', 身份证号: wrongCheck(ID2) }),
      row({ 登记编号: 'R5', 身份证号: withCheck('35020619791332561') }),
      row({ 登记编号: 'R6', 身份证号: ID3, 提交时间: '2022-02-30 10:00' }, A2),
      row({ 登记编号: 'R7', 身份证号: withCheck('35020619790823999'), 提交时间: '2022-10-05 10:00' }, A2),
      row({ 登记编号: 'R8', 身份证号: withCheck('35020619790823998'), 提交时间: '2019-05-01 10:00' }, A2),
      row({ 登记编号: 'R9', 身份证号: ID1 }, A2),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.flagged).toEqual([
      { line: 2, flags: ['address-unknown'] },
      { line: 3, flags: ['address-malformed'] },
      { line: 4, flags: ['address-malformed'] },
      { line: 5, flags: ['id-check-digit'] },
      { line: 6, flags: ['date-impossible'] },
      { line: 7, flags: ['date-impossible', 'duplicate'] },
      { line: 8, flags: ['date-impossible'] },
      { line: 9, flags: ['date-impossible'] },
      { line: 10, flags: ['duplicate'] },
    ]);
    const byRef = new Map(result.candidates.map((c) => [c.fields.externalRef, c]));
    expect(byRef.get('R1')!.fields).toMatchObject({ householdId: null, gridId: null, status: 'pending' });
    // a failing number is kept masked, and not sealed (the centre could not open it)
    expect(byRef.get('R4')!.sealable).toBeNull();
    expect(byRef.get('R4')!.fields.idMasked).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    // an impossible submission time stands in as the time the file was checked
    expect(byRef.get('R6')!.fields.submittedAt).toBe(NOW);
    expect(byRef.get('R7')!.fields.submittedAt).toBe(Date.UTC(2022, 9, 5, 2, 0));
    // only `sealable` (for the envelope) holds a number
    const { candidates, ...rest } = result;
    expectNothingPersonal([candidates.map((c) => c.fields), rest], { phones: false });
  });

  it('flags the same person already pending or approved at that address in the cache', () => {
    const stored = {
      externalRef: 'OLD-1',
      idMasked: `3502**********${ID1.slice(14)}`,
      maskedName: '陈*东',
      claimedAddress: { address: A1[0]!, building: '3', unit: '2', room: '501' },
      status: 'approved' as const,
      deleted: false,
    };
    const basis = passRegistrationBasis(households, [stored]);
    expect(basis.people.has(personKey(stored))).toBe(true);
    expect(checkCells([row({})], basis).flagged).toEqual([{ line: 2, flags: ['duplicate'] }]);
    // a rejected one is no duplicate: registering again is how a rejection is answered
    const rejected = passRegistrationBasis(households, [{ ...stored, status: 'rejected' }]);
    expect(checkCells([row({})], rejected).flagged).toEqual([]);
  });

  it('refuses each kind of bad row with its line, column and reason, and says nothing personal', () => {
    const result = checkCells([
      row({ 姓名: '', 登记编号: 'B1' }),
      row({ 姓名: '=HYPERLINK("http://x","陈晓东")', 登记编号: 'B2' }),
      row({ 身份证号: '35020619790823', 登记编号: 'B3' }),
      row({ 身份证号: 350206197908235600, 登记编号: 'B4' }),
      row({ 手机号: '0592-5551234', 登记编号: 'B5' }),
      row({ 户内身份: '邻居', 登记编号: 'B6' }),
      row({ 健康码: '蓝', 登记编号: 'B7' }),
      row({ 提交时间: '昨天下午', 登记编号: 'B8' }),
      row({ 登记编号: 'B9' }, ['=cmd|"/c calc"!A1', '', '', '']),
      row({ 登记编号: 'GOOD-1' }),
      row({ 登记编号: 'GOOD-1', 身份证号: ID2 }),
      row({ 登记编号: 'OLD-1', 身份证号: ID3 }),
      row({ 登记编号: '' }),
    ], passRegistrationBasis(households, [
      {
        externalRef: 'OLD-1',
        idMasked: '3502**********0000',
        maskedName: '王*',
        claimedAddress: { address: A2[0]!, building: '', unit: '', room: '' },
        status: 'rejected',
        deleted: false,
      },
    ]));
    const issues = result.issues.map((i) => [i.line, i.column, i.code, i.params.need ?? i.params.field ?? i.params.other ?? '']);
    expect(issues).toEqual([
      [2, '姓名', 'missing', ''],
      [3, '姓名', 'invalid', 'personName'],
      [4, '身份证号', 'invalid', 'idNumber'],
      [5, '身份证号', 'invalid', 'idNumberText'],
      [6, '手机号', 'invalid', 'phone'],
      [7, '户内身份', 'invalid', 'role'],
      [8, '健康码', 'invalid', 'healthCode'],
      [9, '提交时间', 'invalid', 'submittedAt'],
      [10, '地址', 'invalid', 'formula'],
      [12, '登记编号', 'duplicate', 11],
      [13, '登记编号', 'replayed', ''],
      [14, '登记编号', 'missing', ''],
    ]);
    expect(result.candidates.map((c) => c.line)).toEqual([11]);
    expectNothingPersonal(result.issues);
  });

  it('reads a GBK CSV with CRLF line ends, and a UTF-8 CSV with a BOM, to the same rows', async () => {
    const lines = [HEADER.join(','), row({}).join(','), row({ 登记编号: 'R2', 身份证号: ID2, 姓名: '林美玲' }, A2).join(',')];
    const gbk = encodeGbk(lines.join('\r\n'));
    const bom = new TextEncoder().encode('\uFEFF' + lines.join('\n'));
    const results = [];
    for (const bytes of [gbk, bom]) {
      const read = await readCsvStream(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
        fields: passRegistrationFields,
        maxRows: 100,
        maxColumns: 50,
      });
      if (!read.ok) throw new Error(read.refusal.code);
      results.push({ encoding: read.encoding, result: check(read.table) });
    }
    expect(results.map((r) => r.encoding)).toEqual(['gb18030', 'utf-8']);
    expect(results[0]!.result).toEqual(results[1]!.result);
    expect(results[0]!.result.candidates.map((c) => [c.line, c.fields.maskedName, c.fields.householdId])).toEqual([
      [2, '陈*东', H1.id],
      [3, '林*玲', H2.id],
    ]);
  });

  it('reads an XLSX with typed cells: a date cell, a numeric phone, an ID Excel turned into a number', async () => {
    const head = HEADER.map((value) => ({ value }));
    const cellsOf = (over: Record<string, unknown>) =>
      HEADER.map((h, i) => {
        const value = h in over ? over[h] : row({})[i];
        if (value instanceof Date) return { value, format: 'yyyy-mm-dd hh:mm' };
        return { value: value as string | number };
      });
    const buffer = await writeXlsxFile([
      head,
      cellsOf({ 提交时间: new Date(Date.UTC(2022, 8, 30, 10, 21)), 手机号: 13812345678 }),
      cellsOf({ 身份证号: 350206197908235600, 登记编号: 'X2' }),
    ]).toBuffer();
    const table = shapeTable((await readSheet(buffer)) as Cell[][], passRegistrationFields);
    const result = check(table);
    expect(result.candidates.map((c) => [c.line, c.fields.submittedAt, c.fields.phone])).toEqual([
      [2, Date.UTC(2022, 8, 30, 2, 21), '13812345678'],
    ]);
    expect(result.issues.map((i) => [i.line, i.params.need])).toEqual([[3, 'idNumberText']]);
  });
});

describe('registration times', () => {
  it('reads the station’s wall-clock time in the forms a city export uses', () => {
    const at = Date.UTC(2022, 8, 30, 2, 21);
    for (const text of ['2022-09-30 10:21', '2022/9/30 10:21', '2022年9月30日 10时21分', '2022-09-30T10:21:00+08:00', '2022-09-30T02:21:00Z'])
      expect(readRegistrationTime(text), text).toEqual({ kind: 'ok', ms: at });
    expect(readRegistrationTime('2022-09-30')).toEqual({ kind: 'ok', ms: Date.UTC(2022, 8, 29, 16, 0) });
    expect(readRegistrationTime(44834.5)).toEqual({ kind: 'ok', ms: Date.UTC(2022, 8, 30, 4, 0) });
  });

  it('tells an impossible date from text that is no date', () => {
    for (const text of ['2022-02-30 10:00', '2022-13-01', '2022-09-30 25:00', '2022-09-30 10:61'])
      expect(readRegistrationTime(text).kind, text).toBe('impossible');
    for (const text of ['', '昨天', '30/09/2022 10:00', '2022-09-30 10', 'NaN'])
      expect(readRegistrationTime(text).kind, text).toBe('invalid');
  });
});

describe('the mapping step’s preview of a registration file', () => {
  it('masks names, ID numbers and phones, and keeps addresses and codes readable', () => {
    const table = shapeTable([HEADER, row({}), row({ 姓名: '林美玲', 身份证号: ID2 }, A2)], passRegistrationFields);
    const preview = table.rows.map((r) => r.cells.map((c) => String(c ?? '')));
    const masked = maskPassPreview(preview, suggestColumns(table.header, passRegistrationFields));
    expectNothingPersonal(masked);
    expect(masked[0]).toEqual([
      '陈*东',
      `3502**********${ID1.slice(14)}`,
      '138****5678',
      A1[0],
      '3',
      '2',
      '501',
      '户主',
      '绿',
      '2022-09-30 09:00',
      '2022-09-30 10:21',
      'XM20220930001',
    ]);
  });
});
