/**
 * Plain geometry on grid outlines: the bounds of a set of grids (for "fit to station") and a
 * label anchor per grid. The anchor is the area centroid of the grid's largest outer ring, which
 * lies inside the convex and near-convex shapes grids are drawn as; callers that need a point
 * guaranteed inside (the test hook) verify it against the rendered map.
 */
import type { AreaGeometry, LngLat } from '#common/schemas';

export type Bounds = [west: number, south: number, east: number, north: number];

function outerRings(geometry: AreaGeometry): LngLat[][] {
  return geometry.type === 'Polygon'
    ? geometry.coordinates.slice(0, 1)
    : geometry.coordinates.flatMap((polygon) => polygon.slice(0, 1));
}

/** Bounds of all outer rings, or null for an empty list. */
export function boundsOf(geometries: Iterable<AreaGeometry>): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const geometry of geometries) {
    for (const ring of outerRings(geometry)) {
      for (const [lng, lat] of ring) {
        if (lng < west) west = lng;
        if (lng > east) east = lng;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
      }
    }
  }
  return west <= east ? [west, south, east, north] : null;
}

function ringCentroid(ring: LngLat[]): { area: number; point: LngLat } {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a === undefined || b === undefined) continue;
    const cross = a[0] * b[1] - b[0] * a[1];
    twiceArea += cross;
    cx += (a[0] + b[0]) * cross;
    cy += (a[1] + b[1]) * cross;
  }
  if (twiceArea === 0) {
    const first = ring[0] ?? [0, 0];
    return { area: 0, point: [first[0], first[1]] };
  }
  return { area: Math.abs(twiceArea / 2), point: [cx / (3 * twiceArea), cy / (3 * twiceArea)] };
}

/** Where a grid's label goes: the centroid of its largest outer ring. */
export function labelAnchor(geometry: AreaGeometry): LngLat {
  let best: { area: number; point: LngLat } | null = null;
  for (const ring of outerRings(geometry)) {
    const candidate = ringCentroid(ring);
    if (best === null || candidate.area > best.area) best = candidate;
  }
  return best?.point ?? [0, 0];
}
