/** Testing sites 核酸检测点, laid out by grid officers with cordon, waiting, collection and buffer zones. */
import { z } from 'zod';
import { daySchema, idSchema, lngLatSchema, syncedFieldsSchema } from './base';

export const siteZones = ['cordon', 'waiting', 'collection', 'buffer', 'oneMetreLines'] as const;
export const siteZoneSchema = z.enum(siteZones);

export const siteStatuses = ['planned', 'setting-up', 'open', 'closed'] as const;
export const siteStatusSchema = z.enum(siteStatuses);

export const testingSiteSchema = syncedFieldsSchema.extend({
  gridId: idSchema,
  name: z.string().min(1).max(60),
  point: lngLatSchema,
  day: daySchema,
  /** Layout checklist: which zones are ready. */
  zonesReady: z.array(siteZoneSchema),
  queueLength: z.number().int().min(0).max(5000),
  staff: z.object({
    police: z.number().int().min(0).max(200),
    medical: z.number().int().min(0).max(200),
    volunteers: z.number().int().min(0).max(500),
  }),
  status: siteStatusSchema,
});

export type SiteZone = z.infer<typeof siteZoneSchema>;
export type SiteStatus = z.infer<typeof siteStatusSchema>;
export type TestingSite = z.infer<typeof testingSiteSchema>;
