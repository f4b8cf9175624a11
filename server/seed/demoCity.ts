/**
 * The demo city the central API seeds on first start (when it has no station): Heshan
 * 禾山派出所 (Huli) from the generator's `station` dataset, and Kaiyuan 开元派出所 (Siming) —
 * the generator has no Kaiyuan place, so it is a second `station`-size dataset with its own
 * seed and id, renamed (its grids still lie over Huli: acceptable for a demo). Station ids and
 * enrolment codes are fixed so workstations and scripts can be told them in advance.
 */
import { generateDemoData, type DemoDataset } from '../../common/demo';
import type { Database } from '../db/database';
import { seedResidentIds } from '../identity/seedResidentIds';
import { seedStation, type SeedReport } from './seedStation';

export interface DemoStationSpec {
  key: 'heshan' | 'kaiyuan';
  stationId: string;
  seed: number;
  enrolmentCode: string;
  rename?: { name: string; district: string; subBureau: string };
}

export const demoStations: readonly DemoStationSpec[] = [
  {
    key: 'heshan',
    stationId: '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b01',
    seed: 20220930,
    enrolmentCode: 'HESHAN-2026',
  },
  {
    key: 'kaiyuan',
    stationId: '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b02',
    seed: 20221001,
    enrolmentCode: 'KAIYUAN-2026',
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
  stations: Array<SeedReport & { enrolmentCode: string }>;
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
    const report = await seedStation(db, dataset, spec.enrolmentCode, options.now);
    await seedResidentIds(db, dataset, residentIds, options.now);
    stations.push({ ...report, enrolmentCode: spec.enrolmentCode });
  }
  return { seeded: true, stations, ms: Math.round(performance.now() - started) };
}
