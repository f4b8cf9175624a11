/**
 * The station's grid outlines as a web map exports them: every position shifted WGS-84 →
 * GCJ-02 (≈ 600 m here), under new codes, so no stored grid of the same code can give the
 * shift away — only the station's own area can.
 */
import { convertPosition } from '#common/geo/chinaCrs';
import type { Row, UploadFile } from './importFiles';

const shift = (node: unknown): unknown =>
  Array.isArray(node) && typeof node[0] === 'number'
    ? convertPosition([node[0], node[1] as number], 'wgs84', 'gcj02')
    : Array.isArray(node)
      ? node.map(shift)
      : node;

export function gcjGridFile(grids: Row[]): UploadFile {
  const features = grids.map((g, i) => {
    const geometry = g.geometry as { type: string; coordinates: unknown };
    return {
      type: 'Feature',
      properties: {
        code: `WEB-${String(i + 1).padStart(3, '0')}`,
        name: `网络地图网格${i + 1}`,
        community: String(g.community),
      },
      geometry: { type: geometry.type, coordinates: shift(geometry.coordinates) },
    };
  });
  return {
    name: '网格_高德导出.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }), 'utf8'),
  };
}
