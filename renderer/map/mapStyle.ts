/**
 * The map's style, built in code: layer ids, paint expressions and the initial style object.
 * It names no glyphs URL and no sprite, so nothing is fetched: maplibre (≥ 5.11) draws every
 * label character locally with TinySDF from the fonts in TEXT_FONT, which Chromium resolves
 * like a CSS font-family list (Noto Sans CJK on Linux, Microsoft YaHei on Windows, PingFang
 * on macOS). Point icons come from symbolIcons.ts via addImage.
 * Layer order, bottom to top: background, [basemap: one raster layer or the protomaps layers,
 * see basemapStyle.ts], grid fill, district lines, grid lines, selection, labels, testing
 * sites, checkpoints, incidents.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { controlLevels } from '#common/schemas';
import { coverageStops, levelColours, surface } from '#renderer/theme/palette';
import type { ColourBy } from './types';
import { unregisteredFill } from './unregisteredShading';

export const SOURCE = {
  grids: 'grids',
  gridLabels: 'grid-labels',
  districts: 'districts',
  checkpoints: 'checkpoints',
  incidents: 'incidents',
  sites: 'testing-sites',
  basemap: 'basemap',
} as const;

export const LAYER = {
  background: 'background',
  basemap: 'basemap',
  gridFill: 'grid-fill',
  districtLine: 'district-line',
  gridLine: 'grid-line',
  selectedCasing: 'grid-selected-casing',
  selected: 'grid-selected',
  districtLabel: 'district-label',
  gridLabel: 'grid-label',
  sites: 'testing-sites',
  checkpoints: 'checkpoints',
  incidents: 'incidents',
} as const;

/** Grid labels appear from this zoom on (a station's ~60 grids fit at about 13). */
export const LABEL_MIN_ZOOM = 12.5;
/** From this zoom on, the label adds the grid's name under its code. */
export const LABEL_NAME_ZOOM = 14;

/** Local font families, tried in order, for every label (Latin and CJK alike). */
export const TEXT_FONT = [
  'Noto Sans CJK SC',
  'Microsoft YaHei',
  'PingFang SC',
  'Source Han Sans SC',
  'sans-serif',
];

const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] };
const NO_SELECTION = '';

export function fillColour(colourBy: ColourBy): ExpressionSpecification {
  if (colourBy === 'unregistered') return unregisteredFill();
  if (colourBy === 'coverage') {
    return ['interpolate', ['linear'], ['to-number', ['get', 'coverage'], 0], ...coverageStops.flat()];
  }
  // built from the schema's list so a new level gets its colour; the spread defeats the
  // spec's tuple type, hence the cast
  const pairs = controlLevels.flatMap((level) => [level, levelColours[level]]);
  return ['match', ['get', 'level'], ...pairs, surface.textMuted] as unknown as ExpressionSpecification;
}

export function selectedFilter(selectedGridId: string | null): ExpressionSpecification {
  return ['==', ['get', 'id'], selectedGridId ?? NO_SELECTION];
}

function geojson(promoteId?: string): SourceSpecification {
  return promoteId
    ? { type: 'geojson', data: emptyCollection, promoteId }
    : { type: 'geojson', data: emptyCollection };
}

const textPaint = {
  'text-color': surface.text,
  'text-halo-color': surface.background,
  'text-halo-width': 1.4,
} as const;

function pointLayer(id: string, source: string): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-sort-key': ['get', 'rank'],
    },
  };
}

export function initialStyle(colourBy: ColourBy): StyleSpecification {
  return {
    version: 8,
    // no `glyphs` and no `sprite`: see the header
    sources: {
      [SOURCE.grids]: geojson('id'),
      [SOURCE.gridLabels]: geojson(),
      [SOURCE.districts]: geojson(),
      [SOURCE.checkpoints]: geojson(),
      [SOURCE.incidents]: geojson(),
      [SOURCE.sites]: geojson(),
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': surface.background } },
      {
        id: LAYER.gridFill,
        type: 'fill',
        source: SOURCE.grids,
        paint: { 'fill-color': fillColour(colourBy), 'fill-opacity': 0.75 },
      },
      {
        id: LAYER.districtLine,
        type: 'line',
        source: SOURCE.districts,
        paint: { 'line-color': surface.districtLine, 'line-width': 2, 'line-dasharray': [3, 2] },
      },
      {
        id: LAYER.gridLine,
        type: 'line',
        source: SOURCE.grids,
        paint: {
          'line-color': surface.background,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.4, 15, 1.5],
        },
      },
      {
        id: LAYER.selectedCasing,
        type: 'line',
        source: SOURCE.grids,
        filter: selectedFilter(null),
        paint: { 'line-color': surface.text, 'line-width': 5 },
      },
      {
        id: LAYER.selected,
        type: 'line',
        source: SOURCE.grids,
        filter: selectedFilter(null),
        paint: { 'line-color': surface.accent, 'line-width': 2.5 },
      },
      {
        id: LAYER.districtLabel,
        type: 'symbol',
        source: SOURCE.districts,
        layout: {
          'symbol-placement': 'line',
          'symbol-spacing': 400,
          'text-field': ['get', 'name'],
          'text-font': TEXT_FONT,
          'text-size': 14,
          'text-letter-spacing': 0.3,
        },
        paint: { ...textPaint, 'text-color': surface.textMuted },
      },
      {
        id: LAYER.gridLabel,
        type: 'symbol',
        source: SOURCE.gridLabels,
        minzoom: LABEL_MIN_ZOOM,
        layout: {
          'text-field': [
            'step',
            ['zoom'],
            ['get', 'code'],
            LABEL_NAME_ZOOM,
            ['format', ['get', 'code'], {}, '\n', {}, ['get', 'name'], { 'font-scale': 0.85 }],
          ],
          'text-font': TEXT_FONT,
          'text-size': 13,
          'text-max-width': 12,
          'text-line-height': 1.3,
        },
        paint: textPaint,
      },
      pointLayer(LAYER.sites, SOURCE.sites),
      pointLayer(LAYER.checkpoints, SOURCE.checkpoints),
      pointLayer(LAYER.incidents, SOURCE.incidents),
    ],
  };
}
