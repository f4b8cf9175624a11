/**
 * readInChunks (renderer/db/readInChunks.ts) against real IndexedDB in Chromium, on the station
 * demo cache: a whole table read in chunks is the table, in key order, whether the chunk
 * divides it or not; a compound-index range read in chunks split at household ids gives
 * exactly the campaign's visits the one-range read gives — cuts at, between and beyond
 * the rows, repeated or unsorted cuts included — also inside a read transaction.
 */
import { describe, expect, it } from 'vitest';
import { chunkCuts, readIndexRangeInChunks, readTableInChunks } from '#renderer/db/readInChunks';
import { useStationDemoCache } from './support/stationDemoCache';

const cache = useStationDemoCache('gridroom-read-in-chunks');

const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((r) => r.id);

describe('readTableInChunks', () => {
  it('reads every household, in key order, for chunks that do and do not divide the table', async () => {
    const all = await cache.db.households.toArray();
    expect(all.length).toBeGreaterThan(1000);
    for (const chunk of [1000, 997, all.length, all.length + 1, 5000]) {
      expect(ids(await readTableInChunks(cache.db.households, chunk))).toEqual(ids(all));
    }
  });

  it('reads an empty table as nothing', async () => {
    const empty = cache.db.handovers;
    await empty.clear();
    expect(await readTableInChunks(empty, 10)).toEqual([]);
  });
});

describe('readIndexRangeInChunks', () => {
  it('gives the campaign’s visits as the one-range read does, inside a transaction', async () => {
    const [campaign] = await cache.db.campaigns.toArray();
    if (!campaign) throw new Error('the demo station has no campaign');
    const expected = await cache.db.visits
      .where('[campaignId+householdId]')
      .between([campaign.id, ''], [campaign.id, '\uffff'])
      .toArray();
    expect(expected.length).toBeGreaterThan(1000);
    const householdIds = (await cache.db.households.toCollection().primaryKeys()) as string[];
    const visitedIds = [...new Set(expected.map((v) => v.householdId))].sort();
    const cutSets = [
      chunkCuts(householdIds, 500),
      chunkCuts(visitedIds, 1), // a cut at every visited household: ranges with one household
      [],
      ['', '0', visitedIds[3] as string, visitedIds[3] as string, 'zzzz', '\uffff'],
      [visitedIds[10] as string, visitedIds[2] as string], // unsorted: the smaller is dropped
    ];
    for (const cuts of cutSets) {
      const got = await cache.db.transaction('r', cache.db.visits, () =>
        readIndexRangeInChunks(cache.db.visits, '[campaignId+householdId]', campaign.id, cuts),
      );
      expect(ids(got).sort()).toEqual(ids(expected).sort());
    }
  });
});

describe('chunkCuts', () => {
  it('cuts a sorted list every chunk-th value', () => {
    expect(chunkCuts(['a', 'b', 'c', 'd', 'e'], 2)).toEqual(['c', 'e']);
    expect(chunkCuts(['a', 'b'], 2)).toEqual([]);
    expect(chunkCuts([], 2)).toEqual([]);
  });
});
