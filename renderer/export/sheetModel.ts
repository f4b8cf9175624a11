/**
 * A generic, library-free description of a workbook: sheets with a (Chinese) name, typed
 * columns and rows of plain cell values. The daily report is turned into this once
 * (dailyReportSheets.ts); toXlsx.ts and toCsv.ts render it. Invariants the renderers rely on:
 * every row has exactly one cell per column; a cell is a string for `text` columns and a finite
 * number for every other kind (instants as epoch ms, ratios as 0..1), or null when empty; a
 * single cell may override its column's kind (the summary sheet's value column mixes kinds).
 */
import { z } from 'zod';

export const columnKinds = ['text', 'integer', 'decimal', 'percent', 'date', 'datetime'] as const;
export const columnKindSchema = z.enum(columnKinds);
export type ColumnKind = z.infer<typeof columnKindSchema>;

/** Excel's own limits on a sheet name: 1–31 characters, none of : \ / ? * [ ]. */
export const sheetNameSchema = z
  .string()
  .min(1)
  .max(31)
  .regex(/^[^:\\/?*[\]]+$/, 'no : \\ / ? * [ ] in a sheet name');

export const sheetColumnSchema = z
  .object({
    header: z.string().min(1),
    /** Width in characters (Excel's unit); a CJK character counts about two. */
    width: z.number().positive().max(255),
    kind: columnKindSchema,
  })
  .strict();
export type SheetColumn = z.infer<typeof sheetColumnSchema>;

const plainValueSchema = z.union([z.string(), z.number().finite(), z.null()]);

/** A cell whose kind differs from its column's (e.g. a percent in the summary's value column). */
export const typedCellSchema = z.object({ kind: columnKindSchema, value: plainValueSchema }).strict();
export type TypedCell = z.infer<typeof typedCellSchema>;

export const cellSchema = z.union([plainValueSchema, typedCellSchema]);
export type Cell = z.infer<typeof cellSchema>;

export const sheetSchema = z
  .object({
    /** Stable, language-independent key (`grids`, `incidents`…), used to pick a table for CSV. */
    key: z.string().regex(/^[a-z][a-zA-Z]*$/),
    name: sheetNameSchema,
    columns: z.array(sheetColumnSchema).min(1),
    rows: z.array(z.array(cellSchema)),
  })
  .strict()
  .superRefine((sheet, ctx) => {
    const problem = findCellProblem(sheet);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export type Sheet = z.infer<typeof sheetSchema>;

export const workbookSchema = z
  .object({ sheets: z.array(sheetSchema).min(1) })
  .strict()
  .refine((wb) => new Set(wb.sheets.map((s) => s.name)).size === wb.sheets.length, 'sheet names must differ')
  .refine((wb) => new Set(wb.sheets.map((s) => s.key)).size === wb.sheets.length, 'sheet keys must differ');
export type Workbook = z.infer<typeof workbookSchema>;

/** The kind and value of a cell, with its column's kind applied when the cell doesn't override it. */
export function resolveCell(
  cell: Cell,
  column: SheetColumn,
): { kind: ColumnKind; value: string | number | null } {
  if (cell !== null && typeof cell === 'object') return cell;
  return { kind: column.kind, value: cell };
}

/**
 * The first way a sheet breaks the invariants above, or null. Cheap enough to run on every
 * render (a district day is tens of thousands of cells), unlike a full zod parse of the rows.
 */
export function findCellProblem(sheet: Pick<Sheet, 'name' | 'columns' | 'rows'>): string | null {
  for (const [r, row] of sheet.rows.entries()) {
    if (row.length !== sheet.columns.length)
      return `${sheet.name}: row ${r + 1} has ${row.length} cells for ${sheet.columns.length} columns`;
    for (const [c, cell] of row.entries()) {
      const column = sheet.columns[c];
      if (!column) continue;
      const { kind, value } = resolveCell(cell, column);
      if (value === null) continue;
      const ok =
        kind === 'text' ? typeof value === 'string' : typeof value === 'number' && Number.isFinite(value);
      if (!ok) return `${sheet.name}: row ${r + 1}, column "${column.header}" is not a ${kind} value`;
    }
  }
  return null;
}

/** Throws when a workbook breaks the invariants — a programming error, not user input. */
export function assertWellFormed(workbook: Workbook): void {
  for (const sheet of workbook.sheets) {
    const problem = findCellProblem(sheet);
    if (problem) throw new Error(`malformed workbook: ${problem}`);
  }
}
