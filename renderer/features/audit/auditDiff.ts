/**
 * The fields an audited change touched, before → after, for the audit table. Pure.
 * Invariants: server bookkeeping (version, updatedAt, updatedBy, stationId) is left out; a
 * field appears only when its value differs (deep, by JSON); fields come sorted by name.
 */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const bookkeeping = new Set(['version', 'updatedAt', 'updatedBy', 'stationId', 'id']);

const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((f) => !bookkeeping.has(f))
    .sort();
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}

/** Fields holding an instant (epoch ms), shown as a date and time. */
export const isTimeField = (field: string): boolean => /^(from|to|at|start|end)$|At$/.test(field);

/** A short display of a field value (long values are cut; instants through `formatTime`). */
export function showValue(value: unknown, field = '', formatTime?: (ms: number) => string): string {
  if (value === undefined) return '—';
  if (formatTime && typeof value === 'number' && isTimeField(field)) return formatTime(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
