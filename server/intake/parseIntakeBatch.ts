/**
 * Checks an intake body row by row (common/sync/intakeProtocol.ts), so that a refused batch
 * names EVERY bad row with its index, not just the first: each row against the row schema,
 * then the batch for an `externalRef` or `id` given twice. The messages name the field and
 * what is wrong with it — zod's messages carry types, options and key names, never the value
 * — so no name or ID number is echoed back or audited. Pure.
 */
import type { z } from 'zod';
import {
  INTAKE_MAX_ROWS,
  intakeRowSchema,
  type IntakeRow,
  type IntakeRowRefusal,
} from '#common/sync/intakeProtocol';

/** A well-formed row and its place in the batch. */
export interface IndexedRow {
  index: number;
  row: IntakeRow;
}

export type ParsedBatch =
  /**
   * The well-formed rows, and the rows refused already (malformed, a ref or id given twice):
   * the well-formed ones still go through the centre's checks, so that a refusal names every
   * bad row; any refusal refuses the batch.
   */
  | { kind: 'rows'; rows: IndexedRow[]; refusals: IntakeRowRefusal[]; total: number }
  /** Not an object with a `rows` array of 1…INTAKE_MAX_ROWS: 400, or 413 for too many rows. */
  | { kind: 'not-a-batch'; status: 400 | 413; message: string };

const describe = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');

const refOf = (row: unknown): string | null => {
  const ref = (row as { externalRef?: unknown } | null)?.externalRef;
  return typeof ref === 'string' ? ref.slice(0, 64) : null;
};

export function parseIntakeBatch(body: unknown): ParsedBatch {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { kind: 'not-a-batch', status: 400, message: 'body: expected an object { rows: [...] }' };
  const extra = Object.keys(body).filter((k) => k !== 'rows');
  if (extra.length > 0)
    return {
      kind: 'not-a-batch',
      status: 400,
      message: `body: unrecognised key "${extra[0]?.slice(0, 40)}"`,
    };
  const rows = (body as { rows?: unknown }).rows;
  if (!Array.isArray(rows)) return { kind: 'not-a-batch', status: 400, message: 'rows: expected an array' };
  if (rows.length === 0) return { kind: 'not-a-batch', status: 400, message: 'rows: at least one row' };
  if (rows.length > INTAKE_MAX_ROWS)
    return {
      kind: 'not-a-batch',
      status: 413,
      message: `rows: at most ${INTAKE_MAX_ROWS} rows a batch, got ${rows.length}`,
    };

  const refusals: IntakeRowRefusal[] = [];
  const parsed: IndexedRow[] = [];
  const firstRef = new Map<string, number>();
  const firstId = new Map<string, number>();
  rows.forEach((raw: unknown, index) => {
    const result = intakeRowSchema.safeParse(raw);
    if (!result.success) {
      refusals.push({ index, externalRef: refOf(raw), reason: 'malformed', message: describe(result.error) });
      return;
    }
    const row = result.data;
    const sameRef = firstRef.get(row.externalRef);
    const sameId = row.id === undefined ? undefined : firstId.get(row.id);
    if (sameRef === undefined) firstRef.set(row.externalRef, index);
    if (row.id !== undefined && sameId === undefined) firstId.set(row.id, index);
    if (sameRef !== undefined)
      refusals.push({
        index,
        externalRef: row.externalRef,
        reason: 'ref-repeated',
        message: `externalRef: already given by row ${sameRef} of this batch`,
      });
    else if (sameId !== undefined)
      refusals.push({
        index,
        externalRef: row.externalRef,
        reason: 'id-taken',
        message: `id: already given by row ${sameId} of this batch`,
      });
    else parsed.push({ index, row });
  });
  return { kind: 'rows', rows: parsed, refusals, total: rows.length };
}
