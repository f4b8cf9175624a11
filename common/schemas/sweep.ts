/**
 * Door-to-door sweeps 摸排: campaigns 摸排行动, visits 入户访查 and the people a visit finds.
 * Progress of a sweep is per household: visited or not in a campaign, and what was found.
 * A person finding never stores a raw resident ID number: only its salted hash and mask.
 */
import { z } from 'zod';
import { daySchema, epochMsSchema, idSchema, syncedFieldsSchema } from './base';

export const campaignKinds = ['knock', 'one-standard-three-real', 'floating'] as const;
export const campaignKindSchema = z.enum(campaignKinds);

export const sweepCampaignSchema = syncedFieldsSchema
  .extend({
    name: z.string().min(1).max(60),
    kind: campaignKindSchema,
    targetGridIds: z.array(idSchema),
    start: epochMsSchema,
    end: epochMsSchema,
  })
  .refine((c) => c.end > c.start, { message: 'end must be after start', path: ['end'] });

export const visitOutcomes = ['all-registered', 'found-unregistered', 'not-home', 'refused'] as const;
export const visitOutcomeSchema = z.enum(visitOutcomes);

export const sweepVisitSchema = syncedFieldsSchema.extend({
  campaignId: idSchema,
  householdId: idSchema,
  gridId: idSchema,
  visitedAt: epochMsSchema,
  /** Calendar day of `visitedAt` in Asia/Shanghai, kept for the grid + day index. */
  day: daySchema,
  team: z.string().min(1).max(60),
  outcome: visitOutcomeSchema,
  unregisteredFound: z.number().int().min(0).max(50),
  overdueTestsFound: z.number().int().min(0).max(50),
  note: z.string().max(500),
});

export const findingKinds = ['unregistered', 'test-overdue', 'floating'] as const;
export const findingKindSchema = z.enum(findingKinds);
export const followUpStatuses = ['open', 'in-progress', 'closed'] as const;
export const followUpStatusSchema = z.enum(followUpStatuses);

export const personFindingSchema = syncedFieldsSchema.extend({
  visitId: idSchema,
  gridId: idSchema,
  kind: findingKindSchema,
  /** e.g. 张*明 */
  maskedName: z.string().min(1).max(30),
  /** Salted SHA-256 of the resident ID number, hex. */
  idHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** e.g. 350203********123X */
  idMasked: z.string().regex(/^\d{6}\*{8}\d{3}[\dX]$/),
  followUp: followUpStatusSchema,
});

export type CampaignKind = z.infer<typeof campaignKindSchema>;
export type SweepCampaign = z.infer<typeof sweepCampaignSchema>;
export type VisitOutcome = z.infer<typeof visitOutcomeSchema>;
export type SweepVisit = z.infer<typeof sweepVisitSchema>;
export type FindingKind = z.infer<typeof findingKindSchema>;
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;
export type PersonFinding = z.infer<typeof personFindingSchema>;
