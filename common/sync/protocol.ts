/**
 * The sync protocol between a workstation and the central API, version 1 (docs/architecture.md §3).
 * Both sides parse every message with these schemas: the server every request body, the
 * client every reply — a malformed, truncated or wrong-version reply is rejected before it can
 * touch the cache or the outbox.
 *
 * Transport: HTTP/JSON under `/api/v1`. Every request carries `x-gridroom-api: 1`; the server
 * answers an absent or older version with 426 `client-outdated`. Authenticated requests carry
 * `authorization: Bearer <credential>` (the credential returned by enrolment).
 *
 * Routes:
 *   POST /api/v1/enrol                   EnrolRequest → EnrolReply            (rate-limited)
 *   POST /api/v1/push                    PushRequest → PushReply
 *   GET  /api/v1/pull?after=N&limit=M    → PullReply  (410 resync-required when N is older
 *                                          than the tombstone horizon, or beyond the
 *                                          watermark after a restore: oldestCursor 0)
 *   GET  /api/v1/events                  text/event-stream of `event: poke` / data PokeEvent
 *   GET  /api/v1/conflicts               → ConflictsReply (open conflicts of the station)
 *   POST /api/v1/conflicts/:id/resolve   ResolveConflictRequest → ResolveConflictReply
 *   GET  /api/v1/health                  → { ok: true, apiVersion }
 *   (officers, devices, enrolment codes and the centre's audit: common/auth/protocol.ts)
 *   (the city registration system's intake: common/sync/intakeProtocol.ts)
 *   GET  /api/v1/openapi.json            OpenAPI document
 *
 * Ordering and exactly-once: the server records each client's last applied seq in the same
 * PostgreSQL transaction as the changes. Mutations with seq ≤ last get their stored result
 * back — unless its payload differs from the one applied under that seq: 409 `seq-reused`,
 * not retryable; a batch must continue at last+1 (otherwise 409 `out-of-order`, and the
 * client resends from its oldest unconfirmed entry). Pull is ordered by a server change sequence served only
 * up to a safe watermark, so a transaction that commits late is never skipped. Pulling from
 * cursor 0 is the snapshot: every live record once, at its latest change.
 */
import { z } from 'zod';
import { entityNameSchema, mutationSchema } from './mutation';
import { idSchema } from '../schemas/base';
import { deviceKindSchema } from '../auth/protocol';

export const API_VERSION = 1;
export const API_VERSION_HEADER = 'x-gridroom-api';
export const MAX_PUSH_BATCH = 500;
export const MAX_PULL_PAGE = 5000;

export const enrolRequestSchema = z.object({
  enrolmentCode: z.string().min(6).max(64),
  workstation: z.string().min(1).max(40),
});
export const enrolReplySchema = z.object({
  deviceId: idSchema,
  credential: z.string().min(20).max(200),
  station: z.object({ id: idSchema, name: z.string() }),
  /** A display device (the briefing screen) signs nobody in and pushes nothing. */
  kind: deviceKindSchema.default('workstation'),
});

export const pushRequestSchema = z.object({
  clientId: z.string().min(1).max(64),
  mutations: z.array(mutationSchema).min(1).max(MAX_PUSH_BATCH),
});

export const mutationStatuses = ['applied', 'merged', 'conflict', 'rejected'] as const;
/**
 * Why the centre refused a mutation (status `rejected`): `invalid` — the merged row breaks its
 * schema; `role-forbidden` — the officer's role (at the time the change was made) may not make
 * it; `officer-unknown` — madeBy is no officer of this station; `officer-inactive` — the
 * officer was deactivated before the change was made; `officer-not-signed-in` — the officer
 * has never signed in online at this device, so it cannot have been them; `pass-code-zone` — it
 * approves a pass whose red or yellow health code its grid's zone forbids (docs/architecture.md §9).
 */
export const mutationRefusals = [
  'invalid',
  'role-forbidden',
  'officer-unknown',
  'officer-inactive',
  'officer-not-signed-in',
  'pass-code-zone',
] as const;
export const mutationResultSchema = z.object({
  seq: z.number().int().positive(),
  /**
   * applied: made against the current version; merged: made against an older version, no
   * field clash; conflict: some fields were changed on the server since baseVersion — those
   * keep the server value and a conflict record is opened; rejected: the merged row would
   * break its schema (reason says why), nothing of it applied.
   */
  status: z.enum(mutationStatuses),
  version: z.number().int().nonnegative(),
  conflictFields: z.array(z.string()),
  reason: z.string().optional(),
  /** Why a rejected mutation was refused, for the officer's refused-changes list. */
  refusal: z.enum(mutationRefusals).optional(),
});
export const pushReplySchema = z.object({
  results: z.array(mutationResultSchema),
  /** The station's change sequence after this push (a hint to pull). */
  serverSeq: z.number().int().nonnegative(),
});

export const changeSchema = z.object({
  entity: entityNameSchema,
  id: idSchema,
  /** Server change sequence: the pull cursor. */
  seq: z.number().int().positive(),
  version: z.number().int().positive(),
  /** The whole row as it now stands (tombstones included, with deleted: true). */
  row: z.record(z.string(), z.unknown()),
});
export const pullReplySchema = z.object({
  changes: z.array(changeSchema),
  /** Cursor to send next (= last change's seq, or the request's `after` when empty). */
  nextCursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** Latest safe sequence at the time of the reply: `nextCursor === watermark` means caught up. */
  watermark: z.number().int().nonnegative(),
});

export const pokeEventSchema = z.object({ seq: z.number().int().nonnegative() });

export const conflictSchema = z.object({
  id: idSchema,
  entity: entityNameSchema,
  recordId: idSchema,
  field: z.string(),
  baseVersion: z.number().int().nonnegative(),
  serverValue: z.unknown(),
  clientValue: z.unknown(),
  clientId: z.string(),
  madeBy: z.string(),
  createdAt: z.number().int(),
  resolvedAt: z.number().int().nullable(),
  resolution: z.enum(['server', 'client']).nullable(),
  resolvedBy: z.string().nullable(),
});
export const conflictsReplySchema = z.object({ conflicts: z.array(conflictSchema) });
export const resolveConflictRequestSchema = z.object({
  choice: z.enum(['server', 'client']),
  resolvedBy: z.string().min(1).max(64),
});
export const resolveConflictReplySchema = z.object({
  conflict: conflictSchema,
  version: z.number().int().nonnegative(),
});

export const errorCodes = [
  'client-outdated',
  'unauthorised',
  'forbidden',
  'invalid-request',
  'invalid-batch',
  'out-of-order',
  'resync-required',
  'seq-reused',
  'rate-limited',
  'not-found',
  'internal',
] as const;
export const errorReplySchema = z.object({
  error: z.enum(errorCodes),
  message: z.string(),
  /** For invalid-batch / forbidden: the offending mutation's index in the batch. */
  index: z.number().int().nonnegative().optional(),
  /** For resync-required: the oldest cursor the server can still serve. */
  oldestCursor: z.number().int().nonnegative().optional(),
});

export type EnrolRequest = z.infer<typeof enrolRequestSchema>;
export type EnrolReply = z.infer<typeof enrolReplySchema>;
export type PushRequest = z.infer<typeof pushRequestSchema>;
export type MutationResult = z.infer<typeof mutationResultSchema>;
export type PushReply = z.infer<typeof pushReplySchema>;
export type Change = z.infer<typeof changeSchema>;
export type PullReply = z.infer<typeof pullReplySchema>;
export type PokeEvent = z.infer<typeof pokeEventSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type ConflictsReply = z.infer<typeof conflictsReplySchema>;
export type ResolveConflictRequest = z.infer<typeof resolveConflictRequestSchema>;
export type ResolveConflictReply = z.infer<typeof resolveConflictReplySchema>;
export type ErrorCode = (typeof errorCodes)[number];
export type ErrorReply = z.infer<typeof errorReplySchema>;
