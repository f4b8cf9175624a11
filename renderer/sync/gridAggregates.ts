/**
 * Recomputes the cached aggregates (households per grid, sweep results per campaign/grid/day)
 * for the grids a write or a pulled page touched, from the grid's own rows through the
 * `households.gridId` and `visits.[gridId+day]` indexes. A whole grid is recomputed, not a
 * day, because a household is credited to its first covering day: one visit can move a credit
 * between days. Call inside the transaction that wrote the rows (it needs households, visits,
 * gridStats and sweepStats in its scope).
 */
import type { GridroomDb } from '#renderer/db/database';
import {
  allHouseholds,
  allVisits,
  householdTables,
  householdsOfGrid,
  visitTables,
  visitsOfCampaignHouseholds,
  visitsOfGrid,
} from '#renderer/db/householdsAndVisits';
import { gridStatsFromHouseholds, sweepStatsFromVisits } from '#renderer/db/aggregates';
import { isCoveringOutcome } from '#common/domain/coverage';
import type { SweepVisit } from '#common/schemas';
import type { SweepStats } from '#renderer/db/localRows';

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

export const aggregateTables = (db: GridroomDb) => [
  ...householdTables(db),
  ...visitTables(db),
  db.gridStats,
  db.sweepStats,
];

export async function recomputeGridAggregates(db: GridroomDb, touched: TouchedGrids): Promise<void> {
  for (const gridId of touched.households) {
    const households = await householdsOfGrid(db, gridId);
    const [stats] = gridStatsFromHouseholds(households);
    await db.gridStats.put(stats ?? { gridId, households: 0 });
  }
  for (const gridId of touched.visits) {
    const visits = await visitsOfGrid(db, gridId);
    await db.sweepStats.where('gridId').equals(gridId).delete();
    await db.sweepStats.bulkPut(sweepStatsFromVisits(visits));
  }
}

/** Rebuilds every aggregate from all households and visits (after a bulk load), in one transaction. */
export async function recomputeAllAggregates(db: GridroomDb): Promise<void> {
  await db.transaction('rw', aggregateTables(db), async () => {
    const [households, visits] = await Promise.all([allHouseholds(db), allVisits(db)]);
    await Promise.all([db.gridStats.clear(), db.sweepStats.clear()]);
    await db.gridStats.bulkPut(gridStatsFromHouseholds(households));
    await db.sweepStats.bulkPut(sweepStatsFromVisits(visits));
  });
}

/** The aggregate tables a write to `entity` keeps current: its transaction's scope, and no more. */
export function aggregateTablesFor(db: GridroomDb, entity: string) {
  if (entity === 'households') return [...householdTables(db), db.gridStats];
  if (entity === 'visits') return [...visitTables(db), db.sweepStats];
  return [];
}

/** Where a new visit lands: its campaign/grid/day cell and its household. */
export type VisitCellKey = Pick<SweepVisit, 'campaignId' | 'householdId' | 'gridId' | 'day'>;

/** The key of a visit-shaped record (a create's patch), or null when a field is missing. */
export function visitCellKeyOf(row: Readonly<Record<string, unknown>>): VisitCellKey | null {
  const { campaignId, householdId, gridId, day } = row;
  return typeof campaignId === 'string' &&
    typeof householdId === 'string' &&
    typeof gridId === 'string' &&
    typeof day === 'string'
    ? { campaignId, householdId, gridId, day }
    : null;
}

export const sameVisitCellKey = (a: VisitCellKey, b: VisitCellKey): boolean =>
  a.campaignId === b.campaignId &&
  a.householdId === b.householdId &&
  a.gridId === b.gridId &&
  a.day === b.day;

/** What adding one visit to its cell needs: the household's visits in the campaign and the cell. */
export interface VisitCellRead {
  key: VisitCellKey;
  householdVisits: SweepVisit[];
  cell: SweepStats | undefined;
}

/**
 * Reads a visit's cell and its household's visits in one round trip (both requests in
 * flight together). Inside the write's transaction, so nothing can change in between.
 */
export async function readVisitCell(db: GridroomDb, key: VisitCellKey): Promise<VisitCellRead> {
  const [householdVisits, cell] = await Promise.all([
    visitsOfCampaignHouseholds(db, [[key.campaignId, key.householdId]]),
    db.sweepStats.get([key.campaignId, key.gridId, key.day]),
  ]);
  return { key, householdVisits, cell };
}

/**
 * A new visit changes one campaign/grid/day cell: the cell with it added, instead of
 * recomputing the grid (the hot path of fast visit entry). Pure. The household's credit moves
 * only if no earlier covering visit exists; when a later one does (a visit entered out of
 * order) the credit moves between days — null then, and the caller recomputes the grid.
 */
export function cellWithVisit(visit: SweepVisit, read: VisitCellRead): SweepStats | null {
  if (visit.deleted || !sameVisitCellKey(visit, read.key)) return null;
  const others = read.householdVisits.filter(
    (v) => v.id !== visit.id && !v.deleted && isCoveringOutcome(v.outcome),
  );
  const covering = isCoveringOutcome(visit.outcome);
  if (covering && others.some((v) => v.visitedAt > visit.visitedAt)) return null;
  const newlyCovered = covering && others.length === 0;
  const cell = read.cell ?? {
    campaignId: visit.campaignId,
    gridId: visit.gridId,
    day: visit.day,
    visits: 0,
    covered: 0,
    unregistered: 0,
    overdue: 0,
  };
  return {
    ...cell,
    visits: cell.visits + 1,
    covered: cell.covered + (newlyCovered ? 1 : 0),
    unregistered: cell.unregistered + visit.unregisteredFound,
    overdue: cell.overdue + visit.overdueTestsFound,
  };
}
