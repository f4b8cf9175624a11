/**
 * Entry/exit control points 出入管控口 and the duty shifts 值守 that staff them (and testing
 * sites). A 24-hour post must have no uncovered hour: see common/domain/rosterGaps.ts.
 */
import { z } from 'zod';
import { epochMsSchema, idSchema, lngLatSchema, syncedFieldsSchema } from './base';

export const checkpointModes = ['in-only', 'two-way', 'closed'] as const;
export const checkpointModeSchema = z.enum(checkpointModes);
export const postTypes = ['gate', 'temporary-post'] as const;
export const postTypeSchema = z.enum(postTypes);

export const checkpointSchema = syncedFieldsSchema.extend({
  gridId: idSchema,
  name: z.string().min(1).max(60),
  point: lngLatSchema,
  mode: checkpointModeSchema,
  postType: postTypeSchema,
  /** Staffed around the clock (24小时值守): uncovered hours are flagged. */
  staffed24h: z.boolean(),
});

export const staffKinds = ['police', 'auxiliary', 'guard', 'volunteer', 'medical'] as const;
export const staffKindSchema = z.enum(staffKinds);

export const staffMemberSchema = z.object({
  kind: staffKindSchema,
  name: z.string().min(1).max(30),
  officerId: idSchema.nullable(),
  teamId: idSchema.nullable(),
});

export const dutyShiftSchema = syncedFieldsSchema
  .extend({
    /** Exactly one of checkpointId / siteId is set. */
    checkpointId: idSchema.nullable(),
    siteId: idSchema.nullable(),
    start: epochMsSchema,
    end: epochMsSchema,
    staff: z.array(staffMemberSchema).min(1, 'a shift needs at least one person'),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] })
  .refine((s) => (s.checkpointId === null) !== (s.siteId === null), {
    message: 'a shift belongs to exactly one checkpoint or testing site',
    path: ['checkpointId'],
  });

export type CheckpointMode = z.infer<typeof checkpointModeSchema>;
export type PostType = z.infer<typeof postTypeSchema>;
export type Checkpoint = z.infer<typeof checkpointSchema>;
export type StaffKind = z.infer<typeof staffKindSchema>;
export type StaffMember = z.infer<typeof staffMemberSchema>;
export type DutyShift = z.infer<typeof dutyShiftSchema>;
