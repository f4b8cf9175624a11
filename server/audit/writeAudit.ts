/**
 * The server's audit trail (append-only): refused scope attempts, conflict resolutions,
 * enrolments, sign-ins and handovers, PIN changes, code and device administration, and (in
 * batches, audit/changeLog.ts) every applied change. Written in the caller's transaction when
 * there is one, so it commits with the change it describes; refusals are written after the
 * refused transaction rolled back. Never holds a PIN, a secret or a redacted field.
 */
import type { Queryable } from '../db/database';

export type AuditAction =
  | 'forbidden'
  | 'resolve-conflict'
  | 'enrol'
  | 'enrol-refused'
  | 'signin'
  | 'signin-refused'
  | 'signout'
  | 'handover'
  | 'pin-change'
  | 'pin-reset'
  | 'code-create'
  | 'code-revoke'
  | 'device-revoke'
  | 'change'
  | 'refused-change'
  | 'rotate-credential'
  | 'intake'
  | 'intake-refused'
  | 'intake-key-create'
  | 'intake-key-revoke';

export interface AuditInput {
  stationId: string | null;
  deviceId: string | null;
  at: number;
  action: AuditAction;
  officerId?: string | null;
  entity?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
}

export async function writeAudit(q: Queryable, entry: AuditInput): Promise<void> {
  await q.query(
    'INSERT INTO audit_log (station_id, device_id, at, action, entity, entity_id, detail, officer_id) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)',
    [
      entry.stationId,
      entry.deviceId,
      entry.at,
      entry.action,
      entry.entity ?? null,
      entry.entityId ?? null,
      JSON.stringify(entry.detail ?? {}),
      entry.officerId ?? null,
    ],
  );
}
