/**
 * Reading a picked file in the import worker never throws, whatever the file: each broken or
 * hostile one comes back as one file-level issue the screen words.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import writeXlsxFile from 'write-excel-file/node';
import { readImportFile } from '#renderer/features/imports/readImportFile';
import type { ImportKind } from '#renderer/features/imports/importKinds';

const xml = new DOMParser();
const read = (kind: ImportKind, name: string, bytes: Uint8Array) =>
  readImportFile(kind, name, new Blob([bytes as Uint8Array<ArrayBuffer>]), xml);
const text = (s: string) => new TextEncoder().encode(s);
const codeOf = async (p: ReturnType<typeof read>) => {
  const outcome = await p;
  return outcome.ok ? 'ok' : outcome.issue.code;
};

describe('readImportFile', () => {
  it('refuses empty files, other file types, and a spreadsheet renamed .csv', async () => {
    expect(await codeOf(read('households', 'a.csv', new Uint8Array()))).toBe('file-empty');
    expect(await codeOf(read('households', 'a.exe', text('x')))).toBe('wrong-type');
    expect(await codeOf(read('grids', 'grids.csv', text('{}')))).toBe('wrong-type');
    const xlsx = new Uint8Array(await writeXlsxFile([[{ value: '地址' }]]).toBuffer());
    expect(await codeOf(read('households', 'renamed.csv', xlsx))).toBe('csv-is-xlsx');
  });

  it('refuses a damaged XLSX and an old .xls saved under .xlsx', async () => {
    const xlsx = new Uint8Array(await writeXlsxFile([[{ value: '地址' }], [{ value: '甲' }]]).toBuffer());
    expect(await codeOf(read('households', 'cut.xlsx', xlsx.subarray(0, xlsx.length / 2)))).toBe(
      'zip-not-zip',
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await codeOf(read('households', 'old.xlsx', ole))).toBe('xlsx-unreadable');
  });

  it('refuses a table of only a header, and one thousands of columns wide', async () => {
    expect(await codeOf(read('officers', 'o.csv', text('姓名,警号\r\n')))).toBe('no-rows');
    const wide = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',');
    expect(await codeOf(read('officers', 'o.csv', text(`${wide}\r\n${wide}\r\n`)))).toBe('too-many-columns');
  });

  it('shows at most 80 characters of a cell in the preview', async () => {
    const outcome = await read(
      'households',
      'a.csv',
      text(`地址,网格编码\r\n${'长'.repeat(5000)},HS-001\r\n`),
    );
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect([...outcome.file.summary.preview[0]![0]!].length).toBeLessThanOrEqual(80);
  });
});

describe('file size before reading', () => {
  /** A picked file of the given size whose bytes must never be read. */
  const unreadable = (size: number) =>
    ({
      size,
      type: '',
      slice: () => {
        throw new Error('read');
      },
      arrayBuffer: () => Promise.reject(new Error('read')),
      text: () => Promise.reject(new Error('read')),
      stream: () => {
        throw new Error('read');
      },
    }) as unknown as Blob;

  it('refuses an oversize CSV, XLSX or grid file from its size alone', async () => {
    for (const [kind, name] of [
      ['households', 'big.csv'],
      ['officers', 'big.xlsx'],
      ['grids', 'big.geojson'],
    ] as const) {
      const outcome = await readImportFile(kind, name, unreadable(2 ** 40), xml);
      expect(outcome.ok ? 'ok' : outcome.issue.code).toBe('file-too-large');
    }
  });
});
