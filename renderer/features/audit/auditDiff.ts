/**
 * The fields an audited change touched, before → after, for the audit table. Pure.
 * Invariants: server bookkeeping (id, version, updatedAt, updatedBy, stationId) is left out; a
 * field appears only when its value differs (deep, by JSON); fields come in the order of the
 * entity's schema (as its forms show them), `deleted` after them, unknown fields last by name.
 */
import { entitySchemas, type EntityName } from '#common/schemas/entities';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const bookkeeping = new Set(['version', 'updatedAt', 'updatedBy', 'stationId', 'id']);

const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const isEntityName = (name: string): name is EntityName => Object.hasOwn(entitySchemas, name);

/** Position of a field in its entity's schema; `deleted` and unknown fields sort after. */
function fieldRank(entity: string): (field: string) => number {
  const schema = isEntityName(entity) ? entitySchemas[entity] : null;
  const order = schema ? Object.keys(schema.shape).filter((f) => f !== 'deleted') : [];
  return (field) => {
    const i = order.indexOf(field);
    return i >= 0 ? i : field === 'deleted' ? order.length : order.length + 1;
  };
}

function orderedFields(entity: string, ...rows: Record<string, unknown>[]): string[] {
  const rank = fieldRank(entity);
  return [...new Set(rows.flatMap((r) => Object.keys(r)))]
    .filter((f) => !bookkeeping.has(f))
    .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
}

/** A record's own fields and values (bookkeeping left out), in the same order. */
export function recordFields(row: unknown, entity = ''): { field: string; value: unknown }[] {
  const r = asRecord(row);
  return orderedFields(entity, r).map((field) => ({ field, value: r[field] }));
}

export function changedFields(before: unknown, after: unknown, entity = ''): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  return orderedFields(entity, b, a)
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}
