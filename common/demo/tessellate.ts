/**
 * Grid tessellation: `count` cells covering a land area, as the Voronoi diagram of seeded
 * points clipped by the area, relaxed (Lloyd) so cells come out of similar size. Every cell is
 * inside the area (clipped), cells do not overlap (a Voronoi partition), and a cell smaller
 * than a share of the mean is re-seeded, so the count is exact. Island fragments of a cell
 * below 5 % of its area are dropped (slivers along the coast).
 *
 * Clipping is the cost: only cells that touch the area's boundary go through @turf/intersect;
 * a cell whose bbox meets no boundary segment and whose corners are inside is kept as is.
 */
import { featureCollection, point, polygon as turfPolygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { voronoi } from '@turf/voronoi';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry, LngLat } from '../schemas';
import { boundaryCrossings, clipByConvex, signedArea2, type Pt } from './convexClip';
import { areaKm2, bboxOf, pointInArea, polygonsOf, samplePointIn, type BBox } from './planarGeometry';
import type { Rng } from './prng';

export interface TessellateOptions {
  count: number;
  /** Relaxation rounds (each moves seeds to their cell's centroid). */
  relaxRounds?: number;
  /** A cell smaller than this share of the mean cell is re-seeded. */
  minShare?: number;
}

type Segment = [number, number, number, number];

/** turf's geometry types are looser than ours (positions of any length); ours hold pairs. */
const asArea = (g: Polygon | MultiPolygon): AreaGeometry => g as AreaGeometry;

function toFeature(g: AreaGeometry): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry: g };
}

function segmentsOf(g: AreaGeometry): Segment[] {
  const segs: Segment[] = [];
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const p = ring[i] as readonly number[];
        const q = ring[i + 1] as readonly number[];
        segs.push([p[0] as number, p[1] as number, q[0] as number, q[1] as number]);
      }
    }
  }
  return segs;
}

function touchesBoundary(box: BBox, segs: readonly Segment[]): boolean {
  for (const s of segs) {
    if (Math.max(s[0], s[2]) < box[0] || Math.min(s[0], s[2]) > box[2]) continue;
    if (Math.max(s[1], s[3]) < box[1] || Math.min(s[1], s[3]) > box[3]) continue;
    return true;
  }
  return false;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Area in square degrees (outer minus holes), to compare two clips of the same cell. */
function planarDegArea(g: AreaGeometry): number {
  let a = 0;
  for (const poly of polygonsOf(g)) {
    poly.forEach((ring, i) => {
      a += (i === 0 ? 1 : -1) * Math.abs(signedArea2(ring as Pt[])) / 2;
    });
  }
  return a;
}

/** Rounds positions and drops repeats; null if a ring collapses. */
function cleanRing(ring: readonly (readonly number[])[]): LngLat[] | null {
  const out: LngLat[] = [];
  for (const p of ring) {
    const q: LngLat = [round6(p[0] as number), round6(p[1] as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : null;
}

/** Rounds, drops collapsed rings and fragments under 5 % of the whole; null if nothing left. */
function tidy(g: AreaGeometry): AreaGeometry | null {
  const polys: LngLat[][][] = [];
  for (const poly of polygonsOf(g)) {
    const outer = poly[0] ? cleanRing(poly[0]) : null;
    if (!outer) continue;
    const holes = poly.slice(1).map(cleanRing).filter((r): r is LngLat[] => r !== null);
    polys.push([outer, ...holes]);
  }
  const areas = polys.map((p) => areaKm2({ type: 'Polygon', coordinates: p }));
  const total = areas.reduce((s, a) => s + a, 0);
  const kept = polys.filter((_, i) => (areas[i] ?? 0) >= 0.05 * total);
  for (const poly of kept) {
    poly.forEach((ring, i) => {
      if (signedArea2(ring) > 0 !== (i === 0)) ring.reverse();
    });
  }
  const only = kept[0];
  if (!only) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: kept };
}

/** Area-weighted centroid of the largest polygon's outer ring. */
function centroidOf(g: AreaGeometry): LngLat | null {
  let best: readonly (readonly number[])[] | undefined;
  let bestArea = -1;
  for (const poly of polygonsOf(g)) {
    const outer = poly[0];
    const a = outer ? areaKm2({ type: 'Polygon', coordinates: [outer as LngLat[]] }) : 0;
    if (a > bestArea) {
      bestArea = a;
      best = outer;
    }
  }
  if (!best) return null;
  let cx = 0;
  let cy = 0;
  let a2 = 0;
  const x0 = (best[0] as readonly number[])[0] as number;
  const y0 = (best[0] as readonly number[])[1] as number;
  for (let i = 0; i + 1 < best.length; i++) {
    const p = best[i] as readonly number[];
    const q = best[i + 1] as readonly number[];
    const px = (p[0] as number) - x0;
    const py = (p[1] as number) - y0;
    const qx = (q[0] as number) - x0;
    const qy = (q[1] as number) - y0;
    const cross = px * qy - qx * py;
    a2 += cross;
    cx += (px + qx) * cross;
    cy += (py + qy) * cross;
  }
  if (a2 === 0) return null;
  return [x0 + cx / (3 * a2), y0 + cy / (3 * a2)];
}

/** Clips `region` to a rectangle (e.g. a station's sub-area of its district). */
export function clipToBox(region: AreaGeometry, box: BBox): AreaGeometry {
  const rect = turfPolygon([
    [
      [box[0], box[1]],
      [box[2], box[1]],
      [box[2], box[3]],
      [box[0], box[3]],
      [box[0], box[1]],
    ],
  ]);
  const clipped = intersect(featureCollection([toFeature(region), rect]));
  const g = clipped ? tidy(asArea(clipped.geometry)) : null;
  if (!g) throw new Error('the box does not overlap the region');
  return g;
}

export function tessellate(rng: Rng, region: AreaGeometry, options: TessellateOptions): AreaGeometry[] {
  const { count, relaxRounds = 2, minShare = 0.25 } = options;
  const box = bboxOf(region);
  const pad = Math.max(box[2] - box[0], box[3] - box[1]) * 0.05;
  const extent: BBox = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
  const segs = segmentsOf(region);
  const regionFeature = toFeature(region);
  const meanArea = areaKm2(region) / count;
  const outers = polygonsOf(region).map((poly) => (poly[0] ?? []) as Pt[]);
  const hasHoles = polygonsOf(region).some((poly) => poly.length > 1);

  /** The part of `cell` inside the region; `exact` false allows zero-area bridges. */
  const clipCell = (cell: Feature<Polygon>, exact: boolean): AreaGeometry | null => {
    const g = cell.geometry as AreaGeometry;
    const cellRing = (g.coordinates[0] ?? []) as Pt[];
    if (!touchesBoundary(bboxOf(g), segs)) {
      return cellRing.every((c) => pointInArea(c, region)) ? tidy(g) : null;
    }
    if (hasHoles) {
      const clipped = intersect(featureCollection([cell, regionFeature]));
      return clipped ? tidy(asArea(clipped.geometry)) : null;
    }
    const pieces: Pt[][] = [];
    let simple = true;
    for (const outer of outers) {
      const piece = clipByConvex(outer, cellRing);
      if (piece.length === 0) continue;
      pieces.push(piece);
      if (exact && boundaryCrossings(outer, cellRing) > 2) simple = false;
    }
    if (pieces.length === 0) return null;
    const rough: AreaGeometry = { type: 'MultiPolygon', coordinates: pieces.map((r) => [r as LngLat[]]) };
    if (!exact || simple) return tidy(rough);
    // Several crossings: let the general clipper remove the bridges from the small rough
    // overlap, and trust it only if the area agrees; else clip against the whole region.
    const cleaned = intersect(featureCollection([cell, toFeature(rough)]));
    const roughArea = pieces.reduce((s, r) => s + Math.abs(signedArea2(r)), 0) / 2;
    const cleanedArea = cleaned ? planarDegArea(asArea(cleaned.geometry)) : 0;
    if (cleaned && Math.abs(cleanedArea - roughArea) <= 0.01 * roughArea) return tidy(asArea(cleaned.geometry));
    const full = intersect(featureCollection([cell, regionFeature]));
    return full ? tidy(asArea(full.geometry)) : null;
  };

  let seeds: LngLat[] = Array.from({ length: count }, () => samplePointIn(rng, region, box));
  const clipCells = (exact: boolean): (AreaGeometry | null)[] =>
    voronoi(featureCollection(seeds.map((s) => point(s))), { bbox: extent }).features.map((cell) =>
      clipCell(cell, exact),
    );

  const maxRounds = relaxRounds + 8;
  for (let round = 0; ; round++) {
    const relaxing = round < relaxRounds;
    const cells = clipCells(!relaxing);
    const small = cells.map((c) => c === null || areaKm2(c) < minShare * meanArea);
    if (!relaxing && !small.some(Boolean)) return cells as AreaGeometry[];
    if (round >= maxRounds) throw new Error('tessellation did not settle');
    seeds = seeds.map((s, i) => {
      const cell = cells[i];
      if (small[i] || !cell) return samplePointIn(rng, region, box);
      if (!relaxing) return s;
      const c = centroidOf(cell);
      return c && pointInArea(c, region) ? c : s;
    });
  }
}
