/**
 * The map step of a grid import: the file's outlines drawn over the station's current grids
 * before anything is written, coloured by what the import would do, bad features highlighted,
 * framed on the file. Registers `importPreview` on the test bridge (features drawn, idle).
 */
import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry } from '#common/schemas/geometry';
import { positionsOf } from '#common/import/grids/geometryChecks';
import { expose } from '#renderer/shared/testBridge';
import { configureMapWorker } from '#renderer/map/createMap';
import type { PreviewOutline } from './importMessages';
import { PREVIEW_LAYER, PREVIEW_SOURCE, previewStyle } from './previewStyle';

export interface GridPreviewMapProps {
  current: readonly AreaGeometry[];
  outlines: readonly PreviewOutline[];
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function bounds(geometries: readonly AreaGeometry[]): maplibregl.LngLatBoundsLike | null {
  const points = geometries.flatMap((g) => positionsOf(g.coordinates));
  if (points.length === 0) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

function whenIdle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

export function GridPreviewMap({ current, outlines }: GridPreviewMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const loaded = useRef<Promise<void> | null>(null);

  useEffect(() => {
    if (!container.current) return;
    configureMapWorker();
    const map = new maplibregl.Map({
      container: container.current,
      style: previewStyle(),
      center: [118.1, 24.5],
      zoom: 11,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      localIdeographFontFamily: false,
    });
    mapRef.current = map;
    loaded.current = new Promise((resolve) => map.once('load', () => resolve()));
    expose('importPreview', {
      waitForIdle: async () => {
        await loaded.current;
        await whenIdle(map);
      },
      renderedFeatures: () => {
        const seen = new Set<number>();
        for (const f of map.queryRenderedFeatures({ layers: [PREVIEW_LAYER.fileFill] }))
          if (typeof f.properties.feature === 'number') seen.add(f.properties.feature);
        return [...seen].sort((a, b) => a - b);
      },
      statusOf: (feature: number) =>
        map
          .queryRenderedFeatures({ layers: [PREVIEW_LAYER.fileFill] })
          .find((f) => f.properties.feature === feature)?.properties.status ?? null,
    });
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    let live = true;
    void loaded.current?.then(() => {
      if (!live) return;
      const currentSource = map.getSource<maplibregl.GeoJSONSource>(PREVIEW_SOURCE.current);
      const fileSource = map.getSource<maplibregl.GeoJSONSource>(PREVIEW_SOURCE.file);
      currentSource?.setData(
        collection(
          current.map((geometry) => ({
            type: 'Feature',
            properties: {},
            geometry: geometry as Polygon | MultiPolygon,
          })),
        ),
      );
      fileSource?.setData(
        collection(
          outlines.map((o) => ({
            type: 'Feature',
            properties: { feature: o.feature, status: o.status, label: o.code || `#${o.feature}` },
            geometry: o.geometry as Polygon | MultiPolygon,
          })),
        ),
      );
      const frame = bounds(outlines.length > 0 ? outlines.map((o) => o.geometry) : current);
      if (frame) map.fitBounds(frame, { padding: 30, duration: 0, maxZoom: 16 });
    });
    return () => {
      live = false;
    };
  }, [current, outlines]);

  return <div ref={container} className="import-preview-map" data-testid="import-preview-map" />;
}
