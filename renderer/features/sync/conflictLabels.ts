/** Words for a conflict's field and values: known fields and enum values translated, others shown as JSON. */
import type { Translate } from '#renderer/i18n/translate';
import type { MessageKey } from '#renderer/i18n/zh';

const fieldKeys: Record<string, MessageKey> = {
  severity: 'incidents.col.severity',
  status: 'incidents.col.status',
  type: 'incidents.col.type',
  description: 'incidents.col.description',
  assigneeId: 'incidents.col.assignee',
  officerId: 'grids.col.officer',
  gridLeader: 'grids.col.leader',
};

const valuePrefixes: Record<string, string> = {
  severity: 'severity',
  status: 'incidentStatus',
  type: 'incidentType',
};

export function fieldLabel(field: string, t: Translate): string {
  const key = fieldKeys[field];
  return key ? t(key) : field;
}

export function valueLabel(field: string, value: unknown, t: Translate): string {
  const prefix = valuePrefixes[field];
  if (prefix && typeof value === 'string') {
    const translated = t(`${prefix}.${value}` as MessageKey);
    if (translated !== `${prefix}.${value}`) return translated;
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
