/**
 * Officers, devices and enrolment codes between a workstation and the central API: the
 * contract both sides parse with (the server every request, the client every reply).
 *
 * Two credentials travel on a request:
 * - the DEVICE credential, `authorization: Bearer <deviceId>.<secret>` (from enrolment), on
 *   every route but health, enrol and the OpenAPI document. It is checked in an `onRequest`
 *   hook, before any body is read: an unauthenticated request of any size is a 401 at once.
 * - the OFFICER session, `x-gridroom-officer: <sessionId>.<secret>` (from sign-in), on the
 *   routes an officer acts through (PIN change, and the chief's routes below). A session is
 *   bound to the device it was issued to and expires at the shift's end.
 *
 * Routes (all under /api/v1, all JSON):
 *   POST /auth/signin                      SignInRequest → SignInReply        device
 *   POST /auth/signout                     → { ok }                            device + officer
 *   POST /auth/pin                         ChangePinRequest → { ok }           device + officer (own PIN)
 *   POST /officers/:id/pin-reset           ResetPinRequest → { ok }            device + chief
 *   GET  /enrolment-codes                  → EnrolmentCodesReply               device + chief
 *   POST /enrolment-codes                  CreateEnrolmentCodeRequest → CreatedEnrolmentCodeReply
 *   POST /enrolment-codes/:id/revoke       → { ok }                            device + chief
 *   GET  /devices                          → DevicesReply                      device + chief
 *   POST /devices/:id/revoke               → { ok }                            device + chief
 *   POST /devices/rotate                   → RotateCredentialReply             device
 *   GET  /audit?…                          → ServerAuditReply                  device + chief
 *
 * A display device (the briefing screen, enrolled with a `display` code) never signs anyone
 * in and may push nothing: the centre refuses both.
 */
import { z } from 'zod';
import { epochMsSchema, idSchema } from '../schemas/base';
import { officerAccessSchema } from '../schemas/station';
import { deviceUpdateReportSchema } from '../update/deviceUpdateStatus';

export const OFFICER_SESSION_HEADER = 'x-gridroom-officer';

/** A PIN is 6 digits. Not all one digit, not a straight run (123456, 654321). */
export const pinSchema = z
  .string()
  .regex(/^\d{6}$/, 'PIN: 6 digits')
  .refine((pin) => !/^(\d)\1{5}$/.test(pin), { message: 'PIN: not six of one digit' })
  .refine((pin) => !'0123456789'.includes(pin) && !'9876543210'.includes(pin), {
    message: 'PIN: not a straight run of digits',
  });

export const badgeNoSchema = z.string().regex(/^[0-9A-Z]{4,12}$/, 'badge number: 4–12 digits or capital letters');

export const deviceKinds = ['workstation', 'display'] as const;
export const deviceKindSchema = z.enum(deviceKinds);

/** Hours of an officer session unless the station says otherwise: one shift. */
export const DEFAULT_SHIFT_HOURS = 12;

/** Sign-in lock-out: 5 wrong PINs lock the badge for 5 minutes; each further lock doubles. */
export const PIN_TRIES_BEFORE_LOCK = 5;
export const FIRST_LOCK_MS = 5 * 60_000;
export const MAX_LOCK_MS = 24 * 3_600_000;

/** How long the n-th consecutive lock-out lasts (n ≥ 1): 5 min, 10 min, 20 min, … ≤ 24 h. */
export function lockDurationMs(lockoutCount: number): number {
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.max(0, lockoutCount - 1));
}

export const signInRequestSchema = z.object({
  badgeNo: badgeNoSchema,
  pin: z.string().regex(/^\d{6}$/),
});

export const signedInOfficerSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(30),
  badgeNo: badgeNoSchema,
  access: officerAccessSchema,
});

export const signInReplySchema = z.object({
  officer: signedInOfficerSchema,
  /** `<sessionId>.<secret>`: sent as x-gridroom-officer; kept only in memory and the sealed store. */
  session: z.string().min(20).max(200),
  sessionId: idSchema,
  expiresAt: epochMsSchema,
  /** The previous officer signed in at this device, when this sign-in is a handover. */
  handoverFrom: signedInOfficerSchema.nullable(),
});

/** Why a sign-in failed; `lockedUntil` when the badge is (now) locked. */
export const signInRefusals = ['wrong-pin', 'unknown-badge', 'locked', 'inactive', 'display-device'] as const;
export const signInRefusalSchema = z.enum(signInRefusals);
export const signInErrorSchema = z.object({
  error: z.literal('unauthorised'),
  message: z.string(),
  refusal: signInRefusalSchema,
  /** Tries left before the badge locks (wrong-pin / unknown-badge). */
  triesLeft: z.number().int().nonnegative().optional(),
  lockedUntil: epochMsSchema.optional(),
});

export const changePinRequestSchema = z.object({
  currentPin: z.string().regex(/^\d{6}$/),
  newPin: pinSchema,
});
export const resetPinRequestSchema = z.object({ newPin: pinSchema });
export const okReplySchema = z.object({ ok: z.literal(true) });

export const createEnrolmentCodeRequestSchema = z.object({
  kind: deviceKindSchema,
  /** 1 = single use. */
  maxUses: z.number().int().min(1).max(200),
  expiresInHours: z.number().int().min(1).max(24 * 30),
  label: z.string().max(40).default(''),
});
export const enrolmentCodeSchema = z.object({
  id: idSchema,
  kind: deviceKindSchema,
  label: z.string(),
  maxUses: z.number().int(),
  uses: z.number().int(),
  createdAt: epochMsSchema,
  expiresAt: epochMsSchema,
  revoked: z.boolean(),
  createdBy: z.string(),
});
export const enrolmentCodesReplySchema = z.object({ codes: z.array(enrolmentCodeSchema) });
/** The code itself is shown once, on creation; the centre keeps only its hash. */
export const createdEnrolmentCodeReplySchema = z.object({
  code: z.string(),
  enrolmentCode: enrolmentCodeSchema,
});

export const deviceSchema = z.object({
  id: idSchema,
  workstation: z.string(),
  kind: deviceKindSchema,
  createdAt: epochMsSchema,
  lastSeenAt: epochMsSchema.nullable(),
  lastPushAt: epochMsSchema.nullable(),
  credentialRotatedAt: epochMsSchema.nullable(),
  revoked: z.boolean(),
  /** Who is signed in there now (an unexpired session), if anyone. */
  signedIn: signedInOfficerSchema.nullable(),
  /** The app version it last said it runs (issue 17), null until it says. */
  appVersion: z.string().max(64).nullable(),
  /** Its latest update report (issue 17), null until it sends one. */
  update: deviceUpdateReportSchema.nullable(),
});
export const devicesReplySchema = z.object({ devices: z.array(deviceSchema) });

export const rotateCredentialReplySchema = z.object({
  credential: z.string().min(20).max(200),
  /** The old credential keeps working until then (a lost reply must not lock the device out). */
  previousValidUntil: epochMsSchema,
});

/** One applied change as the centre's audit table holds it. */
export const serverAuditEntrySchema = z.object({
  id: z.number().int().positive(),
  at: epochMsSchema,
  action: z.string(),
  officerId: z.string().nullable(),
  officerName: z.string().nullable(),
  deviceId: idSchema.nullable(),
  workstation: z.string().nullable(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  /** field → { before, after } for a change; other details for other actions. */
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export const serverAuditQuerySchema = z.object({
  officerId: idSchema.optional(),
  deviceId: idSchema.optional(),
  entity: z.string().max(40).optional(),
  action: z.string().max(40).optional(),
  from: z.coerce.number().int().nonnegative().optional(),
  to: z.coerce.number().int().nonnegative().optional(),
  /** Keyset paging: entries with id < before. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const serverAuditReplySchema = z.object({
  entries: z.array(serverAuditEntrySchema),
  /** Pass as `before` for the next page; null at the end. */
  next: z.number().int().positive().nullable(),
});

export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type SignedInOfficer = z.infer<typeof signedInOfficerSchema>;
export type SignInReply = z.infer<typeof signInReplySchema>;
export type SignInRefusal = z.infer<typeof signInRefusalSchema>;
export type SignInError = z.infer<typeof signInErrorSchema>;
export type DeviceKind = z.infer<typeof deviceKindSchema>;
export type CreateEnrolmentCodeRequest = z.infer<typeof createEnrolmentCodeRequestSchema>;
export type EnrolmentCode = z.infer<typeof enrolmentCodeSchema>;
export type DeviceInfo = z.infer<typeof deviceSchema>;
export type RotateCredentialReply = z.infer<typeof rotateCredentialReplySchema>;
export type ServerAuditEntry = z.infer<typeof serverAuditEntrySchema>;
export type ServerAuditQuery = z.infer<typeof serverAuditQuerySchema>;
