/**
 * The message key of each word of the shared domain vocabularies (control levels, severities,
 * incident types and statuses, checkpoint modes, site statuses) and of the sync engine's and
 * cache's failure reasons. Written out literally so the type checker sees every key: a key
 * built from a template and cast would hide a missing or misspelt one. `satisfies` makes a new
 * member of a union fail to compile until it has words.
 */
import type { MutationResult } from '#common/sync/protocol';
import type { SyncErrorKind } from '#common/sync/syncErrors';
import type {
  CheckpointMode,
  ControlLevel,
  IncidentStatus,
  IncidentType,
  Severity,
  SiteStatus,
  GateDirection,
  GateResult,
  HandoverSections,
  HandoverStatus,
  HealthCodeColour,
  HouseholdRole,
  IntakeFlag,
  PassReason,
  PassSource,
  PassStatus,
} from '#common/schemas';
import type { UpdateRefusal, UpdateState } from '#common/update/updateReport';
import type { CacheFailureReason } from '#renderer/db/storageErrors';
import type { MessageKey } from './zh';

export const levelKey = {
  sealed: 'level.sealed',
  controlled: 'level.controlled',
  precaution: 'level.precaution',
  normal: 'level.normal',
} as const satisfies Record<ControlLevel, MessageKey>;

export const severityKey = {
  high: 'severity.high',
  medium: 'severity.medium',
  low: 'severity.low',
} as const satisfies Record<Severity, MessageKey>;

export const incidentTypeKey = {
  gathering: 'incidentType.gathering',
  'checkpoint-breach': 'incidentType.checkpoint-breach',
  'unregistered-person': 'incidentType.unregistered-person',
  'supply-disruption': 'incidentType.supply-disruption',
  dispute: 'incidentType.dispute',
  medical: 'incidentType.medical',
  other: 'incidentType.other',
} as const satisfies Record<IncidentType, MessageKey>;

export const incidentStatusKey = {
  new: 'incidentStatus.new',
  assigned: 'incidentStatus.assigned',
  'in-progress': 'incidentStatus.in-progress',
  resolved: 'incidentStatus.resolved',
} as const satisfies Record<IncidentStatus, MessageKey>;

export const checkpointModeKey = {
  'in-only': 'checkpointMode.in-only',
  'two-way': 'checkpointMode.two-way',
  closed: 'checkpointMode.closed',
} as const satisfies Record<CheckpointMode, MessageKey>;

export const siteStatusKey = {
  planned: 'siteStatus.planned',
  'setting-up': 'siteStatus.setting-up',
  open: 'siteStatus.open',
  closed: 'siteStatus.closed',
} as const satisfies Record<SiteStatus, MessageKey>;

export const syncErrorKey = {
  network: 'sync.error.network',
  'client-outdated': 'sync.error.client-outdated',
  unauthorised: 'sync.error.unauthorised',
  forbidden: 'sync.error.forbidden',
  'invalid-reply': 'sync.error.invalid-reply',
  'invalid-request': 'sync.error.invalid-request',
  'resync-required': 'sync.error.resync-required',
  'out-of-order': 'sync.error.out-of-order',
  'seq-reused': 'sync.error.seq-reused',
  server: 'sync.error.server',
} as const satisfies Record<SyncErrorKind, MessageKey>;

export const cacheFailureKey = {
  'newer-schema': 'cache.failed.newer-schema',
  'broken-schema': 'cache.failed.broken-schema',
  quota: 'cache.failed.quota',
  unavailable: 'cache.failed.unavailable',
  corrupt: 'cache.failed.corrupt',
  'central-unreachable': 'cache.failed.central-unreachable',
} as const satisfies Record<CacheFailureReason, MessageKey>;

/**
 * The key for a value that arrived untyped (a conflict's JSON, a centre audit row): the
 * table's own entry when `value` is one of its members, else null so the caller shows the
 * value as it came. A lookup in a literal table, never a key built from the value.
 */
export function keyIn(table: KeyTable, value: unknown): MessageKey | null {
  return typeof value === 'string' && Object.hasOwn(table, value) ? (table[value] ?? null) : null;
}

/** Any literal key table, read by a code that arrived untyped. */
export type KeyTable = Readonly<Record<string, MessageKey>>;

/** Every member's words at once (`{ sealed: '封控区', … }`), for legends and charts. */
export function wordsFor<K extends string>(
  table: Record<K, MessageKey>,
  t: (key: MessageKey) => string,
): Record<K, string> {
  const entries = (Object.keys(table) as K[]).map((k) => [k, t(table[k])] as const);
  return Object.fromEntries(entries) as Record<K, string>;
}

// the electronic pass, gate checks and the duty handover (issue 15)

export const passStatusKey = {
  pending: 'epass.status.pending',
  approved: 'epass.status.approved',
  rejected: 'epass.status.rejected',
  revoked: 'epass.status.revoked',
} as const satisfies Record<PassStatus, MessageKey>;

export const healthCodeKey = {
  green: 'epass.colour.green',
  yellow: 'epass.colour.yellow',
  red: 'epass.colour.red',
} as const satisfies Record<HealthCodeColour, MessageKey>;

export const householdRoleKey = {
  head: 'epass.role.head',
  member: 'epass.role.member',
  tenant: 'epass.role.tenant',
} as const satisfies Record<HouseholdRole, MessageKey>;

export const passReasonKey = {
  'address-not-found': 'epass.reason.address-not-found',
  'not-resident': 'epass.reason.not-resident',
  'code-colour': 'epass.reason.code-colour',
  duplicate: 'epass.reason.duplicate',
  'info-mismatch': 'epass.reason.info-mismatch',
  'household-full': 'epass.reason.household-full',
  'moved-out': 'epass.reason.moved-out',
  other: 'epass.reason.other',
} as const satisfies Record<PassReason, MessageKey>;

export const intakeFlagKey = {
  'address-unknown': 'epass.flag.address-unknown',
  'address-malformed': 'epass.flag.address-malformed',
  'grid-unknown': 'epass.flag.grid-unknown',
  'id-check-digit': 'epass.flag.id-check-digit',
  'date-impossible': 'epass.flag.date-impossible',
  duplicate: 'epass.flag.duplicate',
} as const satisfies Record<IntakeFlag, MessageKey>;

export const passSourceKey = {
  'city-system': 'epass.source.city-system',
  'file-import': 'epass.source.file-import',
  demo: 'epass.source.demo',
} as const satisfies Record<PassSource, MessageKey>;

export const gateDirectionKey = {
  in: 'gate.direction.in',
  out: 'gate.direction.out',
} as const satisfies Record<GateDirection, MessageKey>;

export const gateResultKey = {
  valid: 'gate.result.valid',
  expired: 'gate.result.expired',
  'not-yet-valid': 'gate.result.not-yet-valid',
  revoked: 'gate.result.revoked',
  'not-approved': 'gate.result.not-approved',
  'wrong-zone': 'gate.result.wrong-zone',
  'code-colour': 'gate.result.code-colour',
  'exit-at-in-only': 'gate.result.exit-at-in-only',
  'other-station': 'gate.result.other-station',
  forged: 'gate.result.forged',
  malformed: 'gate.result.malformed',
  'unknown-pass': 'gate.result.unknown-pass',
} as const satisfies Record<GateResult, MessageKey>;

export const handoverStatusKey = {
  'awaiting-incoming': 'handover.status.awaiting-incoming',
  signed: 'handover.status.signed',
} as const satisfies Record<HandoverStatus, MessageKey>;

export const handoverSectionKey = {
  openIncidents: 'handover.section.openIncidents',
  resolvedIncidents: 'handover.section.resolvedIncidents',
  levelChanges: 'handover.section.levelChanges',
  rosterGaps: 'handover.section.rosterGaps',
  pendingReviews: 'handover.section.pendingReviews',
  followUpsDue: 'handover.section.followUpsDue',
  syncProblems: 'handover.section.syncProblems',
} as const satisfies Record<keyof HandoverSections, MessageKey>;

/** Why the centre refused a pushed change, by refusal code (the sync screen, the audit, the handover sheet). */
export const mutationRefusalKey = {
  invalid: 'trust.refusal.invalid',
  'role-forbidden': 'trust.refusal.role-forbidden',
  'officer-unknown': 'trust.refusal.officer-unknown',
  'officer-inactive': 'trust.refusal.officer-inactive',
  'officer-not-signed-in': 'trust.refusal.officer-not-signed-in',
  'pass-code-zone': 'trust.refusal.pass-code-zone',
} as const satisfies Record<NonNullable<MutationResult['refusal']>, MessageKey>;

/** A workstation's reported update state (the chief's device screen). */
export const deviceUpdateStateKey = {
  checked: 'deviceUpdate.state.checked',
  available: 'deviceUpdate.state.available',
  downloading: 'deviceUpdate.state.downloading',
  ready: 'deviceUpdate.state.ready',
  installed: 'deviceUpdate.state.installed',
  refused: 'deviceUpdate.state.refused',
  error: 'deviceUpdate.state.error',
} as const satisfies Record<UpdateState, MessageKey>;

/**
 * Why a workstation refused an update (common/update/updateReport.ts): the same words on the
 * workstation's 版本 section and in the chief's device screen, which shows its report.
 */
export const updateRefusalKey = {
  'yml-malformed': 'version.refusal.yml-malformed',
  'signature-missing': 'version.refusal.signature-missing',
  'signature-invalid': 'version.refusal.signature-invalid',
  'statement-mismatch': 'version.refusal.statement-mismatch',
  'file-missing': 'version.refusal.file-missing',
  'hash-mismatch': 'version.refusal.hash-mismatch',
  'older-version': 'version.refusal.older-version',
  'replayed-statement': 'version.refusal.replayed-statement',
  'wrong-channel': 'version.refusal.wrong-channel',
} as const satisfies Record<UpdateRefusal, MessageKey>;
