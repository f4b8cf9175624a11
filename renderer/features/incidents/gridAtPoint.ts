/**
 * Which grid a point lies in, by point-in-polygon on the grids' WGS-84 outlines — how a new
 * incident's grid is derived from where it was reported. A point on a shared border belongs
 * to the first grid in the given order (grids tile the station, so that is a real grid either
 * way); a point inside no grid has none, and no incident may be saved there.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { AreaGeometry, LngLat } from '#common/schemas';
import { createGridLocator } from '#common/geo/gridLocator';
import { boundsOf, labelAnchor } from '#renderer/map/gridGeometry';

export interface GridOutline {
  id: string;
  geometry: AreaGeometry;
}

/** The id of the grid containing `point`, or null when it lies outside every grid. */
export function gridAtPoint(point: LngLat, grids: readonly GridOutline[]): string | null {
  return createGridLocator(grids).gridAt(point);
}

/** All rings of the outline, outer and holes alike (even-odd crossing counts them all). */
function allRings(geometry: AreaGeometry): LngLat[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** The middle of the widest inside stretch of the horizontal line at `lat`, or null. */
function scanlinePoint(geometry: AreaGeometry, lat: number): LngLat | null {
  const xs: number[] = [];
  for (const ring of allRings(geometry)) {
    for (let k = 0; k + 1 < ring.length; k += 1) {
      const a = ring[k];
      const b = ring[k + 1];
      if (!a || !b || a[1] <= lat === b[1] <= lat) continue;
      xs.push(a[0] + ((lat - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
    }
  }
  xs.sort((p, q) => p - q);
  let best: LngLat | null = null;
  let width = 0;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const [x0, x1] = [xs[k] ?? 0, xs[k + 1] ?? 0];
    if (x1 - x0 > width) {
      width = x1 - x0;
      best = [(x0 + x1) / 2, lat];
    }
  }
  return best;
}

/**
 * A point inside the grid, for choosing an incident's place by grid instead of on the map:
 * the grid's label anchor when it lies inside (the visual centre), else the middle of the
 * widest inside stretch of a horizontal line across it — inside by construction, also for
 * concave grids and grids with holes; null only for a degenerate outline.
 */
export function pointInsideGrid(grid: GridOutline): LngLat | null {
  const anchor = labelAnchor(grid.geometry);
  if (booleanPointInPolygon(anchor, grid.geometry)) return anchor;
  const bounds = boundsOf([grid.geometry]);
  if (!bounds) return null;
  const [, south, , north] = bounds;
  for (const f of [0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875]) {
    const p = scanlinePoint(grid.geometry, south + (north - south) * f);
    if (p && booleanPointInPolygon(p, grid.geometry)) return p;
  }
  return null;
}
