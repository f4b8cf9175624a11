/** "Fit to station": frames all grids, leaving room for the legend and the board's overlays. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { toMapPosition, type MapCrs } from './crsShift';
import { boundsOf } from './gridGeometry';
import type { MapGrid } from './types';

export function fitToGrids(
  map: MaplibreMap,
  grids: readonly MapGrid[],
  animate: boolean,
  crs: MapCrs = 'wgs84',
): boolean {
  const bounds = boundsOf(grids.map((g) => g.geometry));
  if (bounds === null) return false;
  // the shift varies by metres over a station, so shifting the corners frames the drawn grids
  const [west, south] = toMapPosition([bounds[0], bounds[1]], crs);
  const [east, north] = toMapPosition([bounds[2], bounds[3]], crs);
  const canvas = map.getCanvas();
  // keep padding below half the canvas, or maplibre refuses to fit
  const padding = Math.max(0, Math.min(40, canvas.clientWidth / 4, canvas.clientHeight / 4));
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding, duration: animate ? 600 : 0, maxZoom: 16 },
  );
  return true;
}
