/**
 * Turns the map's view models into the GeoJSON its sources hold. Every feature carries its
 * domain id as `properties.id` (the grid source promotes it to the feature id), so clicks,
 * queries and the test hook speak in domain ids. Each builder takes the map's coordinate
 * system (crsShift.ts): positions come in as stored (WGS-84) and go out as drawn.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { toMapArea, toMapPosition, type MapCrs } from './crsShift';
import { labelAnchor } from './gridGeometry';
import { checkpointIconId, incidentIconId, siteIconId } from './symbolIcons';
import type { MapCheckpoint, MapGrid, MapIncident, MapTestingSite } from './types';

export interface GridProperties {
  id: string;
  code: string;
  name: string;
  level: string;
  coverage: number;
  suspected: number;
}

export interface PointProperties {
  id: string;
  /** The point's name (checkpoints, sites); incidents carry none (MapIncident). */
  name?: string;
  icon: string;
  /** Draw order within a layer: higher draws on top (e.g. high-severity incidents). */
  rank: number;
}

export function gridFeatures(
  grids: readonly MapGrid[],
  crs: MapCrs = 'wgs84',
): FeatureCollection<Polygon | MultiPolygon, GridProperties> {
  return {
    type: 'FeatureCollection',
    features: grids.map((grid) => ({
      type: 'Feature',
      geometry: toMapArea(grid.geometry, crs),
      properties: {
        id: grid.id,
        code: grid.code,
        name: grid.name,
        level: grid.level,
        coverage: Math.min(1, Math.max(0, grid.coverage)),
        suspected: grid.suspected ?? 0,
      },
    })),
  };
}

export function gridLabelFeatures(
  grids: readonly MapGrid[],
  crs: MapCrs = 'wgs84',
): FeatureCollection<Point, GridProperties> {
  return {
    type: 'FeatureCollection',
    features: grids.map((grid) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: toMapPosition(labelAnchor(grid.geometry), crs) },
      properties: {
        id: grid.id,
        code: grid.code,
        name: grid.name,
        level: grid.level,
        coverage: grid.coverage,
        suspected: grid.suspected ?? 0,
      },
    })),
  };
}

function pointFeature(
  id: string,
  name: string | null,
  point: [number, number],
  icon: string,
  rank: number,
  crs: MapCrs,
): Feature<Point, PointProperties> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: toMapPosition(point, crs) },
    properties: name === null ? { id, icon, rank } : { id, name, icon, rank },
  };
}

const severityRank = { high: 3, medium: 2, low: 1 } as const;

export function checkpointFeatures(
  items: readonly MapCheckpoint[],
  crs: MapCrs = 'wgs84',
): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: items.map((c) =>
      pointFeature(c.id, c.name, c.point, checkpointIconId(c.mode, c.staffedNow), c.staffedNow ? 1 : 2, crs),
    ),
  };
}

export function incidentFeatures(
  items: readonly MapIncident[],
  crs: MapCrs = 'wgs84',
): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: items.map((i) =>
      pointFeature(i.id, null, i.point, incidentIconId(i.severity), severityRank[i.severity], crs),
    ),
  };
}

export function siteFeatures(
  items: readonly MapTestingSite[],
  crs: MapCrs = 'wgs84',
): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: items.map((s) =>
      pointFeature(s.id, s.name, s.point, siteIconId(s.status), s.status === 'open' ? 2 : 1, crs),
    ),
  };
}
