/**
 * The one way the renderer reads the cache's households and sweep visits: the bulk of every
 * cache (a district holds ≈200k households and ≈150k visits of a campaign). Every screen,
 * report, import and export asks here, by the shapes it needs (per grid, per grid-day, per
 * campaign, by id), and never opens the two tables itself (lint: `gridroom/households-visits`).
 * So how the rows are stored (one record per row today; packed blocks per grid and per
 * grid-day is issue 16's plan) can change behind this face without touching a reader.
 *
 * Writes go through the sync store (renderer/sync/), which is the other side of the same face.
 *
 * Every function works inside a caller's transaction when `householdTables`/`visitTables` are
 * in its scope (the reads join it); outside one each request is its own snapshot. Rows come
 * back as stored: callers validate them (validRows) with the schema they need.
 *
 * No `async` function here returns a promise un-awaited (`return rowsWithAnyOf(…)`): such a
 * promise resolves outside Dexie's transaction zone, the caller's next read then runs outside
 * its transaction, which commits early (PrematureCommitError). Return Dexie's promise from a
 * plain function, or `await` it first. test/browser/readDailyReportData.test.ts caught this.
 */
import { Dexie } from 'dexie';
import type { Household, SweepVisit } from '#common/schemas';
import type { GridroomDb } from './database';
import { chunkCuts, readIndexRangeInChunks, readTableInChunks } from './readInChunks';
import { rowsWithAnyOf } from './rowsWithAnyOf';

/** Every row of the given ranges, read together (one getAll each), as one list. */
async function rowsInRanges<T>(ranges: readonly { toArray(): PromiseLike<T[]> }[]): Promise<T[]> {
  const parts = await Promise.all(ranges.map((r) => r.toArray()));
  return parts.flat();
}

/** The stores behind the households: what a transaction that reads them must name. */
export const householdTables = (db: GridroomDb) => [db.households];

/** The stores behind the visits: what a transaction that reads them must name. */
export const visitTables = (db: GridroomDb) => [db.visits];

// ── Households ──────────────────────────────────────────────────────────────────────────────

/** Every household row, deleted ones included, in one request. */
export function allHouseholds(db: GridroomDb): Promise<Household[]> {
  return db.households.toArray();
}

/**
 * Every household row, in id order, 5,000 per request (readInChunks.ts): the workstation's
 * other reads and writes are served between the chunks. Inside a transaction, one snapshot.
 */
export function allHouseholdsInChunks(db: GridroomDb): Promise<Household[]> {
  return readTableInChunks(db.households);
}

/** The household rows of one grid. */
export function householdsOfGrid(db: GridroomDb, gridId: string): Promise<Household[]> {
  return db.households.where('gridId').equals(gridId).toArray();
}

/** The household rows of the given grids (one request per grid, all in flight together). */
export function householdsOfGrids(db: GridroomDb, gridIds: readonly string[]): Promise<Household[]> {
  return rowsWithAnyOf(db.households, 'gridId', gridIds);
}

/** Households by id, in the order asked; `undefined` where none is cached. */
export function householdsById(db: GridroomDb, ids: readonly string[]): Promise<(Household | undefined)[]> {
  return db.households.bulkGet([...ids]);
}

/** How many household rows the cache holds (deleted ones included). */
export function countHouseholds(db: GridroomDb): Promise<number> {
  return db.households.count();
}

// ── Visits ──────────────────────────────────────────────────────────────────────────────────

/** Every visit row, in one request. */
export function allVisits(db: GridroomDb): Promise<SweepVisit[]> {
  return db.visits.toArray();
}

/** Visits by id, in the order asked; `undefined` where none is cached. */
export function visitsById(db: GridroomDb, ids: readonly string[]): Promise<(SweepVisit | undefined)[]> {
  return db.visits.bulkGet([...ids]);
}

/** Every visit of one grid, on any day. */
export function visitsOfGrid(db: GridroomDb, gridId: string): Promise<SweepVisit[]> {
  return db.visits.where('[gridId+day]').between([gridId, Dexie.minKey], [gridId, Dexie.maxKey]).toArray();
}

/**
 * The visits of the given grids from day `first` to day `last` (both included, `YYYY-MM-DD`).
 * One key range per grid, each read with getAll, all in flight together: several times faster
 * than one `anyOf` cursor over a district's ~1,450 grid-day keys.
 */
export function visitsOfGridDays(
  db: GridroomDb,
  gridIds: readonly string[],
  first: string,
  last: string,
): Promise<SweepVisit[]> {
  if (first === last)
    return rowsWithAnyOf(
      db.visits,
      '[gridId+day]',
      gridIds.map((id) => [id, first]),
    );
  return rowsInRanges(gridIds.map((id) => db.visits.where('[gridId+day]').between([id, first], [id, last], true, true)));
}

/** Every visit of one campaign, in household-id order. */
export function visitsOfCampaign(db: GridroomDb, campaignId: string): Promise<SweepVisit[]> {
  return db.visits.where('[campaignId+householdId]').between([campaignId, ''], [campaignId, '\uffff']).toArray();
}

/**
 * Every visit of one campaign, read in about 5,000-row requests: split where the given sorted
 * household ids split (`chunkCuts`), so other requests are served between them.
 */
export function visitsOfCampaignInChunks(
  db: GridroomDb,
  campaignId: string,
  sortedHouseholdIds: readonly string[],
): Promise<SweepVisit[]> {
  return readIndexRangeInChunks(db.visits, '[campaignId+householdId]', campaignId, chunkCuts(sortedHouseholdIds));
}

/** The visits of each (campaign, household) pair asked. */
export function visitsOfCampaignHouseholds(
  db: GridroomDb,
  pairs: readonly (readonly [campaignId: string, householdId: string])[],
): Promise<SweepVisit[]> {
  return rowsWithAnyOf(
    db.visits,
    '[campaignId+householdId]',
    pairs.map(([c, h]) => [c, h]),
  );
}

/** How many visit rows the cache holds. */
export function countVisits(db: GridroomDb): Promise<number> {
  return db.visits.count();
}
