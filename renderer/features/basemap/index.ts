/** The basemap feature's public face: other features meet it only through this file. */
export { BasemapSection } from './BasemapSection';
export { StationMap } from './StationMap';
