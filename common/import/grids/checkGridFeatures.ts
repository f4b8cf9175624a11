/**
 * Validates every feature of a grid file and turns the good ones into grid candidates, with a
 * report naming each bad feature and why. Pure: the caller supplies the station's existing
 * grids and extent. Rules, in order for each feature:
 *   not a polygon · longitude/latitude swapped · invalid ring (open, < 4 positions, not a
 *   number, out of range) · more than `maxGridVertices` positions · zero area ·
 *   self-intersecting ring · missing or invalid code/name/community · duplicate code in the file ·
 *   outside the station's extent · looks like GCJ-02 (the same grid shifted by exactly the
 *   GCJ-02 offset) · overlapping another grid by more than the tolerance.
 * Then, for the whole file against the station's area (districtFit): wholly outside it is an
 * issue naming the distance; fitting it better after a GCJ-02/BD-09 shift is a notice.
 * Coordinates declared as GCJ-02 are converted to WGS-84 first; stored grids are always WGS-84.
 * Reports progress in positions checked, so one large outline does not look stuck.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { feature } from '@turf/helpers';
import { gridSchema } from '../../schemas/grid';
import type { AreaGeometry } from '../../schemas/geometry';
import { convertPosition, gcjOffsetMetres, mapAreaPositions, type CrsName } from '../../geo/chinaCrs';
import { fitDistrict } from './districtFit';
import {
  areaM2,
  bboxesMeet,
  bboxOf,
  firstKink,
  looksSwapped,
  maxGridVertices,
  overlapM2,
  parseArea,
  positionsOf,
  vertexCount,
  zeroAreaRing,
  type BBox,
} from './geometryChecks';
import { issue, type GridImportIssue } from './gridImportIssues';
import type { GridPropertyMapping } from './gridPropertyMapping';
import type { RawFeature } from './readGridFile';

export interface ExistingGrid {
  id: string;
  code: string;
  geometry: AreaGeometry;
}

export interface GridCheckContext {
  existing: readonly ExistingGrid[];
  /** The station's area; null skips the extent check (a station with no outline yet). */
  extent: AreaGeometry | null;
  /** The district's own outline, when known: with the stored grids, where a right file falls. */
  district?: AreaGeometry | null;
  sourceCrs: CrsName;
  /** Largest tolerated overlap, as a share of the smaller grid's area. */
  overlapTolerance: number;
}

export interface GridCandidate {
  feature: number;
  code: string;
  name: string;
  community: string;
  /** Null when the file has no street field: a new grid then takes its community's name. */
  street: string | null;
  gridLeader: string;
  geometry: AreaGeometry;
}

export interface GridCheckResult {
  candidates: GridCandidate[];
  issues: GridImportIssue[];
  /** Warnings that do not stop the import (the file fits the station better in another CRS). */
  notices: GridImportIssue[];
}

/** Progress in positions checked of all positions (plus one per feature for the overlap pass). */
export type GridCheckProgress = (done: number, total: number) => void;

const identitySchema = gridSchema.pick({
  code: true,
  name: true,
  community: true,
  street: true,
  gridLeader: true,
});

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function centreOf(geometry: AreaGeometry): [number, number] {
  const c = centroid(feature(geometry)).geometry.coordinates;
  return [c[0]!, c[1]!];
}

/** Centroids displaced by (almost exactly) the GCJ-02 offset at that place. */
function shiftedLikeGcj(stored: AreaGeometry, imported: AreaGeometry): boolean {
  const a = centreOf(stored);
  const b = centreOf(imported);
  const offset = gcjOffsetMetres(a);
  const east = (b[0] - a[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180);
  const north = (b[1] - a[1]) * 111_320;
  const shift = Math.hypot(offset.east, offset.north);
  return Math.hypot(east, north) > 100 && Math.hypot(east - offset.east, north - offset.north) < 0.3 * shift;
}

function identity(raw: RawFeature, mapping: GridPropertyMapping) {
  const get = (key: string | null) => (key === null || key === '' ? '' : text(raw.properties[key]));
  return {
    code: get(mapping.code).toUpperCase(),
    name: get(mapping.name),
    community: mapping.constants?.community?.trim() || get(mapping.community),
    street: get(mapping.street),
    gridLeader: get(mapping.gridLeader),
  };
}

function checkOne(
  raw: RawFeature,
  mapping: GridPropertyMapping,
  ctx: GridCheckContext,
  issues: GridImportIssue[],
  onRingProgress?: (segmentsDone: number) => void,
): GridCandidate | null {
  const n = raw.index;
  const geometry = raw.geometry as { type?: unknown; coordinates?: unknown } | null;
  const type = geometry && typeof geometry.type === 'string' ? geometry.type : 'none';
  if (type === 'UnreadableCoordinates') {
    const token = String((geometry as { token?: unknown }).token ?? '');
    issues.push(issue(n, 'coordinate-not-number', `coordinate "${token}" is not a number`, { value: token }));
    return null;
  }
  if (type === 'none') {
    issues.push(issue(n, 'no-geometry', 'the feature has no geometry'));
    return null;
  }
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    issues.push(
      issue(n, 'not-polygon', `geometry is ${type.slice(0, 40)}, not a Polygon or MultiPolygon`, {
        type: type.slice(0, 40),
      }),
    );
    return null;
  }
  if (looksSwapped(positionsOf(geometry?.coordinates))) {
    issues.push(issue(n, 'swapped-lnglat', 'coordinates look like latitude, longitude (swapped)'));
    return null;
  }
  const area = parseArea(geometry);
  if (!area.ok) {
    issues.push(issue(n, area.problem, `invalid outline: ${area.reason}`, area.params));
    return null;
  }
  const vertices = vertexCount(area.geometry);
  if (vertices > maxGridVertices) {
    issues.push(
      issue(n, 'too-many-vertices', `${vertices} positions; at most ${maxGridVertices} per grid`, {
        count: vertices,
        limit: maxGridVertices,
      }),
    );
    return null;
  }
  const flatRing = zeroAreaRing(area.geometry);
  if (flatRing !== null) {
    issues.push(issue(n, 'zero-area', `ring ${flatRing} encloses no area`, { ring: flatRing }));
    return null;
  }
  const wgs =
    ctx.sourceCrs === 'wgs84'
      ? area.geometry
      : mapAreaPositions(area.geometry, (p) => convertPosition(p, ctx.sourceCrs, 'wgs84'));
  const kink = firstKink(wgs, onRingProgress && ((done) => onRingProgress(done)));
  if (kink) {
    const at = `${kink[0].toFixed(6)}, ${kink[1].toFixed(6)}`;
    issues.push(issue(n, 'self-intersection', `outline crosses itself at ${at}`, { at }));
    return null;
  }
  const fields = identity(raw, mapping);
  const parsed = identitySchema.safeParse({ ...fields, street: fields.street || fields.community });
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      const field = String(problem.path[0] ?? '');
      const missing = fields[field as keyof typeof fields] === '';
      // an empty optional field is never a problem (street falls back to the community)
      if (missing && (field === 'street' || field === 'gridLeader')) continue;
      issues.push(
        missing
          ? issue(n, 'missing-field', `${field} is empty`, { field })
          : issue(n, 'bad-field', `${field}: ${problem.message}`, { field, reason: problem.message }),
      );
    }
    return null;
  }
  return {
    feature: n,
    ...parsed.data,
    street: mapping.street === null ? null : parsed.data.street,
    geometry: wgs,
  };
}

function insideExtent(geometry: AreaGeometry, extent: AreaGeometry): boolean {
  return booleanPointInPolygon(centreOf(geometry), feature(extent));
}

export function checkGridFeatures(
  features: readonly RawFeature[],
  mapping: GridPropertyMapping,
  ctx: GridCheckContext,
  onProgress?: GridCheckProgress,
): GridCheckResult {
  const issues: GridImportIssue[] = [];
  const seenCodes = new Map<string, number>();
  const existingByCode = new Map(ctx.existing.map((g) => [g.code, g]));
  const candidates: GridCandidate[] = [];
  const weights = features.map(
    (f) => positionsOf((f.geometry as { coordinates?: unknown } | null)?.coordinates).length + 1,
  );
  const total = weights.reduce((a, b) => a + b, 0) + features.length;
  let done = 0;
  onProgress?.(0, total);

  const reference = [...(ctx.district ? [ctx.district] : []), ...ctx.existing.map((g) => g.geometry)];
  const district = fitDistrict(features, ctx.extent, ctx.sourceCrs, reference);
  const notices: GridImportIssue[] = [];
  if (district?.kind === 'outside') {
    issues.push(
      issue(null, 'outside-district', `every feature is outside the station's area, ${district.km} km away`, {
        km: district.km,
      }),
    );
    onProgress?.(total, total);
    return { candidates: [], issues, notices };
  }
  if (district?.kind === 'shifted')
    notices.push(
      issue(null, 'looks-shifted', `the file fits the station's area better as ${district.crs}`, {
        crs: district.crs,
        inside: district.insideShifted,
        insideAsIs: district.insideAsDeclared,
        total: features.length,
      }),
    );

  for (const [i, raw] of features.entries()) {
    // a large outline reports within its own check, so the count never sits still for long
    const before = done;
    const candidate = checkOne(
      raw,
      mapping,
      ctx,
      issues,
      onProgress && ((n) => onProgress(before + n, total)),
    );
    done += weights[i]!;
    onProgress?.(done, total);
    if (!candidate) continue;
    const earlier = seenCodes.get(candidate.code);
    if (earlier !== undefined) {
      issues.push(
        issue(candidate.feature, 'duplicate-code', `code ${candidate.code} is also feature ${earlier}`, {
          code: candidate.code,
          other: earlier,
        }),
      );
      continue;
    }
    seenCodes.set(candidate.code, candidate.feature);
    if (ctx.extent && !insideExtent(candidate.geometry, ctx.extent)) {
      issues.push(issue(candidate.feature, 'outside-extent', 'outside the station’s area'));
      continue;
    }
    const stored = existingByCode.get(candidate.code);
    if (ctx.sourceCrs === 'wgs84' && stored && shiftedLikeGcj(stored.geometry, candidate.geometry)) {
      issues.push(
        issue(
          candidate.feature,
          'looks-gcj02',
          'shifted from the stored grid by the GCJ-02 offset: choose GCJ-02',
        ),
      );
      continue;
    }
    candidates.push(candidate);
  }
  issues.push(...overlaps(candidates, ctx, (n) => onProgress?.(done + n, total)));
  onProgress?.(total, total);
  const bad = new Set(issues.map((i) => i.feature));
  return {
    candidates: candidates.filter((c) => !bad.has(c.feature)),
    issues: issues.sort(byFeature),
    notices,
  };
}

function byFeature(a: GridImportIssue, b: GridImportIssue): number {
  return (a.feature ?? 0) - (b.feature ?? 0);
}

interface Outline {
  label: string;
  feature: number | null;
  geometry: AreaGeometry;
  box: BBox;
  area: number;
}

/**
 * Overlaps in the station as it would be after the import: the candidates with each other and
 * with stored grids the file does not replace. Bounding boxes first, so only neighbours pay for
 * the polygon intersection.
 */
function overlaps(
  candidates: readonly GridCandidate[],
  ctx: GridCheckContext,
  onProgress: (done: number) => void,
): GridImportIssue[] {
  const replaced = new Set(candidates.map((c) => c.code));
  const toOutline = (label: string, featureNo: number | null, geometry: AreaGeometry): Outline => ({
    label,
    feature: featureNo,
    geometry,
    box: bboxOf(geometry),
    area: areaM2(geometry),
  });
  const mine = candidates.map((c) => toOutline(c.code, c.feature, c.geometry));
  const kept = ctx.existing
    .filter((g) => !replaced.has(g.code))
    .map((g) => toOutline(g.code, null, g.geometry));
  const found: GridImportIssue[] = [];
  const reported = new Set<number>();
  for (let i = 0; i < mine.length; i++) {
    onProgress(i);
    const a = mine[i]!;
    const others = [...mine.slice(i + 1), ...kept];
    for (const b of others) {
      if (!bboxesMeet(a.box, b.box)) continue;
      const shared = overlapM2(a.geometry, b.geometry);
      const share = shared / Math.min(a.area, b.area);
      if (share <= ctx.overlapTolerance) continue;
      const percent = Math.round(share * 1000) / 10;
      if (!reported.has(a.feature!)) {
        found.push(
          issue(a.feature, 'overlap', `overlaps ${b.label} by ${percent}% of the smaller grid`, {
            other: b.label,
            percent,
          }),
        );
        reported.add(a.feature!);
      }
      if (b.feature !== null && !reported.has(b.feature)) {
        found.push(
          issue(b.feature, 'overlap', `overlaps ${a.label} by ${percent}% of the smaller grid`, {
            other: a.label,
            percent,
          }),
        );
        reported.add(b.feature);
      }
    }
  }
  return found;
}
