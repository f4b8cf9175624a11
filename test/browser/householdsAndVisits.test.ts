/**
 * The households-and-visits repository (renderer/db/householdsAndVisits.ts) against real
 * IndexedDB in Chromium, on the station demo cache. Every read is checked against a brute-force
 * filter of the whole tables in plain JavaScript (no index involved), including the awkward
 * asks: no grids, unknown and repeated grids, a one-day and a two-day range, missing ids, and
 * reads joined to a transaction scoped by the repository's own table lists.
 */
import { describe, expect, it } from 'vitest';
import type { Household, SweepVisit } from '#common/schemas';
import {
  allHouseholds,
  allHouseholdsInChunks,
  allVisits,
  countHouseholds,
  countVisits,
  householdTables,
  householdsById,
  householdsOfGrid,
  householdsOfGrids,
  visitTables,
  visitsById,
  visitsOfCampaign,
  visitsOfCampaignHouseholds,
  visitsOfCampaignInChunks,
  visitsOfGrid,
  visitsOfGridDays,
} from '#renderer/db/householdsAndVisits';
import { useStationDemoCache } from './support/stationDemoCache';

const cache = useStationDemoCache('gridroom-households-visits');

const sortedIds = (rows: ReadonlyArray<{ id: string } | undefined>) =>
  rows.map((r) => r?.id ?? '-').sort();

async function everything(): Promise<{ households: Household[]; visits: SweepVisit[] }> {
  const [households, visits] = await Promise.all([allHouseholds(cache.db), allVisits(cache.db)]);
  expect(households.length).toBeGreaterThan(1000);
  expect(visits.length).toBeGreaterThan(1000);
  return { households, visits };
}

describe('households', () => {
  it('reads a grid, several grids, no grid and unknown or repeated grids as the filter does', async () => {
    const { households } = await everything();
    const gridIds = [...new Set(households.map((h) => h.gridId))];
    const [a, b] = gridIds as [string, string];
    const inGrids = (ids: string[]) => sortedIds(households.filter((h) => ids.includes(h.gridId)));
    expect(sortedIds(await householdsOfGrid(cache.db, a))).toEqual(inGrids([a]));
    expect(sortedIds(await householdsOfGrids(cache.db, [a, b]))).toEqual(inGrids([a, b]));
    expect(sortedIds(await householdsOfGrids(cache.db, [b, a, b, 'no-such-grid']))).toEqual(inGrids([a, b]));
    expect(await householdsOfGrids(cache.db, [])).toEqual([]);
    expect(sortedIds(await householdsOfGrids(cache.db, gridIds))).toEqual(sortedIds(households));
  });

  it('reads by id in the order asked, undefined where missing; in chunks as whole', async () => {
    const { households } = await everything();
    const [h0, h1, h2] = [households[7], households[0], households[500]];
    if (!h0 || !h1 || !h2) throw new Error('the demo station has too few households');
    const picked = [h0, h1, h2] as const;
    const got = await householdsById(cache.db, [picked[0].id, 'missing', picked[1].id, picked[2].id]);
    expect(got.map((h) => h?.id)).toEqual([picked[0].id, undefined, picked[1].id, picked[2].id]);
    expect(await householdsById(cache.db, [])).toEqual([]);
    expect((await allHouseholdsInChunks(cache.db)).map((h) => h.id)).toEqual(households.map((h) => h.id));
    expect(await countHouseholds(cache.db)).toBe(households.length);
  });
});

describe('visits', () => {
  it('reads a grid’s visits and one- or two-day ranges of many grids as the filter does', async () => {
    const { visits } = await everything();
    const gridIds = [...new Set(visits.map((v) => v.gridId))];
    const days = [...new Set(visits.map((v) => v.day))].sort();
    expect(days.length).toBeGreaterThan(2);
    const [grid] = gridIds as [string];
    expect(sortedIds(await visitsOfGrid(cache.db, grid))).toEqual(
      sortedIds(visits.filter((v) => v.gridId === grid)),
    );
    const some = gridIds.slice(0, Math.max(2, gridIds.length >> 1));
    const oneDay = days[days.length - 1] as string;
    const twoDays = [days[days.length - 2], oneDay] as [string, string];
    const between = (first: string, last: string) =>
      sortedIds(visits.filter((v) => some.includes(v.gridId) && v.day >= first && v.day <= last));
    expect(sortedIds(await visitsOfGridDays(cache.db, some, oneDay, oneDay))).toEqual(between(oneDay, oneDay));
    expect(sortedIds(await visitsOfGridDays(cache.db, some, ...twoDays))).toEqual(between(...twoDays));
    expect(between(...twoDays).length).toBeGreaterThan(between(oneDay, oneDay).length);
    expect(await visitsOfGridDays(cache.db, [], ...twoDays)).toEqual([]);
    expect(await visitsOfGridDays(cache.db, some, '2000-01-01', '2000-01-02')).toEqual([]);
  });

  it('reads a campaign whole, in chunks and by household pairs as the filter does', async () => {
    const { households, visits } = await everything();
    const campaignId = (visits[0] as SweepVisit).campaignId;
    const ofCampaign = sortedIds(visits.filter((v) => v.campaignId === campaignId));
    expect(sortedIds(await visitsOfCampaign(cache.db, campaignId))).toEqual(ofCampaign);
    const householdIds = households.map((h) => h.id).sort();
    for (const cutEvery of [householdIds, householdIds.filter((_, i) => i % 7 === 0), []])
      expect(sortedIds(await visitsOfCampaignInChunks(cache.db, campaignId, cutEvery))).toEqual(ofCampaign);
    const visited = [...new Set(visits.filter((v) => v.campaignId === campaignId).map((v) => v.householdId))];
    const pairs = visited.slice(0, 40).map((h) => [campaignId, h] as const);
    expect(sortedIds(await visitsOfCampaignHouseholds(cache.db, pairs))).toEqual(
      sortedIds(visits.filter((v) => v.campaignId === campaignId && visited.slice(0, 40).includes(v.householdId))),
    );
    expect(await visitsOfCampaignHouseholds(cache.db, [])).toEqual([]);
  });

  it('reads by id in the order asked and counts every row', async () => {
    const { visits } = await everything();
    const [first, second] = visits as [SweepVisit, SweepVisit];
    expect((await visitsById(cache.db, [second.id, 'missing', first.id])).map((v) => v?.id)).toEqual([
      second.id,
      undefined,
      first.id,
    ]);
    expect(await countVisits(cache.db)).toBe(visits.length);
  });
});

describe('inside a transaction', () => {
  it('joins a read transaction scoped by the repository’s table lists', async () => {
    const db = cache.db;
    const { households, visits } = await everything();
    const grid = (households[0] as Household).gridId;
    const [inGrid, count, gridVisits] = await db.transaction(
      'r',
      [...householdTables(db), ...visitTables(db)],
      async () => [await householdsOfGrid(db, grid), await countVisits(db), await visitsOfGrid(db, grid)] as const,
    );
    expect(sortedIds(inGrid)).toEqual(sortedIds(households.filter((h) => h.gridId === grid)));
    expect(count).toBe(visits.length);
    expect(sortedIds(gridVisits)).toEqual(sortedIds(visits.filter((v) => v.gridId === grid)));
  });

  // Each read awaited in turn, then one more: a function that let its promise resolve outside
  // Dexie's zone would run the next read outside the transaction (PrematureCommitError).
  it('keeps the transaction through every function, one after another', async () => {
    const db = cache.db;
    const { households, visits } = await everything();
    const v = visits[0] as SweepVisit;
    const h = households[0] as Household;
    const chain = async () => {
      const n: number[] = [];
      n.push((await visitsOfGridDays(db, [v.gridId], v.day, v.day)).length);
      n.push((await visitsOfGridDays(db, [v.gridId], '0000-00-00', v.day)).length);
      n.push((await householdsById(db, [])).length);
      n.push((await visitsById(db, [])).length);
      n.push((await householdsById(db, [h.id])).length);
      n.push((await householdsOfGrids(db, [h.gridId])).length);
      n.push((await visitsOfCampaignHouseholds(db, [[v.campaignId, v.householdId]])).length);
      n.push((await visitsOfCampaign(db, v.campaignId)).length);
      n.push((await allHouseholdsInChunks(db)).length);
      n.push(await countHouseholds(db));
      return n;
    };
    // as the daily report reads: a plain scope function, the chain beside other reads
    const [steps] = await db.transaction('r', [...householdTables(db), ...visitTables(db)], () =>
      Promise.all([chain(), countVisits(db), householdsOfGrid(db, h.gridId)]),
    );
    expect(steps).toHaveLength(10);
    expect(steps[0]).toBeGreaterThan(0);
    expect(steps[4]).toBe(1);
    expect(steps[9]).toBe(households.length);
  });

  it('refuses a read outside the scope it was given', async () => {
    const db = cache.db;
    // (Dexie prints the refused request on stderr: that line is this test's expected failure)
    await expect(db.transaction('r', householdTables(db), () => countVisits(db))).rejects.toMatchObject({
      name: 'NotFoundError',
    });
  });
});
