/**
 * Where a whole grid file lies against the station, under each coordinate system the file
 * could be in. A file whose outlines sit better in the station after a GCJ-02 or BD-09 →
 * WGS-84 shift was almost certainly exported from a web map (positions a few hundred metres
 * off): the importer warns and offers the conversion. "In the station" here is fine-grained —
 * inside the district's outline or one of the stored grids, whatever their codes — because the
 * station's area (stationExtent: widened by 2 km) would swallow a 600 m shift. A file with
 * nothing inside the station's area under any system is from elsewhere: it is refused with
 * the distance. Files that look lat/lng-swapped are left to the per-feature check, which says
 * so more usefully.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from '@turf/helpers';
import { convertPosition, sourceCrsNames, type CrsName } from '../../geo/chinaCrs';
import { createGridLocator } from '../../geo/gridLocator';
import type { AreaGeometry } from '../../schemas/geometry';
import { looksSwapped, positionsOf } from './geometryChecks';
import type { RawFeature } from './readGridFile';

type Point = [number, number];

export type DistrictFit =
  | { kind: 'outside'; km: number }
  /** Shares in percent of the sampled positions inside the area. */
  | { kind: 'shifted'; crs: CrsName; insideShifted: number; insideAsDeclared: number }
  | null;

/** Positions sampled per feature: enough to see a shift at the edges, cheap for 20,000 features. */
const SAMPLES = 16;
/** A shifted reading must place this many more of the sampled positions inside to be suggested. */
const BETTER_BY = 0.02;

function samples(raw: RawFeature): Point[] {
  const all = positionsOf((raw.geometry as { coordinates?: unknown } | null)?.coordinates).filter(
    ([x, y]) => Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= 180 && Math.abs(y) <= 90,
  );
  if (all.length <= SAMPLES) return all;
  const step = all.length / SAMPLES;
  return Array.from({ length: SAMPLES }, (_, i) => all[Math.floor(i * step)]!);
}

/** Metres from a point to a segment, on a plane tangent at the point (fine for a distance in km). */
function toSegmentM(p: Point, a: Point, b: Point): number {
  const k = 111_320;
  const c = Math.cos((p[1] * Math.PI) / 180);
  const ax = (a[0] - p[0]) * k * c;
  const ay = (a[1] - p[1]) * k;
  const bx = (b[0] - p[0]) * k * c;
  const by = (b[1] - p[1]) * k;
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Kilometres from the nearest sampled position to the area's outline. */
export function distanceKm(points: readonly Point[], extent: AreaGeometry): number {
  const rings = extent.type === 'Polygon' ? extent.coordinates : extent.coordinates.flat();
  let best = Infinity;
  for (const p of points)
    for (const ring of rings)
      for (let i = 0; i + 1 < ring.length; i++)
        best = Math.min(best, toSegmentM(p, ring[i] as Point, ring[i + 1] as Point));
  return Math.round(best / 100) / 10;
}

/**
 * `extent` is the station's area (null: nothing to compare with); `reference` the outlines a
 * right file should fall in — the district's and the stored grids' (empty: the extent).
 */
export function fitDistrict(
  features: readonly RawFeature[],
  extent: AreaGeometry | null,
  declared: CrsName,
  reference: readonly AreaGeometry[] = [],
): DistrictFit {
  if (!extent) return null;
  const points = features.flatMap(samples);
  if (points.length === 0 || looksSwapped(points)) return null;
  const area = feature(extent);
  const inArea = (p: Point) => booleanPointInPolygon(p, area);
  const locator = createGridLocator(reference.map((geometry, i) => ({ id: String(i), geometry })));
  const inReference = reference.length > 0 ? (p: Point) => locator.gridAt(p) !== null : inArea;
  const count = (crs: CrsName, inside: (p: Point) => boolean) =>
    points.filter((p) => inside(convertPosition(p, crs, 'wgs84'))).length;
  const others = sourceCrsNames.filter((crs) => crs !== declared);
  if (count(declared, inArea) === 0 && others.every((crs) => count(crs, inArea) === 0))
    return {
      kind: 'outside',
      km: distanceKm(
        points.map((p) => convertPosition(p, declared, 'wgs84')),
        extent,
      ),
    };
  const asDeclared = count(declared, inReference);
  const best = others
    .map((crs) => ({ crs, inside: count(crs, inReference) }))
    .sort((a, b) => b.inside - a.inside)[0]!;
  if (best.inside - asDeclared > BETTER_BY * points.length)
    return {
      kind: 'shifted',
      crs: best.crs,
      insideShifted: Math.round((best.inside / points.length) * 100),
      insideAsDeclared: Math.round((asDeclared / points.length) * 100),
    };
  return null;
}
