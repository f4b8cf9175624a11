/**
 * The city registration system's intake (docs/architecture.md §9): how the city's system
 * posts residents' pass registrations to the centre, and what it is answered. Both sides parse
 * with these schemas.
 *
 *   POST /api/v1/pass-registrations   IntakeRequest → IntakeReply      city-system credential
 *
 * The city system authenticates with its own credential, `authorization: Bearer <id>.<secret>`,
 * made by the station chief for one station (common/auth/intakeCredentials.ts); a workstation's
 * device credential is not one, nor is a city credential a device credential. A batch is at
 * most INTAKE_MAX_ROWS rows and INTAKE_BODY_LIMIT bytes.
 *
 * A row carries the resident's full name and ID number (plain, over TLS — or as an envelope
 * sealed to the centre's key with the row's `id` as additional data, as a workstation seals
 * one: common/identity/sealResidentId.ts). The centre stores neither whole: the name masked,
 * the ID masked plus an HMAC in a server-only match table.
 *
 * Answers:
 * - 200: every row queued (with the flags intake found) or, for an `externalRef` the station
 *   already holds, `replayed` with the registration it made then — a retried post stores
 *   nothing twice.
 * - 400 `invalid-batch`: nothing stored; `rows` lists every refused row with its index and
 *   reason (malformed, an address of another station's standard address base, an envelope
 *   that does not open, a ref or id given twice). `index` is the first.
 * - 401 missing, unknown or revoked city credential (checked before the body is read); 413 too large.
 */
import { z } from 'zod';
import { errorReplySchema } from './protocol';
import { epochMsSchema, idSchema } from '../schemas/base';
import { residentIdEnvelopeSchema } from '../identity/envelopeFormat';
import {
  healthCodeColourSchema,
  householdRoleSchema,
  intakeFlagSchema,
  PASS_REF_MAX,
  PHONE_PATTERN,
} from '../schemas/pass';

export const INTAKE_ROUTE = '/api/v1/pass-registrations';
export const INTAKE_MAX_ROWS = 1000;
/** 1,000 rows of about 700 bytes each (with envelopes), with room to spare. */
export const INTAKE_BODY_LIMIT = 2 * 1024 * 1024;

/** 17 digits and a check character (digit or X): the shape of a resident ID number. */
export const residentIdNumberSchema = z
  .string()
  .regex(/^\d{17}[\dXx]$/, 'expected 17 digits and a check digit or X');

/** A person's name as the city system holds it: letters (汉字 too), marks and `·`, ≤ 30. */
export const fullNameSchema = z
  .string()
  .regex(/^[\p{L}\p{M}·• .'-]{1,30}$/u, 'expected 1–30 letters')
  .refine((name) => name.trim() !== '', { message: 'expected 1–30 letters' });

export const intakeAddressSchema = z
  .object({
    address: z.string().min(1).max(120),
    building: z.string().max(20).default(''),
    unit: z.string().max(10).default(''),
    room: z.string().max(10).default(''),
  })
  .strict();

export const intakeRowSchema = z
  .object({
    /** The city system's own registration id: the station holds each once. */
    externalRef: z.string().min(1).max(PASS_REF_MAX),
    /** The registration's id; required with an envelope (the envelope is bound to it). */
    id: idSchema.optional(),
    fullName: fullNameSchema,
    residentId: residentIdNumberSchema.optional(),
    idEnvelope: residentIdEnvelopeSchema.optional(),
    phone: z.string().regex(PHONE_PATTERN, 'phone must be an 11-digit mobile number'),
    claimedAddress: intakeAddressSchema,
    householdRole: householdRoleSchema,
    healthCode: healthCodeColourSchema,
    healthCodeAt: epochMsSchema,
    submittedAt: epochMsSchema,
  })
  .strict()
  .refine((r) => (r.residentId === undefined) !== (r.idEnvelope === undefined), {
    message: 'give the ID number either plain (residentId) or sealed (idEnvelope), exactly one',
    path: ['residentId'],
  })
  .refine((r) => r.idEnvelope === undefined || r.id !== undefined, {
    message: 'an idEnvelope is sealed to the row’s id: give the id',
    path: ['id'],
  });

export const intakeRequestSchema = z
  .object({ rows: z.array(intakeRowSchema).min(1).max(INTAKE_MAX_ROWS) })
  .strict();

export const intakeRowStatuses = ['queued', 'replayed'] as const;

export const intakeRowResultSchema = z.object({
  index: z.number().int().nonnegative(),
  externalRef: z.string(),
  /** The registration: new (queued) or the one the same ref made before (replayed). */
  id: idSchema,
  status: z.enum(intakeRowStatuses),
  /** What intake found wrong (queued rows); empty for a replay. */
  flags: z.array(intakeFlagSchema),
});

export const intakeReplySchema = z.object({
  queued: z.number().int().nonnegative(),
  replayed: z.number().int().nonnegative(),
  results: z.array(intakeRowResultSchema),
  /** The station's change seq after the intake (as a push reply's). */
  serverSeq: z.number().int().nonnegative(),
});

/** Why a row refuses the whole batch. */
export const intakeRefusalReasons = [
  'malformed',
  'other-station',
  'envelope',
  'ref-repeated',
  'id-taken',
] as const;

export const intakeRowRefusalSchema = z.object({
  index: z.number().int().nonnegative(),
  externalRef: z.string().nullable(),
  reason: z.enum(intakeRefusalReasons),
  /** Which field and what is wrong; never the value of a name or ID. */
  message: z.string(),
});

export const intakeRefusalReplySchema = errorReplySchema.extend({
  rows: z.array(intakeRowRefusalSchema),
});

export type IntakeRow = z.infer<typeof intakeRowSchema>;
export type IntakeRequest = z.infer<typeof intakeRequestSchema>;
export type IntakeRowResult = z.infer<typeof intakeRowResultSchema>;
export type IntakeReply = z.infer<typeof intakeReplySchema>;
export type IntakeRefusalReason = (typeof intakeRefusalReasons)[number];
export type IntakeRowRefusal = z.infer<typeof intakeRowRefusalSchema>;
export type IntakeRefusalReply = z.infer<typeof intakeRefusalReplySchema>;
