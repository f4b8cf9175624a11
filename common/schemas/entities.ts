/**
 * The registry of synced entities: one name per table, and the schema each row must pass.
 * The cache, the sync engine and the central API all speak these names.
 */
import type { z } from 'zod';
import { controlLevelChangeSchema, gridSchema } from './grid';
import { householdSchema } from './household';
import { incidentSchema } from './incident';
import { checkpointSchema, dutyShiftSchema } from './checkpoint';
import { officerSchema, stationSchema } from './station';
import { findingServerFields, personFindingSchema, sweepCampaignSchema, sweepVisitSchema } from './sweep';
import { testingSiteSchema } from './testingSite';
import { volunteerTeamSchema } from './volunteerTeam';
import { gateCheckSchema, handoverSchema, passRegistrationSchema, passServerFields } from './pass';

export const entitySchemas = {
  stations: stationSchema,
  officers: officerSchema,
  grids: gridSchema,
  controlLevels: controlLevelChangeSchema,
  households: householdSchema,
  campaigns: sweepCampaignSchema,
  visits: sweepVisitSchema,
  findings: personFindingSchema,
  checkpoints: checkpointSchema,
  shifts: dutyShiftSchema,
  incidents: incidentSchema,
  testingSites: testingSiteSchema,
  volunteerTeams: volunteerTeamSchema,
  passRegistrations: passRegistrationSchema,
  gateChecks: gateCheckSchema,
  handovers: handoverSchema,
} as const;

export type EntityName = keyof typeof entitySchemas;
export const entityNames = Object.keys(entitySchemas) as EntityName[];
export type EntityRow<E extends EntityName> = z.infer<(typeof entitySchemas)[E]>;

/**
 * Fields of an entity that only the centre sets (besides the synced fields every record has):
 * a pushed patch naming one is refused whole (server/sync/validateBatch.ts).
 */
export const entityServerFields: Readonly<Partial<Record<EntityName, ReadonlySet<string>>>> = {
  findings: findingServerFields,
  passRegistrations: passServerFields,
};
