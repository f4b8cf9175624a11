/**
 * Checks a grid file against the station (import worker) and turns the plan into cache
 * writes: the per-feature report, the outlines for the preview map (each marked new, changed,
 * unchanged or bad) and, only for a clean file, the creates and updates by code. A new grid
 * starts with no officer (the one-grid-one-officer flag shows it) and no households; an
 * updated grid keeps its id, so its control-level history, officer and households stay.
 */
import { checkGridFeatures, type GridCheckProgress } from '#common/import/grids/checkGridFeatures';
import { parseArea } from '#common/import/grids/geometryChecks';
import type { GridPropertyMapping } from '#common/import/grids/gridPropertyMapping';
import { planGridImport } from '#common/import/grids/planGridImport';
import type { RawFeature } from '#common/import/grids/readGridFile';
import { stationExtent } from '#common/import/grids/stationExtent';
import { convertPosition, mapAreaPositions, type CrsName } from '#common/geo/chinaCrs';
import type { AreaGeometry } from '#common/schemas/geometry';
import type { Grid } from '#common/schemas/grid';
import type { BatchWrite } from '#renderer/sync/localBatchWrite';
import type { CheckReport, FieldMapping, ImportIssue, OutlineStatus, PreviewOutline } from './importMessages';
import { maxReportedIssues } from './importMessages';

/** Neighbouring grids drawn by hand share slivers along their edges; 1% of the smaller grid is tolerated. */
export const OVERLAP_TOLERANCE = 0.01;

export interface GridJobInput {
  features: readonly RawFeature[];
  columns: readonly string[];
  mapping: FieldMapping;
  crs: CrsName;
  /** The station's live grids. */
  grids: readonly Grid[];
  /** The station's district outline, when known (see stationExtent). */
  district: AreaGeometry | null;
  /** The offline basemap's bounds, when it has any: the area when the station has no other. */
  basemapBounds?: readonly [number, number, number, number] | null;
  /** Values for the whole file instead of a column (a community). */
  constants?: Record<string, string>;
  /** Positions checked of all positions in the file. */
  onProgress?: GridCheckProgress;
}

export interface JobResult {
  report: Omit<CheckReport, 'touchedFields'>;
  writes: BatchWrite[];
}

function propertyMapping(
  columns: readonly string[],
  mapping: FieldMapping,
  constants: Record<string, string> = {},
): GridPropertyMapping {
  const name = (field: string) => {
    const index = mapping[field];
    return index === null || index === undefined ? null : (columns[index] ?? null);
  };
  return {
    code: name('code') ?? '',
    name: name('name') ?? '',
    community: name('community') ?? '',
    street: name('street'),
    gridLeader: name('gridLeader'),
    constants: constants.community?.trim() ? { community: constants.community.trim() } : undefined,
  };
}

function outlineOf(raw: RawFeature, crs: CrsName): AreaGeometry | null {
  const parsed = parseArea(raw.geometry);
  if (!parsed.ok) return null;
  return crs === 'wgs84'
    ? parsed.geometry
    : mapAreaPositions(parsed.geometry, (p) => convertPosition(p, crs, 'wgs84'));
}

export function checkGridJob(input: GridJobInput): JobResult {
  const mapping = propertyMapping(input.columns, input.mapping, input.constants);
  const checked = checkGridFeatures(
    input.features,
    mapping,
    {
      existing: input.grids.map((g) => ({ id: g.id, code: g.code, geometry: g.geometry })),
      extent: stationExtent({
        district: input.district,
        grids: input.grids.map((g) => g.geometry),
        basemapBounds: input.basemapBounds,
      }),
      district: input.district,
      sourceCrs: input.crs,
      overlapTolerance: OVERLAP_TOLERANCE,
    },
    input.onProgress,
  );
  const plan = planGridImport(checked.candidates, input.grids);
  const bad = new Set(checked.issues.map((i) => i.feature));
  const status = new Map<number, OutlineStatus>();
  for (const c of plan.creates) status.set(c.feature, 'create');
  for (const u of plan.updates) status.set(u.feature, 'update');

  const outlines: PreviewOutline[] = [];
  for (const raw of input.features) {
    const geometry = outlineOf(raw, input.crs);
    if (!geometry) continue;
    const codeKey = mapping.code;
    const code = codeKey ? String(raw.properties[codeKey] ?? '').slice(0, 30) : '';
    outlines.push({
      feature: raw.index,
      code,
      geometry,
      status: bad.has(raw.index) ? 'bad' : (status.get(raw.index) ?? 'unchanged'),
    });
  }

  const issues: ImportIssue[] = checked.issues.map((i) => ({
    scope: i.feature === null ? 'file' : 'feature',
    at: i.feature,
    column: null,
    code: i.code,
    params: i.params,
  }));
  const writes: BatchWrite[] =
    issues.length > 0
      ? []
      : [
          ...plan.creates.map(({ fields }) => ({
            entity: 'grids' as const,
            id: crypto.randomUUID(),
            isNew: true,
            patch: {
              code: fields.code,
              name: fields.name,
              community: fields.community,
              street: fields.street ?? fields.community,
              gridLeader: fields.gridLeader,
              geometry: fields.geometry,
              officerId: null,
              householdTotal: 0,
              residentTotal: 0,
            },
          })),
          ...plan.updates.map((u) => ({ entity: 'grids' as const, id: u.id, patch: u.patch })),
        ];
  return {
    report: {
      total: input.features.length,
      creates: plan.creates.length,
      updates: plan.updates.length,
      unchanged: plan.unchanged,
      bad: bad.size,
      issues: issues.slice(0, maxReportedIssues),
      issuesTotal: issues.length,
      outlines,
      notices: checked.notices.map((n) => ({
        scope: 'file' as const,
        at: null,
        column: null,
        code: n.code,
        params: n.params,
      })),
    },
    writes,
  };
}
