/**
 * The audit log's words: what each stored entity name, field name and value kind is called
 * on screen, so the log reads 警情 · 状态：新警情 → 处置中, not `incidents · status: new →
 * in-progress`. Pure data and lookups; the message texts live in i18n/features/audit.ts and
 * reuse the app's existing enum messages (incidentStatus.*, level.*, …) where they exist.
 * Invariant: every field of every synced entity has a label (a unit test checks it).
 */
import type { MessageKey } from '#renderer/i18n/zh';
import { zh } from '#renderer/i18n/zh';

/** Tables whose ids the log shows by name. */
export const namedTables = [
  'grids',
  'officers',
  'checkpoints',
  'testingSites',
  'campaigns',
  'households',
  'volunteerTeams',
  'visits',
] as const;
export type NamedTable = (typeof namedTables)[number];

export const isNamedTable = (name: string): name is NamedTable =>
  (namedTables as readonly string[]).includes(name);

/** How a field's value is shown. */
export type ValueKind =
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'bool' }
  | { kind: 'time' }
  | { kind: 'day' }
  | { kind: 'point' }
  | { kind: 'geometry' }
  | { kind: 'bytes' }
  | { kind: 'upper' }
  /** A stored enum value, shown through `${prefix}${value}`. */
  | { kind: 'enum'; prefix: string }
  | { kind: 'enumList'; prefix: string }
  /** The id of a record, shown by that record's name. */
  | { kind: 'ref'; table: NamedTable }
  | { kind: 'refList'; table: NamedTable }
  /** An officer id, or `system`, or a workstation's name (before sign-in). */
  | { kind: 'person' }
  | { kind: 'timeline' }
  | { kind: 'shiftStaff' }
  | { kind: 'siteStaff' }
  | { kind: 'assignments' }
  /** A field name (a conflict names the field it was about). */
  | { kind: 'fieldName' };

const text: ValueKind = { kind: 'text' };
const num: ValueKind = { kind: 'number' };
const time: ValueKind = { kind: 'time' };
const ref = (table: NamedTable): ValueKind => ({ kind: 'ref', table });
const enumOf = (prefix: string): ValueKind => ({ kind: 'enum', prefix });

/** Value kinds by field name, for every entity. */
const byField: Record<string, ValueKind> = {
  deleted: { kind: 'bool' },
  onDuty: { kind: 'bool' },
  active: { kind: 'bool' },
  access: enumOf('roles.'),
  staffed24h: { kind: 'bool' },
  gridLoadLimit: num,
  lockAfterMinutes: num,
  householdTotal: num,
  residentTotal: num,
  registeredResidents: num,
  unregisteredFound: num,
  overdueTestsFound: num,
  queueLength: num,
  members: num,
  rows: num,
  from: time,
  to: time,
  start: time,
  end: time,
  at: time,
  visitedAt: time,
  reportedAt: time,
  assignedAt: time,
  resolvedAt: time,
  day: { kind: 'day' },
  date: { kind: 'day' },
  point: { kind: 'point' },
  geometry: { kind: 'geometry' },
  bytes: { kind: 'bytes' },
  format: { kind: 'upper' },
  gridId: ref('grids'),
  officerId: ref('officers'),
  assigneeId: ref('officers'),
  checkpointId: ref('checkpoints'),
  siteId: ref('testingSites'),
  campaignId: ref('campaigns'),
  householdId: ref('households'),
  visitId: ref('visits'),
  teamId: ref('volunteerTeams'),
  targetGridIds: { kind: 'refList', table: 'grids' },
  decidedBy: { kind: 'person' },
  level: enumOf('level.'),
  severity: enumOf('severity.'),
  mode: enumOf('checkpointMode.'),
  postType: enumOf('postType.'),
  outcome: enumOf('sweeps.outcome.'),
  followUp: enumOf('sweeps.followUp.'),
  zonesReady: { kind: 'enumList', prefix: 'siteZone.' },
  roles: { kind: 'enumList', prefix: 'volunteerRole.' },
  choice: enumOf('audit.choice.'),
  timeline: { kind: 'timeline' },
  assignments: { kind: 'assignments' },
  field: { kind: 'fieldName' },
};

/** Where the same field name means different things in different entities. */
const byEntityField: Record<string, Record<string, ValueKind>> = {
  incidents: { type: enumOf('incidentType.'), status: enumOf('incidentStatus.') },
  testingSites: { status: enumOf('siteStatus.'), staff: { kind: 'siteStaff' } },
  shifts: { staff: { kind: 'shiftStaff' } },
  officers: { role: enumOf('audit.officerRole.') },
  campaigns: { kind: enumOf('sweeps.campaignKind.') },
  findings: { kind: enumOf('sweeps.findingKind.') },
};

/** Export entries name what was exported in `kind` (a data export) — an entity. */
const exportKind: ValueKind = enumOf('audit.entity.');

export function valueKind(entity: string, field: string): ValueKind {
  return byEntityField[entity]?.[field] ?? (field === 'kind' ? exportKind : byField[field]) ?? text;
}

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(zh, key);

/** The message key of an entity's name, or null for a name the app does not know. */
export function entityKey(entity: string): MessageKey | null {
  const key = `audit.entity.${entity}`;
  return isMessageKey(key) ? key : null;
}

/** The message key of a field's label: the entity's own wording first, then the shared one. */
export function fieldKey(entity: string, field: string): MessageKey | null {
  const own = `audit.field.${entity}.${field}`;
  if (isMessageKey(own)) return own;
  const shared = `audit.field.${field}`;
  return isMessageKey(shared) ? shared : null;
}
