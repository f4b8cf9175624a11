/**
 * The upgrade that packs a per-row cache (renderer/db/packRows.ts), on a real cache of schema
 * v2 in Chromium's IndexedDB: the app's own database class runs its v3–v5 upgrades and then a
 * version declaring the block stores with packRows. Every household and visit comes back from
 * the blocks equal to what was stored, progress rises to each table's total, and of households
 * sharing a standard address exactly one live row keeps it plain.
 */
import { Dexie } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '#common/demo';
import type { SyncRow } from '#common/sync/rebase';
import { GridroomDb } from '#renderer/db/database';
import { packRows, type PackProgress } from '#renderer/db/packRows';
import { packedRowTable, type BlockRecord } from '#renderer/db/packedRowTable';
import { householdBlocks, packedStores, visitBlocks } from '#renderer/db/packedTables';
import { unpackColumns } from '#renderer/db/packedColumns';
import { CURRENT_SCHEMA, SCHEMA_V2 } from '#renderer/db/schema';
import { DUPLICATE_SEP, keyed } from '#renderer/db/uniqueKeys';

const NAME = 'gridroom-pack-rows';

/** The app's database with one more version: the block stores, filled by packRows. */
class PackedDb extends GridroomDb {
  constructor(progress: PackProgress[]) {
    super(NAME);
    this.version(CURRENT_SCHEMA.version + 1)
      .stores(packedStores)
      .upgrade((tx) => packRows(tx, (p) => progress.push(p), 400));
  }
}

afterAll(() => Dexie.delete(NAME));

const byId = (rows: SyncRow[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe('packRows, the upgrade from one record per row to packed blocks', () => {
  it('moves a real v2 cache’s households and visits into blocks, with progress, losing nothing', async () => {
    const station = await generateDemoData({ size: 'station', now: Date.UTC(2026, 11, 7, 2) });
    // eight grids' worth: several steps of 400 rows, in a test that stays quick
    const grids = station.grids.slice(0, 8);
    const inGrids = (row: { gridId: string }) => grids.some((g) => g.id === row.gridId);
    const data = {
      grids,
      households: station.households.filter(inGrids),
      visits: station.visits.filter(inGrids),
    };
    // two live households and a tombstone share one standard address
    const [a, b, c] = data.households;
    const households = data.households.map((h) =>
      h === b || h === c
        ? { ...h, address: a!.address, building: a!.building, unit: a!.unit, room: a!.room, deleted: h === c }
        : h,
    );
    await Dexie.delete(NAME);
    const v2 = new Dexie(NAME);
    v2.version(SCHEMA_V2.version).stores(SCHEMA_V2.stores);
    await v2.open();
    await v2.table('grids').bulkPut(data.grids);
    await v2.table('households').bulkPut(households);
    await v2.table('visits').bulkPut(data.visits);
    v2.close();

    const progress: PackProgress[] = [];
    const db = new PackedDb(progress);
    await db.open();
    try {
      expect(db.verno).toBe(CURRENT_SCHEMA.version + 1);
      const unpacked = async (store: string, def: typeof householdBlocks) =>
        byId(
          ((await db.table(store).toArray()) as BlockRecord[]).flatMap((r) =>
            unpackColumns(def.spec, r.body),
          ),
        );
      expect(await unpacked('householdBlocks', householdBlocks)).toEqual(
        byId(households as unknown as SyncRow[]),
      );
      expect(await unpacked('visitBlocks', visitBlocks)).toEqual(byId(data.visits as unknown as SyncRow[]));
      expect(await db.table('householdBlocks').count()).toBe(new Set(households.map((h) => h.gridId)).size);
      expect(await db.table('visitBlocks').count()).toBe(
        new Set(data.visits.map((v) => `${v.gridId}|${v.day}`)).size,
      );

      for (const [table, total] of [
        ['households', households.length],
        ['visits', data.visits.length],
      ] as const) {
        const mine = progress.filter((p) => p.table === table);
        expect(mine.length, `${table}: progress in steps`).toBeGreaterThan(1);
        expect(mine.every((p, i) => p.total === total && (i === 0 || p.done > mine[i - 1]!.done))).toBe(true);
        expect(mine.at(-1)!.done).toBe(total);
      }

      const stored = new Map<string, string | null>();
      for (const r of (await db.table('householdBlocks').toArray()) as BlockRecord[])
        (r.body.columns.id as string[]).forEach((id, n) => stored.set(id, r.keys?.addressKey?.[n] ?? null));
      const key = keyed.households.keyOf(a as unknown as SyncRow)!;
      const sharing = [a!.id, b!.id].map((id) => stored.get(id));
      expect(sharing.filter((k) => k === key)).toHaveLength(1);
      expect(
        sharing.filter(
          (k) => k === `${key}${DUPLICATE_SEP}${a!.id}` || k === `${key}${DUPLICATE_SEP}${b!.id}`,
        ),
      ).toHaveLength(1);
      expect(stored.get(c!.id)).toBeNull();
      expect([...stored.values()].filter((k) => k === key)).toHaveLength(1);
      const store = packedRowTable(householdBlocks, db.table('householdBlocks'));
      expect(await store.get(String(b!.id))).toEqual(households[1]);
    } finally {
      db.close();
    }
  });
});
