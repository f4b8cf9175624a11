/**
 * What a table import (households, officers, volunteer teams) can find wrong with a row: the
 * row's line in the file (1-based, counting title and header rows, as a spreadsheet shows it),
 * the column's header as the file names it, a code the interface translates, and an English
 * detail for logs and the downloadable error report.
 */
export const rowIssueCodes = [
  'missing',
  'too-long',
  'not-a-number',
  'out-of-range',
  'not-allowed',
  'duplicate',
  'grid-not-found',
  'no-grid-at-point',
  'point-outside-grid',
  'point-invalid',
  'invalid',
  // a record the cache already holds (a pass registration's 登记编号 imported before)
  'replayed',
  // the file's own structure (CSV): the row is not checked further
  'too-few-fields',
  'too-many-fields',
  'bad-quote',
  'undecodable',
  'mixed-encoding',
] as const;
export type RowIssueCode = (typeof rowIssueCodes)[number];

export interface RowIssue {
  line: number;
  /** The column's header in the file, or null for a problem of the whole row. */
  column: string | null;
  code: RowIssueCode;
  params: Record<string, string | number>;
  detail: string;
}

export function rowIssue(
  line: number,
  column: string | null,
  code: RowIssueCode,
  detail: string,
  params: Record<string, string | number> = {},
): RowIssue {
  return { line, column, code, params, detail };
}
