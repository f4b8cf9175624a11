/** Public face of the situation map: import from `renderer/map`. */
export { SituationMap } from './SituationMap';
export { allLayersShown } from './allLayersShown';
export { MapLegend } from './MapLegend';
export type { MapLegendProps } from './MapLegend';
export { MapLayerToggles } from './MapLayerToggles';
export type { MapLayerTogglesProps } from './MapLayerToggles';
export type { MapTestApi } from './mapTestHook';
export type {
  ColourBy,
  DistrictCollection,
  MapCheckpoint,
  MapGrid,
  MapIncident,
  MapLabels,
  MapLayerKey,
  MapLayerVisibility,
  MapTestingSite,
  SituationMapProps,
} from './types';
