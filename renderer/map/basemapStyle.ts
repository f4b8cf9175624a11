/**
 * The basemap's source and layers, added under the grid fill (mapStyle.ts gives the order):
 * a raster layer for raster tiles (XYZ or PMTiles), or the layers of @protomaps/basemaps'
 * maintained dark style for vector tiles in the protomaps schema (XYZ or PMTiles). The style
 * is adapted to our no-network rule: no background layer (ours stays), no sprite icons
 * (icon-only layers dropped, icons stripped from labelled ones), labels in TEXT_FONT, which
 * maplibre draws locally like all our labels — so no glyph or sprite request is ever made.
 */
import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { MapBasemap } from './basemapTypes';
import { LAYER, SOURCE, TEXT_FONT } from './mapStyle';
import { pmtilesTilesUrl } from './pmtilesReader';

/** Every basemap layer id is the raster layer's id or starts with this. */
export const BASEMAP_LAYER_PREFIX = `${LAYER.basemap}:`;
export const RASTER_OPACITY = 0.85;
/** Protomaps tiles stop at zoom 15; maplibre overzooms beyond. */
const VECTOR_MAX_ZOOM = 15;

export function isBasemapLayer(id: string): boolean {
  return id === LAYER.basemap || id.startsWith(BASEMAP_LAYER_PREFIX);
}

function isRaster(basemap: MapBasemap): boolean {
  return basemap.kind === 'raster' || (basemap.kind === 'pmtiles' && basemap.summary.tileType !== 'mvt');
}

export function basemapSource(basemap: MapBasemap): SourceSpecification {
  const attribution = basemap.attribution === '' ? undefined : basemap.attribution;
  const type = isRaster(basemap) ? 'raster' : 'vector';
  if (basemap.kind !== 'pmtiles') {
    return type === 'raster'
      ? { type, tiles: [basemap.tiles], tileSize: 256, maxzoom: 19, attribution }
      : { type, tiles: [basemap.tiles], maxzoom: VECTOR_MAX_ZOOM, attribution };
  }
  const { minZoom, maxZoom, bounds } = basemap.summary;
  const common = {
    tiles: [pmtilesTilesUrl(basemap.source)],
    minzoom: minZoom,
    maxzoom: maxZoom,
    bounds,
    attribution,
  };
  return type === 'raster' ? { type, tileSize: 256, ...common } : { type, ...common };
}

/** Protomaps' layers for our style: see the header. */
export function protomapsBasemapLayers(labelLanguage: MapBasemap['labelLanguage']): LayerSpecification[] {
  // the package types its layers with its own copy of the style spec
  const all = protomapsLayers(SOURCE.basemap, namedFlavor('dark'), {
    lang: labelLanguage,
  }) as unknown as LayerSpecification[];
  const out: LayerSpecification[] = [];
  for (const layer of all) {
    if (layer.type === 'background') continue;
    const id = `${BASEMAP_LAYER_PREFIX}${layer.id}`;
    if (layer.type !== 'symbol') {
      out.push({ ...layer, id });
      continue;
    }
    const { 'icon-image': _icon, ...layout } = layer.layout ?? {};
    if (layout['text-field'] === undefined) continue;
    out.push({ ...layer, id, layout: { ...layout, 'text-font': TEXT_FONT } });
  }
  return out;
}

export function basemapLayers(basemap: MapBasemap): LayerSpecification[] {
  if (isRaster(basemap))
    return [
      {
        id: LAYER.basemap,
        type: 'raster',
        source: SOURCE.basemap,
        paint: { 'raster-opacity': RASTER_OPACITY },
      },
    ];
  return protomapsBasemapLayers(basemap.labelLanguage);
}
