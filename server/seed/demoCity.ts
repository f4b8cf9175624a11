/**
 * The demo city the central API seeds on first start (when it has no station): Heshan
 * 禾山派出所 (Huli) from the generator's `station` dataset, and Kaiyuan 开元派出所 (Siming) —
 * the generator has no Kaiyuan place, so it is a second `station`-size dataset with its own
 * seed and id, renamed (its grids still lie over Huli: acceptable for a demo). Station ids are
 * fixed so workstations and scripts can be told them in advance. Enrolment codes are not: on
 * every start with seeding on, `issueDemoCodes` gives each demo station a fresh random code
 * (50 uses, 7 days) — also when the city was seeded by an earlier start.
 */
import { generateDemoData, type DemoDataset } from '../../common/demo';
import type { Database } from '../db/database';
import { createEnrolmentCode } from '../auth/enrolmentCodes';
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

export async function demoDataset(spec: DemoStationSpec, now: number): Promise<DemoDataset> {
  const dataset = await generateDemoData({
    size: 'station',
    seed: spec.seed,
    now,
    stationId: spec.stationId,
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
    stations.push(await seedStation(db, await demoDataset(spec, options.now), null, options.now));
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
export const DEMO_CODE = { kind: 'workstation', maxUses: 50, expiresInHours: 7 * 24, label: '演示 demo' } as const;
const DEMO_DISPLAY_CODE = { kind: 'display', maxUses: 10, expiresInHours: 7 * 24, label: '演示简报屏 demo display' } as const;

/** Fresh enrolment codes for every demo station the database holds (seeded now or earlier). */
export async function issueDemoCodes(db: Database, now: number): Promise<DemoCode[]> {
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
