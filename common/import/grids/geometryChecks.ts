/**
 * Geometry checks of one imported outline, each a pure function of the raw geometry:
 * polygon-ness, swapped longitude/latitude, ring validity (the schema's closed, ≥ 4 positions),
 * self-intersection (@turf/kinks), and the area overlap of two outlines.
 */
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import { areaGeometrySchema, type AreaGeometry } from '../../schemas/geometry';

export type BBox = [number, number, number, number];

/** Every position of a geometry whose `coordinates` nest arrays of numbers (unknown shape tolerated). */
export function positionsOf(coordinates: unknown): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: unknown[] = [coordinates];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!Array.isArray(node)) continue;
    if (node.length >= 2 && typeof node[0] === 'number' && typeof node[1] === 'number')
      out.push([node[0], node[1]]);
    else for (const child of node) stack.push(child);
  }
  return out;
}

/** China spans longitude 73–136 E and latitude 3–54 N; a position with those swapped is lat/lng order. */
export function looksSwapped(positions: ReadonlyArray<readonly [number, number]>): boolean {
  if (positions.length === 0) return false;
  return positions.every(([x, y]) => Math.abs(y) > 90 || (x >= 3 && x <= 54 && y >= 73 && y <= 136));
}

export type AreaCheck = { ok: true; geometry: AreaGeometry } | { ok: false; reason: string };

/** Parses the geometry with the stored schema (closed rings, ≥ 4 positions, numbers in range). */
export function parseArea(geometry: unknown): AreaCheck {
  const parsed = areaGeometrySchema.safeParse(geometry);
  if (parsed.success) return { ok: true, geometry: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, reason: first ? `${first.path.join('.')}: ${first.message}` : 'invalid geometry' };
}

/** The first self-intersection of the outline's rings, or null. */
export function firstKink(geometry: AreaGeometry): [number, number] | null {
  const found = kinks(feature(geometry));
  const point = found.features[0]?.geometry.coordinates;
  return point ? [point[0]!, point[1]!] : null;
}

export function bboxOf(geometry: AreaGeometry): BBox {
  return bbox(geometry) as BBox;
}

export function bboxesMeet(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function areaM2(geometry: AreaGeometry): number {
  return area(feature(geometry));
}

/** Area in m² shared by two outlines (0 when they only touch). */
export function overlapM2(a: AreaGeometry, b: AreaGeometry): number {
  const shared = intersect(featureCollection([feature(a), feature(b)]));
  return shared ? area(shared) : 0;
}
