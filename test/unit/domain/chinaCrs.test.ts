/**
 * The GCJ-02 shift against published reference points: the transform must land within a metre
 * of each reference's GCJ-02 reading, and its inverse back on the WGS-84 one.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  convertPosition,
  gcj02ToWgs84,
  gcjOffsetMetres,
  metresBetween,
  wgs84ToGcj02,
} from '#common/geo/chinaCrs';

// [place, WGS-84 [lng, lat], GCJ-02 [lng, lat]]: the reference vectors of googollee/eviltransform
// (javascript/test.js), an independent implementation of the published algorithm.
const references: Array<[string, [number, number], [number, number]]> = [
  ['Shanghai', [121.5272106, 31.1774276], [121.531541859215, 31.17530398364597]],
  ['Shenzhen', [113.912316, 22.543847], [113.9171764808363, 22.540796131694766]],
  ['Beijing', [116.377817, 39.911954], [116.38404722455657, 39.91334545536069]],
];

describe('GCJ-02 shift', () => {
  it.each(references)('%s: WGS-84 → GCJ-02 lands within 1 m of the reference', (_name, wgs, gcj) => {
    expect(metresBetween(wgs84ToGcj02(wgs), gcj)).toBeLessThan(1);
  });

  it.each(references)('%s: GCJ-02 → WGS-84 lands within 1 m of the reference', (_name, wgs, gcj) => {
    expect(metresBetween(gcj02ToWgs84(gcj), wgs)).toBeLessThan(1);
  });

  it('shifts Xiamen by a few hundred metres, as Chinese basemaps do', () => {
    const { east, north } = gcjOffsetMetres([118.1, 24.5]);
    const shift = Math.hypot(east, north);
    expect(shift).toBeGreaterThan(200);
    expect(shift).toBeLessThan(800);
  });

  it('round-trips any position in mainland China to under a metre', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 98, max: 134, noNaN: true }),
        fc.double({ min: 18, max: 53, noNaN: true }),
        (lng, lat) => {
          const back = convertPosition(convertPosition([lng, lat], 'wgs84', 'gcj02'), 'gcj02', 'wgs84');
          return metresBetween(back, [lng, lat]) < 1;
        },
      ),
    );
  });

  it('leaves positions outside China unshifted', () => {
    expect(wgs84ToGcj02([2.35, 48.85])).toEqual([2.35, 48.85]);
  });
});
