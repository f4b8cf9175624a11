/**
 * Pushes prop changes into a live map without recreating it: setData on sources, paint and
 * filter updates, layer visibility, and the optional basemap (basemapStyle.ts). Each function is idempotent and
 * assumes the style has loaded.
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import { basemapLayers, basemapSource, isBasemapLayer } from './basemapStyle';
import type { MapBasemap } from './basemapTypes';
import { fillColour, LAYER, selectedFilter, SOURCE } from './mapStyle';
import type { ColourBy, MapLayerVisibility } from './types';

export function setSourceData(map: MaplibreMap, sourceId: string, data: GeoJSON): void {
  const source = map.getSource<GeoJSONSource>(sourceId);
  source?.setData(data);
}

export function setColourBy(map: MaplibreMap, colourBy: ColourBy): void {
  map.setPaintProperty(LAYER.gridFill, 'fill-color', fillColour(colourBy));
}

export function setSelection(map: MaplibreMap, selectedGridId: string | null): void {
  const filter = selectedFilter(selectedGridId);
  map.setFilter(LAYER.selectedCasing, filter);
  map.setFilter(LAYER.selected, filter);
}

const layersByToggle: Record<keyof MapLayerVisibility, readonly string[]> = {
  checkpoints: [LAYER.checkpoints],
  incidents: [LAYER.incidents],
  testingSites: [LAYER.sites],
  labels: [LAYER.gridLabel, LAYER.districtLabel],
};

export function setLayerVisibility(map: MaplibreMap, layers: MapLayerVisibility): void {
  for (const key of Object.keys(layersByToggle) as Array<keyof MapLayerVisibility>) {
    for (const layerId of layersByToggle[key]) {
      map.setLayoutProperty(layerId, 'visibility', layers[key] ? 'visible' : 'none');
    }
  }
}

/** Grid fill opacity without and with a basemap (the streets must show through). */
export const GRID_FILL_OPACITY = { alone: 0.75, overBasemap: 0.5 } as const;

/**
 * Adds, replaces or removes the basemap (raster, or protomaps vector layers), always directly
 * under the grid fill; the grid fill turns more transparent over a basemap.
 */
export function setBasemap(map: MaplibreMap, basemap: MapBasemap | null): void {
  for (const layer of map.getStyle().layers) if (isBasemapLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(SOURCE.basemap)) map.removeSource(SOURCE.basemap);
  map.setPaintProperty(
    LAYER.gridFill,
    'fill-opacity',
    basemap === null ? GRID_FILL_OPACITY.alone : GRID_FILL_OPACITY.overBasemap,
  );
  if (basemap === null) return;
  map.addSource(SOURCE.basemap, basemapSource(basemap));
  for (const layer of basemapLayers(basemap)) map.addLayer(layer, LAYER.gridFill);
}
