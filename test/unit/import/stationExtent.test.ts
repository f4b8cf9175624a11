/**
 * The station's area for the "outside the station" check: the district outline together with
 * the widened hull of the station's grids — so the coastal grids a land-only outline misses
 * (the default demo station has some) are inside, and a grid from another district is not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { generateDemoData, xiamenDistricts } from '../../../common/demo';
import type { Grid } from '../../../common/schemas';
import { checkGridFeatures } from '../../../common/import/grids/checkGridFeatures';
import { readGridFile } from '../../../common/import/grids/readGridFile';
import { convexHull, stationExtent } from '../../../common/import/grids/stationExtent';
import { mapAreaPositions } from '../../../common/geo/chinaCrs';

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
