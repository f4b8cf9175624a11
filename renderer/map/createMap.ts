/**
 * Creates the maplibre map for one SituationMap: worker from our own bundle (no CDN), the
 * code-built style, the canvas-drawn icons. Nothing here touches the network.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { initialStyle } from './mapStyle';
import { iconImages, PIXEL_RATIO } from './symbolIcons';
import type { ColourBy } from './types';

let workerConfigured = false;

/** Points maplibre at its worker from our bundle (an ES module asset vite emits next to ours). */
export function configureMapWorker(): void {
  if (workerConfigured) return;
  maplibregl.setWorkerUrl(workerUrl);
  workerConfigured = true;
}

/**
 * Starts maplibre's workers before the first map exists: fetching and evaluating the worker
 * bundle then overlaps the cache opening and the first query (a screen that opens on a map).
 */
export function prewarmMapWorkers(): void {
  configureMapWorker();
  maplibregl.prewarm();
}

export interface CreateMapOptions {
  container: HTMLElement;
  colourBy: ColourBy;
  interactive: boolean;
  /** Canvas pixels per CSS pixel; maplibre's default (the screen's) when absent. */
  pixelRatio?: number;
}

export function createMap({
  container,
  colourBy,
  interactive,
  pixelRatio,
}: CreateMapOptions): maplibregl.Map {
  configureMapWorker();
  const map = new maplibregl.Map({
    container,
    style: initialStyle(colourBy),
    center: [118.1, 24.5],
    zoom: 10,
    interactive,
    ...(pixelRatio === undefined ? {} : { pixelRatio }),
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    // all glyphs come from TEXT_FONT (see mapStyle.ts), CJK included
    localIdeographFontFamily: false,
    // Symbols (incident and checkpoint icons, grid labels) appear in the frame their data
    // arrives instead of fading in over 300 ms: a new incident shows at once, and no fade keeps
    // the map redrawing (a frame of a full-screen map cost ~100 ms where WebGL is software).
    fadeDuration: 0,
    // the briefing and report capture the canvas
    canvasContextAttributes: { preserveDrawingBuffer: !interactive },
  });
  map.touchZoomRotate.disableRotation();
  for (const { id, data } of iconImages()) map.addImage(id, data, { pixelRatio: PIXEL_RATIO });
  return map;
}
