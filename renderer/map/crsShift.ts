/**
 * The one place where the map moves between our data's coordinate system and the basemap's.
 * Gridroom stores WGS-84 (CGCS2000) everywhere; when the active basemap is GCJ-02 (most Chinese
 * web basemaps) every layer we draw — grids, labels, district outlines, checkpoints, incidents,
 * sites, the draft marker — is shifted WGS-84 → GCJ-02 so it lies on the basemap's streets, and
 * every position read off the map (a click) is shifted back GCJ-02 → WGS-84 before use, so
 * stored data stays WGS-84. With a WGS-84 basemap (or none) everything passes through as is.
 */
import type { Geometry, Position as GeoPosition } from 'geojson';
import { convertPosition, mapAreaPositions, type CrsName } from '#common/geo/chinaCrs';
import type { AreaGeometry, LngLat } from '#common/schemas';
import type { DistrictCollection, MapGrid } from './types';

export type MapCrs = CrsName;

/** A stored (WGS-84) position as drawn on a map in `crs`. */
export function toMapPosition(p: LngLat, crs: MapCrs): LngLat {
  return crs === 'wgs84' ? p : convertPosition(p, 'wgs84', crs);
}

/** A position read off a map in `crs` (e.g. a click) as stored (WGS-84). */
export function fromMapPosition(p: LngLat, crs: MapCrs): LngLat {
  return crs === 'wgs84' ? p : convertPosition(p, crs, 'wgs84');
}

export function toMapArea(geometry: AreaGeometry, crs: MapCrs): AreaGeometry {
  return crs === 'wgs84' ? geometry : mapAreaPositions(geometry, (p) => toMapPosition([p[0], p[1]], crs));
}

/** Grids with their outlines as drawn (for code that measures the drawn map, e.g. the test hook). */
export function toMapGrids(grids: readonly MapGrid[], crs: MapCrs): readonly MapGrid[] {
  return crs === 'wgs84' ? grids : grids.map((g) => ({ ...g, geometry: toMapArea(g.geometry, crs) }));
}

function shiftPositions(positions: GeoPosition[], crs: MapCrs): GeoPosition[] {
  return positions.map((p) => toMapPosition([p[0] as number, p[1] as number], crs));
}

function toMapGeometry<G extends Geometry>(geometry: G, crs: MapCrs): G {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: shiftPositions([geometry.coordinates], crs)[0] };
    case 'LineString':
    case 'MultiPoint':
      return { ...geometry, coordinates: shiftPositions(geometry.coordinates, crs) };
    case 'Polygon':
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map((ring) => shiftPositions(ring, crs)) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((poly) => poly.map((ring) => shiftPositions(ring, crs))),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => toMapGeometry(g, crs)) };
  }
  return geometry;
}

/** The district outlines as drawn on a map in `crs`. */
export function toMapDistricts(districts: DistrictCollection, crs: MapCrs): DistrictCollection {
  if (crs === 'wgs84') return districts;
  return {
    ...districts,
    features: districts.features.map((f) => ({ ...f, geometry: toMapGeometry(f.geometry, crs) })),
  };
}
