/**
 * The situation map of a daily report: every grid's outline coloured by its level as of the
 * report's `asOf` (levels and coverage taken from the report's rows, so map and tables agree),
 * the checkpoints (staffed = had a shift that day), the incidents reported that day and the
 * day's testing sites, as the map's plain view models.
 */
import { checkpointSchema, gridSchema, incidentSchema, testingSiteSchema } from '../../../../common/schemas';
import type { GridroomDb } from '../../../db/database';
import { validRows } from '../../../db/validRows';
import type { MapCheckpoint, MapGrid, MapIncident, MapTestingSite } from '../../../map';
import type { DailyReport } from '../dailyReportModel';

export interface ReportMapModels {
  grids: MapGrid[];
  checkpoints: MapCheckpoint[];
  incidents: MapIncident[];
  testingSites: MapTestingSite[];
}

const present = <T>(row: T | undefined): row is T => row !== undefined;

export async function queryReportMap(db: GridroomDb, report: DailyReport): Promise<ReportMapModels> {
  const [rawGrids, rawCheckpoints, rawIncidents, rawSites] = await Promise.all([
    db.grids.toArray(),
    db.checkpoints.bulkGet(report.checkpoints.map((c) => c.id)),
    db.incidents.bulkGet(report.incidents.map((i) => i.id)),
    db.testingSites.bulkGet(report.testingSites.map((s) => s.id)),
  ]);
  const rows = new Map(report.grids.map((g) => [g.id, g]));
  const shiftsOf = new Map(report.checkpoints.map((c) => [c.id, c.shifts]));
  const grids = validRows('grids', rawGrids, gridSchema)
    .rows.filter((g) => rows.has(g.id))
    .map((g): MapGrid => {
      const row = rows.get(g.id);
      return {
        id: g.id,
        code: g.code,
        name: g.name,
        geometry: g.geometry,
        level: row?.level ?? 'normal',
        coverage: row?.coverage ?? 0,
      };
    });
  return {
    grids,
    checkpoints: validRows('checkpoints', rawCheckpoints.filter(present), checkpointSchema).rows.map((c) => ({
      id: c.id,
      name: c.name,
      point: c.point,
      mode: c.mode,
      staffedNow: (shiftsOf.get(c.id) ?? 0) > 0,
    })),
    incidents: validRows('incidents', rawIncidents.filter(present), incidentSchema).rows.map((i) => ({
      id: i.id,
      name: i.description,
      point: i.point,
      severity: i.severity,
      type: i.type,
    })),
    testingSites: validRows('testingSites', rawSites.filter(present), testingSiteSchema).rows.map((s) => ({
      id: s.id,
      name: s.name,
      point: s.point,
      status: s.status,
    })),
  };
}
