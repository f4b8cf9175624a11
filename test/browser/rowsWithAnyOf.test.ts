/**
 * rowsWithAnyOf (renderer/db/rowsWithAnyOf.ts) against real IndexedDB in Chromium: the rows it
 * gives for a set of keys are exactly those Dexie's anyOf() gives — for plain keys (statuses,
 * given twice), compound keys ([gridId+day]), keys that match nothing and no keys at all — and it
 * reads inside a transaction as well as outside one.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayOf } from '#common/domain/time';
import { rowsWithAnyOf } from '#renderer/db/rowsWithAnyOf';
import { useStationDemoCache } from './support/stationDemoCache';

const cache = useStationDemoCache('gridroom-any-of');
const { now } = cache;

const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((r) => r.id).sort();

describe('rowsWithAnyOf', () => {
  it('gives the incidents of the open statuses, each once, as anyOf does', async () => {
    const statuses = ['new', 'assigned', 'in-progress'];
    const expected = await cache.db.incidents.where('status').anyOf(statuses).toArray();
    expect(expected.length).toBeGreaterThan(0);
    const got = await rowsWithAnyOf(cache.db.incidents, 'status', [...statuses, 'new', 'no-such-status']);
    expect(ids(got)).toEqual(ids(expected));
  });

  it('reads compound keys, inside a read transaction', async () => {
    const day = addDays(dayOf(now), -1);
    const gridIds = (await cache.db.grids.toCollection().primaryKeys()) as string[];
    const keys = gridIds.map((id) => [id, day]);
    const expected = await cache.db.visits.where('[gridId+day]').anyOf(keys).toArray();
    expect(expected.length).toBeGreaterThan(50);
    const got = await cache.db.transaction('r', cache.db.visits, () =>
      rowsWithAnyOf(cache.db.visits, '[gridId+day]', keys),
    );
    expect(ids(got)).toEqual(ids(expected));
    expect(got.every((v) => v.day === day)).toBe(true);
  });

  it('gives nothing for no keys', async () => {
    expect(await rowsWithAnyOf(cache.db.households, 'gridId', [])).toEqual([]);
  });
});
