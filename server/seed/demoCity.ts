/**
 * The demo city the central API seeds on first start (when it has no station): Heshan
 * 禾山派出所 (Huli) from the generator's `station` dataset, and Kaiyuan 开元派出所 (Siming) —
 * the generator has no Kaiyuan place, so it is a second `station`-size dataset with its own
 * seed and id, renamed (its grids still lie over Huli: acceptable for a demo). Station ids are
 * fixed so workstations and scripts can be told them in advance. Enrolment codes are not: on
 * every start with seeding on, `issueDemoCodes` gives each demo station a fresh random code
 * (50 uses, 7 days) — also when the city was seeded by an earlier start.
 */
import { generateDemoData, type DemoDataset } from '#common/demo';
import type { Database } from '../db/database';
import { seedRegistrationIds } from '../identity/seedRegistrationIds';
import { seedResidentIds } from '../identity/seedResidentIds';
import { seedPassCodes } from '../epass/seedPassCodes';
import { DEMO_PIN } from '#common/demo/demoPin';
import { createEnrolmentCode } from '../auth/enrolmentCodes';
import { hashPin } from '../auth/pinHash';
import { seedStation, type SeedReport } from './seedStation';

export interface DemoStationSpec {
  key: 'heshan' | 'kaiyuan';
  stationId: string;
  seed: number;
  rename?: { name: string; district: string; subBureau: string };
}

export const demoStations: readonly DemoStationSpec[] = [
  {
    key: 'heshan',
    stationId: '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b01',
    seed: 20220930,
  },
  {
    key: 'kaiyuan',
    stationId: '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b02',
    seed: 20221001,
    rename: { name: '开元派出所', district: '思明区', subBureau: '思明分局' },
  },
];

export async function demoDataset(
  spec: DemoStationSpec,
  now: number,
  residentIds?: Map<string, string>,
): Promise<DemoDataset> {
  const dataset = await generateDemoData({
    size: 'station',
    seed: spec.seed,
    now,
    stationId: spec.stationId,
    residentIds,
  });
  return spec.rename ? { ...dataset, station: { ...dataset.station, ...spec.rename } } : dataset;
}

export interface CitySeed {
  seeded: boolean;
  stations: SeedReport[];
  ms: number;
}

/** Seeds the demo city unless the database already has a station. */
export async function seedDemoCity(db: Database, options: { now: number }): Promise<CitySeed> {
  const started = performance.now();
  const { rows } = await db.query<{ n: number }>('SELECT COUNT(*)::int8 AS n FROM stations');
  if ((rows[0]?.n ?? 0) > 0) return { seeded: false, stations: [], ms: 0 };
  const stations: CitySeed['stations'] = [];
  for (const spec of demoStations) {
    const residentIds = new Map<string, string>();
    const dataset = await demoDataset(spec, options.now, residentIds);
    stations.push(await seedStation(db, dataset, null, options.now));
    await seedResidentIds(db, dataset, residentIds, options.now);
    await seedRegistrationIds(db, dataset, residentIds, options.now);
    await seedPassCodes(db, spec.stationId, options.now);
  }
  return { seeded: true, stations, ms: Math.round(performance.now() - started) };
}

export interface DemoCode {
  station: string;
  stationId: string;
  code: string;
  /** A single-kind code for the briefing display of the same station. */
  displayCode: string;
}

/** A demo workstation code: 50 uses within 7 days. */
export const DEMO_CODE = {
  kind: 'workstation',
  maxUses: 50,
  expiresInHours: 7 * 24,
  label: '演示 demo',
} as const;
const DEMO_DISPLAY_CODE = {
  kind: 'display',
  maxUses: 10,
  expiresInHours: 7 * 24,
  label: '演示简报屏 demo display',
} as const;

/**
 * Demo officers seeded before sign-in existed have no PIN and no access history: give them the
 * demo PIN (each its own salt) and their access as of now. One query when there is nothing to do.
 */
export async function ensureDemoOfficerPins(db: Database, now: number): Promise<number> {
  const { rows } = await db.query<{
    id: string;
    station_id: string;
    access: string | null;
    active: boolean | null;
  }>(
    `SELECT o.id, o.station_id, o.data->>'access' AS access, (o.data->>'active')::boolean AS active
       FROM records o LEFT JOIN officer_pins p ON p.officer_id = o.id
      WHERE o.entity = 'officers' AND o.station_id = ANY($1::uuid[]) AND p.officer_id IS NULL AND NOT o.deleted`,
    [demoStations.map((s) => s.stationId)],
  );
  if (rows.length === 0) return 0;
  const hashes = await Promise.all(rows.map(() => hashPin(DEMO_PIN)));
  const payload = rows.map((r, i) => ({
    officer_id: r.id,
    station_id: r.station_id,
    pin_hash: hashes[i],
    access: r.access === 'station-chief' ? 'station-chief' : 'duty-officer',
    active: r.active !== false,
  }));
  await db.transaction(async (tx) => {
    const rowsParam = [JSON.stringify(payload), now];
    await tx.query(
      `INSERT INTO officer_pins (officer_id, station_id, pin_hash, updated_at)
       SELECT officer_id, station_id, pin_hash, $2 FROM jsonb_to_recordset($1::jsonb) AS r(officer_id uuid, station_id uuid, pin_hash text)
       ON CONFLICT (officer_id) DO NOTHING`,
      rowsParam,
    );
    await tx.query(
      `INSERT INTO officer_access_log (officer_id, station_id, at, access, active)
       SELECT officer_id, station_id, $2, access, active FROM jsonb_to_recordset($1::jsonb) AS r(officer_id uuid, station_id uuid, access text, active boolean)
        WHERE NOT EXISTS (SELECT 1 FROM officer_access_log l WHERE l.officer_id = r.officer_id)`,
      rowsParam,
    );
  });
  return rows.length;
}

/** Fresh enrolment codes for every demo station the database holds (seeded now or earlier). */
export async function issueDemoCodes(db: Database, now: number): Promise<DemoCode[]> {
  await ensureDemoOfficerPins(db, now);
  const ids = demoStations.map((s) => s.stationId);
  const { rows } = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM stations WHERE id = ANY($1::uuid[])',
    [ids],
  );
  const codes: DemoCode[] = [];
  for (const id of ids) {
    const station = rows.find((r) => r.id === id);
    if (!station) continue;
    const base = { stationId: id, createdBy: 'seed', now };
    const { code } = await createEnrolmentCode(db, { ...base, request: DEMO_CODE });
    const display = await createEnrolmentCode(db, { ...base, request: DEMO_DISPLAY_CODE });
    codes.push({ station: station.name, stationId: id, code, displayCode: display.code });
  }
  return codes;
}
