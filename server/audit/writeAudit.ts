/**
 * The server's audit trail (append-only): refused scope attempts, conflict resolutions,
 * enrolments. Written in the caller's transaction when there is one, so it commits with the
 * change it describes; refusals are written after the refused transaction rolled back.
 */
import type { Queryable } from '../db/database';

export type AuditAction = 'forbidden' | 'resolve-conflict' | 'enrol' | 'enrol-refused' | 'rotate-credential';

export interface AuditInput {
  stationId: string | null;
  deviceId: string | null;
  at: number;
  action: AuditAction;
  entity?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
}

export async function writeAudit(q: Queryable, entry: AuditInput): Promise<void> {
  await q.query(
    'INSERT INTO audit_log (station_id, device_id, at, action, entity, entity_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)',
    [
      entry.stationId,
      entry.deviceId,
      entry.at,
      entry.action,
      entry.entity ?? null,
      entry.entityId ?? null,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}
