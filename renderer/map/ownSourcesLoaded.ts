/**
 * Whether every source of ours (grids, labels, points, districts — not the basemap, which may
 * be slow or failing) has all its tiles loaded: the map then draws everything it was given.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { SOURCE } from './mapStyle';

const ownSources = Object.values(SOURCE).filter((id) => id !== SOURCE.basemap);

export function ownSourcesLoaded(map: MaplibreMap): boolean {
  return map.loaded() && ownSources.every((id) => map.getSource(id) === undefined || map.isSourceLoaded(id));
}
