/**
 * Reading and writing records in bulk inside a transaction: one statement to load (and lock)
 * every record a batch touches, one multi-row upsert for every changed record. Rows travel as
 * one jsonb parameter, so a batch of any size is one round trip and no parameter limit applies.
 */
import type { Queryable } from '../db/database';
import type { EntityName } from '../../common/schemas/entities';
import type { StoredRecord } from './storedRecord';

interface RecordRow {
  entity: EntityName;
  id: string;
  station_id: string;
  version: number;
  change_seq: number;
  data: Record<string, unknown>;
  field_versions: Record<string, number>;
  field_clients: Record<string, string>;
  deleted: boolean;
}

const fromRow = (r: RecordRow): StoredRecord => ({
  entity: r.entity,
  id: r.id,
  stationId: r.station_id,
  version: r.version,
  changeSeq: r.change_seq,
  data: r.data,
  fieldVersions: r.field_versions,
  fieldClients: r.field_clients,
  deleted: r.deleted,
});

/** Loads the given records whatever their station (the caller checks scope), locking them. */
export async function loadRecordsForUpdate(
  tx: Queryable,
  keys: ReadonlyArray<{ entity: string; id: string }>,
): Promise<StoredRecord[]> {
  if (keys.length === 0) return [];
  const { rows } = await tx.query<RecordRow>(
    `SELECT entity, id, station_id, version, change_seq, data, field_versions, field_clients, deleted FROM records
      WHERE (entity, id) IN (SELECT e, i FROM unnest($1::text[], $2::uuid[]) AS k(e, i))
      ORDER BY entity, id FOR UPDATE`,
    [keys.map((k) => k.entity), keys.map((k) => k.id)],
  );
  return rows.map(fromRow);
}

export async function loadRecord(
  q: Queryable,
  entity: string,
  id: string,
  forUpdate: boolean,
): Promise<StoredRecord | null> {
  const { rows } = await q.query<RecordRow>(
    `SELECT entity, id, station_id, version, change_seq, data, field_versions, field_clients, deleted FROM records
      WHERE entity = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [entity, id],
  );
  const row = rows[0];
  return row ? fromRow(row) : null;
}

/**
 * Inserts or replaces records (each key at most once). An existing row of another station is
 * never overwritten: the WHERE of the upsert keeps scope even if a caller forgot to check.
 */
export async function upsertRecords(
  tx: Queryable,
  records: readonly StoredRecord[],
  now: number,
): Promise<void> {
  if (records.length === 0) return;
  const payload = records.map((r) => ({
    entity: r.entity,
    id: r.id,
    station_id: r.stationId,
    version: r.version,
    change_seq: r.changeSeq,
    data: r.data,
    field_versions: r.fieldVersions,
    field_clients: r.fieldClients,
    deleted: r.deleted,
    updated_at: typeof r.data.updatedAt === 'number' ? r.data.updatedAt : now,
  }));
  await tx.query(
    `INSERT INTO records (entity, id, station_id, version, change_seq, data, field_versions, field_clients, deleted, updated_at)
     SELECT entity, id, station_id, version, change_seq, data, field_versions, field_clients, deleted, updated_at
       FROM jsonb_to_recordset($1::jsonb) AS r(entity text, id uuid, station_id uuid, version int, change_seq bigint,
            data jsonb, field_versions jsonb, field_clients jsonb, deleted boolean, updated_at bigint)
     ON CONFLICT (entity, id) DO UPDATE SET version = EXCLUDED.version, change_seq = EXCLUDED.change_seq,
       data = EXCLUDED.data, field_versions = EXCLUDED.field_versions, field_clients = EXCLUDED.field_clients,
       deleted = EXCLUDED.deleted,
       updated_at = EXCLUDED.updated_at
     WHERE records.station_id = EXCLUDED.station_id`,
    [JSON.stringify(payload)],
  );
}

/** `entity:id` of those of the given records the server already holds (any station). */
export async function existingRecordKeys(
  q: Queryable,
  keys: ReadonlyArray<{ entity: string; id: string }>,
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { rows } = await q.query<{ entity: string; id: string }>(
    `SELECT entity, id FROM records WHERE (entity, id) IN (SELECT e, i FROM unnest($1::text[], $2::uuid[]) AS k(e, i))`,
    [keys.map((k) => k.entity), keys.map((k) => k.id)],
  );
  return new Set(rows.map((r) => `${r.entity}:${r.id}`));
}
