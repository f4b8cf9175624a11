/**
 * The `district` demo dataset (Tong'an): exactly 725 grids inside the Tong'an outline, about
 * 200k households and 20k incidents, rows valid (every row of the small tables, a sample of
 * the large ones). Takes a few seconds; generation time is a bench figure (cache.load.district).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, xiamenDistricts, type DemoDataset } from '#common/demo';
import { areaKm2, samplePointIn } from '#common/demo/planarGeometry';
import { createRng } from '#common/demo/prng';
import { entitySchemas, type EntityName } from '#common/schemas';

const NOW = Date.UTC(2022, 8, 30, 0, 0);
let data: DemoDataset;
let elapsedMs = 0;

beforeAll(async () => {
  const t = performance.now();
  data = await generateDemoData({ size: 'district', seed: 3, now: NOW });
  elapsedMs = performance.now() - t;
}, 60_000);

describe('district demo dataset', () => {
  it("has exactly 725 grids in Tong'an and about 200k households and 20k incidents", () => {
    expect(data.station.district).toBe('同安区');
    expect(data.grids).toHaveLength(725);
    expect(data.households.length).toBeGreaterThanOrEqual(190_000);
    expect(data.households.length).toBeLessThanOrEqual(210_000);
    expect(data.incidents.length).toBeGreaterThanOrEqual(19_000);
    expect(data.incidents.length).toBeLessThanOrEqual(21_000);
    expect(data.visits.length).toBeGreaterThan(100_000);
    expect(new Set(data.grids.map((g) => g.code)).size).toBe(725);
    expect(data.passRegistrations).toHaveLength(150_000);
    const pending = data.passRegistrations.filter((r) => r.status === 'pending').length;
    // the review bench (epass.review.next.p95) wants thousands pending at the district size
    expect(pending).toBeGreaterThan(4_000);
    expect(data.gateChecks.length).toBeGreaterThan(10_000);
    expect(data.handovers).toHaveLength(2);
    console.info(`district demo data generated in ${elapsedMs.toFixed(0)} ms`);
  });

  it("keeps grids inside the Tong'an outline and sampled households inside their grid", () => {
    const outline = xiamenDistricts["Tong'an"];
    if (!outline) throw new Error('no outline');
    const tongan = feature(outline.geometry) as Feature<Polygon | MultiPolygon>;
    // Cells tile the outline: their areas add up to it, and points inside a cell are on land.
    const total = data.grids.reduce((sum, g) => sum + areaKm2(g.geometry), 0);
    expect(total).toBeLessThanOrEqual(areaKm2(outline.geometry) * 1.001);
    expect(total).toBeGreaterThan(areaKm2(outline.geometry) * 0.97);
    const probe = createRng(9);
    for (const g of data.grids) {
      for (let i = 0; i < 10; i++) {
        const p = samplePointIn(probe, g.geometry);
        if (!booleanPointInPolygon(p, tongan))
          throw new Error(`grid ${g.code} reaches outside Tong'an at ${p.join(',')}`);
      }
    }
    const grids = new Map(
      data.grids.map((g) => [g.id, feature(g.geometry) as Feature<Polygon | MultiPolygon>]),
    );
    const rng = createRng(1);
    for (let i = 0; i < 3000; i++) {
      const h = rng.pick(data.households);
      const grid = grids.get(h.gridId);
      expect(grid && booleanPointInPolygon(h.point, grid)).toBe(true);
    }
  });

  it('passes the schemas: every row of the small tables, a sample of the large ones', () => {
    const rng = createRng(2);
    for (const [key, rows] of Object.entries(data)) {
      const name = (key === 'station' ? 'stations' : key) as EntityName;
      const all: unknown[] = Array.isArray(rows) ? rows : [rows];
      const sample = all.length <= 5000 ? all : Array.from({ length: 5000 }, () => rng.pick(all));
      for (const row of sample) {
        const parsed = entitySchemas[name].safeParse(row);
        if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
      }
    }
  });
});
