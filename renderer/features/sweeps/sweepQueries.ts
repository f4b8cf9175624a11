/**
 * Reads for the sweeps screen: campaigns with progress, a campaign's households (for the
 * address index, loaded once per campaign), the households a campaign has not yet covered,
 * and person findings. Rows pass their schema; malformed ones are dropped by validRows.
 */
import { isCoveringOutcome } from '#common/domain/coverage';
import {
  gridSchema,
  householdSchema,
  personFindingSchema,
  sweepCampaignSchema,
  sweepVisitSchema,
  type PersonFinding,
  type SweepCampaign,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { householdsOfGrids, visitsOfCampaign } from '#renderer/db/householdsAndVisits';
import { validRows } from '#renderer/db/validRows';
import { addressLabel, type AddressSource } from './addressIndex';
import { campaignProgress, type CampaignProgress } from './campaignProgress';
import { rowsWithAnyOf } from '#renderer/db/rowsWithAnyOf';

export async function queryCampaigns(db: GridroomDb): Promise<CampaignProgress[]> {
  const [campaigns, gridStats, stats] = await Promise.all([
    db.campaigns.toArray(),
    db.gridStats.toArray(),
    db.sweepStats.toArray(),
  ]);
  const rows = validRows('campaigns', campaigns, sweepCampaignSchema).rows;
  return campaignProgress(rows, new Map(gridStats.map((g) => [g.gridId, g.households])), stats);
}

export interface GridName {
  id: string;
  code: string;
  name: string;
}

export async function queryGrids(db: GridroomDb): Promise<GridName[]> {
  const rows = validRows('grids', await db.grids.toArray(), gridSchema).rows;
  return rows
    .map((g) => ({ id: g.id, code: g.code, name: g.name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

const addressSchema = householdSchema.pick({
  id: true,
  gridId: true,
  address: true,
  building: true,
  unit: true,
  room: true,
  deleted: true,
});

/** The live households of the given grids. */
export async function queryHouseholds(db: GridroomDb, gridIds: readonly string[]): Promise<AddressSource[]> {
  const raw = await householdsOfGrids(db, gridIds);
  return validRows('households', raw, addressSchema).rows;
}

/** Households of the campaign whose head-count no visit established yet, by address. */
export interface UncoveredHousehold {
  id: string;
  gridId: string;
  label: string;
  /** Visits made without covering it (not home, refused). */
  attempts: number;
}

export async function queryUncovered(
  db: GridroomDb,
  campaign: SweepCampaign,
  gridId: string | null,
): Promise<UncoveredHousehold[]> {
  const grids = gridId === null ? campaign.targetGridIds : campaign.targetGridIds.filter((g) => g === gridId);
  const [households, rawVisits] = await Promise.all([
    queryHouseholds(db, grids),
    visitsOfCampaign(db, campaign.id),
  ]);
  const visits = validRows('visits', rawVisits, sweepVisitSchema).rows;
  const covered = new Set<string>();
  const attempts = new Map<string, number>();
  for (const v of visits) {
    if (isCoveringOutcome(v.outcome)) covered.add(v.householdId);
    else attempts.set(v.householdId, (attempts.get(v.householdId) ?? 0) + 1);
  }
  return households
    .filter((h) => !covered.has(h.id))
    .map((h) => ({ id: h.id, gridId: h.gridId, label: addressLabel(h), attempts: attempts.get(h.id) ?? 0 }))
    .sort((a, b) => a.gridId.localeCompare(b.gridId) || a.label.localeCompare(b.label));
}

/** Findings in the given grids, newest first (at most `limit`). */
export async function queryFindings(
  db: GridroomDb,
  gridIds: readonly string[],
  limit = 1000,
): Promise<PersonFinding[]> {
  const raw = await rowsWithAnyOf(db.findings, 'gridId', gridIds);
  return validRows('findings', raw, personFindingSchema)
    .rows.sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, limit);
}
