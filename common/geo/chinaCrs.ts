/**
 * China's everyday coordinate systems. WGS-84 / CGCS2000 (GPS, national surveying; the two
 * differ by centimetres, far below a grid's accuracy) is what Gridroom stores. GCJ-02 is the
 * obfuscated system most Chinese web basemaps and many exported GIS files use: positions are
 * shifted by a few hundred metres, differently at each place. BD-09 is Baidu's further shift of
 * GCJ-02 (files exported from Baidu maps). The transforms come from `gcoord` (a maintained
 * implementation of the published algorithms); this module adds the geometry-wide helpers and
 * the offset used to recognise GCJ-02 data.
 */
import gcoord from 'gcoord';
import type { AreaGeometry } from '../schemas/geometry';

export type Position = readonly [number, number];
/** The systems a basemap can be drawn in (a Baidu basemap is not supported). */
export const crsNames = ['wgs84', 'gcj02'] as const;
/** The systems an imported file can be in. */
export const sourceCrsNames = ['wgs84', 'gcj02', 'bd09'] as const;
export type CrsName = (typeof sourceCrsNames)[number];

const gcoordCrs = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** GCJ-02 → WGS-84 (the inverse is iterative in gcoord; accurate to well under a metre). */
export function gcj02ToWgs84(p: Position): [number, number] {
  const [x, y] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84);
  return [x, y];
}

export function wgs84ToGcj02(p: Position): [number, number] {
  const [x, y] = gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02);
  return [x, y];
}

/** Converts a position from `from` to `to`. */
export function convertPosition(p: Position, from: CrsName, to: CrsName): [number, number] {
  if (from === to) return [p[0], p[1]];
  const [x, y] = gcoord.transform([p[0], p[1]], gcoordCrs[from], gcoordCrs[to]);
  return [x, y];
}

/** A copy of the geometry with every position mapped. */
export function mapAreaPositions(geometry: AreaGeometry, f: (p: Position) => [number, number]): AreaGeometry {
  if (geometry.type === 'Polygon')
    return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map((p) => f(p))) };
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map((p) => f(p)))),
  };
}

const metresPerDegreeLat = 111_320;

/** Distance in metres between two nearby positions (equirectangular; exact enough under 10 km). */
export function metresBetween(a: Position, b: Position): number {
  const dx = (b[0] - a[0]) * metresPerDegreeLat * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
  const dy = (b[1] - a[1]) * metresPerDegreeLat;
  return Math.hypot(dx, dy);
}

/** The east/north shift in metres that GCJ-02 applies at a WGS-84 position. */
export function gcjOffsetMetres(p: Position): { east: number; north: number } {
  const g = wgs84ToGcj02(p);
  return {
    east: (g[0] - p[0]) * metresPerDegreeLat * Math.cos(p[1] * (Math.PI / 180)),
    north: (g[1] - p[1]) * metresPerDegreeLat,
  };
}
