/**
 * What the situation map is told about its basemap: ready to draw, with no settings or storage
 * behind it (features/basemap/useMapBasemap.ts makes it from the settings). A PMTiles basemap
 * comes with the pmtiles `Source` that reads its bytes (a stored file in the browser, the
 * desktop app's own protocol in Electron); the map hands it to the one PMTiles reader.
 */
import type { Source } from 'pmtiles';
import type { PmtilesSummary } from '#common/basemap/pmtilesArchive';
import type { MapCrs } from './crsShift';

/** Language of the labels a vector basemap draws (protomaps `name:*` fields). */
export type BasemapLabelLanguage = 'zh-Hans' | 'en';

interface BasemapBase {
  /** The basemap's coordinate system; GCJ-02 shifts our layers onto it (crsShift.ts). */
  crs: MapCrs;
  attribution: string;
  labelLanguage: BasemapLabelLanguage;
  /** Shown over the map when the basemap cannot be drawn, e.g. "底图加载失败". */
  failedText: string;
}

export type MapBasemap =
  | (BasemapBase & { kind: 'raster' | 'vector'; tiles: string })
  | (BasemapBase & { kind: 'pmtiles'; source: Source; summary: PmtilesSummary });
