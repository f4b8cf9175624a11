/**
 * A change the centre refused (push result `rejected`), kept in the cache's `meta` table under
 * `refused:<clientId>:<seq>` so the officer sees it — the entity, the record, the fields and
 * values, who made it and when, and why the centre said no — until they dismiss it. The change
 * itself is reverted by the sync (the centre's copy wins); this row is the only trace of it,
 * so it is written in the same transaction as the revert. No schema version: meta holds it.
 */
import { z } from 'zod';
import { entityNameSchema } from '#common/sync/mutation';
import { mutationRefusals } from '#common/sync/protocol';

export const REFUSED_PREFIX = 'refused:';

export const refusedKey = (clientId: string, seq: number): `refused:${string}` =>
  `${REFUSED_PREFIX}${clientId}:${seq}`;

export const refusedChangeSchema = z.object({
  entity: entityNameSchema,
  recordId: z.string(),
  /** The patch as it was made (field → value the officer set). */
  patch: z.record(z.string(), z.unknown()),
  madeBy: z.string(),
  madeAt: z.number(),
  /** When the centre's refusal arrived. */
  refusedAt: z.number(),
  /** Absent from a centre that predates refusal codes: then only `reason` says why. */
  refusal: z.enum(mutationRefusals).optional(),
  reason: z.string().optional(),
  seq: z.number().int().positive(),
});

export type RefusedChange = z.infer<typeof refusedChangeSchema>;
