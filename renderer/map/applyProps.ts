/**
 * Pushes prop changes into a live map without recreating it: setData on sources, paint and
 * filter updates, layer visibility, and the optional basemap. Each function is idempotent and
 * assumes the style has loaded.
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import { basemapLayer, basemapSource, fillColour, LAYER, selectedFilter, SOURCE } from './mapStyle';
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

/** Adds, replaces or removes the raster basemap, always directly under the grid fill. */
export function setBasemap(map: MaplibreMap, url: string | null): void {
  if (map.getLayer(LAYER.basemap)) map.removeLayer(LAYER.basemap);
  if (map.getSource(SOURCE.basemap)) map.removeSource(SOURCE.basemap);
  if (url === null) return;
  map.addSource(SOURCE.basemap, basemapSource(url));
  map.addLayer(basemapLayer, LAYER.gridFill);
}
