/**
 * Reads what the fusion findings (common/domain/passFusion.ts) compare — every household, the
 * campaign's visits (by the [campaignId+householdId] index), every pass registration and the
 * control-level history, in chunks so the rest of the workstation is served meanwhile — and
 * computes them. A district is ~200,000 households and ~150,000
 * registrations, so the screens run this in a worker (fusion.worker.ts, askFusion.ts); only
 * the totals, the per-grid counts and, when asked, the finding rows with their address labels
 * come back. Rows are checked against the few fields the rules read; a malformed one is
 * skipped and counted in `problems`, never half-used.
 */
import { z } from 'zod';
import {
  computeFusion,
  isPassAt,
  type FusionCounts,
  type FusionFinding,
  type FusionGridCounts,
  type FusionPass,
} from '#common/domain/passFusion';
import {
  claimedAddressSchema,
  controlLevelSchema,
  epochMsSchema,
  healthCodeColourSchema,
  idSchema,
  intakeFlagSchema,
  lngLatSchema,
  passStatusSchema,
  sweepCampaignSchema,
  visitOutcomeSchema,
  type LngLat,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows } from '#renderer/db/validRows';
import { readTableInChunks } from '#renderer/db/readInChunks';
import {
  allHouseholdsInChunks,
  householdTables,
  visitTables,
  visitsOfCampaignInChunks,
} from '#renderer/db/householdsAndVisits';
import { activeCampaign } from './gridStateQuery';

export interface FusionRequestOptions {
  /** The instant passes must be valid at and levels are read at. */
  at: number;
  /** The campaign to compare with; null: the one in force at `at` (as the board picks it). */
  campaignId: string | null;
  /** Whether to send the finding rows back (the sweeps tab), or only the counts. */
  rows: boolean;
}

/**
 * A finding with the words of its address (the household's standard address, or the claim)
 * and the household's point (null when no live household holds it).
 */
export type FusionRow = FusionFinding & { label: string; point: LngLat | null };

export interface FusionSummary {
  at: number;
  campaignId: string | null;
  campaignName: string | null;
  totals: FusionCounts;
  byGrid: FusionGridCounts[];
  /** Passes (approved, valid at `at`) in the station, for context. */
  passes: number;
  /** The findings, when asked for; [] otherwise. */
  rows: FusionRow[];
  /** Rows skipped because they failed their shape. */
  problems: number;
}

const householdShape = z.object({
  id: idSchema,
  gridId: idSchema,
  registeredResidents: z.number().int().min(0),
  point: lngLatSchema,
  address: z.string(),
  building: z.string(),
  unit: z.string(),
  room: z.string(),
  deleted: z.boolean(),
});

const visitShape = z.object({
  id: idSchema,
  campaignId: idSchema,
  householdId: idSchema,
  visitedAt: epochMsSchema,
  outcome: visitOutcomeSchema,
  unregisteredFound: z.number().int().min(0),
  deleted: z.boolean(),
});

const registrationShape = z.object({
  id: idSchema,
  householdId: idSchema.nullable(),
  gridId: idSchema.nullable(),
  status: passStatusSchema,
  validFrom: epochMsSchema,
  validUntil: epochMsSchema,
  healthCode: healthCodeColourSchema,
  flags: z.array(intakeFlagSchema),
  claimedAddress: claimedAddressSchema,
  deleted: z.boolean(),
});

const levelShape = z.object({
  id: idSchema,
  gridId: idSchema,
  level: controlLevelSchema,
  from: epochMsSchema,
  to: epochMsSchema.nullable(),
  updatedAt: epochMsSchema,
  deleted: z.boolean(),
});

type HouseholdRow = z.infer<typeof householdShape>;

/** The standard address; building-unit-room appended when the address does not spell them. */
function householdLabel(h: HouseholdRow): string {
  const parts = [h.building, h.unit, h.room].filter((p) => p !== '');
  return parts.length === 0 || /栋|单元/.test(h.address) ? h.address : `${h.address} ${parts.join('-')}`;
}

function claimLabel(r: FusionPass): string {
  const a = r.claimedAddress;
  const parts = [a.building, a.unit, a.room].filter((p) => p.trim() !== '');
  return parts.length === 0 ? a.address : `${a.address} ${parts.join('-')}`;
}

export async function readFusion(db: GridroomDb, options: FusionRequestOptions): Promise<FusionSummary> {
  const { at } = options;
  const campaigns = validRows('campaigns', await db.campaigns.toArray(), sweepCampaignSchema).rows;
  const campaign =
    options.campaignId === null
      ? activeCampaign(campaigns, at)
      : (campaigns.find((c) => c.id === options.campaignId) ?? null);
  // In chunks, one request at a time (readInChunks.ts): the workstation's other reads and
  // writes are served between them. One transaction: still one snapshot.
  const [rawHouseholds, rawVisits, rawRegistrations, rawLevels] = await db.transaction(
    'r',
    [...householdTables(db), ...visitTables(db), db.passRegistrations, db.controlLevels],
    async () => {
      const households = await allHouseholdsInChunks(db);
      // the campaign's visits, split where the households' ids split (about a chunk each)
      const visits = campaign
        ? await visitsOfCampaignInChunks(
            db,
            campaign.id,
            households.flatMap((h) => (typeof h.id === 'string' ? [h.id] : [])),
          )
        : [];
      const registrations = await readTableInChunks(db.passRegistrations);
      return [households, visits, registrations, await db.controlLevels.toArray()] as const;
    },
  );
  const households = validRows('households', rawHouseholds, householdShape);
  const visits = validRows('visits', rawVisits, visitShape);
  const registrations = validRows('passRegistrations', rawRegistrations, registrationShape);
  const levels = validRows('controlLevels', rawLevels, levelShape);
  const result = computeFusion({
    households: households.rows,
    visits: visits.rows,
    registrations: registrations.rows,
    levelChanges: levels.rows,
    campaign,
    at,
  });
  let rows: FusionRow[] = [];
  if (options.rows) {
    const byId = new Map(households.rows.map((h) => [h.id, h]));
    const regById = new Map(registrations.rows.map((r) => [r.id, r]));
    rows = result.findings.map((f): FusionRow => {
      const h = f.householdId === null ? undefined : byId.get(f.householdId);
      const point = h ? h.point : null;
      if (f.kind === 'address-irregular') {
        const first = regById.get(f.registrationIds[0] ?? '');
        return { ...f, label: first ? claimLabel(first) : f.address, point };
      }
      if (h) return { ...f, label: householdLabel(h), point };
      const r = f.kind === 'code-in-zone' ? regById.get(f.registrationId) : undefined;
      return { ...f, label: r ? claimLabel(r) : '', point };
    });
  }
  let passes = 0;
  for (const r of registrations.rows) if (isPassAt(r, at)) passes += 1;
  return {
    at,
    campaignId: campaign?.id ?? null,
    campaignName: campaign?.name ?? null,
    totals: result.totals,
    byGrid: result.byGrid,
    passes,
    rows,
    problems:
      households.problems.length +
      visits.problems.length +
      registrations.problems.length +
      levels.problems.length,
  };
}
