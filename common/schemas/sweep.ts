/**
 * Door-to-door sweeps 摸排: campaigns 摸排行动, visits 入户访查 and the people a visit finds.
 * Progress of a sweep is per household: visited or not in a campaign, and what was found.
 * A person finding never stores a raw resident ID number, nor anything a guess could be tested
 * against: only an irreversible display mask, and on its way to the centre an envelope that
 * only the centre opens (common/identity/). The centre strips the envelope and answers with
 * `idSeen`, which it alone sets.
 */
import { z } from 'zod';
import { RESIDENT_ID_MASK } from '../domain/residentId';
import { residentIdEnvelopeSchema } from '../identity/envelopeFormat';
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

/** The centre's match result: findings with the same ID in the station, and their distinct addresses. */
export const idSeenSchema = z
  .object({
    findings: z.number().int().min(1).max(1_000_000),
    addresses: z.number().int().min(0).max(1_000_000),
  })
  .strict();

export const personFindingSchema = syncedFieldsSchema.extend({
  visitId: idSchema,
  gridId: idSchema,
  kind: findingKindSchema,
  /** e.g. 张*明 */
  maskedName: z.string().min(1).max(30),
  /** e.g. 3502**********123X (common/domain/residentId.ts says why this cannot be reversed). */
  idMasked: z.string().regex(RESIDENT_ID_MASK),
  /**
   * The full ID sealed to the centre's key, from the form; null when the workstation had no key
   * yet. The centre opens it, matches it and stores the row without it (null).
   */
  idEnvelope: residentIdEnvelopeSchema.nullable().optional(),
  /** Set by the centre only: how often this ID was found in the station. */
  idSeen: idSeenSchema.nullable().optional(),
  followUp: followUpStatusSchema,
});

/** Finding fields only the centre sets; a pushed patch may not name them. */
export const findingServerFields: ReadonlySet<string> = new Set(['idSeen']);

export type CampaignKind = z.infer<typeof campaignKindSchema>;
export type SweepCampaign = z.infer<typeof sweepCampaignSchema>;
export type VisitOutcome = z.infer<typeof visitOutcomeSchema>;
export type SweepVisit = z.infer<typeof sweepVisitSchema>;
export type FindingKind = z.infer<typeof findingKindSchema>;
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;
export type PersonFinding = z.infer<typeof personFindingSchema>;
export type IdSeen = z.infer<typeof idSeenSchema>;
