/**
 * From a sheet's raw cells to a header and data rows. Real spreadsheets put a title row (often
 * merged across the columns) or a two-level merged header above the column names, so the
 * header is the row among the first ten that names the most known fields; everything above it
 * is ignored, and each data row keeps its line number as the spreadsheet shows it.
 */
import type { RowIssue } from './rowIssues';
import { headerField } from './headerNames';
import { createTableBuilder } from './tableBuilder';

export { normaliseHeader } from './headerNames';

export type Cell = string | number | boolean | Date | null | undefined;

export interface TableShape {
  header: string[];
  /** 1-based line of the header row. */
  headerLine: number;
  rows: Array<{ line: number; cells: Cell[] }>;
  /** Rows refused for the file's own structure (ragged CSV rows, bad quotes, bad bytes), by line. */
  issues?: RowIssue[];
  /** How many rows those issues set aside (they count in the total, not in `rows`). */
  skipped?: number;
}

export interface FieldSpec<K extends string> {
  key: K;
  required: boolean;
  /** Header names this field goes by (Chinese and English); compared ignoring case, spaces and brackets. */
  synonyms: readonly string[];
}

export type ColumnMapping<K extends string> = Record<K, number | null>;

export function shapeTable<K extends string>(
  cells: readonly Cell[][],
  fields: readonly FieldSpec<K>[],
): TableShape {
  const builder = createTableBuilder(fields, { checkWidth: false });
  cells.forEach((row, i) => builder.push(i + 1, row));
  return builder.finish();
}

export function suggestColumns<K extends string>(
  header: readonly string[],
  fields: readonly FieldSpec<K>[],
): ColumnMapping<K> {
  const mapping = Object.fromEntries(fields.map((f) => [f.key, null])) as ColumnMapping<K>;
  header.forEach((name, index) => {
    const key = headerField(name, fields);
    if (key !== null && mapping[key] === null) mapping[key] = index;
  });
  return mapping;
}

/** Required fields the mapping leaves without a column. */
export function unmappedRequired<K extends string>(
  mapping: ColumnMapping<K>,
  fields: readonly FieldSpec<K>[],
): K[] {
  return fields.filter((f) => f.required && mapping[f.key] === null).map((f) => f.key);
}
