/**
 * Recomputes the cached aggregates (households per grid, sweep results per campaign/grid/day)
 * for the grids a write or a pulled page touched, from the grid's own rows through the
 * `households.gridId` and `visits.[gridId+day]` indexes. A whole grid is recomputed, not a
 * day, because a household is credited to its first covering day: one visit can move a credit
 * between days. Call inside the transaction that wrote the rows (it needs households, visits,
 * gridStats and sweepStats in its scope).
 */
import { Dexie } from 'dexie';
import type { GridroomDb } from '../db/database';
import { gridStatsFromHouseholds, sweepStatsFromVisits } from '../db/aggregates';
import { isCoveringOutcome } from '../../common/domain/coverage';
import type { SweepVisit } from '../../common/schemas';

export interface TouchedGrids {
  households: Set<string>;
  visits: Set<string>;
}

export const noTouchedGrids = (): TouchedGrids => ({ households: new Set(), visits: new Set() });

/** Notes the grids of a households/visits row before and after a change. */
export function touchGrids(
  touched: TouchedGrids,
  entity: string,
  ...rows: (Record<string, unknown> | null | undefined)[]
): void {
  const set = entity === 'households' ? touched.households : entity === 'visits' ? touched.visits : null;
  if (!set) return;
  for (const row of rows) if (row && typeof row.gridId === 'string') set.add(row.gridId);
}

export const aggregateTables = (db: GridroomDb) => [db.households, db.visits, db.gridStats, db.sweepStats];

export async function recomputeGridAggregates(db: GridroomDb, touched: TouchedGrids): Promise<void> {
  for (const gridId of touched.households) {
    const households = await db.households.where('gridId').equals(gridId).toArray();
    const [stats] = gridStatsFromHouseholds(households);
    await db.gridStats.put(stats ?? { gridId, households: 0 });
  }
  for (const gridId of touched.visits) {
    const visits = await db.visits
      .where('[gridId+day]')
      .between([gridId, Dexie.minKey], [gridId, Dexie.maxKey])
      .toArray();
    await db.sweepStats.where('gridId').equals(gridId).delete();
    await db.sweepStats.bulkPut(sweepStatsFromVisits(visits));
  }
}

/** Rebuilds every aggregate from all households and visits (after a bulk load), in one transaction. */
export async function recomputeAllAggregates(db: GridroomDb): Promise<void> {
  await db.transaction('rw', aggregateTables(db), async () => {
    const [households, visits] = await Promise.all([db.households.toArray(), db.visits.toArray()]);
    await Promise.all([db.gridStats.clear(), db.sweepStats.clear()]);
    await db.gridStats.bulkPut(gridStatsFromHouseholds(households));
    await db.sweepStats.bulkPut(sweepStatsFromVisits(visits));
  });
}

/**
 * A new visit changes one campaign/grid/day cell: add it there instead of recomputing the grid
 * (the hot path of fast visit entry). The household's credit moves only if an earlier covering
 * visit does not exist; when a later one does (a visit entered out of order), the credit moves
 * between days, and the grid is recomputed whole. Returns false when it did not apply.
 */
export async function addVisitToAggregates(db: GridroomDb, visit: SweepVisit): Promise<boolean> {
  if (visit.deleted) return false;
  const others = (
    await db.visits.where('[campaignId+householdId]').equals([visit.campaignId, visit.householdId]).toArray()
  ).filter((v) => v.id !== visit.id && !v.deleted && isCoveringOutcome(v.outcome));
  const covering = isCoveringOutcome(visit.outcome);
  if (covering && others.some((v) => v.visitedAt > visit.visitedAt)) return false;
  const newlyCovered = covering && others.length === 0;
  const key: [string, string, string] = [visit.campaignId, visit.gridId, visit.day];
  const cell = (await db.sweepStats.get(key)) ?? {
    campaignId: visit.campaignId,
    gridId: visit.gridId,
    day: visit.day,
    visits: 0,
    covered: 0,
    unregistered: 0,
    overdue: 0,
  };
  await db.sweepStats.put({
    ...cell,
    visits: cell.visits + 1,
    covered: cell.covered + (newlyCovered ? 1 : 0),
    unregistered: cell.unregistered + visit.unregisteredFound,
    overdue: cell.overdue + visit.overdueTestsFound,
  });
  return true;
}
