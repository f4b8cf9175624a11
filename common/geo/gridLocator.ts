/**
 * Finds the grid a point lies in, fast enough for 200,000 imported addresses: grids are
 * bucketed by their bounding boxes on a coarse lattice, so each lookup tests only the few
 * outlines whose box covers the point's cell (point-in-polygon by @turf/boolean-point-in-polygon).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox } from '@turf/bbox';
import { feature } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry } from '../schemas/geometry';

export interface LocatableGrid {
  id: string;
  geometry: AreaGeometry;
}

/** About 1 km at Xiamen's latitude: a few grids per cell. */
const CELL_DEGREES = 0.01;

export interface GridLocator {
  /** The id of the grid containing the point, or null. */
  gridAt(point: readonly [number, number]): string | null;
  /** Whether the point lies in the given grid. */
  contains(gridId: string, point: readonly [number, number]): boolean;
}

export function createGridLocator(grids: readonly LocatableGrid[]): GridLocator {
  const shapes = new Map<string, Feature<Polygon | MultiPolygon>>();
  const cells = new Map<string, string[]>();
  const key = (cx: number, cy: number) => `${cx}:${cy}`;
  for (const g of grids) {
    const f = feature(g.geometry as Polygon | MultiPolygon);
    shapes.set(g.id, f);
    const [minX, minY, maxX, maxY] = bbox(f);
    for (let cx = Math.floor(minX / CELL_DEGREES); cx <= Math.floor(maxX / CELL_DEGREES); cx++)
      for (let cy = Math.floor(minY / CELL_DEGREES); cy <= Math.floor(maxY / CELL_DEGREES); cy++) {
        const k = key(cx, cy);
        cells.set(k, [...(cells.get(k) ?? []), g.id]);
      }
  }
  const contains = (gridId: string, point: readonly [number, number]) => {
    const shape = shapes.get(gridId);
    return shape !== undefined && booleanPointInPolygon([point[0], point[1]], shape);
  };
  return {
    contains,
    gridAt(point) {
      const candidates = cells.get(
        key(Math.floor(point[0] / CELL_DEGREES), Math.floor(point[1] / CELL_DEGREES)),
      );
      return candidates?.find((id) => contains(id, point)) ?? null;
    },
  };
}
