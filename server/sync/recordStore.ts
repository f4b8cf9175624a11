/**
 * Reading and writing records in bulk inside a transaction: one statement to load (row-locked,
 * or read under the station's change lock) every record a batch touches, one multi-row upsert
 * (and one delta update) for every changed record. Rows travel as one jsonb parameter, so a
 * batch of any size is one round trip and no parameter limit applies.
 */
import type { Queryable } from '../db/database';
import { runStatements, type Statement } from '../db/writeBatch';
import type { EntityName } from '#common/schemas/entities';
import { recordKey, type StoredRecord } from './storedRecord';

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

const LOAD_RECORDS_SQL = `SELECT entity, id, station_id, version, change_seq, data, field_versions, field_clients, deleted
       FROM records WHERE (entity, id) IN (SELECT e, i FROM unnest($1::text[], $2::uuid[]) AS k(e, i))
      ORDER BY entity, id`;

type RecordKeys = ReadonlyArray<{ entity: string; id: string }>;

async function loadRecords(tx: Queryable, keys: RecordKeys, sql: string): Promise<StoredRecord[]> {
  if (keys.length === 0) return [];
  const { rows } = await tx.query<RecordRow>(sql, [keys.map((k) => k.entity), keys.map((k) => k.id)], {
    prepare: true,
  });
  return rows.map(fromRow);
}

/** Loads the given records whatever their station (the caller checks scope), locking them. */
export function loadRecordsForUpdate(tx: Queryable, keys: RecordKeys): Promise<StoredRecord[]> {
  return loadRecords(tx, keys, `${LOAD_RECORDS_SQL} FOR UPDATE`);
}

/**
 * The push's load: the given records whatever their station, read — not row-locked — by a
 * caller that holds the station's change lock (sync/changeSeq), taken before this statement's
 * snapshot. Every writer of a station's records holds that lock (a write draws a change seq,
 * drawn only under it; the demo's seed backfills run before anything syncs), so the station's
 * rows read here stay current until commit, as FOR UPDATE would keep them. A record of another
 * station is only read to refuse the push. Row locks cost a heap write and a WAL record per
 * row: a third of this load, for 200 incidents.
 */
export function loadRecordsUnderStationLock(tx: Queryable, keys: RecordKeys): Promise<StoredRecord[]> {
  return loadRecords(tx, keys, LOAD_RECORDS_SQL);
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
  await runStatements(tx, writeRecordsStatements(records, now, new Map()));
}

type RecordPayload = Record<string, unknown>;

/**
 * Where a written record's change seq comes from: the record itself (`given`, drawn earlier
 * with sync/changeSeq nextChangeSeqs), or `nextval` in the write (`drawn`) — one round trip
 * fewer; the caller must hold the station's change lock (sync/changeSeq) either way. Both
 * statements return each written row's `change_seq`.
 */
export type ChangeSeqSource = 'given' | 'drawn';

const RECORD_COLUMNS = `entity text, id uuid, station_id uuid, version int, change_seq bigint,
            data jsonb, field_versions jsonb, field_clients jsonb, deleted boolean, updated_at bigint`;

/**
 * Own keys of `next` whose value is not the very value `before` holds; null if `next` lost a key.
 * The delta has no prototype, so a key named `__proto__` is a plain own property (no setter to
 * hit) and the object stays a fast one for JSON.stringify.
 */
function changedKeys<T>(
  before: Readonly<Record<string, T>>,
  next: Readonly<Record<string, T>>,
): Record<string, T> | null {
  for (const key of Object.keys(before)) if (!Object.hasOwn(next, key)) return null;
  const delta = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(next)) {
    const value = next[key] as T;
    if (!Object.hasOwn(before, key) || before[key] !== value) delta[key] = value;
  }
  return delta;
}

/**
 * Writes changed records as statements to send with the push's other writes (db/writeBatch).
 * A record whose row as loaded in this transaction is in `loaded` (locked FOR UPDATE, or read
 * under the station's change lock: still current) travels as a delta — only the top-level fields whose value is a new one, merged in
 * with jsonb `||` — which halves what PostgreSQL parses for an incident with a long timeline;
 * a new record, or one that lost a field, is written whole by the scope-keeping upsert.
 * The delta's scope check is `IS NOT DISTINCT FROM` (the same as `=` on these non-null ids) on
 * purpose: it is no index condition, so the planner finds each row by its primary key and then
 * checks the station. With `=`, on records edited a second time it AND-ed the primary key with
 * records_station_seq and read every index entry of the station for every row — 50,156 entries
 * × 200 rows, 355 of a push's 360 ms (auto_explain), on the station demo.
 */
export function writeRecordsStatements(
  records: readonly StoredRecord[],
  now: number,
  loaded: ReadonlyMap<string, StoredRecord>,
  seqs: ChangeSeqSource = 'given',
): Statement[] {
  const seq = (column: string): string => (seqs === 'drawn' ? "nextval('change_seq')" : column);
  const whole: RecordPayload[] = [];
  const deltas: RecordPayload[] = [];
  for (const r of records) {
    const payload: RecordPayload = {
      entity: r.entity,
      id: r.id,
      station_id: r.stationId,
      version: r.version,
      change_seq: r.changeSeq,
      deleted: r.deleted,
      updated_at: typeof r.data.updatedAt === 'number' ? r.data.updatedAt : now,
    };
    const before = loaded.get(recordKey(r.entity, r.id));
    const data = before && before.stationId === r.stationId ? changedKeys(before.data, r.data) : null;
    const fieldVersions = data && before ? changedKeys(before.fieldVersions, r.fieldVersions) : null;
    const fieldClients = data && before ? changedKeys(before.fieldClients, r.fieldClients) : null;
    if (data && fieldVersions && fieldClients)
      deltas.push({ ...payload, data, field_versions: fieldVersions, field_clients: fieldClients });
    else
      whole.push({
        ...payload,
        data: r.data,
        field_versions: r.fieldVersions,
        field_clients: r.fieldClients,
      });
  }
  const statements: Statement[] = [];
  if (whole.length > 0)
    statements.push({
      sql: `INSERT INTO records (entity, id, station_id, version, change_seq, data, field_versions, field_clients, deleted, updated_at)
     SELECT entity, id, station_id, version, ${seq('change_seq')}, data, field_versions, field_clients, deleted, updated_at
       FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_COLUMNS})
     ON CONFLICT (entity, id) DO UPDATE SET version = EXCLUDED.version, change_seq = EXCLUDED.change_seq,
       data = EXCLUDED.data, field_versions = EXCLUDED.field_versions, field_clients = EXCLUDED.field_clients,
       deleted = EXCLUDED.deleted,
       updated_at = EXCLUDED.updated_at
     WHERE records.station_id = EXCLUDED.station_id
     RETURNING records.change_seq`,
      params: [JSON.stringify(whole)],
    });
  if (deltas.length > 0)
    statements.push({
      sql: `UPDATE records SET version = d.version, change_seq = ${seq('d.change_seq')}, data = records.data || d.data,
       field_versions = records.field_versions || d.field_versions,
       field_clients = records.field_clients || d.field_clients, deleted = d.deleted, updated_at = d.updated_at
       FROM jsonb_to_recordset($1::jsonb) AS d(${RECORD_COLUMNS})
      WHERE records.entity = d.entity AND records.id = d.id
        AND records.station_id IS NOT DISTINCT FROM d.station_id
      RETURNING records.change_seq`,
      params: [JSON.stringify(deltas)],
    });
  return statements;
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
