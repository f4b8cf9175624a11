/**
 * The reads of a packed table (renderer/db/packedReads.ts) in real IndexedDB, each against a
 * plain filter over the rows written through the packed store: one block, several, one grid's
 * range of visit days, all at once and in parts, and the count from the id index (no block
 * read), which stays right after rows move between blocks.
 */
import { Dexie } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '#common/demo';
import type { SyncRow } from '#common/sync/rebase';
import { BLOCKS_PER_READ, packedReads } from '#renderer/db/packedReads';
import { packedRowTable } from '#renderer/db/packedRowTable';
import { householdBlocks, packedStores, visitBlocks } from '#renderer/db/packedTables';

const NAME = 'gridroom-packed-reads';
afterAll(() => Dexie.delete(NAME));

const byId = (rows: readonly SyncRow[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe('packedReads', () => {
  it('reads blocks, ranges, everything and the count as the rows written say', async () => {
    const station = await generateDemoData({ size: 'station', now: Date.UTC(2026, 11, 7, 2) });
    const grids = station.grids.slice(0, 6).map((g) => g.id);
    const households = station.households.filter((h) => grids.includes(h.gridId)) as unknown as SyncRow[];
    const visits = station.visits.filter((v) => grids.includes(v.gridId)) as unknown as SyncRow[];
    await Dexie.delete(NAME);
    const db = new Dexie(NAME);
    db.version(1).stores(packedStores);
    await db.open();
    try {
      const hTable = db.table('householdBlocks');
      const vTable = db.table('visitBlocks');
      await db.transaction('rw', hTable, vTable, async () => {
        await packedRowTable(householdBlocks, hTable).bulkPut(households);
        await packedRowTable(visitBlocks, vTable).bulkPut(visits);
      });
      const h = packedReads(householdBlocks, hTable);
      const v = packedReads(visitBlocks, vTable);
      const [g0, g1, g2] = grids as [string, string, string];
      const days = [...new Set(visits.map((x) => String(x.day)))].sort();
      expect(days.length).toBeGreaterThan(3);
      expect(await vTable.count()).toBeGreaterThan(BLOCKS_PER_READ);

      expect(byId(await h.ofBlock(g0))).toEqual(byId(households.filter((x) => x.gridId === g0)));
      expect(await h.ofBlock('no-such-grid')).toEqual([]);
      expect(byId(await h.ofBlocks([g1, 'no-such-grid', g2]))).toEqual(
        byId(households.filter((x) => x.gridId === g1 || x.gridId === g2)),
      );
      expect(byId(await v.ofBlocks([[g0, days[1]!]]))).toEqual(
        byId(visits.filter((x) => x.gridId === g0 && x.day === days[1])),
      );
      expect(byId(await v.inRange([g1, days[1]!], [g1, days[3]!]))).toEqual(
        byId(visits.filter((x) => x.gridId === g1 && String(x.day) >= days[1]! && String(x.day) <= days[3]!)),
      );
      expect(byId(await v.inRange([g2, Dexie.minKey], [g2, Dexie.maxKey]))).toEqual(
        byId(visits.filter((x) => x.gridId === g2)),
      );
      expect(byId(await h.all())).toEqual(byId(households));
      expect(byId(await v.allInParts())).toEqual(byId(visits));
      expect(await h.count()).toBe(households.length);
      expect(await v.count()).toBe(visits.length);

      // moved and deleted rows: the count is of rows, wherever they are
      await db.transaction('rw', hTable, async () => {
        const store = packedRowTable(householdBlocks, hTable);
        await store.bulkPut(households.slice(0, 30).map((x) => ({ ...x, gridId: g2 })));
        await store.delete(String(households[40]!.id));
      });
      expect(await h.count()).toBe(households.length - 1);
      expect((await h.ofBlock(g2)).length).toBe(
        households.filter((x, i) => i !== 40 && (i < 30 || x.gridId === g2)).length,
      );
    } finally {
      db.close();
    }
  });
});
