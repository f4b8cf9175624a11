/**
 * Geometry checks of one imported outline, each a pure function of the raw geometry:
 * polygon-ness, swapped longitude/latitude, ring validity (the schema's closed, ≥ 4 positions,
 * with the first broken rule named), the vertex limit, zero area, self-intersection and the
 * area overlap of two outlines.
 *
 * Self-intersection uses ringCrossings (segments in a static R-tree, each tested only against
 * its neighbours in space: O(n log n)), replacing @turf/kinks, which compares every pair
 * (15.9 s for a 40,000-vertex ring). A ring that touches itself at a point counts as crossing
 * itself, as the simple-features rules say.
 */
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { firstRingContact } from '../../geo/ringCrossings';
import { areaGeometrySchema, type AreaGeometry } from '../../schemas/geometry';

/**
 * Most positions one grid's outline may have. A hand-drawn or surveyed grid has tens to a few
 * thousand; 50,000 is already a 1-metre trace of a 50 km boundary, and keeps one grid's check
 * under a second.
 */
export const maxGridVertices = 50_000;

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

/** Why an outline is not a valid area, as a code the interface words. */
export type RingProblem =
  'ring-open' | 'ring-too-short' | 'coordinate-not-number' | 'coordinate-out-of-range' | 'invalid-ring';

export type AreaCheck =
  | { ok: true; geometry: AreaGeometry }
  | { ok: false; problem: RingProblem; reason: string; params: Record<string, string | number> };

/** The rings of a Polygon/MultiPolygon-shaped value, whatever their content. */
function ringsOf(geometry: unknown): unknown[] {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || !Array.isArray(g.coordinates)) return [];
  if (g.type === 'Polygon') return g.coordinates;
  return g.coordinates.flatMap((p) => (Array.isArray(p) ? p : []));
}

/** The first broken rule of the outline's rings, named; null when none is found. */
function ringProblem(geometry: unknown): Exclude<AreaCheck, { ok: true }> | null {
  const rings = ringsOf(geometry);
  for (const [r, ring] of rings.entries()) {
    if (!Array.isArray(ring)) continue;
    for (const p of ring) {
      if (!Array.isArray(p)) continue;
      const [x, y] = p as unknown[];
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
        return {
          ok: false,
          problem: 'coordinate-not-number',
          reason: `ring ${r + 1}: a coordinate is not a finite number`,
          params: { value: `${String(x)}, ${String(y)}`.slice(0, 40) },
        };
      if (Math.abs(x) > 180 || Math.abs(y) > 90)
        return {
          ok: false,
          problem: 'coordinate-out-of-range',
          reason: `ring ${r + 1}: ${x}, ${y} is outside longitude ±180 / latitude ±90`,
          params: { value: `${x}, ${y}`.slice(0, 60) },
        };
    }
    if (ring.length < 4)
      return {
        ok: false,
        problem: 'ring-too-short',
        reason: `ring ${r + 1} has ${ring.length} positions; a ring needs at least 4`,
        params: { count: ring.length },
      };
    const first = ring[0] as unknown[];
    const last = ring[ring.length - 1] as unknown[];
    if (!Array.isArray(first) || !Array.isArray(last) || first[0] !== last[0] || first[1] !== last[1])
      return { ok: false, problem: 'ring-open', reason: `ring ${r + 1} is not closed`, params: {} };
  }
  return null;
}

/** Parses the geometry with the stored schema (closed rings, ≥ 4 positions, numbers in range). */
export function parseArea(geometry: unknown): AreaCheck {
  const parsed = areaGeometrySchema.safeParse(geometry);
  if (parsed.success) return { ok: true, geometry: parsed.data };
  const named = ringProblem(geometry);
  if (named) return named;
  const first = parsed.error.issues[0];
  return {
    ok: false,
    problem: 'invalid-ring',
    reason: first ? `${first.path.join('.')}: ${first.message}` : 'invalid geometry',
    params: {},
  };
}

/** How many positions the outline has (every ring, closing positions included). */
export function vertexCount(geometry: AreaGeometry): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let n = 0;
  for (const poly of polygons) for (const ring of poly) n += ring.length;
  return n;
}

/** Whether every position of the ring lies on one line (the ring encloses no area). */
function collinear(ring: ReadonlyArray<readonly [number, number]>): boolean {
  const [x0, y0] = ring[0]!;
  const other = ring.find(([x, y]) => x !== x0 || y !== y0);
  if (!other) return true;
  const dx = other[0] - x0;
  const dy = other[1] - y0;
  const scale = dx * dx + dy * dy;
  // relative to the first edge, so a small grid is not mistaken for a flat one
  return ring.every(([x, y]) => Math.abs(dx * (y - y0) - dy * (x - x0)) <= 1e-12 * scale);
}

/** The first ring of the outline enclosing no area (all its points on one line), 1-based, or null. */
export function zeroAreaRing(geometry: AreaGeometry): number | null {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const flat = rings.findIndex((ring) => collinear(ring));
  return flat === -1 ? null : flat + 1;
}

/**
 * The first self-intersection of the outline's rings (a ring crossing or touching itself, or
 * another ring of the same outline), or null.
 */
export function firstKink(
  geometry: AreaGeometry,
  onProgress?: (done: number, total: number) => void,
): [number, number] | null {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return firstRingContact(rings, onProgress);
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
