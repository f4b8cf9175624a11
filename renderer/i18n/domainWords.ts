/**
 * The message key of each word of the shared domain vocabularies (control levels, severities,
 * incident types and statuses, checkpoint modes, site statuses) and of the sync engine's and
 * cache's failure reasons. Written out literally so the type checker sees every key: a key
 * built from a template and cast would hide a missing or misspelt one. `satisfies` makes a new
 * member of a union fail to compile until it has words.
 */
import type { SyncErrorKind } from '#common/sync/syncErrors';
import type {
  CheckpointMode,
  ControlLevel,
  IncidentStatus,
  IncidentType,
  Severity,
  SiteStatus,
} from '#common/schemas';
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
