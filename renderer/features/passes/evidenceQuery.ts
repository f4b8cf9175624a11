/**
 * Reads the fusion evidence of a few registrations (the queue's window, or one opened from the
 * decided list) from the cache, and hands it to the pure rules of common/domain/passEvidence.ts.
 * Each kind of row is read once for all of them, every read in flight at once, by index only:
 *   households and grids by id; visits by `[campaignId+householdId]` (the few campaigns × the
 *   window's households); passes approved at each household by `householdId`; the grids'
 *   control-level history by `gridId`. Nothing scans a table, so it costs the same at district
 *   size as at station size.
 */
import { controlLevelAt } from '#common/domain/controlLevelAt';
import {
  addressEvidence,
  codeZoneEvidence,
  householdEvidence,
  idPassesEvidence,
  lastVisitEvidence,
  type PassEvidence,
} from '#common/domain/passEvidence';
import type { Household, PassRegistration, SweepVisit } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { householdsById, visitsOfCampaignHouseholds } from '#renderer/db/householdsAndVisits';
import { rowsWithAnyOf } from '#renderer/db/rowsWithAnyOf';

export interface GridLabel {
  id: string;
  code: string;
  name: string;
}

export interface RegistrationEvidence extends PassEvidence {
  /** The grid holding the matched household (or the registration's own grid), when known. */
  grid: GridLabel | null;
}

const present = <T>(x: T | undefined | null): x is T => x !== undefined && x !== null;

export async function loadEvidence(
  db: GridroomDb,
  regs: readonly PassRegistration[],
  now: number,
): Promise<Map<string, RegistrationEvidence>> {
  const householdIds = [...new Set(regs.map((r) => r.householdId).filter(present))];
  const [households, campaigns, sameHousehold] = await Promise.all([
    householdsById(db, householdIds),
    db.campaigns.toCollection().primaryKeys(),
    rowsWithAnyOf(db.passRegistrations, 'householdId', householdIds),
  ]);
  const byHousehold = new Map<string, Household>();
  for (const h of households) if (h && !h.deleted) byHousehold.set(h.id, h);
  const gridOf = (r: PassRegistration): string | null =>
    (r.householdId ? byHousehold.get(r.householdId)?.gridId : undefined) ?? r.gridId;
  const gridIds = [...new Set(regs.map(gridOf).filter(present))];
  const pairs = campaigns.flatMap((c) => [...byHousehold.keys()].map((h) => [String(c), h] as const));
  const [grids, levels, visits] = await Promise.all([
    db.grids.bulkGet(gridIds),
    rowsWithAnyOf(db.controlLevels, 'gridId', gridIds),
    visitsOfCampaignHouseholds(db, pairs),
  ]);
  const gridById = new Map<string, GridLabel>();
  for (const g of grids) if (g && !g.deleted) gridById.set(g.id, { id: g.id, code: g.code, name: g.name });
  const visitsAt = new Map<string, SweepVisit[]>();
  for (const v of visits) visitsAt.set(v.householdId, [...(visitsAt.get(v.householdId) ?? []), v]);
  const approvedAt = new Map<string, number>();
  for (const p of sameHousehold)
    if (!p.deleted && p.status === 'approved' && p.householdId)
      approvedAt.set(p.householdId, (approvedAt.get(p.householdId) ?? 0) + 1);

  const out = new Map<string, RegistrationEvidence>();
  for (const r of regs) {
    const household = r.householdId ? (byHousehold.get(r.householdId) ?? null) : null;
    const gridId = gridOf(r);
    const level = gridId ? controlLevelAt(levels, gridId, now).level : 'normal';
    out.set(r.id, {
      address: addressEvidence(r, household),
      lastVisit: household ? lastVisitEvidence(visitsAt.get(household.id) ?? []) : null,
      // A registration already approved is not counted against itself (the decided list).
      household: householdEvidence(
        (household ? (approvedAt.get(household.id) ?? 0) : 0) - (r.status === 'approved' ? 1 : 0),
        household,
      ),
      idPasses: idPassesEvidence(r),
      codeZone: codeZoneEvidence(r.healthCode, level),
      flags: r.flags,
      grid: gridId ? (gridById.get(gridId) ?? null) : null,
    });
  }
  return out;
}
