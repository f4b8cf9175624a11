/** The basemap feature's public face: other features meet it only through this file. */
export { useMapBasemap } from './useMapBasemap';
export { BasemapSection } from './BasemapSection';
