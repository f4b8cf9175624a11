/**
 * XLSX writing read back with read-excel-file (and, for what a reader hides, the package's XML
 * unzipped with fflate): the sheets, their Chinese names and headers, row counts; numbers are
 * number cells, instants are date cells showing the Shanghai wall clock, formula-looking text
 * stays a string (no <f> element anywhere); the header row is frozen and bold; widths and the
 * percent format are written.
 */
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { Workbook } from '#renderer/export/sheetModel';
import { workbookToXlsx } from '#renderer/export/toXlsx';

const SHANGHAI = 8 * 60 * 60 * 1000;
const reportedAt = Date.UTC(2026, 10, 27, 0, 30); // 08:30 in Shanghai
const injection = '=HYPERLINK("http://evil.example","点我")';

const workbook: Workbook = {
  sheets: [
    {
      key: 'summary',
      name: '汇总',
      columns: [
        { header: '项目', width: 30, kind: 'text' },
        { header: '数值', width: 34, kind: 'text' },
      ],
      rows: [
        ['派出所', '禾山派出所'],
        ['日期', { kind: 'date', value: Date.UTC(2026, 10, 26, 16) }],
        ['摸排覆盖率', { kind: 'percent', value: 0.8534 }],
        ['网格总数', { kind: 'integer', value: 60 }],
      ],
    },
    {
      key: 'incidents',
      name: '警情',
      columns: [
        { header: '报警时间', width: 17, kind: 'datetime' },
        { header: '情况描述', width: 48, kind: 'text' },
        { header: '人数', width: 8, kind: 'integer' },
        { header: '办结时间', width: 17, kind: 'datetime' },
      ],
      rows: [
        [reportedAt, injection, 20, null],
        [reportedAt + 3_600_000, '+1+1', -3, reportedAt + 7_200_000],
        [reportedAt + 7_200_000, '@SUM(A1)', 0, null],
      ],
    },
    {
      key: 'visits',
      name: '走访',
      columns: [{ header: '走访时间', width: 17, kind: 'datetime' }],
      rows: [],
    },
  ],
};

function asDate(value: unknown): Date {
  expect(value).toBeInstanceOf(Date);
  return value as Date;
}

async function files(bytes: Uint8Array): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('workbookToXlsx', () => {
  it('reads back with the same sheets, Chinese headers and row counts', async () => {
    const sheets = await readXlsxFile(Buffer.from(await workbookToXlsx(workbook)));
    expect(sheets.map((s) => s.sheet)).toEqual(['汇总', '警情', '走访']);
    for (const [i, sheet] of sheets.entries()) {
      const described = workbook.sheets[i];
      expect(sheet.data[0]).toEqual(described?.columns.map((c) => c.header));
      expect(sheet.data.length - 1).toBe(described?.rows.length);
    }
  });

  it('writes numbers as numbers, instants as dates on the Shanghai wall clock, formulas as text', async () => {
    const sheets = await readXlsxFile(Buffer.from(await workbookToXlsx(workbook)));
    const incidents = sheets[1]?.data ?? [];
    const [when, description, people] = incidents[1] ?? [];
    expect(typeof people).toBe('number');
    expect(people).toBe(20);
    expect(incidents[2]?.[2]).toBe(-3);
    // A spreadsheet date has no zone: its calendar fields must read 2026-11-27 08:30.
    expect(asDate(when).getTime()).toBe(reportedAt + SHANGHAI);
    expect(asDate(when).toISOString()).toBe('2026-11-27T08:30:00.000Z');
    expect(description).toBe(injection);
    expect(incidents[2]?.[1]).toBe('+1+1');
    const summary = sheets[0]?.data ?? [];
    expect(summary[3]?.[1]).toBeCloseTo(0.8534, 10);
    expect(summary[4]?.[1]).toBe(60);
    expect(asDate(summary[2]?.[1]).toISOString().slice(0, 10)).toBe('2026-11-27');
  });

  it('contains no formula at all, freezes and bolds the header, writes widths and formats', async () => {
    const xml = await files(await workbookToXlsx(workbook));
    const sheetXml = Object.entries(xml).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheetXml).toHaveLength(3);
    for (const [, text] of sheetXml) {
      expect(text).not.toMatch(/<f[\s>]/);
      expect(text).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(text).toMatch(/<col [^>]*width="/);
    }
    const styles = xml['xl/styles.xml'] ?? '';
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toContain('formatCode="yyyy-mm-dd hh:mm"');
    expect(styles).toMatch(/<b\s*\/>/);
    expect(xml['xl/sharedStrings.xml']).toContain(`<t>${injection}</t>`);
    // …and the cell holding it is a shared-string cell with the Text format, so editing keeps it text
    const cell = /<c r="B2"([^>]*)>/.exec(xml['xl/worksheets/sheet2.xml'] ?? '')?.[1] ?? '';
    expect(cell).toMatch(/t="s"/);
  });

  it('refuses a malformed description', async () => {
    const bad: Workbook = { sheets: [{ ...workbook.sheets[1]!, rows: [[reportedAt, 'x']] }] };
    await expect(workbookToXlsx(bad)).rejects.toThrow(/row 1 has 2 cells for 4 columns/);
  });
});
