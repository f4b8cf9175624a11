/**
 * Fields that only ever grow (an incident's timeline of notes and status changes): two
 * workstations adding entries at the same time is not a clash — the merged value is the union
 * of both lists, each entry once, in time order.
 */
import { jsonEqual } from './jsonEqual';

const appendOnly: Readonly<Record<string, readonly string[]>> = { incidents: ['timeline'] };

export function isAppendOnly(entity: string, field: string): boolean {
  return appendOnly[entity]?.includes(field) ?? false;
}

/** Union of two entry lists (server's first), each entry once, ordered by `at` when present. */
export function mergeAppendOnly(serverValue: unknown, clientValue: unknown): unknown[] {
  const server = Array.isArray(serverValue) ? serverValue : [];
  const client = Array.isArray(clientValue) ? clientValue : [];
  const merged = [...server];
  for (const entry of client) if (!merged.some((e) => jsonEqual(e, entry))) merged.push(entry);
  const at = (e: unknown) =>
    typeof e === 'object' && e !== null && typeof (e as { at?: unknown }).at === 'number'
      ? (e as { at: number }).at
      : 0;
  return merged
    .map((e, i) => ({ e, i }))
    .sort((a, b) => at(a.e) - at(b.e) || a.i - b.i)
    .map(({ e }) => e);
}
