/**
 * Audit entries: who did what to which record, when, from which workstation, with the
 * record before and after. Exports are audited too (entity `report`), and a file import is one
 * entry (`import`: file and counts) rather than one per imported row. Append-only.
 */
import { z } from 'zod';
import { epochMsSchema, idSchema } from './base';

export const auditActions = [
  'create',
  'update',
  'delete',
  'export',
  'import',
  'resolve-conflict',
  'rebuild-cache',
  // officer sign-in at this workstation (entity `officers`, entityId the officer)
  'sign-in',
  'sign-out',
  'lock',
  'handover',
] as const;
export const auditActionSchema = z.enum(auditActions);

export const auditEntrySchema = z.object({
  id: idSchema,
  stationId: idSchema,
  at: epochMsSchema,
  /** Officer id, or `system`. */
  who: z.string().min(1),
  workstation: z.string().min(1),
  action: auditActionSchema,
  entity: z.string().min(1),
  entityId: z.string().min(1),
  before: z.unknown(),
  after: z.unknown(),
});

export type AuditAction = z.infer<typeof auditActionSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
