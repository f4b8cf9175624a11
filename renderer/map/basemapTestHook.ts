/**
 * Test hook for the basemap and the coordinate shift: registered as `__gridroomTest.basemap`
 * next to the map's own hook (mapTestHook.ts), only when a test asked for the bridge. It lets
 * e2e tests measure where grids are drawn and what the basemap looks like, in viewport CSS
 * pixels, and convert between screen and stored (WGS-84) positions.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LngLat } from '#common/schemas';
import { isBasemapLayer } from './basemapStyle';
import { fromMapPosition, toMapPosition, type MapCrs } from './crsShift';
import { LAYER, SOURCE } from './mapStyle';

export interface BasemapTestApi {
  crs(): MapCrs;
  /** Ids of the basemap layers in the style, bottom to top. */
  layerIds(): string[];
  /** Ids of all layers, bottom to top. */
  styleLayerIds(): string[];
  /** A paint property of a layer (e.g. the raster opacity), or undefined. */
  paint(layerId: string, property: string): unknown;
  /** Viewport pixel where a stored (WGS-84) position is drawn. */
  storedToScreen(p: LngLat): { x: number; y: number };
  /** Stored (WGS-84) position under a viewport pixel. */
  screenToStored(x: number, y: number): LngLat;
  /** Viewport box of a grid as the map has drawn it (from its rendered features), or null. */
  drawnGridBox(id: string): { left: number; top: number; right: number; bottom: number } | null;
  /** Puts the camera on a map position (as drawn, not shifted) and zoom; resolves when idle with the basemap loaded. */
  jumpTo(center: LngLat, zoom: number): Promise<void>;
  /** Viewport pixels where no grid fill is drawn within `margin`, on the bare canvas (not under overlays). */
  emptyPoints(margin: number, limit: number): Array<{ x: number; y: number }>;
  /** True when a basemap source exists and all its visible tiles have loaded. */
  basemapLoaded(): boolean;
}

type TestWindow = { __gridroomTest?: Record<string, unknown> };

function settle(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      const basemapDone = map.getSource(SOURCE.basemap) === undefined || map.isSourceLoaded(SOURCE.basemap);
      if (map.loaded() && basemapDone) resolve();
      else map.once('idle', check);
    };
    map.once('idle', check);
    map.triggerRepaint();
  });
}

export interface BasemapTestHookDeps {
  map: MaplibreMap;
  crs(): MapCrs;
}

export function registerBasemapTestHook({ map, crs }: BasemapTestHookDeps): () => void {
  const win = window as unknown as TestWindow;
  if (win.__gridroomTest === undefined) return () => undefined;
  const registry = win.__gridroomTest;
  const offset = (): DOMRect => map.getCanvas().getBoundingClientRect();
  const api: BasemapTestApi = {
    crs,
    layerIds: () =>
      map
        .getStyle()
        .layers.filter((l) => isBasemapLayer(l.id))
        .map((l) => l.id),
    styleLayerIds: () => map.getStyle().layers.map((l) => l.id),
    paint: (layerId, property) =>
      map.getLayer(layerId)
        ? (map.getPaintProperty(
            layerId,
            property as Parameters<MaplibreMap['getPaintProperty']>[1],
          ) as unknown)
        : undefined,
    storedToScreen: (p) => {
      const rect = offset();
      const drawn = map.project(toMapPosition(p, crs()));
      return { x: rect.left + drawn.x, y: rect.top + drawn.y };
    },
    screenToStored: (x, y) => {
      const rect = offset();
      const { lng, lat } = map.unproject([x - rect.left, y - rect.top]);
      return fromMapPosition([lng, lat], crs());
    },
    drawnGridBox: (id) => {
      const rect = offset();
      const features = map
        .queryRenderedFeatures({ layers: [LAYER.gridFill] })
        .filter((f) => f.properties['id'] === id);
      let box: { left: number; top: number; right: number; bottom: number } | null = null;
      for (const feature of features) {
        const g = feature.geometry;
        const rings =
          g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
        for (const ring of rings) {
          for (const position of ring) {
            const p = map.project([position[0] as number, position[1] as number]);
            const x = rect.left + p.x;
            const y = rect.top + p.y;
            box = box
              ? {
                  left: Math.min(box.left, x),
                  top: Math.min(box.top, y),
                  right: Math.max(box.right, x),
                  bottom: Math.max(box.bottom, y),
                }
              : { left: x, top: y, right: x, bottom: y };
          }
        }
      }
      return box;
    },
    jumpTo: (center, zoom) => {
      map.jumpTo({ center, zoom });
      return settle(map);
    },
    emptyPoints: (margin, limit) => {
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const out: Array<{ x: number; y: number }> = [];
      for (let y = margin * 3; y < rect.height - margin * 3 && out.length < limit; y += 37) {
        for (let x = margin * 3; x < rect.width - margin * 3 && out.length < limit; x += 41) {
          if (document.elementFromPoint(rect.left + x, rect.top + y) !== canvas) continue;
          const near = map.queryRenderedFeatures(
            [
              [x - margin, y - margin],
              [x + margin, y + margin],
            ],
            { layers: [LAYER.gridFill, LAYER.districtLine, LAYER.districtLabel] },
          );
          if (near.length === 0) out.push({ x: rect.left + x, y: rect.top + y });
        }
      }
      return out;
    },
    basemapLoaded: () => map.getSource(SOURCE.basemap) !== undefined && map.isSourceLoaded(SOURCE.basemap),
  };
  registry['basemap'] = api;
  return () => {
    if (registry['basemap'] === api) delete registry['basemap'];
  };
}
