/**
 * The household / standard-address importer against a GBK CSV with bad rows and an XLSX with
 * a merged title row and two-level merged header: each bad row is named with its line, column
 * and reason, good rows become candidates, and a re-import updates in place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { generateDemoData } from '#common/demo';
import type { Grid, Household } from '#common/schemas';
import { wgs84ToGcj02 } from '#common/geo/chinaCrs';
import { readCsvStream } from '#common/import/tables/csvStream';
import {
  shapeTable,
  suggestColumns,
  unmappedRequired,
  type Cell,
  type TableShape,
} from '#common/import/tables/tableShape';
import { checkHouseholdRows, householdFields } from '#common/import/households/householdRows';
import { planHouseholdImport } from '#common/import/households/planHouseholdImport';
import { encodeGbk } from './gbkEncode';

let grids: Grid[];
let households: Household[];

beforeAll(async () => {
  const data = await generateDemoData({ size: 'station', seed: 5, now: Date.UTC(2026, 10, 1) });
  grids = data.grids;
  households = data.households;
});

function check(cells: Cell[][] | TableShape, crs: 'wgs84' | 'gcj02' = 'wgs84') {
  const table = Array.isArray(cells) ? shapeTable(cells, householdFields) : cells;
  const mapping = suggestColumns(table.header, householdFields);
  expect(unmappedRequired(mapping, householdFields)).toEqual([]);
  return checkHouseholdRows(table, mapping, grids, crs);
}

async function readCsv(bytes: Uint8Array) {
  const read = await readCsvStream(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
    fields: householdFields,
    maxRows: 1000,
    maxColumns: 50,
  });
  if (!read.ok) throw new Error(read.refusal.code);
  return read;
}

describe('household CSV in GBK with bad rows', () => {
  it('decodes GBK and names every bad row with line, column and reason', async () => {
    const code = grids[0]!.code;
    const other = grids[1]!;
    const inOther = households.find((h) => h.gridId === other.id)!;
    const csv = [
      '标准地址,楼栋,单元,房号,所属网格,经度,纬度,户籍人数',
      `禾山路1号,1,1,101,${code},,,3`,
      `禾山路1号,1,1,102,${code},,,abc`,
      `,1,1,103,${code},,,2`,
      `禾山路1号,1,1,101,${code},,,3`,
      '禾山路2号,2,1,201,NOPE-99,,,1',
      '禾山路3号,3,1,301,,,,1',
      `"=HYPERLINK(""http://x"")",4,1,401,${code},,,1`,
      `禾山路5号,5,1,501,${code},,,99`,
      `禾山路6号,6,1,601,${code},${inOther.point[0]},${inOther.point[1]},2`,
      `禾山路7号,7,1,701,,${inOther.point[0]},${inOther.point[1]},2`,
      `禾山路8号,8,1,801,,${inOther.point[0]},,2`,
    ].join('\r\n');
    const { table, encoding } = await readCsv(encodeGbk(csv));
    expect(encoding).toBe('gb18030');
    const result = check(table);
    expect(result.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, '户籍人数', 'not-a-number'],
      [4, '标准地址', 'missing'],
      [5, '标准地址', 'duplicate'],
      [6, '所属网格', 'grid-not-found'],
      [7, '所属网格', 'missing'],
      [9, '户籍人数', 'out-of-range'],
      [10, null, 'point-outside-grid'],
      [12, '纬度', 'missing'],
    ]);
    expect(result.candidates.map((c) => c.line)).toEqual([2, 8, 11]);
    // a formula-looking address is kept verbatim as text, never evaluated
    expect(result.candidates[1]!.address).toBe('=HYPERLINK("http://x")');
    // a position alone finds its grid by point-in-polygon
    expect(result.candidates[2]!.gridId).toBe(other.id);
  });

  it('reads UTF-8 with BOM and converts GCJ-02 positions', async () => {
    const h = households[0]!;
    const g = wgs84ToGcj02(h.point);
    const text = `\uFEFF地址,经度,纬度\r\n测试路1号,${g[0]},${g[1]}\r\n`;
    const { table, encoding } = await readCsv(new TextEncoder().encode(text));
    expect(encoding).toBe('utf-8');
    const result = check(table, 'gcj02');
    expect(result.issues).toEqual([]);
    expect(result.candidates[0]!.gridId).toBe(h.gridId);
    expect(Math.abs(result.candidates[0]!.point[0] - h.point[0])).toBeLessThan(1e-5);
  });
});

describe('household XLSX with merged header cells', () => {
  it('finds the header under a merged title and a two-level header, keeping spreadsheet line numbers', async () => {
    const code = grids[2]!.code;
    const data = [
      [{ value: '禾山派出所标准地址登记表', columnSpan: 6 }, null, null, null, null, null],
      [{ value: '地址信息', columnSpan: 4 }, null, null, null, { value: '归属', columnSpan: 2 }, null],
      [
        { value: '标准地址' },
        { value: '楼栋' },
        { value: '单元' },
        { value: '房号' },
        { value: '所属网格' },
        { value: '户籍人数' },
      ],
      [
        { value: '金山路10号' },
        { value: '1' },
        { value: '2' },
        { value: '301' },
        { value: code },
        { value: 4 },
      ],
      [
        { value: '金山路11号' },
        { value: '1' },
        { value: '2' },
        { value: '302' },
        { value: code },
        { value: -1 },
      ],
    ];
    const buffer = await writeXlsxFile(data).toBuffer();
    const cells = (await readSheet(buffer)) as Cell[][];
    const table = shapeTable(cells, householdFields);
    expect(table.headerLine).toBe(3);
    const result = checkHouseholdRows(table, suggestColumns(table.header, householdFields), grids, 'wgs84');
    expect(result.candidates.map((c) => [c.line, c.address, c.registeredResidents])).toEqual([
      [4, '金山路10号', 4],
    ]);
    expect(result.issues.map((i) => [i.line, i.column, i.code])).toEqual([[5, '户籍人数', 'out-of-range']]);
  });
});

describe('re-importing addresses', () => {
  it('updates a known address in place and creates new ones', () => {
    const h = households[0]!;
    const grid = grids.find((g) => g.id === h.gridId)!;
    const cells: Cell[][] = [
      ['地址', '楼栋', '单元', '房号', '网格编码', '户籍人数'],
      [h.address, h.building, h.unit, h.room, grid.code, String(h.registeredResidents + 1)],
      ['全新地址9号', '', '', '', grid.code, '2'],
    ];
    const plan = planHouseholdImport(check(cells).candidates, households);
    expect(plan.updates).toEqual([
      { line: 2, id: h.id, patch: { registeredResidents: h.registeredResidents + 1 } },
    ]);
    expect(plan.creates.map((c) => c.fields.address)).toEqual(['全新地址9号']);
  });
});

describe('checking a large table in chunks', () => {
  it('yields between chunks of rows and reports progress through the table', async () => {
    const { checkHouseholdJob } = await import('#renderer/features/imports/tableJobs');
    const code = grids[0]!.code;
    const cells: Cell[][] = [['地址', '网格编码', '户籍人数']];
    for (let i = 0; i < 12_000; i++) cells.push([`分块路${i}号`, code, '1']);
    const table = shapeTable(cells, householdFields);
    const progress: number[] = [];
    let pauses = 0;
    const { report } = await checkHouseholdJob({
      table,
      mapping: suggestColumns(table.header, householdFields),
      crs: 'wgs84',
      grids,
      households,
      onProgress: (done) => progress.push(done),
      pause: async () => {
        pauses += 1;
      },
    });
    expect(report.creates).toBe(12_000);
    expect(pauses).toBe(3);
    expect(progress).toEqual([0, 5000, 10_000, 12_000]);
  });
});
