/**
 * The basemap (底图) setting, part of the workstation's settings record (localRows.ts): none
 * (the default — the demo works offline with the district outlines as context), an XYZ raster
 * or vector tile URL (e.g. the station's internal map server), or an offline PMTiles file.
 * Every kind but none carries its coordinate system: many Chinese basemaps are GCJ-02, and the
 * map then shifts our WGS-84 layers onto them. A vector source, URL or PMTiles, must use the
 * protomaps schema (layers earth, water, roads, places, …): it is drawn with the
 * @protomaps/basemaps style. Older records had only `basemapUrl` (raster); `migrateBasemap`
 * reads them.
 */
import { z } from 'zod';
import { crsNames } from '#common/geo/chinaCrs';
import { pmtilesSummarySchema } from '#common/basemap/pmtilesArchive';

export const MAX_TILE_URL_LENGTH = 2048;

/** http(s), with {z}, {x} and {y} placeholders, no credentials, no whitespace. */
export const tileUrlSchema = z
  .string()
  .trim()
  .max(MAX_TILE_URL_LENGTH, 'tile-url-too-long')
  .refine((value) => {
    if (/\s/.test(value) || !/\{z\}/.test(value) || !/\{x\}/.test(value) || !/\{y\}/.test(value))
      return false;
    try {
      const url = new URL(value.replace(/\{([zxy])\}/g, '0'));
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'tile-url-invalid');

export const crsSchema = z.enum(crsNames);
const attributionSchema = z.string().trim().max(200, 'attribution-too-long').default('');

/** Where a picked PMTiles file lives: the browser's own store, or the file main serves. */
export const pmtilesFileRefSchema = z.discriminatedUnion('store', [
  /** Blob kept in the `gridroom-basemap` IndexedDB database (db/basemapFiles.ts). */
  z.object({ store: z.literal('browser'), id: z.string().min(1).max(64) }),
  /** Chosen in the desktop app's open dialog; main serves it under this token only. */
  z.object({ store: z.literal('desktop'), token: z.string().regex(/^[a-f0-9-]{36}$/) }),
]);

export const basemapSettingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('raster'), url: tileUrlSchema, crs: crsSchema, attribution: attributionSchema }),
  z.object({ kind: z.literal('vector'), url: tileUrlSchema, crs: crsSchema, attribution: attributionSchema }),
  z.object({
    kind: z.literal('pmtiles'),
    file: pmtilesFileRefSchema,
    /** The file's name and size, as picked (shown in the settings). */
    fileName: z.string().min(1).max(255),
    fileSize: z.number().int().positive(),
    summary: pmtilesSummarySchema,
    crs: crsSchema,
    attribution: attributionSchema,
  }),
]);

export type BasemapSetting = z.infer<typeof basemapSettingSchema>;
export type BasemapKind = BasemapSetting['kind'];
export type PmtilesFileRef = z.infer<typeof pmtilesFileRefSchema>;
export const basemapKinds = ['none', 'raster', 'vector', 'pmtiles'] as const satisfies readonly BasemapKind[];

export const noBasemap: BasemapSetting = { kind: 'none' };

/**
 * The basemap of a raw settings value: its `basemap` when present, else the older records'
 * `basemapUrl` as a WGS-84 raster basemap (none when absent, null or not a valid template).
 */
export function migrateBasemap(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || 'basemap' in raw) return raw;
  const legacy = (raw as { basemapUrl?: unknown }).basemapUrl;
  const url = tileUrlSchema.safeParse(legacy);
  const basemap: BasemapSetting = url.success
    ? { kind: 'raster', url: url.data, crs: 'wgs84', attribution: '' }
    : noBasemap;
  return { ...raw, basemap };
}
