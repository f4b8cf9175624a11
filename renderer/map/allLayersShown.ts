/** Every map layer shown: the situation map's default, and where the board's toggles start. */
import type { MapLayerVisibility } from './types';

export const allLayersShown: MapLayerVisibility = Object.freeze({
  checkpoints: true,
  incidents: true,
  testingSites: true,
  labels: true,
});
