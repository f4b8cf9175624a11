/**
 * Loads one station's dataset (common/demo's shape) into an empty database position: the
 * station, its hashed enrolment code, and every row as a record at version 1 with its own
 * change seq, in one transaction under the station's change lock. Rows go in with multi-row
 * INSERTs of BATCH_ROWS rows, each batch one jsonb parameter.
 */
import type { DemoDataset } from '../../common/demo';
import type { EntityName } from '../../common/schemas/entities';
import { hashEnrolmentCode } from '../auth/credentials';
import type { Database, Queryable } from '../db/database';
import { lockStation } from '../sync/changeSeq';

const BATCH_ROWS = 2000;

type Row = { id: string; updatedAt: number; deleted: boolean };

/** The dataset as (entity, rows) pairs; the station's own row is the one row of `stations`. */
function entityRows(dataset: DemoDataset): Array<[EntityName, readonly Row[]]> {
  const { station, ...rest } = dataset;
  return [['stations', [station]], ...(Object.entries(rest) as Array<[EntityName, readonly Row[]]>)];
}

async function insertBatch(
  tx: Queryable,
  stationId: string,
  entity: EntityName,
  rows: readonly Row[],
): Promise<void> {
  await tx.query(
    `INSERT INTO records (entity, id, station_id, version, change_seq, data, field_versions, deleted, updated_at)
     SELECT $1, (r->>'id')::uuid, $2, COALESCE((r->>'version')::int, 1), nextval('change_seq'), r, '{}'::jsonb,
            COALESCE((r->>'deleted')::boolean, false), (r->>'updatedAt')::int8
       FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS t(r, n)
      ORDER BY n`,
    [entity, stationId, JSON.stringify(rows)],
  );
}

export interface SeedReport {
  stationId: string;
  name: string;
  rows: number;
  ms: number;
}

export async function seedStation(
  db: Database,
  dataset: DemoDataset,
  enrolmentCode: string,
  now = Date.now(),
): Promise<SeedReport> {
  const started = performance.now();
  const { station } = dataset;
  let count = 0;
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO stations (id, name, created_at) VALUES ($1, $2, $3)', [
      station.id,
      station.name,
      now,
    ]);
    await tx.query('INSERT INTO enrolment_codes (code_hash, station_id, created_at) VALUES ($1, $2, $3)', [
      hashEnrolmentCode(enrolmentCode),
      station.id,
      now,
    ]);
    await lockStation(tx, station.id);
    for (const [entity, rows] of entityRows(dataset)) {
      for (let i = 0; i < rows.length; i += BATCH_ROWS)
        await insertBatch(tx, station.id, entity, rows.slice(i, i + BATCH_ROWS));
      count += rows.length;
    }
  });
  return {
    stationId: station.id,
    name: station.name,
    rows: count,
    ms: Math.round(performance.now() - started),
  };
}
