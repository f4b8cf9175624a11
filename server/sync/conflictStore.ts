/** Conflict rows: opened by a push, listed per station, closed by a resolution. */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { Statement } from '../db/writeBatch';
import type { Conflict } from '#common/sync/protocol';
import type { EntityName } from '#common/schemas/entities';

export interface NewConflict {
  entity: EntityName;
  recordId: string;
  field: string;
  baseVersion: number;
  serverValue: unknown;
  clientValue: unknown;
  clientId: string;
  madeBy: string;
}

interface ConflictRow {
  id: string;
  station_id: string;
  entity: EntityName;
  record_id: string;
  field: string;
  base_version: number;
  server_value: unknown;
  client_value: unknown;
  client_id: string;
  made_by: string;
  created_at: number;
  resolved_at: number | null;
  resolution: 'server' | 'client' | null;
  resolved_by: string | null;
}

export const conflictColumns =
  'id, station_id, entity, record_id, field, base_version, server_value, client_value, client_id, made_by, created_at, resolved_at, resolution, resolved_by';

export function toConflict(r: ConflictRow): Conflict & { stationId: string } {
  return {
    id: r.id,
    stationId: r.station_id,
    entity: r.entity,
    recordId: r.record_id,
    field: r.field,
    baseVersion: r.base_version,
    serverValue: r.server_value ?? null,
    clientValue: r.client_value ?? null,
    clientId: r.client_id,
    madeBy: r.made_by,
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
    resolvedBy: r.resolved_by,
  };
}

/** Inserts new conflicts, as a statement to send with the push's other writes; null when none. */
export function insertConflictsStatement(
  stationId: string,
  conflicts: readonly NewConflict[],
  now: number,
): Statement | null {
  if (conflicts.length === 0) return null;
  // Values are wrapped ({v: …}) so a JSON null or a missing server value survives the trip.
  const payload = conflicts.map((c) => ({
    id: randomUUID(),
    entity: c.entity,
    record_id: c.recordId,
    field: c.field,
    base_version: c.baseVersion,
    server_value: { v: c.serverValue ?? null },
    client_value: { v: c.clientValue ?? null },
    client_id: c.clientId,
    made_by: c.madeBy,
  }));
  return {
    sql: `INSERT INTO conflicts (id, station_id, entity, record_id, field, base_version, server_value, client_value, client_id, made_by, created_at)
     SELECT id, $2, entity, record_id, field, base_version, server_value->'v', client_value->'v', client_id, made_by, $3
       FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, entity text, record_id uuid, field text, base_version int,
            server_value jsonb, client_value jsonb, client_id text, made_by text)`,
    params: [JSON.stringify(payload), stationId, now],
  };
}

export async function listOpenConflicts(q: Queryable, stationId: string): Promise<Conflict[]> {
  const { rows } = await q.query<ConflictRow>(
    `SELECT ${conflictColumns} FROM conflicts WHERE station_id = $1 AND resolved_at IS NULL ORDER BY created_at, id`,
    [stationId],
  );
  return rows.map((r) => {
    const { stationId: _s, ...conflict } = toConflict(r);
    return conflict;
  });
}

export async function loadConflictForUpdate(
  tx: Queryable,
  id: string,
): Promise<(Conflict & { stationId: string }) | null> {
  const { rows } = await tx.query<ConflictRow>(
    `SELECT ${conflictColumns} FROM conflicts WHERE id = $1 FOR UPDATE`,
    [id],
  );
  const row = rows[0];
  return row ? toConflict(row) : null;
}

export async function closeConflict(
  tx: Queryable,
  id: string,
  resolution: 'server' | 'client',
  resolvedBy: string,
  now: number,
): Promise<void> {
  await tx.query('UPDATE conflicts SET resolved_at = $2, resolution = $3, resolved_by = $4 WHERE id = $1', [
    id,
    now,
    resolution,
    resolvedBy,
  ]);
}
