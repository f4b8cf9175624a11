/**
 * A workbook description → XLSX bytes, with write-excel-file (small, maintained, write-only,
 * one dependency — fflate; exceljs would add ~1 MB of read/stream machinery we never use, and
 * the npm `xlsx` release is stale with known advisories). What it guarantees:
 * - numbers are number cells with a number format (`#,##0`, `#,##0.00`, percent `0.0%`);
 * - instants are real Excel dates (`yyyy-mm-dd` / `yyyy-mm-dd hh:mm`) showing the Shanghai wall
 *   clock whatever the opening machine's zone (wallClock.ts);
 * - text is always a string cell with the Text format `@`, never a formula — so a cell reading
 *   `=HYPERLINK(…)` stays text, also after someone edits it in Excel;
 * - one bold header row with the column headers, frozen; column widths as described.
 */
import writeXlsxFile, { type Cell as XlsxCell, type Sheet as XlsxSheet } from 'write-excel-file/universal';
import {
  assertWellFormed,
  resolveCell,
  type Cell,
  type ColumnKind,
  type Sheet,
  type SheetColumn,
  type Workbook,
} from './sheetModel';
import { shanghaiWallClock } from './wallClock';

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const numberFormats: Record<ColumnKind, string> = {
  text: '@',
  integer: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

function xlsxCell(cell: Cell, column: SheetColumn): XlsxCell {
  const { kind, value } = resolveCell(cell, column);
  if (value === null) return null;
  const format = numberFormats[kind];
  if (typeof value === 'string') return { value, type: String, format: numberFormats.text };
  if (kind === 'date' || kind === 'datetime') return { value: shanghaiWallClock(value), type: Date, format };
  return { value, type: Number, format };
}

function headerCell(column: SheetColumn): XlsxCell {
  return {
    value: column.header,
    type: String,
    format: numberFormats.text,
    fontWeight: 'bold',
    backgroundColor: '#DDE3EC',
    bottomBorderStyle: 'thin',
    bottomBorderColor: '#8C9AB0',
    alignVertical: 'center',
  };
}

function xlsxSheet(sheet: Sheet): XlsxSheet<Blob> {
  const header = sheet.columns.map(headerCell);
  const body = sheet.rows.map((row) => row.map((cell, i) => xlsxCell(cell, sheet.columns[i] as SheetColumn)));
  return {
    sheet: sheet.name,
    data: [header, ...body],
    columns: sheet.columns.map((column) => ({ width: column.width })),
    stickyRowsCount: 1,
  };
}

/** The XLSX file's bytes. Throws on a malformed description (a programming error). */
export async function workbookToXlsx(workbook: Workbook): Promise<Uint8Array> {
  assertWellFormed(workbook);
  const blob = await writeXlsxFile(workbook.sheets.map(xlsxSheet)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
