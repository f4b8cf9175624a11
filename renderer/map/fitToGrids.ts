/** "Fit to station": frames all grids, leaving room for the legend and the board's overlays. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { boundsOf } from './gridGeometry';
import type { MapGrid } from './types';

export function fitToGrids(map: MaplibreMap, grids: readonly MapGrid[], animate: boolean): boolean {
  const bounds = boundsOf(grids.map((g) => g.geometry));
  if (bounds === null) return false;
  const [west, south, east, north] = bounds;
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
