/**
 * The station map slide's data (管控态势): every grid with its control level and coverage, the
 * checkpoints, open incidents and today's testing sites as map models, and the grid count per
 * level — from the board's queries, so the wall shows what the board shows.
 */
import { controlLevels, type ControlLevel } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import type { RowProblem } from '#renderer/db/validRows';
import type { MapCheckpoint, MapGrid, MapIncident, MapTestingSite } from '#renderer/map';
import { queryStationPicture } from '#renderer/station/gridStateQuery';
import { queryStationPoints } from '#renderer/station/pointsQuery';
import { toMapGrids, toMapPoints } from '#renderer/station/toMapModels';

export interface StationMapData {
  grids: MapGrid[];
  checkpoints: MapCheckpoint[];
  incidents: MapIncident[];
  testingSites: MapTestingSite[];
  levelCounts: Record<ControlLevel, number>;
  problems: RowProblem[];
}

export async function queryStationMap(db: GridroomDb, now: number): Promise<StationMapData> {
  const [picture, points] = await Promise.all([queryStationPicture(db, now), queryStationPoints(db, now)]);
  const levelCounts = Object.fromEntries(controlLevels.map((l) => [l, 0])) as Record<ControlLevel, number>;
  for (const g of picture.grids) levelCounts[g.level] += 1;
  return {
    grids: toMapGrids(picture),
    ...toMapPoints(picture, points),
    levelCounts,
    problems: [...picture.problems, ...points.problems],
  };
}
