/**
 * A mutation as the sync protocol carries it (docs/architecture.md §3): one change to one record,
 * numbered per client. The outbox stores exactly this; the server applies each
 * (clientId, seq) once however often it is resent, and in seq order.
 */
import { z } from 'zod';
import { entitySchemas, type EntityName } from '../schemas/entities';
import { idSchema } from '../schemas/base';

export const entityNameSchema = z.enum(Object.keys(entitySchemas) as [EntityName, ...EntityName[]]);

/** Fields the server owns: a patch never sets them (stationId is set on create only, by the server). */
export const serverOwnedFields = ['id', 'stationId', 'version', 'updatedAt', 'updatedBy'] as const;

export const mutationSchema = z.object({
  clientId: z.string().min(1).max(64),
  seq: z.number().int().positive(),
  entity: entityNameSchema,
  id: idSchema,
  /**
   * Changed fields only; on create (baseVersion 0) every field but the server-owned ones.
   * `{ deleted: true }` is a delete.
   */
  patch: z.record(z.string(), z.unknown()),
  /** The row version the change was made against; 0 for a create. */
  baseVersion: z.number().int().nonnegative(),
  /** Who made the change (officer id, or `system`), recorded as `updatedBy`. */
  madeBy: z.string().min(1).max(64),
  /** Client time the change was made, for display only (never for ordering). */
  madeAt: z.number().int().nonnegative(),
});

export type Mutation = z.infer<typeof mutationSchema>;
