/**
 * Small stations for server tests: a slice of the demo generator's `station` dataset (a few
 * officers, grids, control levels and incidents) with every UUID in it consistently replaced
 * by a fresh one, so any number of stations can share one database without id clashes.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { generateDemoData, type DemoDataset } from '#common/demo';
import type { Database } from '#server/db/database';
import { seedStation } from '#server/seed/seedStation';

export const NOW = Date.UTC(2022, 8, 30, 2, 30);

let base: Promise<DemoDataset> | null = null;
const baseDataset = () => (base ??= generateDemoData({ size: 'station', seed: 11, now: NOW }));

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export async function smallDataset(stationName = '测试派出所'): Promise<DemoDataset> {
  const d = await baseDataset();
  const slice: DemoDataset = {
    station: { ...d.station, name: stationName },
    officers: d.officers.slice(0, 3),
    grids: d.grids.slice(0, 3),
    controlLevels: d.controlLevels.slice(0, 3),
    households: [],
    campaigns: [],
    visits: [],
    findings: [],
    checkpoints: [],
    shifts: [],
    incidents: d.incidents.slice(0, 6),
    testingSites: [],
    volunteerTeams: [],
    passRegistrations: [],
    gateChecks: [],
    handovers: [],
  };
  const fresh = new Map<string, string>();
  const text = JSON.stringify(slice).replace(UUID, (id) => {
    let next = fresh.get(id);
    if (!next) fresh.set(id, (next = randomUUID()));
    return next;
  });
  return JSON.parse(text) as DemoDataset;
}

export interface TestStation {
  dataset: DemoDataset;
  stationId: string;
  code: string;
}

export async function createStation(db: Database, name?: string): Promise<TestStation> {
  const dataset = await smallDataset(name);
  const code = `TEST-${randomBytes(5).toString('hex').toUpperCase()}`;
  await seedStation(db, dataset, code, NOW);
  return { dataset, stationId: dataset.station.id, code };
}
