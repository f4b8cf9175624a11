/**
 * The district-outline conversion: GCJ-02 → WGS-84 against published reference pairs, and the
 * shape of the converted collection (names, English names, closed CCW rings, MultiPolygons
 * kept). The reference pairs are the test vectors of googollee/eviltransform (the open
 * implementation of the GCJ-02 offset that gcoord also follows): WGS-84 → GCJ-02.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertDistricts, convertRing, gcjToWgs } from '#scripts/convertDistricts';

/** [wgsLat, wgsLng, gcjLat, gcjLng] */
const EVILTRANSFORM_VECTORS = [
  [31.1774276, 121.5272106, 31.17530398364597, 121.531541859215], // Shanghai
  [22.543847, 113.912316, 22.540796131694766, 113.9171764808363], // Shenzhen
  [39.911954, 116.377817, 39.91334545536069, 116.38404722455657], // Beijing
] as const;

function metres(a: readonly number[], b: readonly number[]): number {
  const lat = (((a[1] ?? 0) + (b[1] ?? 0)) / 2) * (Math.PI / 180);
  const dx = ((a[0] ?? 0) - (b[0] ?? 0)) * 111_320 * Math.cos(lat);
  const dy = ((a[1] ?? 0) - (b[1] ?? 0)) * 110_574;
  return Math.hypot(dx, dy);
}

describe('gcjToWgs', () => {
  it.each(EVILTRANSFORM_VECTORS)(
    'converts a GCJ-02 reference point to within 2 m of its WGS-84 origin (%f, %f)',
    (wLat, wLng, gLat, gLng) => {
      const converted = gcjToWgs([gLng, gLat]);
      expect(metres(converted, [wLng, wLat])).toBeLessThan(2);
      // The offset undone is the real one: several hundred metres.
      expect(metres([gLng, gLat], [wLng, wLat])).toBeGreaterThan(300);
    },
  );

  it('rounds to 5 decimals', () => {
    const [lng, lat] = gcjToWgs([118.1465, 24.5129]);
    expect(Math.round(lng * 1e5) / 1e5).toBe(lng);
    expect(Math.round(lat * 1e5) / 1e5).toBe(lat);
  });
});

describe('convertDistricts', () => {
  const square = (x: number, y: number, clockwise: boolean): number[][] => {
    const ring = [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ];
    return clockwise ? ring.reverse() : ring;
  };

  it('keeps names, adds English names and adcodes, keeps MultiPolygons, orients rings CCW', () => {
    const out = convertDistricts({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '湖里区', cp: [0, 0] },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [[square(118.1, 24.5, true)], [square(118.2, 24.5, true)]],
          },
        },
        {
          type: 'Feature',
          properties: { name: '同安区' },
          geometry: { type: 'Polygon', coordinates: [square(118.1, 24.7, false)] },
        },
      ],
    });
    expect(out.features.map((f) => f.properties)).toEqual([
      { name: '湖里区', nameEn: 'Huli', adcode: 350206 },
      { name: '同安区', nameEn: "Tong'an", adcode: 350212 },
    ]);
    expect(out.features[0]?.geometry.type).toBe('MultiPolygon');
    const ring =
      out.features[1]?.geometry.type === 'Polygon' ? out.features[1].geometry.coordinates[0] : undefined;
    expect(ring?.[0]).toEqual(ring?.[ring.length - 1]);
    let a = 0;
    for (let i = 0; ring && i + 1 < ring.length; i++)
      a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
    expect(a).toBeGreaterThan(0);
  });

  it('drops repeated positions and rejects unknown districts', () => {
    const ring = convertRing(
      [
        [118.1, 24.5],
        [118.1, 24.5],
        [118.11, 24.5],
        [118.11, 24.51],
        [118.1, 24.5],
      ],
      true,
    );
    expect(ring).toHaveLength(4);
    expect(() =>
      convertDistricts({
        type: 'FeatureCollection',
        features: [{ properties: { name: '鼓楼区' }, geometry: null }],
      }),
    ).toThrow(/unknown district/);
  });

  it('the committed asset holds the six districts, land only, WGS-84 at 5 decimals', () => {
    const asset = JSON.parse(
      readFileSync(new URL('../../../assets/geo/xiamen-districts.geojson', import.meta.url), 'utf8'),
    ) as {
      features: { properties: { nameEn: string }; geometry: { coordinates: unknown } }[];
    };
    expect(asset.features.map((f) => f.properties.nameEn).sort()).toEqual([
      'Haicang',
      'Huli',
      'Jimei',
      'Siming',
      "Tong'an",
      "Xiang'an",
    ]);
    const numbers =
      JSON.stringify(asset.features.map((f) => f.geometry.coordinates)).match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.every((n) => (n.split('.')[1] ?? '').length <= 5)).toBe(true);
  });
});
