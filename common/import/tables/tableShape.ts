/**
 * From a sheet's raw cells to a header and data rows. Real spreadsheets put a title row (often
 * merged across the columns) or a two-level merged header above the column names, so the
 * header is the row among the first ten that names the most known fields; everything above it
 * is ignored, and each data row keeps its line number as the spreadsheet shows it.
 */
export type Cell = string | number | boolean | Date | null | undefined;

export interface TableShape {
  header: string[];
  /** 1-based line of the header row. */
  headerLine: number;
  rows: Array<{ line: number; cells: Cell[] }>;
}

export interface FieldSpec<K extends string> {
  key: K;
  required: boolean;
  /** Header names this field goes by (Chinese and English); compared ignoring case, spaces and brackets. */
  synonyms: readonly string[];
}

export type ColumnMapping<K extends string> = Record<K, number | null>;

export const normaliseHeader = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s（）()*＊:：]/g, '');

const cellText = (c: Cell): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c);

function matches<K extends string>(header: string, fields: readonly FieldSpec<K>[]): K | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  return fields.find((f) => f.synonyms.some((s) => normaliseHeader(s) === h))?.key ?? null;
}

export function shapeTable<K extends string>(
  cells: readonly Cell[][],
  fields: readonly FieldSpec<K>[],
): TableShape {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < Math.min(10, cells.length); i++) {
    const score = (cells[i] ?? []).filter((c) => matches(cellText(c), fields) !== null).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  // with no known names at all, the first non-empty row is the header
  if (bestScore === 0)
    best = Math.max(
      0,
      cells.findIndex((r) => r.some((c) => cellText(c).trim() !== '')),
    );
  const header = (cells[best] ?? []).map((c) => cellText(c).trim());
  const rows: TableShape['rows'] = [];
  for (let i = best + 1; i < cells.length; i++) {
    const row = cells[i] ?? [];
    if (row.every((c) => cellText(c).trim() === '')) continue;
    rows.push({ line: i + 1, cells: row });
  }
  return { header, headerLine: best + 1, rows };
}

export function suggestColumns<K extends string>(
  header: readonly string[],
  fields: readonly FieldSpec<K>[],
): ColumnMapping<K> {
  const mapping = Object.fromEntries(fields.map((f) => [f.key, null])) as ColumnMapping<K>;
  header.forEach((name, index) => {
    const key = matches(name, fields);
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
