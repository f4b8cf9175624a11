/**
 * How households and sweep visits are laid out in packed blocks (packedColumns.ts): every field
 * of the schema's row type with its column kind. A field added to either schema is a compile
 * error here until it is given a kind, so a block can never drop it.
 */
import type { Household, SweepVisit } from '#common/schemas';
import type { ColumnSpec } from './packedColumns';

const syncedFields = {
  id: 'string',
  stationId: 'string',
  version: 'number',
  updatedAt: 'number',
  updatedBy: 'string',
  deleted: 'boolean',
} as const;

export const householdColumns: ColumnSpec<Household> = {
  ...syncedFields,
  gridId: 'string',
  address: 'string',
  building: 'string',
  unit: 'string',
  room: 'string',
  point: 'lngLat',
  registeredResidents: 'number',
};

export const visitColumns: ColumnSpec<SweepVisit> = {
  ...syncedFields,
  campaignId: 'string',
  householdId: 'string',
  gridId: 'string',
  visitedAt: 'number',
  day: 'string',
  team: 'string',
  outcome: 'string',
  unregisteredFound: 'number',
  overdueTestsFound: 'number',
  note: 'string',
};
