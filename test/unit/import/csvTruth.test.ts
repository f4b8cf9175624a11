/**
 * CSV truth: what a CSV really holds is what the importer reports. Ragged rows, malformed and
 * unclosed quotes, duplicate headers, undecodable bytes and lines of another encoding are named
 * by the line a text editor shows (a newline inside quotes counts), never silently accepted;
 * every BOM, line ending and chunk boundary reads the same; hostile files are refused by name.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { readImportFile } from '#renderer/features/imports/readImportFile';
import { checkOfficerJob } from '#renderer/features/imports/tableJobs';
import { readCsvStream } from '#common/import/tables/csvStream';
import { readNumber } from '#common/import/tables/cellReaders';
import { officerFields } from '#common/import/roster/officerRows';
import type { TableShape } from '#common/import/tables/tableShape';
import type { ImportIssue, ReadSummary } from '#renderer/features/imports/importMessages';
import { encodeGbk } from './gbkEncode';

const xml = new DOMParser();
const blob = (...parts: Array<string | Uint8Array>) =>
  new Blob(parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p)) as BlobPart[]);

type Read =
  | { refused: ImportIssue }
  | { table: TableShape; summary: ReadSummary; report: ReturnType<typeof checkOfficerJob>['report'] };

async function readOfficers(file: Blob): Promise<Read> {
  const outcome = await readImportFile('officers', 'roster.csv', file, xml);
  if (!outcome.ok) return { refused: outcome.issue };
  if (outcome.file.kind === 'grids') throw new Error('not a table');
  const { table, summary } = outcome.file;
  const report = checkOfficerJob(table, summary.suggested, []).report;
  return { table, summary, report };
}

const header = '姓名,警号,类别,手机,在岗';
const good = (i: number) => `民警${i},A${1000 + i},民警,1380000${String(1000 + i)},是`;
const issuesOf = (r: Awaited<ReturnType<typeof readOfficers>>) =>
  'report' in r ? r.report.issues.map((i) => [i.at, i.code]) : r.refused.code;

describe('ragged rows and quotes, by the line the file shows', () => {
  it('names a short row and a long row by line, counting a newline inside quotes', async () => {
    const csv = [
      header,
      good(1),
      `"民警\n二",A1002,民警,13800001002,是`, // lines 3–4
      '民警3,A1003,民警', // line 5: two columns missing
      `${good(4)},多出来的`, // line 6
      `${good(5)},,`, // line 7: empty padding is fine
    ].join('\r\n');
    const r = await readOfficers(blob(csv));
    expect(issuesOf(r)).toEqual([
      [5, 'too-few-fields'],
      [6, 'too-many-fields'],
    ]);
    if ('report' in r) {
      expect(r.report.issues[0]!.params).toEqual({ expected: 5, found: 3 });
      expect(r.report.total).toBe(5);
      expect(r.report.bad).toBe(2);
      expect(r.table.rows.map((x) => x.line)).toEqual([2, 3, 7]);
    }
  });

  it('refuses an unclosed quote at the line it opens', async () => {
    const r = await readOfficers(
      blob([header, good(1), good(2), `"民警3,A1003,民警,13800001003,是`, good(4)].join('\n')),
    );
    expect(r).toMatchObject({ refused: { code: 'unclosed-quote', params: { line: 4 } } });
  });

  it('reports a malformed quote inside a quoted field', async () => {
    const r = await readOfficers(
      blob([header, good(1), `"民"警2",A1002,民警,13800001002,是`, good(3)].join('\n')),
    );
    expect(issuesOf(r)).toEqual([[3, 'bad-quote']]);
  });
});

describe('duplicate headers', () => {
  it('keeps both columns, told apart by column number, and maps neither by itself', async () => {
    const r = await readOfficers(
      blob(['姓名,警号,姓名,类别,手机', '张三,A1001,李四,民警,13800001001'].join('\n')),
    );
    if (!('summary' in r)) throw new Error('refused');
    expect(r.summary.columns).toEqual(['姓名 #1', '警号', '姓名 #3', '类别', '手机']);
    expect(r.summary.suggested.name).toBeNull();
    expect(r.summary.suggested.badgeNo).toBe(1);
  });
});

describe('encodings', () => {
  const csv = [header, good(1), good(2)].join('\r\n');
  const utf16 = (le: boolean) => {
    const out = new Uint8Array(2 + csv.length * 2);
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < csv.length; i++) {
      const c = csv.charCodeAt(i);
      out[2 + i * 2] = le ? c & 0xff : c >> 8;
      out[3 + i * 2] = le ? c >> 8 : c & 0xff;
    }
    return out;
  };

  it('says which encoding it chose, for every BOM and for GBK', async () => {
    const cases: Array<[Blob, string]> = [
      [blob(csv), 'utf-8'],
      [blob(new Uint8Array([0xef, 0xbb, 0xbf]), csv), 'utf-8'],
      [blob(utf16(true)), 'utf-16le'],
      [blob(utf16(false)), 'utf-16be'],
      [blob(encodeGbk(csv)), 'gb18030'],
    ];
    for (const [file, encoding] of cases) {
      const r = await readOfficers(file);
      if (!('summary' in r)) throw new Error(`refused ${encoding}`);
      expect(r.summary.encoding).toBe(encoding);
      expect(r.summary.columns[0]).toBe('姓名');
      expect(issuesOf(r)).toEqual([]);
    }
  });

  it('reads UTF-16 saved without a BOM', async () => {
    for (const le of [true, false]) {
      const r = await readOfficers(blob(utf16(le).subarray(2)));
      if (!('summary' in r)) throw new Error(`refused ${r.refused.code}`);
      expect(r.summary.encoding).toBe(le ? 'utf-16le' : 'utf-16be');
      expect(r.table.rows.map((x) => x.cells[0])).toEqual(['民警1', '民警2']);
    }
  });

  it('names a GBK line inside a UTF-8 file, and a UTF-8 line inside a GBK file', async () => {
    const lines = [header, good(1), good(2), good(3)];
    const utf8First = blob(lines.slice(0, 3).join('\n') + '\n', encodeGbk(lines[3]!));
    expect(issuesOf(await readOfficers(utf8First))).toEqual([[4, 'mixed-encoding']]);
    const gbkFirst = blob(encodeGbk(lines.slice(0, 3).join('\n') + '\n'), lines[3]!);
    const r = await readOfficers(gbkFirst);
    expect(issuesOf(r)).toEqual([[4, 'mixed-encoding']]);
    if ('report' in r) expect(r.report.issues[0]!.params).toEqual({ encoding: 'UTF-8', file: 'GB18030' });
  });

  it('names a line holding bytes that are no text at all', async () => {
    const r = await readOfficers(
      blob(`${header}\n${good(1)}\n`, new Uint8Array([0xc3, 0x28, 0xff, 0x2c]), `\n${good(3)}`),
    );
    expect(issuesOf(r)).toEqual([[3, 'undecodable']]);
  });
});

describe('line endings and chunk boundaries', () => {
  it('reads CRLF, LF and CR-only files alike, at any chunk size', async () => {
    const rows = [header, good(1), `"多行\n备注",A1002,民警,13800001002,是`, good(3)];
    const expected = [
      { line: 2, first: '民警1' },
      { line: 3, first: '多行\n备注' },
      { line: 5, first: '民警3' },
    ];
    for (const eol of ['\r\n', '\n', '\r']) {
      const text = rows.join(eol).replace(/多行\n备注/, `多行${eol}备注`);
      for (const chunkBytes of [3, 7, 64, 1 << 20]) {
        const read = await readCsvStream(blob(text), {
          fields: officerFields,
          maxRows: 100,
          maxColumns: 50,
          chunkBytes,
        });
        if (!read.ok) throw new Error(read.refusal.code);
        expect(read.table.rows.map((r) => ({ line: r.line, first: r.cells[0] }))).toEqual(expected);
      }
    }
  });

  it('keeps GBK characters cut by a chunk boundary whole', async () => {
    const text = [header, ...Array.from({ length: 50 }, (_, i) => good(i))].join('\n');
    const read = await readCsvStream(blob(encodeGbk(text)), {
      fields: officerFields,
      maxRows: 100,
      maxColumns: 50,
      chunkBytes: 5,
    });
    if (!read.ok) throw new Error(read.refusal.code);
    expect(read.encoding).toBe('gb18030');
    expect(read.table.rows.map((r) => r.cells[0])).toEqual(Array.from({ length: 50 }, (_, i) => `民警${i}`));
  });
});

describe('hostile files', () => {
  it('refuses what is not a text table, naming what it is', async () => {
    const code = async (b: Blob) => {
      const r = await readOfficers(b);
      return 'refused' in r ? r.refused.code : 'read';
    };
    expect(await code(blob(''))).toBe('file-empty');
    expect(await code(blob(new Uint8Array([0xef, 0xbb, 0xbf])))).toBe('no-rows');
    expect(await code(blob(`${header}\r\n`))).toBe('no-rows');
    expect(await code(blob(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toBe(
      'csv-is-xls',
    );
    expect(
      await code(blob(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))),
    ).toBe('binary-file');
  });

  it('refuses 10,000 columns at the first row, without reading on', async () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const r = await readOfficers(blob(`${wide}\n${wide}\n`));
    expect(r).toMatchObject({ refused: { code: 'too-many-columns', params: { count: 10_000, line: 1 } } });
  });

  it('refuses a 10,000-column row among the header rows, and sets one aside among the data', async () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const titled = await readOfficers(blob(`民警名册\n${wide}\n`));
    expect(titled).toMatchObject({ refused: { code: 'too-many-columns', params: { line: 2 } } });
    const rows = [header, ...Array.from({ length: 12 }, (_, i) => good(i)), wide].join('\n');
    expect(issuesOf(await readOfficers(blob(rows)))).toEqual([[14, 'too-many-fields']]);
  });

  it('reads NaN, Infinity, hex and huge numbers as not numbers or out of range', () => {
    const n = (value: string) =>
      readNumber({ line: 2, column: '人数', value }, { required: false, min: 0, max: 50, integer: true });
    for (const v of ['NaN', 'Infinity', '-Infinity', '1e400', '0x10', '0b11', '1_000', '١٢'])
      expect(n(v)).toMatchObject({ ok: false, issue: { code: 'not-a-number' } });
    expect(n('123456789012345678901234567890')).toMatchObject({ ok: false, issue: { code: 'out-of-range' } });
    expect(n('1,2')).toMatchObject({ ok: true, value: 12 });
    expect(n(' 7 ')).toMatchObject({ ok: true, value: 7 });
  });
});
