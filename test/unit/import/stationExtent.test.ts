/**
 * The station's area for the "outside the station" check: the district outline together with
 * the widened hull of the station's grids — so the coastal grids a land-only outline misses
 * (the default demo station has some) are inside, and a grid from another district is not.
 * Against that area, a whole file is refused with its distance when it lies elsewhere, and a
 * file that fits better read as GCJ-02 or BD-09 gets a warning naming that system.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { generateDemoData, xiamenDistricts } from '#common/demo';
import type { Grid } from '#common/schemas';
import { checkGridFeatures } from '#common/import/grids/checkGridFeatures';
import { readGridFile } from '#common/import/grids/readGridFile';
import { convexHull, stationExtent } from '#common/import/grids/stationExtent';
import { convertPosition, mapAreaPositions, type CrsName } from '#common/geo/chinaCrs';
import type { AreaGeometry } from '#common/schemas/geometry';

let grids: Grid[];
const huli = xiamenDistricts['Huli']!.geometry;

beforeAll(async () => {
  grids = (await generateDemoData({ size: 'station', now: Date.UTC(2026, 10, 1) })).grids;
});

const mapping = { code: 'code', name: 'name', community: 'community', street: null, gridLeader: null };
const file = (rows: Grid[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map((g) => ({
      type: 'Feature',
      properties: { code: g.code, name: g.name, community: g.community },
      geometry: g.geometry,
    })),
  });

function check(
  rows: Grid[],
  extent = stationExtent({ district: huli, grids: grids.map((g) => g.geometry) }),
) {
  const read = readGridFile(file(rows), new DOMParser());
  if (!read.ok) throw new Error(read.issue.detail);
  return checkGridFeatures(read.features, mapping, {
    existing: [],
    extent,
    sourceCrs: 'wgs84',
    overlapTolerance: 0.01,
  });
}

describe('stationExtent', () => {
  it('finds the convex hull of points', () => {
    const hull = convexHull([
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
      [1, 0.5],
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).toEqual(
      expect.arrayContaining([
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
      ]),
    );
  });

  it('takes in every grid of the station, even where the district outline alone would not', () => {
    expect(check(grids).issues).toEqual([]);
    const districtOnly = check(grids, huli).issues.filter((i) => i.code === 'outside-extent');
    // the land-only outline misses some coastal grids: why the hull is part of the area
    expect(districtOnly.length).toBeGreaterThan(0);
  });

  it('leaves out a grid moved 20 km away, and refuses a file of nothing else with the distance', () => {
    const moved = {
      ...grids[0]!,
      geometry: mapAreaPositions(grids[0]!.geometry, ([x, y]) => [x + 0.2, y + 0.1]),
    };
    expect(check([moved, grids[1]!]).issues.map((i) => i.code)).toEqual(['outside-extent']);
    const alone = check([moved]).issues;
    expect(alone.map((i) => i.code)).toEqual(['outside-district']);
    expect(Number(alone[0]!.params.km)).toBeGreaterThan(10);
    expect(Number(alone[0]!.params.km)).toBeLessThan(30);
  });

  it('is null with neither a district nor grids, so the check is skipped', () => {
    expect(stationExtent({ district: null, grids: [] })).toBeNull();
  });
});

describe('a file in GCJ-02 or BD-09 against the station’s area', () => {
  // a 10 km square area, and ten 100 m grids along its east edge: the web-map shift (≈ 500 m
  // east in Xiamen) carries them across the edge
  const area: AreaGeometry = {
    type: 'Polygon',
    coordinates: [
      [
        [118.1, 24.45],
        [118.2, 24.45],
        [118.2, 24.55],
        [118.1, 24.55],
        [118.1, 24.45],
      ],
    ],
  };
  const edgeGrids = (crs: CrsName) =>
    Array.from({ length: 10 }, (_, i) => {
      const x = 118.1975;
      const y = 24.46 + i * 0.008;
      const ring: Array<[number, number]> = [
        [x, y],
        [x + 0.001, y],
        [x + 0.001, y + 0.001],
        [x, y + 0.001],
        [x, y],
      ];
      return {
        index: i + 1,
        properties: { code: `HL-${10 + i}`, name: `网格${i}`, community: '金山社区' },
        geometry: { type: 'Polygon', coordinates: [ring.map((p) => convertPosition(p, 'wgs84', crs))] },
      };
    });
  const ctx = (sourceCrs: CrsName) => ({ existing: [], extent: area, sourceCrs, overlapTolerance: 0.01 });

  it.each(['gcj02', 'bd09'] as const)(
    'warns that a %s file fits better converted, and converted it is clean',
    (crs) => {
      const asWgs = checkGridFeatures(edgeGrids(crs), mapping, ctx('wgs84'));
      expect(asWgs.notices).toEqual([
        expect.objectContaining({
          code: 'looks-shifted',
          params: expect.objectContaining({ crs, inside: 100 }),
        }),
      ]);
      const converted = checkGridFeatures(edgeGrids(crs), mapping, ctx(crs));
      expect(converted.notices).toEqual([]);
      expect(converted.issues).toEqual([]);
      expect(converted.candidates).toHaveLength(10);
    },
  );

  it('says nothing about a WGS-84 file that fits as it is', () => {
    const result = checkGridFeatures(edgeGrids('wgs84'), mapping, ctx('wgs84'));
    expect(result.notices).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it('refuses a file from another city with the distance, and lets swapped axes speak for themselves', () => {
    const beijing = edgeGrids('wgs84').map((f) => ({
      ...f,
      geometry: mapAreaPositions(f.geometry as AreaGeometry, ([x, y]) => [x - 1.8, y + 15.4]),
    }));
    const result = checkGridFeatures(beijing, mapping, ctx('wgs84'));
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ feature: null, code: 'outside-district' });
    expect(Number(result.issues[0]!.params.km)).toBeGreaterThan(1500);
    const swapped = edgeGrids('wgs84').map((f) => ({
      ...f,
      geometry: mapAreaPositions(f.geometry as AreaGeometry, ([x, y]) => [y, x]),
    }));
    expect(checkGridFeatures(swapped, mapping, ctx('wgs84')).issues.map((i) => i.code)).toEqual(
      Array(10).fill('swapped-lnglat'),
    );
  });
});

describe('a GCJ-02 file of new grids over the station’s own', () => {
  it('is noticed against the stored grids, though the widened area takes it in', () => {
    const shifted = grids.map((g, i) => ({
      ...g,
      code: `NEW-${i + 1}`,
      geometry: mapAreaPositions(g.geometry, (p) => convertPosition(p, 'wgs84', 'gcj02')),
    }));
    const read = readGridFile(file(shifted), new DOMParser());
    if (!read.ok) throw new Error(read.issue.detail);
    const context = {
      existing: grids.map((g) => ({ id: g.id, code: g.code, geometry: g.geometry })),
      extent: stationExtent({ district: huli, grids: grids.map((g) => g.geometry) }),
      district: huli,
      overlapTolerance: 0.01,
    };
    const asWgs = checkGridFeatures(read.features, mapping, { ...context, sourceCrs: 'wgs84' });
    expect(asWgs.notices).toEqual([
      expect.objectContaining({ code: 'looks-shifted', params: expect.objectContaining({ crs: 'gcj02' }) }),
    ]);
    const asGcj = checkGridFeatures(read.features, mapping, { ...context, sourceCrs: 'gcj02' });
    expect(asGcj.notices).toEqual([]);
    // and the station's own grids, re-imported as they are, raise no such notice
    const own = readGridFile(file(grids), new DOMParser());
    if (!own.ok) throw new Error(own.issue.detail);
    expect(checkGridFeatures(own.features, mapping, { ...context, sourceCrs: 'wgs84' }).notices).toEqual([]);
  });
});

describe('the basemap’s bounds', () => {
  it('stand in only when the station has neither district nor grids', () => {
    const bounds = [117.9, 24.3, 118.5, 24.8] as const;
    expect(stationExtent({ district: null, grids: [], basemapBounds: bounds })).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [117.9, 24.3],
          [118.5, 24.3],
          [118.5, 24.8],
          [117.9, 24.8],
          [117.9, 24.3],
        ],
      ],
    });
    expect(stationExtent({ district: huli, grids: [], basemapBounds: bounds })).toEqual(
      stationExtent({ district: huli, grids: [] }),
    );
    const far = grids.slice(0, 2).map((g) => ({
      ...g,
      geometry: mapAreaPositions(g.geometry, ([x, y]) => [x + 3, y + 6]),
    }));
    const result = check(far, stationExtent({ district: null, grids: [], basemapBounds: bounds }));
    expect(result.issues.map((i) => i.code)).toEqual(['outside-district']);
  });
});
