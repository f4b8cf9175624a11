/**
 * Reads a CSV file (a Blob: nothing is held but the current chunk and the rows kept) into a
 * TableShape, one megabyte at a time, pausing between chunks so the worker stays responsive,
 * and reporting progress. Bytes become text in the encoding sniffed from the file (csvBytes);
 * text becomes records by papaparse's own parser, fed chunk by chunk with the unfinished last
 * record carried over (as papaparse's ChunkStreamer does, but over bytes we decode ourselves,
 * so a multi-byte character cut by a chunk boundary is never damaged).
 *
 * Every record keeps the line of the file where it starts, counting a newline inside quotes as
 * the line it is (a text editor's line number; equal to the spreadsheet's row number when no
 * cell holds a line break). CRLF, LF and CR-only files read the same. Nothing is silently
 * accepted: a record with too few or too many fields, a malformed quote, bytes that are not
 * text in the file's encoding, or a line in another encoding is a structural issue of its
 * line; an unclosed quote (which swallows the rest of the file) refuses the file at that line.
 */
import Papa from 'papaparse';
import { firstInvalidUtf8, guessEncoding, isUtf8Line, sniffTable, type TableEncoding } from './csvBytes';
import { rowIssue, type RowIssue } from './rowIssues';
import { createTableBuilder } from './tableBuilder';
import type { FieldSpec, TableShape } from './tableShape';

/** A district's full address register is ≈15 MB; this is plenty, and is checked before reading. */
export const maxCsvBytes = 200 * 1024 * 1024;
export const csvChunkBytes = 1024 * 1024;
/** No real record is this long; an unfinished one this long is an unclosed quote or not a table. */
export const maxRecordChars = 4 * 1024 * 1024;

export type CsvRefusal =
  | { code: 'csv-is-xlsx' | 'csv-is-xls' | 'binary-file' }
  | { code: 'unclosed-quote' | 'line-too-long'; params: { line: number } }
  | { code: 'too-many-columns'; params: { count: number; limit: number; line: number } }
  | { code: 'too-many-rows'; params: { count: number; limit: number } };

export type CsvStreamResult =
  | { ok: true; table: TableShape; encoding: TableEncoding; delimiter: string }
  | { ok: false; refusal: CsvRefusal };

export interface CsvStreamOptions<K extends string> {
  fields: readonly FieldSpec<K>[];
  maxRows: number;
  maxColumns: number;
  chunkBytes?: number;
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Called between chunks: the worker yields to its message loop here. */
  pause?: () => Promise<void>;
}

class Refused extends Error {
  constructor(readonly refusal: CsvRefusal) {
    super(refusal.code);
  }
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const countOf = (s: string, ch: string) => {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
};

export async function readCsvStream<K extends string>(
  blob: Blob,
  opts: CsvStreamOptions<K>,
): Promise<CsvStreamResult> {
  const chunk = opts.chunkBytes ?? csvChunkBytes;
  const total = blob.size;
  const head = await bytesOf(blob.slice(0, Math.min(chunk, total)));
  const sniffed = sniffTable(head);
  if (sniffed.kind === 'zip') return { ok: false, refusal: { code: 'csv-is-xlsx' } };
  if (sniffed.kind === 'xls') return { ok: false, refusal: { code: 'csv-is-xls' } };
  if (sniffed.kind === 'binary') return { ok: false, refusal: { code: 'binary-file' } };

  let encoding: TableEncoding | null = sniffed.encoding;
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  const textDecoder = utf16 ? new TextDecoder(encoding!) : null;
  const builder = createTableBuilder(opts.fields, { checkWidth: true });
  /** Lines found bad at the byte level (a line in another encoding), by line number. */
  const badLines = new Map<number, RowIssue>();
  let byteLine = 1;
  let carry = new Uint8Array(0);
  let crOnly: boolean | null = null;
  let heldCr = '';
  let partial = '';
  let recordLine = 1;
  let parser: Papa.Parser | null = null;
  let delimiter = ',';
  let extraRows = 0;

  /** Complete lines of bytes → text (UTF-8 / GB18030), marking lines of another encoding. */
  function linesToText(raw: Uint8Array, final: boolean): string {
    const buf = carry.length === 0 ? raw : concat(carry, raw);
    crOnly ??= buf.includes(0x0a) ? false : buf.includes(0x0d) ? true : null;
    const sep = crOnly ? 0x0d : 0x0a;
    const cut = final ? buf.length : buf.lastIndexOf(sep) + 1;
    carry = buf.slice(cut);
    if (carry.length > maxRecordChars) throw new Refused({ code: 'line-too-long', params: { line: byteLine } });
    const region = buf.subarray(0, cut);
    if (region.length === 0) return '';
    encoding ??= guessByLines(region, sep);
    markOtherEncodings(region, sep);
    return new TextDecoder(encoding ?? 'utf-8').decode(region);
  }

  function markOtherEncodings(region: Uint8Array, sep: number): void {
    const gb = encoding === 'gb18030';
    if (!gb && firstInvalidUtf8(region) < 0) {
      byteLine += countBytes(region, sep);
      return;
    }
    let start = 0;
    while (start < region.length) {
      let end = region.indexOf(sep, start);
      if (end < 0) end = region.length;
      if (gb) {
        if (isUtf8Line(region, start, end))
          badLines.set(byteLine, rowIssue(byteLine, null, 'mixed-encoding', 'a UTF-8 line in a GB18030 file', { encoding: 'UTF-8', file: 'GB18030' }));
      } else if (firstInvalidUtf8(region, false, start, end) >= 0) {
        const asGb = decodesAs('gb18030', region.subarray(start, end));
        badLines.set(
          byteLine,
          asGb
            ? rowIssue(byteLine, null, 'mixed-encoding', 'a GB18030 line in a UTF-8 file', { encoding: 'GB18030', file: 'UTF-8' })
            : rowIssue(byteLine, null, 'undecodable', 'bytes that are not UTF-8', { encoding: 'UTF-8' }),
        );
      }
      byteLine++;
      start = end + 1;
    }
  }

  /** Text → records, keeping the unfinished last record for the next chunk. */
  function feed(text: string, final: boolean): void {
    let t = heldCr + text;
    heldCr = '';
    // a CR at a chunk's end may be half of a CRLF
    if (!final && t.endsWith('\r')) {
      heldCr = '\r';
      t = t.slice(0, -1);
    }
    t = t.replace(/\r\n?/g, '\n');
    let aggregate = partial + t;
    if (!parser) {
      if (!final && aggregate.length < 64 * 1024) {
        partial = aggregate;
        return;
      }
      const guessed = Papa.parse<string[]>(aggregate.slice(0, 64 * 1024), {
        preview: 20,
        delimitersToGuess: [',', '\t', ';', '|'],
      });
      delimiter = guessed.meta.delimiter || ',';
      parser = new Papa.Parser({ delimiter, newline: '\n' });
    }
    const res = parser.parse(aggregate, 0, !final) as Papa.ParseResult<string[]>;
    partial = final ? '' : aggregate.slice(res.meta.cursor);
    aggregate = '';
    if (partial.length > maxRecordChars)
      throw new Refused({ code: partial.includes('"') ? 'unclosed-quote' : 'line-too-long', params: { line: recordLine } });
    const badQuote = new Set<number>();
    for (const e of res.errors) {
      const at = e.row ?? res.data.length - 1;
      if (e.code === 'MissingQuotes') {
        let line = recordLine;
        for (let i = 0; i < at && i < res.data.length; i++) line += 1 + countNewlines(res.data[i]!);
        throw new Refused({ code: 'unclosed-quote', params: { line } });
      }
      badQuote.add(at);
    }
    res.data.forEach((cells, i) => {
      const line = recordLine;
      const newlines = countNewlines(cells);
      recordLine += 1 + newlines;
      // a row this wide among the header candidates refuses the file; later, it is one bad row
      if (cells.length > opts.maxColumns && !builder.hasHeader)
        throw new Refused({ code: 'too-many-columns', params: { count: cells.length, limit: opts.maxColumns, line } });
      const issue = structuralIssue(line, newlines, cells, badQuote.has(i));
      if (issue) return builder.reject(issue);
      if (builder.rowCount >= opts.maxRows + 10) {
        extraRows++;
        return;
      }
      builder.push(line, cells);
    });
  }

  function structuralIssue(line: number, newlines: number, cells: string[], badQuote: boolean): RowIssue | null {
    if (badLines.size > 0)
      for (let l = line; l <= line + newlines; l++) {
        const found = badLines.get(l);
        if (found) return { ...found, line };
      }
    if (cells.some((c) => c.includes('\uFFFD')))
      return rowIssue(line, null, 'undecodable', 'bytes that are not text', { encoding: (encoding ?? 'utf-8').toUpperCase() });
    if (badQuote) return rowIssue(line, null, 'bad-quote', 'a quote inside a quoted field is not doubled');
    return null;
  }

  try {
    let offset = sniffed.bomLength;
    if (offset >= total) feed('', true);
    while (offset < total) {
      const end = Math.min(offset + chunk, total);
      const raw = offset === 0 && end <= head.length ? head.subarray(0, end) : await bytesOf(blob.slice(offset, end));
      offset = end;
      const final = offset >= total;
      const text = textDecoder ? textDecoder.decode(raw, { stream: !final }) : linesToText(raw, final);
      feed(text, final);
      opts.onProgress?.(offset, total);
      if (!final) await opts.pause?.();
    }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
  const table = builder.finish();
  if (extraRows > 0 || table.rows.length > opts.maxRows)
    return {
      ok: false,
      refusal: { code: 'too-many-rows', params: { count: table.rows.length + extraRows, limit: opts.maxRows } },
    };
  return { ok: true, table, encoding: encoding ?? 'utf-8', delimiter };
}

/**
 * The encoding of a file's first non-ASCII text: UTF-8 unless most of its non-ASCII lines are
 * not UTF-8 (then GB18030), so a few stray lines of the other kind are reported, not obeyed.
 */
function guessByLines(region: Uint8Array, sep: number): TableEncoding | null {
  if (guessEncoding(region) !== 'gb18030') return guessEncoding(region);
  let utf8 = 0;
  let other = 0;
  let start = 0;
  while (start < region.length) {
    let end = region.indexOf(sep, start);
    if (end < 0) end = region.length;
    if (firstInvalidUtf8(region, false, start, end) >= 0) other++;
    else if (isUtf8Line(region, start, end)) utf8++;
    start = end + 1;
  }
  return other > utf8 ? 'gb18030' : 'utf-8';
}

function countNewlines(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.includes('\n')) n += countOf(c, '\n');
  return n;
}

function countBytes(b: Uint8Array, x: number): number {
  let n = 0;
  for (let i = b.indexOf(x); i >= 0; i = b.indexOf(x, i + 1)) n++;
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function decodesAs(encoding: TableEncoding, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
