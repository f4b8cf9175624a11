/**
 * Reading one typed value out of a row cell, with the issue to report when it is not one.
 * Spreadsheet cells arrive as strings (CSV) or typed values (XLSX); both read the same way.
 * A text cell that our own (or any OWASP-minded) export guarded against formula injection —
 * an apostrophe before = + - @ — reads back without the apostrophe, so an exported file
 * re-imports to exactly what was exported.
 */
import type { Cell, ColumnMapping, TableShape } from './tableShape';
import { rowIssue, type RowIssue } from './rowIssues';

export interface CellRef {
  line: number;
  column: string;
  value: Cell;
}

export type Read<T> = { ok: true; value: T } | { ok: false; issue: RowIssue };

const guardedFormula = /^'[=+\-@\t\r]/;
/** A plain decimal (thousands commas allowed): not hex, binary, NaN, Infinity or `1_000`, which Number() would take. */
const decimal = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function textOf(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  const text = String(value).trim();
  return guardedFormula.test(text) ? text.slice(1) : text;
}

export function readText(ref: CellRef, opts: { required: boolean; max: number }): Read<string> {
  const text = textOf(ref.value);
  if (text === '' && opts.required)
    return { ok: false, issue: rowIssue(ref.line, ref.column, 'missing', `${ref.column} is empty`) };
  if (text.length > opts.max)
    return {
      ok: false,
      issue: rowIssue(ref.line, ref.column, 'too-long', `${ref.column} longer than ${opts.max}`, {
        max: opts.max,
      }),
    };
  return { ok: true, value: text };
}

export function readNumber(
  ref: CellRef,
  opts: { required: boolean; min: number; max: number; integer: boolean },
): Read<number | null> {
  const text = textOf(ref.value);
  if (text === '') {
    if (opts.required)
      return { ok: false, issue: rowIssue(ref.line, ref.column, 'missing', `${ref.column} is empty`) };
    return { ok: true, value: null };
  }
  const plain = text.replace(/,/g, '');
  const n = typeof ref.value === 'number' ? ref.value : decimal.test(plain) ? Number(plain) : NaN;
  if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n)))
    return {
      ok: false,
      issue: rowIssue(ref.line, ref.column, 'not-a-number', `${ref.column}: "${text}" is not a number`, {
        value: text,
      }),
    };
  if (n < opts.min || n > opts.max)
    return {
      ok: false,
      issue: rowIssue(
        ref.line,
        ref.column,
        'out-of-range',
        `${ref.column}: ${n} not in ${opts.min}–${opts.max}`,
        {
          value: n,
          min: opts.min,
          max: opts.max,
        },
      ),
    };
  return { ok: true, value: n };
}

/** The cells of one row by field, named as the file names their columns (for messages). */
export function rowCells<K extends string>(
  table: Pick<TableShape, 'header'>,
  mapping: ColumnMapping<K>,
  row: TableShape['rows'][number],
): (field: K) => CellRef {
  return (field) => {
    const index = mapping[field];
    return {
      line: row.line,
      column: index === null ? field : (table.header[index] ?? field),
      value: index === null ? null : row.cells[index],
    };
  };
}
