/** Turns the board's query results into the map's plain view models. */
import type { MapCheckpoint, MapGrid, MapIncident, MapTestingSite } from '#renderer/map';
import type { StationPicture } from './gridStateQuery';
import type { StationPoints } from './pointsQuery';

export function toMapGrids(picture: Pick<StationPicture, 'grids'>): MapGrid[] {
  return picture.grids.map((g) => ({
    id: g.grid.id,
    code: g.grid.code,
    name: g.grid.name,
    geometry: g.grid.geometry,
    level: g.level,
    coverage: g.coverage,
  }));
}

export function toMapPoints(picture: StationPicture, points: StationPoints) {
  const checkpoints: MapCheckpoint[] = points.checkpoints.map(({ checkpoint, staffedNow }) => ({
    id: checkpoint.id,
    name: checkpoint.name,
    point: checkpoint.point,
    mode: checkpoint.mode,
    staffedNow,
  }));
  const incidents: MapIncident[] = picture.openIncidents.map((i) => ({
    id: i.id,
    point: i.point,
    severity: i.severity,
    type: i.type,
  }));
  const testingSites: MapTestingSite[] = points.sitesToday.map((s) => ({
    id: s.id,
    name: s.name,
    point: s.point,
    status: s.status,
  }));
  return { checkpoints, incidents, testingSites };
}
