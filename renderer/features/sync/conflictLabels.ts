/** Words for a conflict's field and values: known fields and enum values translated, others shown as JSON. */
import type { Translate } from '#renderer/i18n/translate';
import type { MessageKey } from '#renderer/i18n/zh';
import {
  incidentStatusKey,
  incidentTypeKey,
  keyIn,
  severityKey,
  type KeyTable,
} from '#renderer/i18n/domainWords';

const fieldKeys: Record<string, MessageKey> = {
  severity: 'incidents.col.severity',
  status: 'incidents.col.status',
  type: 'incidents.col.type',
  description: 'incidents.col.description',
  assigneeId: 'incidents.col.assignee',
  officerId: 'grids.col.officer',
  gridLeader: 'grids.col.leader',
};

const valueTables: Record<string, KeyTable> = {
  severity: severityKey,
  status: incidentStatusKey,
  type: incidentTypeKey,
};

export function fieldLabel(field: string, t: Translate): string {
  const key = fieldKeys[field];
  return key ? t(key) : field;
}

export function valueLabel(field: string, value: unknown, t: Translate): string {
  const table = valueTables[field];
  const key = table ? keyIn(table, value) : null;
  if (key) return t(key);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
