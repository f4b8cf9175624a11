/**
 * Small, fast geometry on WGS-84 areas for the generator's hot loops (hundreds of thousands
 * of points): bounding boxes, even–odd point-in-polygon, local planar area and rejection
 * sampling inside a polygon. At a grid's scale (≤ a few km) an equirectangular projection is
 * accurate to well under 1 %.
 */
import type { AreaGeometry, LngLat } from '../schemas';
import type { Rng } from './prng';

export type BBox = [minLng: number, minLat: number, maxLng: number, maxLat: number];
type Ring = readonly (readonly number[])[];

/** Polygons of an area geometry, each as rings (outer first). */
export function polygonsOf(g: AreaGeometry): Ring[][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export function bboxOf(g: AreaGeometry): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const poly of polygonsOf(g)) {
    for (const p of poly[0] ?? []) {
      const x = p[0] ?? 0;
      const y = p[1] ?? 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const pi = ring[i] as readonly number[];
    const pj = ring[j] as readonly number[];
    const xi = pi[0] as number;
    const yi = pi[1] as number;
    const xj = pj[0] as number;
    const yj = pj[1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even–odd test: inside an outer ring and outside its holes, in any polygon. */
export function pointInArea(point: readonly number[], g: AreaGeometry): boolean {
  const x = point[0] as number;
  const y = point[1] as number;
  for (const poly of polygonsOf(g)) {
    const [outer, ...holes] = poly;
    if (outer && inRing(x, y, outer) && !holes.some((h) => inRing(x, y, h))) return true;
  }
  return false;
}

const KM_PER_DEG_LAT = 111.32;

function ringArea(ring: Ring, kx: number): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as readonly number[];
    const q = ring[i + 1] as readonly number[];
    a += (p[0] as number) * (q[1] as number) - (q[0] as number) * (p[1] as number);
  }
  return Math.abs(a / 2) * kx * KM_PER_DEG_LAT;
}

/** Area in km² (outer rings minus holes), projected at the geometry's mean latitude. */
export function areaKm2(g: AreaGeometry): number {
  const b = bboxOf(g);
  const kx = KM_PER_DEG_LAT * Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180);
  let total = 0;
  for (const poly of polygonsOf(g)) {
    poly.forEach((ring, i) => {
      total += (i === 0 ? 1 : -1) * ringArea(ring, kx);
    });
  }
  return total;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * A uniform point inside `g` by rejection within its bbox, rounded to 6 decimals (≈0.1 m)
 * and re-checked after rounding. Throws after `maxTries` misses (a degenerate area).
 */
export function samplePointIn(rng: Rng, g: AreaGeometry, box: BBox = bboxOf(g), maxTries = 10_000): LngLat {
  for (let i = 0; i < maxTries; i++) {
    const p: LngLat = [round6(rng.float(box[0], box[2])), round6(rng.float(box[1], box[3]))];
    if (pointInArea(p, g)) return p;
  }
  throw new Error('could not sample a point inside the area');
}
