/**
 * Rows that live only in this workstation's cache: settings and cache state (`meta`), and
 * aggregates derived from synced rows so the board never scans hundreds of thousands of
 * households or visits. Aggregates are rebuilt from the synced tables whenever in doubt.
 */
import { z } from 'zod';
import { daySchema, idSchema } from '../../common/schemas';

/** Households in scope per grid (count of standard-address rows). */
export const gridStatsSchema = z.object({
  gridId: idSchema,
  households: z.number().int().nonnegative(),
});

/** Sweep results per campaign, grid and day. `covered` counts households covered for the first time that day. */
export const sweepStatsSchema = z.object({
  campaignId: idSchema,
  gridId: idSchema,
  day: daySchema,
  visits: z.number().int().nonnegative(),
  covered: z.number().int().nonnegative(),
  unregistered: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
});

export const cacheStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('loading'), source: z.string(), startedAt: z.number() }),
  z.object({ status: z.literal('ready'), source: z.string(), readyAt: z.number(), dataAsOf: z.number() }),
]);

export const settingsSchema = z.object({
  language: z.enum(['zh-CN', 'en']),
  basemapUrl: z
    .string()
    .regex(/^https?:\/\/.+\{z\}.+\{x\}.+\{y\}/, 'an XYZ template such as http://tiles.local/{z}/{x}/{y}.png')
    .nullable(),
  workstation: z.string().min(1).max(40),
});

export const metaRowSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('cacheState'), value: cacheStateSchema }),
  z.object({ key: z.literal('settings'), value: settingsSchema }),
  z.object({ key: z.literal('schema'), value: z.object({ version: z.number().int() }) }),
]);

export type GridStats = z.infer<typeof gridStatsSchema>;
export type SweepStats = z.infer<typeof sweepStatsSchema>;
export type CacheState = z.infer<typeof cacheStateSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type MetaRow = z.infer<typeof metaRowSchema>;

export const defaultSettings: Settings = { language: 'zh-CN', basemapUrl: null, workstation: '值班台-1' };
