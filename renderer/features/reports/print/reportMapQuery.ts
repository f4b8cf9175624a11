/**
 * The situation map of a daily report, read straight from the cache for the day — not from the
 * built report — so the map can be drawn while the report is still being built. Every grid's
 * outline coloured by its control level at `asOf` (the same history rule and instant as the
 * report: levelsAt over the control-level history), the checkpoints (staffed = a duty shift
 * that day, as the report counts them), the incidents reported that day and the day's testing
 * sites, as the map's plain view models.
 */
import { indexLevelHistory } from '../../../../common/domain/controlLevelAt';
import { levelsAt } from '../../../../common/domain/levelTimeline';
import {
  checkpointSchema,
  controlLevelChangeSchema,
  dutyShiftSchema,
  gridSchema,
  incidentSchema,
  testingSiteSchema,
} from '../../../../common/schemas';
import type { GridroomDb } from '../../../db/database';
import { validRows } from '../../../db/validRows';
import type { MapCheckpoint, MapGrid, MapIncident, MapTestingSite } from '../../../map';
import type { ReportDay } from '../reportDay';
import { shiftsByCheckpoint } from '../reportPosts';

export interface ReportMapModels {
  grids: MapGrid[];
  checkpoints: MapCheckpoint[];
  incidents: MapIncident[];
  testingSites: MapTestingSite[];
}

export async function queryReportMap(db: GridroomDb, day: ReportDay): Promise<ReportMapModels> {
  const [rawGrids, rawChanges, rawCheckpoints, rawShifts, rawIncidents, rawSites] = await Promise.all([
    db.grids.toArray(),
    db.controlLevels.toArray(),
    db.checkpoints.toArray(),
    db.shifts.where('end').above(day.dayStart).toArray(),
    db.incidents.where('reportedAt').between(day.dayStart, day.dayEnd, true, false).toArray(),
    db.testingSites.where('day').equals(day.date).toArray(),
  ]);
  const grids = validRows('grids', rawGrids, gridSchema).rows;
  const history = indexLevelHistory(validRows('controlLevels', rawChanges, controlLevelChangeSchema).rows);
  const levels = levelsAt(
    history,
    grids.map((g) => g.id),
    day.asOf,
  );
  const staffed = shiftsByCheckpoint(
    validRows('shifts', rawShifts, dutyShiftSchema).rows,
    day.dayStart,
    day.dayEnd,
  );
  return {
    grids: grids.map((g) => ({
      id: g.id,
      code: g.code,
      name: g.name,
      geometry: g.geometry,
      level: levels.get(g.id)?.level ?? 'normal',
      // the report's map is coloured by level; coverage is in its tables and chart
      coverage: 0,
    })),
    checkpoints: validRows('checkpoints', rawCheckpoints, checkpointSchema).rows.map((c) => ({
      id: c.id,
      name: c.name,
      point: c.point,
      mode: c.mode,
      staffedNow: staffed.has(c.id),
    })),
    incidents: validRows('incidents', rawIncidents, incidentSchema).rows.map((i) => ({
      id: i.id,
      name: i.description,
      point: i.point,
      severity: i.severity,
      type: i.type,
    })),
    testingSites: validRows('testingSites', rawSites, testingSiteSchema).rows.map((s) => ({
      id: s.id,
      name: s.name,
      point: s.point,
      status: s.status,
    })),
  };
}
