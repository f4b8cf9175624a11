/**
 * A grid file heavy enough that its check takes seconds: many outlines of 45,000 positions
 * each (just under the per-grid limit), one beside each of the station's grids so the whole
 * file lies in the station's area. For watching the check's progress and cancelling it.
 */
import { wavyRing } from '#common/geo/wavyRing';
import type { Row, UploadFile } from './importFiles';

function centreOf(g: Row): [number, number] {
  const geometry = g.geometry as { type: string; coordinates: unknown };
  const ring = (
    geometry.type === 'Polygon'
      ? (geometry.coordinates as number[][][])[0]
      : (geometry.coordinates as number[][][][])[0]![0]
  )!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

export function detailedOutlines(grids: Row[], count: number, positions = 45_000): UploadFile {
  const features = grids.slice(0, count).map((g, i) => ({
    type: 'Feature',
    properties: {
      code: `DETAIL-${String(i + 1).padStart(2, '0')}`,
      name: `精细网格${i + 1}`,
      community: '测试社区',
    },
    geometry: {
      type: 'Polygon',
      coordinates: [
        wavyRing(positions, centreOf(g), 0.0005).map(([x, y]) => [
          Number(x.toFixed(7)),
          Number(y.toFixed(7)),
        ]),
      ],
    },
  }));
  return {
    name: '精细网格边界.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }), 'utf8'),
  };
}
