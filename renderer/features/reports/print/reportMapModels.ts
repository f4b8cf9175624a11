/**
 * The situation map of a daily report, as the map's plain view models, made from what the
 * report's build already read (no second read of the grids): every grid's outline coloured by
 * its control level at `asOf` (the picture's level history rule), the checkpoints (staffed = a
 * duty shift that day, as the report counts them), the incidents reported that day and the
 * day's testing sites. Pure.
 */
import type { Checkpoint, Incident, TestingSite } from '#common/schemas';
import type { MapCheckpoint, MapGrid, MapIncident, MapTestingSite } from '#renderer/map';
import type { GridState } from '#renderer/station/gridStateQuery';

export interface ReportMapModels {
  grids: MapGrid[];
  checkpoints: MapCheckpoint[];
  incidents: MapIncident[];
  testingSites: MapTestingSite[];
}

export interface ReportMapSources {
  grids: readonly GridState[];
  checkpoints: readonly Checkpoint[];
  staffed: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  reported: readonly Incident[];
  sites: readonly TestingSite[];
}

export function reportMapModels(sources: ReportMapSources): ReportMapModels {
  return {
    grids: sources.grids.map((g) => ({
      id: g.grid.id,
      code: g.grid.code,
      name: g.grid.name,
      geometry: g.grid.geometry,
      level: g.level,
      // the report's map is coloured by level; coverage is in its tables and chart
      coverage: 0,
    })),
    checkpoints: sources.checkpoints.map((c) => ({
      id: c.id,
      name: c.name,
      point: c.point,
      mode: c.mode,
      staffedNow: sources.staffed.has(c.id),
    })),
    incidents: sources.reported.map((i) => ({
      id: i.id,
      point: i.point,
      severity: i.severity,
      type: i.type,
    })),
    testingSites: sources.sites.map((s) => ({ id: s.id, name: s.name, point: s.point, status: s.status })),
  };
}
