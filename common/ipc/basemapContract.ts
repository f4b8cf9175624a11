/**
 * The IPC messages of the desktop app's offline basemap (spread into contract.ts): picking a
 * PMTiles file in main's open dialog, and telling main which basemap is active, so it serves
 * that one file under its own scheme and lets the CSP reach that one tile server. The renderer
 * never names a path: main answers a pick with an opaque token and serves only the files it
 * picked itself.
 */
import { z } from 'zod';
import { pmtilesProblemSchema, pmtilesSummarySchema } from '../basemap/pmtilesArchive';

/** The desktop app serves the chosen PMTiles file as `gridroom-pmtiles://file/<token>`. */
export const PMTILES_FILE_SCHEME = 'gridroom-pmtiles';
export const PMTILES_FILE_HOST = 'file';
export const basemapFileTokenSchema = z.uuid();

export function pmtilesFileUrl(token: string): string {
  return `${PMTILES_FILE_SCHEME}://${PMTILES_FILE_HOST}/${token}`;
}

export const basemapPickFileReplySchema = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('picked'),
      token: basemapFileTokenSchema,
      fileName: z.string().min(1).max(255),
      fileSize: z.number().int().positive(),
      summary: pmtilesSummarySchema,
    })
    .strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  z
    .object({ status: z.literal('refused'), problem: pmtilesProblemSchema, detail: z.string().max(500) })
    .strict(),
]);

/** An http(s) origin (`scheme://host[:port]`), nothing more. */
const tileOriginSchema = z
  .string()
  .max(512)
  .regex(/^https?:\/\/[^/\s;,'"*\\?#@]+$/, 'an http(s) origin such as http://tiles.local:8080');

export const basemapActivateRequestSchema = z
  .object({
    /** Origin of the active XYZ tile server, or null. */
    tileOrigin: tileOriginSchema.nullable(),
    /** Token of the active PMTiles file, or null; other picked files are forgotten. */
    fileToken: basemapFileTokenSchema.nullable(),
  })
  .strict();

/** Why main refused to activate a basemap. */
export const basemapActivateRefusals = ['declined', 'invalid-origin', 'unknown-file', 'unavailable'] as const;

export const basemapActivateReplySchema = z.discriminatedUnion('status', [
  /** `reload`: the CSP changed, and only pages loaded from now on have the new one. */
  z.object({ status: z.literal('ok'), reload: z.boolean() }).strict(),
  z
    .object({
      status: z.literal('refused'),
      message: z.string(),
      /** `declined`: the user refused the CSP widening in main's dialog. */
      reason: z.enum(basemapActivateRefusals).optional(),
    })
    .strict(),
]);

export type BasemapPickFileReply = z.infer<typeof basemapPickFileReplySchema>;
export type BasemapActivateRequest = z.infer<typeof basemapActivateRequestSchema>;
export type BasemapActivateReply = z.infer<typeof basemapActivateReplySchema>;
