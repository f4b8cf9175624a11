/**
 * The map's coordinate shift, through the builders that feed the map's sources: with a GCJ-02
 * basemap a stored WGS-84 position is drawn at the eviltransform reference GCJ-02 position
 * (within 1 m), every layer moves alike, a click read off the map comes back to the stored
 * position (within 1 m), and with WGS-84 nothing moves at all.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metresBetween } from '#common/geo/chinaCrs';
import type { LngLat } from '#common/schemas';
import { fromMapPosition, toMapDistricts, toMapPosition } from '#renderer/map/crsShift';
import {
  checkpointFeatures,
  gridFeatures,
  gridLabelFeatures,
  incidentFeatures,
  siteFeatures,
} from '#renderer/map/toFeatures';
import type { DistrictCollection, MapGrid } from '#renderer/map/types';

// [place, WGS-84, GCJ-02]: reference vectors of googollee/eviltransform (javascript/test.js)
const references: Array<[string, LngLat, LngLat]> = [
  ['Shanghai', [121.5272106, 31.1774276], [121.531541859215, 31.17530398364597]],
  ['Shenzhen', [113.912316, 22.543847], [113.9171764808363, 22.540796131694766]],
  ['Beijing', [116.377817, 39.911954], [116.38404722455657, 39.91334545536069]],
];

const point = (p: LngLat) => ({ id: 'x', name: 'x', point: p });

function square(centre: LngLat, half = 0.002): MapGrid {
  const [x, y] = centre;
  return {
    id: 'g1',
    code: 'HL-01',
    name: '网格',
    level: 'normal',
    coverage: 0.5,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x - half, y - half],
          [x + half, y - half],
          [x + half, y + half],
          [x - half, y + half],
          [x - half, y - half],
        ],
      ],
    },
  };
}

describe('drawing on a GCJ-02 basemap', () => {
  it.each(references)(
    '%s: incidents, checkpoints and sites land on the reference GCJ-02 point',
    (_n, wgs, gcj) => {
      const drawn = [
        incidentFeatures([{ ...point(wgs), severity: 'high', type: 'other' }], 'gcj02'),
        checkpointFeatures([{ ...point(wgs), mode: 'two-way', staffedNow: true }], 'gcj02'),
        siteFeatures([{ ...point(wgs), status: 'open' }], 'gcj02'),
      ].map((c) => c.features[0]?.geometry.coordinates as LngLat);
      for (const p of drawn) expect(metresBetween(p, gcj)).toBeLessThan(1);
    },
  );

  it.each(references)('%s: every grid vertex and its label move to GCJ-02', (_n, wgs, gcj) => {
    const grid = square(wgs);
    const ring = gridFeatures([grid], 'gcj02').features[0]?.geometry.coordinates[0] as LngLat[];
    const source = grid.geometry.coordinates[0] as LngLat[];
    ring.forEach((p, i) => expect(metresBetween(p, toMapPosition(source[i] as LngLat, 'gcj02'))).toBe(0));
    const label = gridLabelFeatures([grid], 'gcj02').features[0]?.geometry.coordinates as LngLat;
    expect(metresBetween(label, gcj)).toBeLessThan(1);
  });

  it('moves district outlines too', () => {
    const [, wgs, gcj] = references[0] as [string, LngLat, LngLat];
    const districts: DistrictCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '湖里区' },
          geometry: { type: 'LineString', coordinates: [wgs, wgs] },
        },
      ],
    };
    const line = toMapDistricts(districts, 'gcj02').features[0]?.geometry;
    expect(line?.type).toBe('LineString');
    if (line?.type === 'LineString')
      expect(metresBetween(line.coordinates[0] as LngLat, gcj)).toBeLessThan(1);
  });

  it.each(references)('%s: a click on the drawn point reads back the stored point', (_n, wgs, gcj) => {
    expect(metresBetween(fromMapPosition(gcj, 'gcj02'), wgs)).toBeLessThan(1);
  });

  it('round-trips any click around Xiamen to under a metre', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 117.8, max: 118.5, noNaN: true }),
        fc.double({ min: 24.3, max: 24.9, noNaN: true }),
        (lng, lat) =>
          metresBetween(fromMapPosition(toMapPosition([lng, lat], 'gcj02'), 'gcj02'), [lng, lat]) < 1,
      ),
    );
  });

  it('moves nothing over a WGS-84 basemap (same geometry objects)', () => {
    const grid = square([118.1, 24.5]);
    expect(gridFeatures([grid], 'wgs84').features[0]?.geometry).toBe(grid.geometry);
    expect(toMapPosition([118.1, 24.5], 'wgs84')).toEqual([118.1, 24.5]);
    expect(fromMapPosition([118.1, 24.5], 'wgs84')).toEqual([118.1, 24.5]);
  });
});
