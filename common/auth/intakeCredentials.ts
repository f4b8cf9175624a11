/**
 * The city registration system's credentials (docs/architecture.md §9), managed by the station
 * chief (device + chief session, like enrolment codes):
 *
 *   GET  /api/v1/intake-credentials              → IntakeCredentialsReply   the station's, never a secret
 *   POST /api/v1/intake-credentials              CreateIntakeCredentialRequest → CreatedIntakeCredentialReply
 *                                                  (the credential is shown this once)
 *   POST /api/v1/intake-credentials/:id/revoke   → { ok }    every later post with it is 401
 *
 * A credential `<id>.<secret>` (32 random bytes) is scoped to the chief's station; the centre
 * keeps only its SHA-256. It may post pass registrations (common/sync/intakeProtocol.ts) and
 * nothing else: it is not a device, so push, pull and every other route answer it 401.
 */
import { z } from 'zod';
import { epochMsSchema, idSchema } from '../schemas/base';

export const INTAKE_CREDENTIALS_ROUTE = '/api/v1/intake-credentials';

export const intakeCredentialSchema = z.object({
  id: idSchema,
  label: z.string(),
  createdAt: epochMsSchema,
  /** The chief's officer id. */
  createdBy: z.string(),
  /** When the city system last posted with it (noted at most once a minute). */
  lastUsedAt: epochMsSchema.nullable(),
  revokedAt: epochMsSchema.nullable(),
});

export const intakeCredentialsReplySchema = z.object({ credentials: z.array(intakeCredentialSchema) });

export const createIntakeCredentialRequestSchema = z
  .object({ label: z.string().trim().min(1).max(40) })
  .strict();

export const createdIntakeCredentialReplySchema = z.object({
  /** `<id>.<secret>`, for the city system's configuration: shown once, kept only as a hash. */
  credential: z.string().min(20).max(200),
  intakeCredential: intakeCredentialSchema,
});

export type IntakeCredential = z.infer<typeof intakeCredentialSchema>;
export type CreateIntakeCredentialRequest = z.infer<typeof createIntakeCredentialRequestSchema>;
export type CreatedIntakeCredentialReply = z.infer<typeof createdIntakeCredentialReplySchema>;
