/**
 * The rules of the import screen that are not the importers themselves: the mapping step's
 * validation, the wording of every issue code in both languages, the error report's cells,
 * hostile file names, and address rows identified by record id.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { gridImportIssueCodes } from '#common/import/grids/gridImportIssues';
import { rowIssueCodes } from '#common/import/tables/rowIssues';
import { shapeTable, suggestColumns, type Cell } from '#common/import/tables/tableShape';
import { checkHouseholdRows, householdFields } from '#common/import/households/householdRows';
import { planHouseholdImport } from '#common/import/households/planHouseholdImport';
import type { Grid, Household } from '#common/schemas';
import { makeTranslate } from '#renderer/i18n/translate';
import { importKindSpecs } from '#renderer/features/imports/importKinds';
import { mappingProblems } from '#renderer/features/imports/mappingForm';
import { startingMapping } from '#renderer/features/imports/mappingMemory';
import { issueReason, tableFileIssueCodes } from '#renderer/features/imports/issueText';
import { errorReportText } from '#renderer/features/imports/errorReport';
import { displayFileName, importFileName } from '#renderer/features/imports/importFileNames';
import type { ImportIssue } from '#renderer/features/imports/importMessages';

describe('mapping step validation', () => {
  const households = importKindSpecs.households;
  it('needs the required fields, one field per column and a way to place each address', () => {
    expect(mappingProblems(households, { address: null, gridCode: 1 })).toEqual({
      address: { code: 'required' },
    });
    expect(mappingProblems(households, { address: 0, gridCode: 0 })).toEqual({
      gridCode: { code: 'same-column', other: 'address' },
    });
    expect(mappingProblems(households, { address: 0, lng: 2, lat: null })).toEqual({
      lat: { code: 'lnglat-pair' },
    });
    expect(mappingProblems(households, { address: 0 })).toEqual({ gridCode: { code: 'locate' } });
    expect(mappingProblems(households, { address: 0, lng: 1, lat: 2 })).toEqual({});
    expect(mappingProblems(importKindSpecs.grids, { code: 0, name: 1, community: 2, street: null })).toEqual(
      {},
    );
  });
});

describe('remembered mapping', () => {
  it('takes the remembered column names this file has, and the guess for the rest', () => {
    const columns = ['编号', '门牌', '网格', '地址ID'];
    const suggested = { id: 3, address: null, gridCode: 2 };
    const remembered = { fields: { id: null, address: '门牌', gridCode: '旧网格列' }, savedAt: 0 };
    expect(startingMapping(columns, suggested, remembered)).toEqual({ id: 3, address: 1, gridCode: 2 });
    expect(startingMapping(columns, suggested, null)).toEqual(suggested);
  });
});

describe('issue wording', () => {
  const codes = [...gridImportIssueCodes, ...rowIssueCodes, ...tableFileIssueCodes];
  it.each(['zh-CN', 'en'] as const)('words every issue code in %s, with its facts', (language) => {
    const t = makeTranslate(language);
    for (const code of codes) {
      const text = issueReason(t, 'households', { scope: 'row', at: 2, column: null, code, params: {} });
      expect(text, code).not.toBe(code);
      expect(text, code).not.toMatch(/^imports(Tables)?\./);
    }
    const overlap = issueReason(t, 'grids', {
      scope: 'feature',
      at: 3,
      column: null,
      code: 'overlap',
      params: { other: 'HS-01', percent: 12.5 },
    });
    expect(overlap).toContain('HS-01');
    expect(overlap).toContain('12.5');
  });

  it('names the field, and picks the precise wording where there is one', () => {
    const t = makeTranslate('zh-CN');
    const issue = (code: string, params: ImportIssue['params']): ImportIssue => ({
      scope: 'row',
      at: 5,
      column: null,
      code,
      params,
    });
    expect(issueReason(t, 'grids', issue('missing-field', { field: 'community' }))).toBe('“所属社区”为空。');
    expect(issueReason(t, 'households', issue('missing', { need: 'lnglat' }))).toBe(
      '位置须同时填写经度和纬度。',
    );
    expect(issueReason(t, 'officers', issue('invalid', { field: 'phone', reason: 'x' }))).toContain(
      '11 位数字',
    );
  });
});

describe('error report', () => {
  it('is a CSV naming line, column and reason, with cells a spreadsheet would run guarded', () => {
    const t = makeTranslate('zh-CN');
    const text = errorReportText(t, 'households', [
      { scope: 'row', at: 3, column: '=户籍人数', code: 'not-a-number', params: { value: '@SUM(A1)' } },
      { scope: 'file', at: null, column: null, code: 'no-rows', params: {} },
    ]);
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows).toEqual([
      ['位置', '列', '问题'],
      ['第 3 行', "'=户籍人数", '“@SUM(A1)”不是数字。'],
      ['整个文件', '', '表格中没有数据行。'],
    ]);
  });
});

describe('file names', () => {
  it('shows control and invisible characters written out, and cuts long names', () => {
    expect(displayFileName('../../etc/\u202Egnp.csv')).toBe('../../etc/\\u{202e}gnp.csv');
    expect(displayFileName('a\u0000b.csv')).toBe('a\\u{0}b.csv');
    expect([...displayFileName('长'.repeat(500))]).toHaveLength(120);
  });

  it('names exports from the station and the date, never from a picked file', () => {
    expect(importFileName('禾山派出所', '网格', 'geojson', Date.UTC(2026, 10, 27, 20))).toBe(
      '禾山派出所_网格_2026-11-28.geojson',
    );
    expect(importFileName('a/b\\c:..', '标准地址', 'csv', Date.UTC(2026, 0, 1))).toBe(
      'a_b_c__标准地址_2026-01-01.csv',
    );
  });
});

describe('addresses identified by record id', () => {
  const grid = {
    id: '00000000-0000-4000-8000-000000000001',
    code: 'HS-01',
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [118.1, 24.5],
          [118.2, 24.5],
          [118.2, 24.6],
          [118.1, 24.6],
          [118.1, 24.5],
        ] as [number, number][],
      ],
    },
  };
  const stored = (n: number, address: string): Household => ({
    id: `00000000-0000-4000-8000-00000000010${n}`,
    stationId: grid.id,
    version: 1,
    updatedAt: 0,
    updatedBy: 'system',
    deleted: false,
    gridId: grid.id,
    address,
    building: '1',
    unit: '1',
    room: '101',
    point: [118.15, 24.55],
    registeredResidents: 2,
  });

  function check(cells: Cell[][], existing: Household[]) {
    const table = shapeTable(cells, householdFields);
    const result = checkHouseholdRows(
      table,
      suggestColumns(table.header, householdFields),
      [grid as unknown as Grid],
      'wgs84',
    );
    return { result, plan: planHouseholdImport(result.candidates, existing) };
  }

  it('tells two records with the same address text apart, and updates an address by its id', () => {
    const a = stored(1, '同名路1号');
    const b = stored(2, '同名路1号');
    const header = ['地址ID', '标准地址', '楼栋', '单元', '房号', '所属网格', '经度', '纬度', '户籍人数'];
    const row = (h: Household, address = h.address) => [
      h.id,
      address,
      '1',
      '1',
      '101',
      'HS-01',
      '118.15',
      '24.55',
      '2',
    ];
    const { result, plan } = check([header, row(a), row(b, '改名路2号')], [a, b]);
    expect(result.issues).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.updates).toEqual([{ line: 3, id: b.id, patch: { address: '改名路2号' } }]);
  });

  it('reports an id given twice and an id that is not one', () => {
    const a = stored(1, '同名路1号');
    const header = ['地址ID', '标准地址', '所属网格'];
    const { result } = check(
      [header, [a.id, '甲', 'HS-01'], [a.id, '乙', 'HS-01'], ['../../etc', '丙', 'HS-01']],
      [a],
    );
    expect(result.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, '地址ID', 'duplicate'],
      [4, '地址ID', 'invalid'],
    ]);
  });
});
