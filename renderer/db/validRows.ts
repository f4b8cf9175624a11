/**
 * Reads rows from the cache through their zod schema: valid rows are returned, malformed
 * ones (unknown enum values, missing fields…) become problems the UI reports instead of
 * rendering `undefined`. Tombstoned rows are dropped here too.
 */
import type { z } from 'zod';

export interface RowProblem {
  table: string;
  id: string;
  reason: string;
}

export interface ValidRows<T> {
  rows: T[];
  problems: RowProblem[];
}

export function validRows<S extends z.ZodType>(
  table: string,
  raw: readonly unknown[],
  schema: S,
): ValidRows<z.infer<S>> {
  const rows: z.infer<S>[] = [];
  const problems: RowProblem[] = [];
  for (const item of raw) {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      const row = parsed.data as { deleted?: boolean };
      if (row.deleted !== true) rows.push(parsed.data);
      continue;
    }
    const id =
      typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : '?';
    const issue = parsed.error.issues[0];
    problems.push({
      table,
      id,
      reason: issue ? `${issue.path.join('.') || '(row)'}: ${issue.message}` : 'invalid',
    });
  }
  return { rows, problems };
}
