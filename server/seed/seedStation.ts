/**
 * Loads one station's dataset (common/demo's shape) into an empty database position: the
 * station, optionally a known enrolment code (test fixtures, benches; many uses, long-lived),
 * every row as a record at version 1 with its own change seq, each officer's PIN hash (every
 * officer the same demo PIN, each with its own salt; hashed in parallel on the threadpool
 * before the transaction: ~100 ms a hash, 40 officers ≈ 2 s on 2 cores) and each officer's
 * access as of `now` (officer_access_log) — in one transaction under the station's change
 * lock. Rows go in with multi-row INSERTs of BATCH_ROWS rows, each batch one jsonb parameter.
 */
import type { DemoDataset } from '#common/demo';
import type { EntityName } from '#common/schemas/entities';
import { DEMO_PIN } from '#common/demo/demoPin';
import { createEnrolmentCode } from '../auth/enrolmentCodes';
import { hashPin, type ScryptParams } from '../auth/pinHash';
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

export interface SeedOptions {
  /** Every officer's PIN (default the demo PIN). */
  pin?: string;
  /** scrypt parameters of the seeded PIN hashes (default auth/pinHash's). */
  pinParams?: ScryptParams;
}

/** A fixed code for fixtures and benches: 1000 uses, valid for a century. */
const KNOWN_CODE = {
  kind: 'workstation',
  maxUses: 1000,
  expiresInHours: 100 * 365 * 24,
  label: 'seed',
} as const;

export async function seedStation(
  db: Database,
  dataset: DemoDataset,
  enrolmentCode: string | null,
  now = Date.now(),
  options: SeedOptions = {},
): Promise<SeedReport> {
  const started = performance.now();
  const { station } = dataset;
  let count = 0;
  const pin = options.pin ?? DEMO_PIN;
  const pinHashes = await Promise.all(dataset.officers.map(() => hashPin(pin, options.pinParams)));
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO stations (id, name, created_at) VALUES ($1, $2, $3)', [
      station.id,
      station.name,
      now,
    ]);
    if (enrolmentCode !== null)
      await createEnrolmentCode(tx, {
        stationId: station.id,
        request: KNOWN_CODE,
        createdBy: 'seed',
        now,
        code: enrolmentCode,
      });
    await seedOfficerAuth(tx, station.id, dataset.officers, pinHashes, now);
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

async function seedOfficerAuth(
  tx: Queryable,
  stationId: string,
  officers: DemoDataset['officers'],
  pinHashes: readonly string[],
  now: number,
): Promise<void> {
  const rows = officers.map((o, i) => ({
    officer_id: o.id,
    pin_hash: pinHashes[i],
    access: o.access,
    active: o.active,
  }));
  await tx.query(
    `INSERT INTO officer_pins (officer_id, station_id, pin_hash, updated_at)
     SELECT officer_id, $1, pin_hash, $2 FROM jsonb_to_recordset($3::jsonb) AS r(officer_id uuid, pin_hash text)`,
    [stationId, now, JSON.stringify(rows)],
  );
  await tx.query(
    `INSERT INTO officer_access_log (officer_id, station_id, at, access, active)
     SELECT officer_id, $1, $2, access, active FROM jsonb_to_recordset($3::jsonb) AS r(officer_id uuid, access text, active boolean)`,
    [stationId, now, JSON.stringify(rows)],
  );
}
