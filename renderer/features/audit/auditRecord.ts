/**
 * What an audit entry is about, in words: the entity's name (警情, 管控等级…) and the record's
 * own name — a grid's code and name, an officer's name, an address, an incident's type and
 * description, a report's day and format — instead of a table name and a UUID. Pure.
 */
import type { AuditEntry } from '#common/schemas';
import { nameKey, showValue, type ValueContext } from './auditValue';
import { entityKey, isNamedTable } from './auditVocabulary';

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

export function entityLabel(entity: string, ctx: Pick<ValueContext, 't'>): string {
  const key = entityKey(entity);
  return key ? ctx.t(key) : entity;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const shorten = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The record's name as a user knows it; the id's first characters when nothing better is known. */
export function recordLabel(entry: AuditEntry, ctx: ValueContext): string {
  const row = asRecord(entry.after) ?? asRecord(entry.before) ?? {};
  const shown = (field: string): string => showValue(entry.entity, field, row[field], ctx);
  const fallback = entry.entityId.slice(0, 8);
  if (entry.action === 'resolve-conflict' || entry.action === 'export') {
    if (entry.entity === 'report' && typeof row.date === 'string')
      return `${shown('date')} ${shown('format')}`;
    if (typeof row.fileName === 'string') return row.fileName;
  }
  switch (entry.entity) {
    case 'controlLevels':
      return typeof row.gridId === 'string' ? `${shown('gridId')} · ${shown('level')}` : fallback;
    case 'incidents':
      return typeof row.type === 'string'
        ? `${shown('type')} · ${shorten(text(row.description), 18)}`
        : fallback;
    case 'visits':
      return typeof row.householdId === 'string' ? shown('householdId') : fallback;
    case 'findings':
      return text(row.maskedName) || fallback;
    case 'shifts':
      return typeof row.checkpointId === 'string' ? shown('checkpointId') : shown('siteId');
    case 'stations':
      return text(row.name) || fallback;
  }
  const named = isNamedTable(entry.entity) ? ctx.names.get(nameKey(entry.entity, entry.entityId)) : undefined;
  if (named) return named;
  return text(row.name) || text(row.address) || fallback;
}
