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
import { personFindingSchema, sweepCampaignSchema, sweepVisitSchema } from './sweep';
import { testingSiteSchema } from './testingSite';
import { volunteerTeamSchema } from './volunteerTeam';

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
} as const;

export type EntityName = keyof typeof entitySchemas;
export const entityNames = Object.keys(entitySchemas) as EntityName[];
export type EntityRow<E extends EntityName> = z.infer<(typeof entitySchemas)[E]>;
