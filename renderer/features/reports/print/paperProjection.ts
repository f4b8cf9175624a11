/**
 * Web Mercator onto a sheet of paper, pure: the grids' bounds fitted into a frame of `width` ×
 * `height` units with a margin, the aspect kept and the picture centred — the same framing the
 * board's "fit to station" gives, without a map engine. `pathOf` writes an outline as SVG path
 * data in those units (one decimal: a tenth of a unit is far below what prints).
 */
import type { AreaGeometry, LngLat } from '#common/schemas';
import type { Bounds } from '#renderer/map/gridGeometry';

export interface PaperProjection {
  /** [x, y] in frame units, y downwards. */
  project(point: LngLat): [number, number];
}

const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const radians = (lng: number): number => (lng * Math.PI) / 180;

export function fitProjection(
  bounds: Bounds,
  width: number,
  height: number,
  margin: number,
): PaperProjection {
  const [west, south, east, north] = bounds;
  const x0 = radians(west);
  const y0 = mercatorY(north);
  const spanX = Math.max(radians(east) - x0, 1e-9);
  const spanY = Math.max(y0 - mercatorY(south), 1e-9);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return {
    project: ([lng, lat]) => [offsetX + (radians(lng) - x0) * scale, offsetY + (y0 - mercatorY(lat)) * scale],
  };
}

const round = (n: number): number => Math.round(n * 10) / 10;

function ringPath(ring: readonly LngLat[], projection: PaperProjection): string {
  let d = '';
  for (let i = 0; i < ring.length; i += 1) {
    const point = ring[i];
    if (!point) continue;
    const [x, y] = projection.project(point);
    d += `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
  }
  return d + 'Z';
}

/** SVG path data of a polygon or multipolygon, holes included (drawn with the even-odd rule). */
export function pathOf(geometry: AreaGeometry, projection: PaperProjection): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ringPath(ring, projection)).join('')).join('');
}

/** SVG path data of district outlines (lines or polygon rings), for the context layer. */
export function linePathOf(lines: readonly (readonly LngLat[])[], projection: PaperProjection): string {
  return lines
    .map((line) =>
      line
        .map((point, i) => {
          const [x, y] = projection.project(point);
          return `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
        })
        .join(''),
    )
    .join('');
}
