/**
 * One sheet of a workbook description → CSV bytes that Excel opens right: UTF-8 with a BOM
 * (without it Excel on a Chinese Windows reads UTF-8 as GBK and shows mojibake), RFC 4180
 * quoting, CRLF line ends, the header row first. Every text cell — headers included — goes
 * through safeCell, so nothing in the file starts a formula. Numbers stay plain numbers
 * (no thousands separators), percents read `85.3%` (which Excel parses as a number), and
 * instants are the Shanghai wall clock as `YYYY-MM-DD HH:mm`.
 */
import { csvText } from './csvText';
import { safeCell } from './safeCell';
import { resolveCell, findCellProblem, type Cell, type Sheet, type SheetColumn } from './sheetModel';
import { formatShanghai } from './wallClock';

export const utf8Bom = '\uFEFF';

function cellText(cell: Cell, column: SheetColumn): string {
  const { kind, value } = resolveCell(cell, column);
  if (value === null) return '';
  if (typeof value === 'string') return safeCell(value);
  switch (kind) {
    case 'integer':
      return String(Math.round(value));
    case 'percent':
      return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
    case 'date':
    case 'datetime':
      return formatShanghai(value, kind);
    default:
      // Decimals keep what they carry, rounded to what a report shows (no float noise).
      return String(Math.round(value * 100) / 100);
  }
}

/** The CSV text of a sheet, without the BOM. */
export function sheetToCsvText(sheet: Sheet): string {
  const problem = findCellProblem(sheet);
  if (problem) throw new Error(`malformed sheet: ${problem}`);
  const header = sheet.columns.map((column) => safeCell(column.header));
  const body = sheet.rows.map((row) => row.map((cell, i) => cellText(cell, sheet.columns[i] as SheetColumn)));
  return csvText([header, ...body]);
}

/** UTF-8 bytes of the CSV, starting with the BOM (EF BB BF). */
export function sheetToCsv(sheet: Sheet): Uint8Array {
  return new TextEncoder().encode(utf8Bom + sheetToCsvText(sheet));
}
