/** Station 派出所 and its officers 民警/辅警: the scope of everything a workstation syncs. */
import { z } from 'zod';
import { syncedFieldsSchema } from './base';

export const stationSchema = syncedFieldsSchema.extend({
  name: z.string().min(1).max(60),
  district: z.string().min(1).max(30),
  subBureau: z.string().min(1).max(60),
  /** Most grids one officer may hold before the one-grid-one-officer rule flags overload. */
  gridLoadLimit: z.number().int().min(1).max(20),
  /** Minutes without input after which a workstation's screen locks (set by the chief). */
  lockAfterMinutes: z.number().int().min(1).max(240).default(10),
});

export const officerRoles = ['community', 'auxiliary', 'reinforcement'] as const;
export const officerRoleSchema = z.enum(officerRoles);

/**
 * What an officer may do in Gridroom once signed in: the role policy's role
 * (common/domain/rolePolicy.ts). Set by the station chief on the officer's record at the
 * centre, never chosen at a workstation. (The third role, the briefing display, is a kind of
 * device, not of officer.)
 */
export const officerAccesses = ['duty-officer', 'station-chief'] as const;
export const officerAccessSchema = z.enum(officerAccesses);

export const officerSchema = syncedFieldsSchema.extend({
  name: z.string().min(1).max(30),
  badgeNo: z.string().regex(/^[0-9A-Z]{4,12}$/, 'badge number: 4–12 digits or capital letters'),
  role: officerRoleSchema,
  phone: z.string().regex(/^1\d{10}$/, 'phone: 11 digits starting with 1'),
  onDuty: z.boolean(),
  /** Rows written before sign-in existed have none: they read as a duty officer. */
  access: officerAccessSchema.default('duty-officer'),
  /** An inactive officer (transferred, retired) can no longer sign in or make changes. */
  active: z.boolean().default(true),
});

export type Station = z.infer<typeof stationSchema>;
export type OfficerRole = z.infer<typeof officerRoleSchema>;
export type OfficerAccess = z.infer<typeof officerAccessSchema>;
export type Officer = z.infer<typeof officerSchema>;
