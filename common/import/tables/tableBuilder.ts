/**
 * Builds a TableShape row by row, so a 200,000-row file never needs all its raw rows at once:
 * the first ten rows are held until the header is chosen (the row naming the most known
 * fields, as shapeTable describes), then each row is checked and kept or set aside as it comes.
 *
 * With `checkWidth` (CSV, whose rows can be ragged), a row with fewer cells than the header
 * names, or with text beyond the header's last column, is a structural issue of that line and
 * is not checked further. Header names that occur twice are told apart by their column number
 * (`地址 #2`, `地址 #5`) so neither column disappears behind the other, and the importer does
 * not pick one of them by itself: the officer maps it explicitly.
 */
import { rowIssue, type RowIssue } from './rowIssues';
import { distinctHeader, headerField as matches } from './headerNames';
import type { Cell, FieldSpec, TableShape } from './tableShape';

const HEADER_ROWS = 10;

const cellText = (c: Cell): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c);
const isBlank = (row: readonly Cell[]) => row.every((c) => cellText(c).trim() === '');

export interface TableBuilder {
  push(line: number, cells: Cell[]): void;
  /** A structural issue found by the reader itself (a bad quote, undecodable bytes). */
  reject(issue: RowIssue): void;
  /** Data rows kept so far (for row limits while reading). */
  readonly rowCount: number;
  /** Whether the header has been chosen (after the first ten rows). */
  readonly hasHeader: boolean;
  finish(): TableShape;
}

export function createTableBuilder<K extends string>(
  fields: readonly FieldSpec<K>[],
  opts: { checkWidth: boolean },
): TableBuilder {
  const head: Array<{ line: number; cells: Cell[] }> = [];
  let header: string[] | null = null;
  let headerLine = 0;
  let width = 0;
  const rows: TableShape['rows'] = [];
  const issues: RowIssue[] = [];
  const rejectedLines = new Set<number>();

  function take(line: number, cells: Cell[]): void {
    if (isBlank(cells)) return;
    if (opts.checkWidth) {
      if (cells.length < width) {
        issues.push(
          rowIssue(line, null, 'too-few-fields', `${cells.length} fields, header has ${width}`, {
            expected: width,
            found: cells.length,
          }),
        );
        rejectedLines.add(line);
        return;
      }
      if (cells.slice(width).some((c) => cellText(c).trim() !== '')) {
        issues.push(
          rowIssue(line, null, 'too-many-fields', `${cells.length} fields, header has ${width}`, {
            expected: width,
            found: cells.length,
          }),
        );
        rejectedLines.add(line);
        return;
      }
    }
    rows.push({ line, cells });
  }

  function chooseHeader(): void {
    let best = 0;
    let bestScore = -1;
    head.forEach((r, i) => {
      const score = r.cells.filter((c) => matches(cellText(c), fields) !== null).length;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    // with no known names at all, the first non-empty row is the header
    if (bestScore === 0)
      best = Math.max(
        0,
        head.findIndex((r) => !isBlank(r.cells)),
      );
    const chosen = head[best];
    const names = (chosen?.cells ?? []).map((c) => cellText(c).trim());
    // the header's width: up to its last named column (Excel pads rows with empty cells)
    let last = names.length;
    while (last > 0 && names[last - 1] === '') last--;
    width = last;
    header = distinctHeader(names);
    headerLine = chosen?.line ?? 1;
    for (const r of head.slice(best + 1)) take(r.line, r.cells);
    head.length = 0;
  }

  return {
    push(line, cells) {
      if (header) return take(line, cells);
      head.push({ line, cells });
      if (head.length >= HEADER_ROWS) chooseHeader();
    },
    reject(issue) {
      issues.push(issue);
      rejectedLines.add(issue.line);
    },
    get rowCount() {
      return rows.length + head.length;
    },
    get hasHeader() {
      return header !== null;
    },
    finish() {
      if (!header) chooseHeader();
      // a reader's issue may concern a row inside the header's look-ahead: keep lines in order
      issues.sort((a, b) => a.line - b.line);
      return {
        header: header ?? [],
        headerLine,
        rows: rows.filter((r) => !rejectedLines.has(r.line)),
        issues,
        skipped: rejectedLines.size,
      };
    },
  };
}
