/**
 * The centre's demo seed writes the electronic pass's demo rows too (server/seed/seedStation.ts
 * writes every entity of the dataset): the station's registrations, gate checks and handovers
 * are records of the station, as generated, and the registrations hold masks only — the raw
 * demo IDs the generator hands the seed never reach a stored row.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoDataset } from '#common/demo';
import { seedStation } from '#server/seed/seedStation';
import { backends, type OpenedDatabase } from './backends';
import { NOW } from './fixtures';

describe.each(backends)("the demo seed's pass rows ($name)", (backend) => {
  let opened: OpenedDatabase;
  let dataset: DemoDataset;
  const rawIds = new Map<string, string>();

  beforeAll(async () => {
    opened = await backend.open();
    dataset = await generateDemoData({ size: 'station', seed: 11, now: NOW, stationId: randomUUID(), residentIds: rawIds });
    await seedStation(opened.db, dataset, null, NOW);
  }, 120_000);
  afterAll(async () => {
    await opened?.cleanup();
  });

  it('stores every registration, gate check and handover of the station as generated', async () => {
    const { rows } = await opened.db.query<{ entity: string; n: number }>(
      `SELECT entity, COUNT(*)::int AS n FROM records WHERE station_id = $1 AND entity = ANY($2::text[]) GROUP BY entity`,
      [dataset.station.id, ['passRegistrations', 'gateChecks', 'handovers']],
    );
    expect(Object.fromEntries(rows.map((r) => [r.entity, Number(r.n)]))).toEqual({
      passRegistrations: dataset.passRegistrations.length,
      gateChecks: dataset.gateChecks.length,
      handovers: dataset.handovers.length,
    });
    expect(dataset.passRegistrations.length).toBeGreaterThan(8000);
    const sample = dataset.passRegistrations[17]!;
    const stored = await opened.db.query<{ data: unknown }>(`SELECT data FROM records WHERE id = $1`, [sample.id]);
    expect(stored.rows[0]?.data).toEqual(sample);
  });

  it('keeps the registrations’ raw demo IDs out of every stored row', async () => {
    const raw = dataset.passRegistrations.map((r) => rawIds.get(r.id)).filter((id): id is string => id !== undefined);
    expect(raw.length).toBeGreaterThan(8000);
    const { rows } = await opened.db.query<{ data: unknown }>(
      `SELECT data FROM records WHERE station_id = $1 AND entity = 'passRegistrations'`,
      [dataset.station.id],
    );
    const text = JSON.stringify(rows);
    for (const id of raw.slice(0, 500)) expect(text).not.toContain(id);
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });
});
