/**
 * The audit trail of a push (issue 12 item 4): one row per applied change — officer, device,
 * time, entity, id and `changes` (field → { before, after }, only fields whose value changed,
 * redacted fields masked) — and one per mutation refused by role or attribution, written with
 * ONE multi-row INSERT sent with the push's other writes (db/writeBatch; rows travel as one jsonb parameter). Changes
 * that alter an officer's access or active flag also go to officer_access_log, effective from
 * the time the change counts as made, so later checks can answer "role at time t".
 */
import type { Mutation } from '#common/sync/mutation';
import type { Statement } from '../db/writeBatch';
import { jsonEqual } from '../sync/jsonEqual';
import type { StoredRecord } from '../sync/storedRecord';
import { isRedacted, REDACTED } from './redactedFields';

export interface AppliedChange {
  mutation: Mutation;
  status: string;
  before: StoredRecord | null;
  after: StoredRecord;
}

export interface RefusedChange {
  mutation: Mutation;
  refusal: string;
  reason: string;
}

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export function fieldChanges(change: AppliedChange): FieldChanges {
  const { mutation, before, after } = change;
  const changes: FieldChanges = {};
  const fields = new Set([...Object.keys(mutation.patch), 'deleted']);
  for (const field of fields) {
    if (field === 'stationId') continue;
    const b = before ? before.data[field] : undefined;
    const a = after.data[field];
    if (jsonEqual(b, a)) continue;
    changes[field] = isRedacted(mutation.entity, field)
      ? { before: b === undefined ? null : REDACTED, after: a === undefined ? null : REDACTED }
      : { before: b ?? null, after: a ?? null };
  }
  return changes;
}

export interface PushTrail {
  stationId: string;
  deviceId: string;
  now: number;
  applied: readonly AppliedChange[];
  refused: readonly RefusedChange[];
  /** seq → the time the change counts as made (auth/authorizeMutations). */
  madeAt: ReadonlyMap<number, number>;
}

/** The trail's rows (audit_log, officer_access_log) as statements to send with the push's writes. */
export function pushTrailStatements(trail: PushTrail): (Statement | null)[] {
  const rows = [
    ...trail.applied.map((c) => ({
      action: 'change',
      officer_id: c.mutation.madeBy,
      entity: c.mutation.entity,
      entity_id: c.mutation.id,
      changes: fieldChanges(c),
      detail: {
        seq: c.mutation.seq,
        version: c.after.version,
        madeAt: trail.madeAt.get(c.mutation.seq) ?? trail.now,
      },
    })),
    ...trail.refused.map((r) => ({
      action: 'refused-change',
      officer_id: r.mutation.madeBy,
      entity: r.mutation.entity,
      entity_id: r.mutation.id,
      changes: null,
      detail: {
        seq: r.mutation.seq,
        refusal: r.refusal,
        reason: r.reason,
        fields: Object.keys(r.mutation.patch),
        madeAt: r.mutation.madeAt,
      },
    })),
  ];
  const auditRows: Statement | null =
    rows.length === 0
      ? null
      : {
          sql: `INSERT INTO audit_log (station_id, device_id, at, action, officer_id, entity, entity_id, changes, detail)
       SELECT $1, $2, $3, action, officer_id, entity, entity_id, changes, detail
         FROM jsonb_to_recordset($4::jsonb) AS r(action text, officer_id text, entity text, entity_id text, changes jsonb, detail jsonb)`,
          params: [trail.stationId, trail.deviceId, trail.now, JSON.stringify(rows)],
        };
  return [auditRows, accessChangesStatement(trail)];
}

function accessChangesStatement(trail: PushTrail): Statement | null {
  const entries = trail.applied
    .filter((c) => c.mutation.entity === 'officers')
    .filter(
      (c) =>
        !c.before ||
        !jsonEqual(c.before.data.access, c.after.data.access) ||
        !jsonEqual(c.before.data.active, c.after.data.active),
    )
    .map((c) => ({
      officer_id: c.after.id,
      at: trail.madeAt.get(c.mutation.seq) ?? trail.now,
      access: c.after.data.access === 'station-chief' ? 'station-chief' : 'duty-officer',
      active: c.after.data.active !== false && !c.after.deleted,
    }));
  if (entries.length === 0) return null;
  return {
    sql: `INSERT INTO officer_access_log (officer_id, station_id, at, access, active)
     SELECT officer_id, $1, at, access, active
       FROM jsonb_to_recordset($2::jsonb) AS r(officer_id uuid, at int8, access text, active boolean)`,
    params: [trail.stationId, JSON.stringify(entries)],
  };
}
