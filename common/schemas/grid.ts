/**
 * Grid 网格 and its control-level history. The current level of a grid is not stored on the
 * grid: it is derived from the history (common/domain/controlLevelAt.ts), so the map and the
 * briefing can show the level "as of 08:00" from the same records.
 */
import { z } from 'zod';
import { epochMsSchema, idSchema, syncedFieldsSchema } from './base';
import { areaGeometrySchema } from './geometry';

export const gridSchema = syncedFieldsSchema.extend({
  code: z.string().regex(/^[A-Z0-9-]{2,24}$/, 'grid code: 2–24 capital letters, digits or dashes'),
  name: z.string().min(1).max(60),
  community: z.string().min(1).max(60),
  street: z.string().min(1).max(60),
  geometry: areaGeometrySchema,
  /** The one responsible officer (一格一警); null means the grid has none and is flagged. */
  officerId: idSchema.nullable(),
  gridLeader: z.string().max(30),
  householdTotal: z.number().int().nonnegative(),
  residentTotal: z.number().int().nonnegative(),
});

/** Ordered from strictest to loosest; the order is used for sorting and legends. */
export const controlLevels = ['sealed', 'controlled', 'precaution', 'normal'] as const;
export const controlLevelSchema = z.enum(controlLevels);

export const controlLevelChangeSchema = syncedFieldsSchema
  .extend({
    gridId: idSchema,
    level: controlLevelSchema,
    from: epochMsSchema,
    /** Null while the level is in force. */
    to: epochMsSchema.nullable(),
    decidedBy: z.string().min(1).max(60),
    reason: z.string().min(1).max(500),
  })
  .refine((c) => c.to === null || c.to > c.from, { message: 'end must be after start', path: ['to'] });

export type Grid = z.infer<typeof gridSchema>;
export type ControlLevel = z.infer<typeof controlLevelSchema>;
export type ControlLevelChange = z.infer<typeof controlLevelChangeSchema>;
