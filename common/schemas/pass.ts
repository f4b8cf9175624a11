/**
 * The electronic pass 电子通行证 (docs/architecture.md §9): a resident's registration from the
 * city's registration system, the station's review of it, and the pass it becomes. It fuses
 * three data sets — the standard address (households), the sweeps (visits) and the health code.
 * Like a person finding, a registration never holds a raw resident ID: only the irreversible
 * mask, and on its way to the centre an envelope only the centre opens. Fields the centre alone
 * sets (the signed pass code, the match of the ID against other passes) are listed in
 * `passServerFields`; a pushed patch may not name them.
 */
import { z } from 'zod';
import { RESIDENT_ID_MASK } from '../domain/residentId';
import { residentIdEnvelopeSchema } from '../identity/envelopeFormat';
import { epochMsSchema, idSchema, syncedFieldsSchema } from './base';

/** 户主 / 家庭成员 / 租户 */
export const householdRoles = ['head', 'member', 'tenant'] as const;
export const householdRoleSchema = z.enum(householdRoles);

/** Health-code colour 健康码: 绿 / 黄 / 红. */
export const healthCodeColours = ['green', 'yellow', 'red'] as const;
export const healthCodeColourSchema = z.enum(healthCodeColours);

/** 待审核 / 已通过 / 已驳回 / 已注销 */
export const passStatuses = ['pending', 'approved', 'rejected', 'revoked'] as const;
export const passStatusSchema = z.enum(passStatuses);

/** Why a registration was rejected or a pass revoked: the reviewer picks one from this list. */
export const passReasons = [
  'address-not-found',
  'not-resident',
  'code-colour',
  'duplicate',
  'info-mismatch',
  'household-full',
  'moved-out',
  'other',
] as const;
export const passReasonSchema = z.enum(passReasons);

/**
 * What intake found wrong with a registration that it still queued (never dropped): the
 * reviewer sees each flag, and a flagged registration is kept out of batch approval.
 */
export const intakeFlags = [
  'address-unknown',
  'address-malformed',
  'grid-unknown',
  'id-check-digit',
  'date-impossible',
  'duplicate',
] as const;
export const intakeFlagSchema = z.enum(intakeFlags);

export const passSources = ['city-system', 'file-import', 'demo'] as const;
export const passSourceSchema = z.enum(passSources);

/** The standard address a registration claims, as the resident typed it (matched at intake). */
export const claimedAddressSchema = z
  .object({
    address: z.string().min(1).max(120),
    building: z.string().max(20),
    unit: z.string().max(10),
    room: z.string().max(10),
  })
  .strict();

/** Mobile numbers are kept whole (the officer may need to call) and masked on screen. */
export const PHONE_PATTERN = /^1\d{10}$/;

/** Set by the centre only: approved passes the same resident ID holds in the station. */
export const idPassesSchema = z
  .object({
    approved: z.number().int().min(0).max(1_000_000),
    addresses: z.number().int().min(0).max(1_000_000),
  })
  .strict();

/** A signed pass code is short text: `GRP1.<payload>.<signature>` in base64url (pass code module). */
export const PASS_CODE_MAX = 400;
export const PASS_REF_MAX = 64;
export const PASS_NOTE_MAX = 200;

export const passRegistrationSchema = syncedFieldsSchema
  .extend({
    source: passSourceSchema,
    /** The city system's own registration id: a replayed post with the same ref is refused. */
    externalRef: z.string().min(1).max(PASS_REF_MAX),
    /** e.g. 张*明 */
    maskedName: z.string().min(1).max(30),
    /** e.g. 3502**********123X (common/domain/residentId.ts). */
    idMasked: z.string().regex(RESIDENT_ID_MASK),
    /** The full ID sealed to the centre's key; the centre opens, matches and strips it. */
    idEnvelope: residentIdEnvelopeSchema.nullable().optional(),
    phone: z.string().regex(PHONE_PATTERN, 'phone must be an 11-digit mobile number'),
    claimedAddress: claimedAddressSchema,
    /** The standard address (household) the claim matched at intake; null when none did. */
    householdId: idSchema.nullable(),
    /** The grid holding that household; null with it. */
    gridId: idSchema.nullable(),
    householdRole: householdRoleSchema,
    healthCode: healthCodeColourSchema,
    healthCodeAt: epochMsSchema,
    submittedAt: epochMsSchema,
    status: passStatusSchema,
    reviewedBy: z.string().min(1).max(64).nullable(),
    reviewedAt: epochMsSchema.nullable(),
    reason: passReasonSchema.nullable(),
    reasonNote: z.string().max(PASS_NOTE_MAX),
    validFrom: epochMsSchema,
    validUntil: epochMsSchema,
    flags: z.array(intakeFlagSchema).max(intakeFlags.length),
    /** Set by the centre on approval: the signed pass code a gate verifies offline. */
    passCode: z.string().max(PASS_CODE_MAX).nullable().optional(),
    /** Set by the centre only: other approved passes of the same resident ID. */
    idPasses: idPassesSchema.nullable().optional(),
  })
  .refine((r) => r.validUntil > r.validFrom, { message: 'validUntil must be after validFrom', path: ['validUntil'] })
  .refine((r) => (r.householdId === null) === (r.gridId === null), {
    message: 'a matched household comes with its grid',
    path: ['gridId'],
  });

/** Registration fields only the centre sets; a pushed patch may not name them. */
export const passServerFields: ReadonlySet<string> = new Set(['passCode', 'idPasses']);

/** Direction of a gate check: 进 / 出. */
export const gateDirections = ['in', 'out'] as const;
export const gateDirectionSchema = z.enum(gateDirections);

/**
 * What a gate check found, in the order a guard must act on it. `valid` admits; every other
 * result refuses with its reason (a malformed or forged code names no holder).
 */
export const gateResults = [
  'valid',
  'expired',
  'not-yet-valid',
  'revoked',
  'not-approved',
  'wrong-zone',
  'code-colour',
  'exit-at-in-only',
  'other-station',
  'forged',
  'malformed',
  'unknown-pass',
] as const;
export const gateResultSchema = z.enum(gateResults);

/** 37.3 °C and above is flagged (发热). */
export const FEVER_THRESHOLD_C = 37.3;

export const gateCheckSchema = syncedFieldsSchema.extend({
  checkpointId: idSchema,
  gridId: idSchema,
  /** The registration the code named, when it was genuine. */
  registrationId: idSchema.nullable(),
  direction: gateDirectionSchema,
  result: gateResultSchema,
  healthCode: healthCodeColourSchema.nullable(),
  /** The holder's masked name as the pass carries it; null when the code named nobody. */
  maskedName: z.string().min(1).max(30).nullable(),
  /** °C to one decimal, optional. */
  temperature: z.number().min(30).max(45).nullable(),
  checkedAt: epochMsSchema,
  /** Who checked: the signed-in officer, or the gate volunteer's name as typed. */
  checkedBy: z.string().min(1).max(30),
});

/** One line of a handover sheet: what it is about (an id), and its words at draft time. */
export const handoverItemSchema = z
  .object({
    refId: z.string().min(1).max(64),
    text: z.string().min(1).max(200),
    /** New since the outgoing officer's shift began. */
    isNew: z.boolean(),
  })
  .strict();

export const HANDOVER_ITEMS_MAX = 200;
export const HANDOVER_NOTES_MAX = 2000;

const handoverItems = z.array(handoverItemSchema).max(HANDOVER_ITEMS_MAX);

/** The drafted content of a handover sheet 交接班记录, frozen when the outgoing officer hands over. */
export const handoverSectionsSchema = z
  .object({
    openIncidents: handoverItems,
    resolvedIncidents: handoverItems,
    levelChanges: handoverItems,
    rosterGaps: handoverItems,
    pendingReviews: handoverItems,
    followUpsDue: handoverItems,
    syncProblems: handoverItems,
  })
  .strict();

export const handoverStatuses = ['awaiting-incoming', 'signed'] as const;
export const handoverStatusSchema = z.enum(handoverStatuses);

export const handoverSchema = syncedFieldsSchema
  .extend({
    outgoingOfficerId: idSchema,
    shiftStart: epochMsSchema,
    handedAt: epochMsSchema,
    sections: handoverSectionsSchema,
    notes: z.string().max(HANDOVER_NOTES_MAX),
    status: handoverStatusSchema,
    incomingOfficerId: idSchema.nullable(),
    incomingSignedAt: epochMsSchema.nullable(),
  })
  .refine((h) => h.handedAt >= h.shiftStart, { message: 'handedAt must not be before shiftStart', path: ['handedAt'] })
  .refine((h) => (h.status === 'signed') === (h.incomingOfficerId !== null && h.incomingSignedAt !== null), {
    message: 'a signed sheet names its incoming officer and time, an unsigned one neither',
    path: ['status'],
  });

export type HouseholdRole = z.infer<typeof householdRoleSchema>;
export type HealthCodeColour = z.infer<typeof healthCodeColourSchema>;
export type PassStatus = z.infer<typeof passStatusSchema>;
export type PassReason = z.infer<typeof passReasonSchema>;
export type IntakeFlag = z.infer<typeof intakeFlagSchema>;
export type PassSource = z.infer<typeof passSourceSchema>;
export type ClaimedAddress = z.infer<typeof claimedAddressSchema>;
export type IdPasses = z.infer<typeof idPassesSchema>;
export type PassRegistration = z.infer<typeof passRegistrationSchema>;
export type GateDirection = z.infer<typeof gateDirectionSchema>;
export type GateResult = z.infer<typeof gateResultSchema>;
export type GateCheck = z.infer<typeof gateCheckSchema>;
export type HandoverItem = z.infer<typeof handoverItemSchema>;
export type HandoverSections = z.infer<typeof handoverSectionsSchema>;
export type HandoverStatus = z.infer<typeof handoverStatusSchema>;
export type Handover = z.infer<typeof handoverSchema>;
