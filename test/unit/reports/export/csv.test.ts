/**
 * CSV writing read back with papaparse (an independent parser): any strings survive the RFC
 * 4180 round trip; a sheet's CSV starts with the UTF-8 BOM, uses CRLF, parses back to the
 * header and rows as shown (numbers plain, percents as `85.3%`, instants as the Shanghai wall
 * clock) and no cell starts a formula.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText } from '#renderer/export/csvText';
import { startsLikeFormula } from '#renderer/export/safeCell';
import type { Sheet } from '#renderer/export/sheetModel';
import { sheetToCsv, sheetToCsvText } from '#renderer/export/toCsv';

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // papaparse yields a last empty record after the final CRLF
  return result.data.filter((row, i) => !(i === result.data.length - 1 && row.length === 1 && row[0] === ''));
}

describe('csvText', () => {
  it('round-trips any fields through papaparse', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom(',', '"', '\r\n', '\n', ' a ', '网格,"一"', ''));
    const records = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(records, (rows) => {
        const text = csvText(rows);
        expect(text.endsWith('\r\n')).toBe(true);
        expect(parse(text)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

const sheet: Sheet = {
  key: 'incidents',
  name: '警情',
  columns: [
    { header: '报警时间', width: 17, kind: 'datetime' },
    { header: '日期', width: 12, kind: 'date' },
    { header: '情况描述', width: 40, kind: 'text' },
    { header: '人数', width: 8, kind: 'integer' },
    { header: '覆盖率', width: 8, kind: 'percent' },
    { header: '均值', width: 8, kind: 'decimal' },
  ],
  rows: [
    // 2026-11-27 00:30 UTC is 08:30 in Shanghai
    [
      Date.UTC(2026, 10, 27, 0, 30),
      Date.UTC(2026, 10, 26, 16, 0),
      '金尚嘉园门口聚集, "约 20 人"',
      20,
      0.8534,
      2.5,
    ],
    [Date.UTC(2026, 10, 27, 15, 59), null, '=HYPERLINK("http://evil","点我")', -3, 1, 0.333333],
    [null, null, '-1+1', null, null, null],
    [Date.UTC(2026, 10, 27, 1, 0), null, '@SUM(A1:A9)\r\n第二行', 0, 0, 0],
  ],
};

describe('sheetToCsv', () => {
  it('starts with the UTF-8 BOM and ends records with CRLF', () => {
    const bytes = sheetToCsv(sheet);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe(sheetToCsvText(sheet));
    expect(
      text
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .slice(0, -1)
        .every((l) => l.endsWith('\r')),
    ).toBe(true);
  });

  it('parses back to the header and the rows as shown, with formulas defused', () => {
    const rows = parse(sheetToCsvText(sheet));
    expect(rows[0]).toEqual(sheet.columns.map((c) => c.header));
    expect(rows.slice(1)).toEqual([
      ['2026-11-27 08:30', '2026-11-27', '金尚嘉园门口聚集, "约 20 人"', '20', '85.3%', '2.5'],
      ['2026-11-27 23:59', '', `'=HYPERLINK("http://evil","点我")`, '-3', '100.0%', '0.33'],
      ['', '', "'-1+1", '', '', ''],
      ['2026-11-27 09:00', '', "'@SUM(A1:A9)\r\n第二行", '0', '0.0%', '0'],
    ]);
    for (const row of rows.slice(1)) expect(startsLikeFormula(row[2] ?? '')).toBe(false);
  });

  it('keeps a negative number a number (only text is escaped)', () => {
    expect(parse(sheetToCsvText(sheet))[2]?.[3]).toBe('-3');
  });

  it('refuses a malformed sheet instead of writing a misaligned file', () => {
    const bad: Sheet = { ...sheet, rows: [[1, 2, 'x']] };
    expect(() => sheetToCsv(bad)).toThrow(/row 1 has 3 cells for 6 columns/);
    const wrongKind: Sheet = { ...sheet, rows: [['08:30', null, 'x', 1, 0, 0]] };
    expect(() => sheetToCsv(wrongKind)).toThrow(/报警时间/);
  });
});
