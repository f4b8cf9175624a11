/**
 * The import preview map's style: the station's current grids as quiet outlines, and the
 * file's outlines over them coloured by what the import would do (new, changed, unchanged,
 * bad — Okabe–Ito colours, readable for colour-blind viewers; bad ones also dashed and filled
 * stronger), with the file's codes as labels. Nothing is fetched: no glyph URL, labels drawn
 * locally from TEXT_FONT like the situation map's.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { surface } from '#renderer/theme/palette';
import { TEXT_FONT } from '#renderer/map/mapStyle';
import type { OutlineStatus } from './importMessages';

export const statusColours: Record<OutlineStatus, string> = {
  create: '#009E73',
  update: '#56B4E9',
  unchanged: '#8a9bb8',
  bad: '#D55E00',
};
export const currentGridColour = surface.districtLine;

export const PREVIEW_SOURCE = { current: 'import-current', file: 'import-file' } as const;
export const PREVIEW_LAYER = {
  fileFill: 'import-file-fill',
  fileLine: 'import-file-line',
  badLine: 'import-file-bad',
} as const;

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

const statusMatch = [
  'match',
  ['get', 'status'],
  'create',
  statusColours.create,
  'update',
  statusColours.update,
  'bad',
  statusColours.bad,
  statusColours.unchanged,
] as unknown as string;

export function previewStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [PREVIEW_SOURCE.current]: { type: 'geojson', data: empty },
      [PREVIEW_SOURCE.file]: { type: 'geojson', data: empty },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': surface.background } },
      {
        id: 'import-current-line',
        type: 'line',
        source: PREVIEW_SOURCE.current,
        paint: { 'line-color': currentGridColour, 'line-width': 1 },
      },
      {
        id: PREVIEW_LAYER.fileFill,
        type: 'fill',
        source: PREVIEW_SOURCE.file,
        paint: {
          'fill-color': statusMatch,
          'fill-opacity': ['match', ['get', 'status'], 'unchanged', 0.08, 0.4],
        },
      },
      {
        id: PREVIEW_LAYER.fileLine,
        type: 'line',
        source: PREVIEW_SOURCE.file,
        filter: ['!=', ['get', 'status'], 'bad'],
        paint: {
          'line-color': statusMatch,
          'line-width': ['match', ['get', 'status'], 'unchanged', 1, 2.5],
        },
      },
      {
        id: PREVIEW_LAYER.badLine,
        type: 'line',
        source: PREVIEW_SOURCE.file,
        filter: ['==', ['get', 'status'], 'bad'],
        paint: { 'line-color': statusColours.bad, 'line-width': 3, 'line-dasharray': [2, 1] },
      },
      {
        id: 'import-file-label',
        type: 'symbol',
        source: PREVIEW_SOURCE.file,
        minzoom: 12,
        layout: { 'text-field': ['get', 'label'], 'text-font': TEXT_FONT, 'text-size': 12 },
        paint: { 'text-color': surface.text, 'text-halo-color': surface.background, 'text-halo-width': 1.4 },
      },
    ],
  };
}
