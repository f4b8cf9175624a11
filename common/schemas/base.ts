/**
 * Fields every synced record carries (docs/architecture.md §3) and the small value types the
 * domain shares: ids, times, points. Times are epoch milliseconds (UTC instants); days are
 * calendar days in the station's time zone (Asia/Shanghai) as `YYYY-MM-DD`.
 * Clients never order records by their own clock: `version` and `updatedAt` are the server's.
 */
import { z } from 'zod';

export const idSchema = z.uuid();
export const epochMsSchema = z.number().int().nonnegative();
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'day must be YYYY-MM-DD');

/** A WGS-84 position as [longitude, latitude], restricted to plausible values. */
export const lngLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const syncedFieldsSchema = z.object({
  id: idSchema,
  stationId: idSchema,
  /** Server-assigned row version; 0 for a row not yet accepted by the server. */
  version: z.number().int().nonnegative(),
  /** Server time of the last accepted change (client time until then). */
  updatedAt: epochMsSchema,
  /** Officer id, or `system` for generated and imported rows. */
  updatedBy: z.string().min(1),
  /** Tombstone: deleted rows stay until the server's retention period ends. */
  deleted: z.boolean(),
});

export type Id = z.infer<typeof idSchema>;
export type EpochMs = z.infer<typeof epochMsSchema>;
export type Day = z.infer<typeof daySchema>;
export type LngLat = z.infer<typeof lngLatSchema>;
export type SyncedFields = z.infer<typeof syncedFieldsSchema>;
