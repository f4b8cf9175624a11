/**
 * The audit log's words: what each stored entity name, field name and value kind is called
 * on screen, so the log reads 警情 · 状态：新警情 → 处置中, not `incidents · status: new →
 * in-progress`. Pure data and lookups; the message texts live in i18n/features/audit.ts and
 * reuse the app's existing enum messages (incidentStatus.*, level.*, …) where they exist.
 * Invariant: every field of every synced entity has a label (a unit test checks it).
 */
import type { MessageKey } from '#renderer/i18n/zh';
import {
  checkpointModeKey,
  gateDirectionKey,
  gateResultKey,
  handoverStatusKey,
  healthCodeKey,
  householdRoleKey,
  incidentStatusKey,
  intakeFlagKey,
  passReasonKey,
  passSourceKey,
  passStatusKey,
  incidentTypeKey,
  keyIn,
  levelKey,
  severityKey,
  siteStatusKey,
  type KeyTable,
} from '#renderer/i18n/domainWords';
import {
  auditActionKey,
  auditChoiceKey,
  auditEntityKey,
  auditFieldKey,
  auditNullKey,
  auditOfficerRoleKey,
  postTypeKey,
  rolesKey,
  siteZoneKey,
  sweepsCampaignKindKey,
  sweepsFindingKindKey,
  sweepsFollowUpKey,
  sweepsOutcomeKey,
  volunteerRoleKey,
} from '#renderer/i18n/keyTables';

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
  /** A stored enum value, shown through its entry in a literal key table. */
  | { kind: 'enum'; table: KeyTable }
  | { kind: 'enumList'; table: KeyTable }
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
const enumOf = (table: KeyTable): ValueKind => ({ kind: 'enum', table });

/** Value kinds by field name, for every entity. */
const byField: Record<string, ValueKind> = {
  deleted: { kind: 'bool' },
  onDuty: { kind: 'bool' },
  active: { kind: 'bool' },
  access: enumOf(rolesKey),
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
  level: enumOf(levelKey),
  severity: enumOf(severityKey),
  mode: enumOf(checkpointModeKey),
  postType: enumOf(postTypeKey),
  outcome: enumOf(sweepsOutcomeKey),
  followUp: enumOf(sweepsFollowUpKey),
  zonesReady: { kind: 'enumList', table: siteZoneKey },
  roles: { kind: 'enumList', table: volunteerRoleKey },
  choice: enumOf(auditChoiceKey),
  timeline: { kind: 'timeline' },
  assignments: { kind: 'assignments' },
  field: { kind: 'fieldName' },
  healthCodeAt: time,
  submittedAt: time,
  reviewedAt: time,
  validFrom: time,
  validUntil: time,
  checkedAt: time,
  shiftStart: time,
  handedAt: time,
  incomingSignedAt: time,
  reviewedBy: { kind: 'person' },
  outgoingOfficerId: ref('officers'),
  incomingOfficerId: ref('officers'),
  temperature: num,
  healthCode: enumOf(healthCodeKey),
  householdRole: enumOf(householdRoleKey),
  source: enumOf(passSourceKey),
  direction: enumOf(gateDirectionKey),
  result: enumOf(gateResultKey),
  flags: { kind: 'enumList', table: intakeFlagKey },
};

/** Where the same field name means different things in different entities. */
const byEntityField: Record<string, Record<string, ValueKind>> = {
  incidents: { type: enumOf(incidentTypeKey), status: enumOf(incidentStatusKey) },
  testingSites: { status: enumOf(siteStatusKey), staff: { kind: 'siteStaff' } },
  shifts: { staff: { kind: 'shiftStaff' } },
  officers: { role: enumOf(auditOfficerRoleKey) },
  campaigns: { kind: enumOf(sweepsCampaignKindKey) },
  findings: { kind: enumOf(sweepsFindingKindKey) },
  passRegistrations: { status: enumOf(passStatusKey), reason: enumOf(passReasonKey) },
  handovers: { status: enumOf(handoverStatusKey) },
};

/** Export entries name what was exported in `kind` (a data export) — an entity. */
const exportKind: ValueKind = enumOf(auditEntityKey);

export function valueKind(entity: string, field: string): ValueKind {
  return byEntityField[entity]?.[field] ?? (field === 'kind' ? exportKind : byField[field]) ?? text;
}

/** The message key of an entity's name, or null for a name the app does not know. */
export function entityKey(entity: string): MessageKey | null {
  return keyIn(auditEntityKey, entity);
}

/** The message key of a field's label: the entity's own wording first, then the shared one. */
export function fieldKey(entity: string, field: string): MessageKey | null {
  return keyIn(auditFieldKey, `${entity}.${field}`) ?? keyIn(auditFieldKey, field);
}

/** The words for a field left empty, when the entity has its own (未指派 for an assignee). */
export function nullKey(entity: string, field: string): MessageKey | null {
  return keyIn(auditNullKey, `${entity}.${field}`);
}

/** The message key of an entry's action (新建, 修改, 导出…), or null for one this version does not know. */
export function actionKey(action: string): MessageKey | null {
  return keyIn(auditActionKey, action);
}
