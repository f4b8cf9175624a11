/**
 * Test hook: when the app runs with `window.__gridroomTest` (test and dev builds create it;
 * we create it if a harness has not), the mounted SituationMap registers itself there as
 * `map`, so e2e tests can wait for rendering and find grids on screen without sleeps.
 * Only the map that registered last is reachable; it unregisters itself on unmount.
 * Screen points are CSS pixels in the page's viewport, ready for `page.mouse.click`.
 */
import type { Map as MaplibreMap, PointLike } from 'maplibre-gl';
import { boundsOf, labelAnchor } from './gridGeometry';
import { LAYER } from './mapStyle';
import { ownSourcesLoaded } from './ownSourcesLoaded';
import type { MapGrid } from './types';

export interface MapTestApi {
  /** Distinct grid ids the grid fill layer currently draws in the viewport. */
  renderedGridIds(): string[];
  /** Resolves at the next 'idle' with every source loaded and the first fit done. */
  waitForIdle(): Promise<void>;
  /** Selects a grid as a click on it would. */
  clickGrid(id: string): void;
  /** A viewport pixel inside the rendered grid, clear of markers and labels, or null if there is none on screen. */
  gridScreenPoint(id: string): { x: number; y: number } | null;
  /** Centres the grid at the given zoom (for screenshots of labels); resolves when idle. */
  zoomToGrid(id: string, zoom: number): Promise<void>;
  /** Current zoom level. */
  zoom(): number;
  /**
   * A viewport pixel on the map's canvas (not under an overlay) where no grid is drawn within
   * `margin` pixels — the sea, or outside the station — scanning from the edges inward; null
   * if grids cover the view.
   */
  emptyScreenPoint(margin?: number): { x: number; y: number } | null;
  /** Distinct incident ids the incident layer currently draws in the viewport. */
  renderedIncidentIds(): string[];
  /** The stored (WGS-84) [lng, lat] under a viewport pixel, as a click there would report it. */
  lngLatAt(x: number, y: number): [number, number];
  /** The map's container, so a test can tell which of two mounted maps registered last. */
  container(): HTMLElement;
  /** A property of each grid the fill layer draws in the viewport, by grid id (e.g. `suspected`). */
  renderedGridValues(property: string): Record<string, unknown>;
  /** The fill layer's current colouring expression, as maplibre holds it. */
  fillColour(): unknown;
}

type TestWindow = { __gridroomTest?: Record<string, unknown> };

function featureIdsAt(
  map: MaplibreMap,
  point?: PointLike | [PointLike, PointLike],
  layer: string = LAYER.gridFill,
): string[] {
  const options = { layers: [layer] };
  const features =
    point === undefined ? map.queryRenderedFeatures(options) : map.queryRenderedFeatures(point, options);
  const ids = new Set<string>();
  for (const feature of features) {
    const id: unknown = feature.properties['id'];
    if (typeof id === 'string') ids.add(id);
  }
  return [...ids];
}

function waitForIdle(map: MaplibreMap, ready: () => boolean = () => true): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (ready() && ownSourcesLoaded(map)) resolve();
      else map.once('idle', check);
    };
    map.once('idle', check);
    // an already idle map renders one frame and fires 'idle' again
    map.triggerRepaint();
  });
}

/** Layers drawn over the grids: a point under one of them is not the grid's own pixel, nor its click. */
const markerLayers = [LAYER.incidents, LAYER.checkpoints, LAYER.sites, LAYER.gridLabel, LAYER.districtLabel];
const MARKER_MARGIN = 14;

function clearOfMarkers(map: MaplibreMap, x: number, y: number): boolean {
  const layers = markerLayers.filter((id) => map.getLayer(id) !== undefined);
  if (layers.length === 0) return true;
  const box: [PointLike, PointLike] = [
    [x - MARKER_MARGIN, y - MARKER_MARGIN],
    [x + MARKER_MARGIN, y + MARKER_MARGIN],
  ];
  return map.queryRenderedFeatures(box, { layers }).length === 0;
}

function screenPoint(map: MaplibreMap, grid: MapGrid): { x: number; y: number } | null {
  const canvas = map.getCanvas();
  const rect = canvas.getBoundingClientRect();
  const inside = (x: number, y: number): boolean =>
    x >= 1 &&
    y >= 1 &&
    x < canvas.clientWidth - 1 &&
    y < canvas.clientHeight - 1 &&
    featureIdsAt(map, [x, y]).includes(grid.id) &&
    clearOfMarkers(map, x, y);
  const candidates: Array<[number, number]> = [labelAnchor(grid.geometry)];
  const bounds = boundsOf([grid.geometry]);
  if (bounds) {
    const [w, s, e, n] = bounds;
    const steps = 12;
    for (let i = 1; i < steps; i += 1) {
      for (let j = 1; j < steps; j += 1)
        candidates.push([w + ((e - w) * i) / steps, s + ((n - s) * j) / steps]);
    }
  }
  for (const lngLat of candidates) {
    const p = map.project(lngLat);
    // in page pixels also while the map is scaled on screen (a dialog's opening zoom)
    if (inside(p.x, p.y))
      return {
        x: rect.left + (p.x * rect.width) / (canvas.clientWidth || rect.width),
        y: rect.top + (p.y * rect.height) / (canvas.clientHeight || rect.height),
      };
  }
  return null;
}

function emptyPoint(map: MaplibreMap, margin: number): { x: number; y: number } | null {
  const canvas = map.getCanvas();
  const rect = canvas.getBoundingClientRect();
  const step = 24;
  // not under a toolbar, legend or panel laid over the map, and no grid drawn nearby
  const free = (x: number, y: number): boolean =>
    document.elementFromPoint(rect.left + x, rect.top + y) === canvas &&
    featureIdsAt(map, [
      [x - margin, y - margin],
      [x + margin, y + margin],
    ]).length === 0;
  // rings from the edge inward: corners and edges are the likeliest places without grids
  for (let inset = margin + step; inset < Math.min(rect.width, rect.height) / 2; inset += step) {
    for (let x = inset; x < rect.width - inset; x += step) {
      for (const y of [inset, rect.height - inset])
        if (free(x, y)) return { x: rect.left + x, y: rect.top + y };
    }
    for (let y = inset; y < rect.height - inset; y += step) {
      for (const x of [inset, rect.width - inset])
        if (free(x, y)) return { x: rect.left + x, y: rect.top + y };
    }
  }
  return null;
}

export interface MapTestHookDeps {
  map: MaplibreMap;
  grids(): readonly MapGrid[];
  select(id: string | null): void;
  /** A drawn position as stored (undoes a GCJ-02 basemap's shift, crsShift.ts); identity by default. */
  toStored?(p: [number, number]): [number, number];
  /**
   * Whether the map shows what it will show (its first fit to the grids is done): registration
   * comes at 'load', the fit a render later, and an idle in between is not the one to wait for.
   */
  ready?(): boolean;
}

/** Registers the hook if the page asked for one; returns the unregister function. */
export function registerMapTestHook({
  map,
  grids,
  select,
  toStored = (p) => p,
  ready = () => true,
}: MapTestHookDeps): () => void {
  const win = window as unknown as TestWindow;
  if (!import.meta.env.DEV && win.__gridroomTest === undefined) return () => undefined;
  const registry = (win.__gridroomTest ??= {});
  const api: MapTestApi = {
    renderedGridIds: () => featureIdsAt(map),
    waitForIdle: () => waitForIdle(map, ready),
    clickGrid: (id) => select(id),
    gridScreenPoint: (id) => {
      const grid = grids().find((g) => g.id === id);
      return grid ? screenPoint(map, grid) : null;
    },
    zoomToGrid: (id, zoom) => {
      const grid = grids().find((g) => g.id === id);
      if (grid) map.jumpTo({ center: labelAnchor(grid.geometry), zoom });
      return waitForIdle(map, ready);
    },
    zoom: () => map.getZoom(),
    emptyScreenPoint: (margin = 8) => emptyPoint(map, margin),
    renderedIncidentIds: () => featureIdsAt(map, undefined, LAYER.incidents),
    lngLatAt: (x, y) => {
      const rect = map.getCanvas().getBoundingClientRect();
      const { lng, lat } = map.unproject([x - rect.left, y - rect.top]);
      return toStored([lng, lat]);
    },
    container: () => map.getContainer(),
    renderedGridValues: (property) => {
      const values: Record<string, unknown> = {};
      for (const f of map.queryRenderedFeatures({ layers: [LAYER.gridFill] })) {
        const id: unknown = f.properties['id'];
        if (typeof id === 'string') values[id] = f.properties[property];
      }
      return values;
    },
    fillColour: () => map.getPaintProperty(LAYER.gridFill, 'fill-color'),
  };
  registry['map'] = api;
  return () => {
    if (registry['map'] === api) delete registry['map'];
  };
}
