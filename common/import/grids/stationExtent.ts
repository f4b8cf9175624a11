/**
 * The area a station's grids may lie in, for the importer's "outside the station's area"
 * check. Gridroom stores no outline of a station, so the area is what is known of it: the
 * district it belongs to (its land outline, when the caller has one) together with the region
 * its current grids already cover — their convex hull, widened by a margin, because coastal
 * grids reach past a land-only district outline and a station's edge grids are redrawn a little
 * on every survey. A grid file from another city, in another coordinate system or with its axes
 * swapped lands far outside both. With no district and no grids, the offline basemap's bounds
 * stand in (a city's map, coarse but better than nothing); with none of these the check is
 * skipped (null).
 */
import type { AreaGeometry } from '../../schemas/geometry';
import { positionsOf } from './geometryChecks';

type Position = [number, number];

/** Andrew's monotone chain: the convex hull of the points, counter-clockwise, not closed. */
export function convexHull(points: readonly Position[]): Position[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const cross = (o: Position, a: Position, b: Position) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: Position[]) => {
    const out: Position[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/**
 * The hull pushed outwards by `marginM` metres: each corner moves away from the hull's centre
 * (a polygon containing the true buffer's corners region; exact enough for a plausibility check).
 */
function widened(hull: readonly Position[], marginM: number): Position[] {
  const cx = hull.reduce((s, p) => s + p[0], 0) / hull.length;
  const cy = hull.reduce((s, p) => s + p[1], 0) / hull.length;
  const mPerDegLat = 111_320;
  const mPerDegLng = mPerDegLat * Math.cos((cy * Math.PI) / 180);
  return hull.map(([x, y]) => {
    const dx = (x - cx) * mPerDegLng;
    const dy = (y - cy) * mPerDegLat;
    const d = Math.hypot(dx, dy) || 1;
    // √2 so an edge's midpoint also moves out by at least the margin on a square-ish hull
    const k = (marginM * Math.SQRT2) / d;
    return [x + (dx * k) / mPerDegLng, y + (dy * k) / mPerDegLat];
  });
}

export interface StationExtentInput {
  /** The station's district outline, when known. */
  district: AreaGeometry | null;
  /** The outlines of the station's current grids. */
  grids: readonly AreaGeometry[];
  /** How far beyond the current grids still counts as the station's (default 2 km). */
  marginM?: number;
  /** The offline basemap's [west, south, east, north], when it has one: only a fallback. */
  basemapBounds?: readonly [number, number, number, number] | null;
}

export function stationExtent({
  district,
  grids,
  marginM = 2000,
  basemapBounds = null,
}: StationExtentInput): AreaGeometry | null {
  const polygons: Position[][][] = [];
  if (district)
    polygons.push(
      ...(district.type === 'Polygon'
        ? [district.coordinates as Position[][]]
        : (district.coordinates as Position[][][])),
    );
  const corners = grids.flatMap((g) => positionsOf(g.coordinates));
  const hull = convexHull(corners);
  if (hull.length >= 3) {
    const ring = widened(hull, marginM);
    polygons.push([[...ring, ring[0]!]]);
  }
  if (polygons.length === 0 && basemapBounds) {
    const [w, s, e, n] = basemapBounds;
    polygons.push([
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ]);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}
