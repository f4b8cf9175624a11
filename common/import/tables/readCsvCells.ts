/**
 * CSV bytes → rows of cells, in any common encoding (decodeTableText), by papaparse (RFC 4180
 * quoting, embedded newlines, delimiter sniffing for the comma / semicolon / tab files Excel
 * writes in different locales). Cells stay text — nothing in a cell is ever evaluated — and a
 * cell starting with = + - @ is data like any other.
 */
import Papa from 'papaparse';
import { decodeTableText, type TableEncoding } from './decodeTableText';
import type { Cell } from './tableShape';

export const maxCsvBytes = 200 * 1024 * 1024;

export interface CsvCells {
  cells: Cell[][];
  encoding: TableEncoding;
}

export function readCsvCells(bytes: Uint8Array, forced?: TableEncoding): CsvCells {
  if (bytes.byteLength > maxCsvBytes) throw new RangeError(`CSV larger than ${maxCsvBytes / 1024 / 1024} MB`);
  const { text, encoding } = decodeTableText(bytes, forced);
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const cells = parsed.data;
  // papaparse yields a last empty row for a file ending in a newline
  if (cells.length > 0 && cells[cells.length - 1]!.every((c) => c === '')) cells.pop();
  return { cells, encoding };
}
