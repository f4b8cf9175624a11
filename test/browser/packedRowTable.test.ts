/**
 * The packed RowTable (renderer/db/packedRowTable.ts) in real IndexedDB, held against a plain
 * per-row table: the same seeded sequence of writes — updates, new rows, deletes, households
 * moved between grids, visits moved between days, ids written twice in one batch — goes to
 * both, and afterwards (and after a reopen) every row and every by-id read agrees, each row
 * sits in the block its own fields name and in no other. A write in an aborted transaction
 * leaves every block as it was; a block that does not unpack fails the read and the write that
 * meet it and is left untouched. With the households' unique address key, the keys the blocks
 * store are the very keys the cache's per-row middleware (uniqueKeys.ts, in a real GridroomDb)
 * stores for the same writes, and a strict (claiming) write is refused by both alike.
 */
import { Dexie, type Table } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '#common/demo';
import type { SyncRow } from '#common/sync/rebase';
import { PackedBlockError, unpackColumns } from '#renderer/db/packedColumns';
import { packedRowTable, type BlockRecord, type PackedTableDef } from '#renderer/db/packedRowTable';
import { householdBlocks, packedStores, visitBlocks } from '#renderer/db/packedTables';
import { GridroomDb } from '#renderer/db/database';
import { claimUniqueKeys, DUPLICATE_SEP, isUniqueKeyError } from '#renderer/db/uniqueKeys';

const NAME = 'gridroom-packed-row-table';
const REFERENCE = 'gridroom-packed-row-table-reference';

const households = householdBlocks;
const visits = visitBlocks;

async function open(): Promise<Dexie> {
  const db = new Dexie(NAME);
  db.version(1).stores({
    ...packedStores,
    householdRows: 'id',
    visitRows: 'id',
  });
  await db.open();
  return db;
}

afterAll(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(REFERENCE);
});

/** id → the address key a per-row GridroomDb stores, read below its middleware (raw IndexedDB). */
async function storedAddressKeys(name: string): Promise<Record<string, unknown>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const req = idb.transaction('households').objectStore('households').getAll();
    req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
    req.onerror = () => reject(req.error);
  });
  idb.close();
  return Object.fromEntries(rows.map((r) => [String(r.id), r.addressKey ?? null]));
}

/** id → the address key the packed blocks store. */
async function packedAddressKeys(table: Table): Promise<Record<string, unknown>> {
  const keys: Record<string, unknown> = {};
  for (const record of (await table.toArray()) as BlockRecord[]) {
    const ids = record.body.columns.id as string[];
    ids.forEach((id, i) => (keys[id] = record.keys?.addressKey?.[i] ?? null));
  }
  return keys;
}

/** A small seeded PRNG (mulberry32): the same sequence on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byId = (rows: SyncRow[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/** Every stored row, with a check that each is in the block its fields name and in one block only. */
async function rowsInBlocks(table: Table, def: PackedTableDef): Promise<SyncRow[]> {
  const seen = new Set<string>();
  const rows: SyncRow[] = [];
  for (const record of (await table.toArray()) as BlockRecord[]) {
    const unpacked = unpackColumns(def.spec, record.body);
    expect(unpacked.length, 'an empty block is deleted').toBeGreaterThan(0);
    for (const row of unpacked) {
      for (const f of def.keyFields) expect(row[f], `${String(row.id)} is in its own block`).toBe(record[f]);
      expect(seen.has(String(row.id)), `${String(row.id)} is in one block`).toBe(false);
      seen.add(String(row.id));
      rows.push(row);
    }
  }
  return byId(rows);
}

interface Case {
  def: PackedTableDef;
  blocks: string;
  reference: string;
  rows: SyncRow[];
  /** The other values a row may move to (another grid; another day). */
  move(row: SyncRow, pick: () => number): SyncRow;
}

async function cases(): Promise<Case[]> {
  const data = await generateDemoData({ size: 'station', now: Date.UTC(2026, 11, 7, 2) });
  const grids = [...new Set(data.households.map((h) => h.gridId))].slice(0, 4);
  const days = [...new Set(data.visits.map((v) => v.day))].sort();
  const of = <T>(list: T[], pick: () => number) => list[Math.floor(pick() * list.length)] as T;
  return [
    {
      def: households,
      blocks: 'householdBlocks',
      reference: 'householdRows',
      rows: data.households.filter((h) => grids.includes(h.gridId)) as unknown as SyncRow[],
      move: (row, pick) => ({ ...row, gridId: of(grids, pick) }),
    },
    {
      def: visits,
      blocks: 'visitBlocks',
      reference: 'visitRows',
      rows: data.visits.filter((v) => grids.includes(v.gridId)) as unknown as SyncRow[],
      move: (row, pick) => ({ ...row, day: of(days, pick) }),
    },
  ];
}

/** A new database, the households case and its packed store over an empty block table. */
async function freshHouseholdStore() {
  await Dexie.delete(NAME);
  const db = await open();
  const [c] = await cases();
  const table = db.table(c!.blocks);
  return { db, c: c!, table, packed: packedRowTable(c!.def, table) };
}

describe('the packed RowTable', () => {
  it('agrees with a per-row table over a seeded sequence of writes, and after a reopen', async () => {
    await Dexie.delete(NAME);
    let db = await open();
    for (const c of await cases()) {
      expect(c.rows.length, `${c.def.entity}: enough rows to test`).toBeGreaterThan(100);
      const pick = random(16);
      const packed = () => packedRowTable(c.def, db.table(c.blocks));
      const reference = () => db.table<SyncRow, string>(c.reference);
      const half = c.rows.slice(0, Math.floor(c.rows.length / 2));
      await db.transaction('rw', [db.table(c.blocks), db.table(c.reference)], async () => {
        await packed().bulkPut(half);
        await reference().bulkPut(half);
      });
      let live = [...half];
      let next = half.length;
      for (let step = 0; step < 60; step++) {
        const batch: SyncRow[] = [];
        const gone: string[] = [];
        for (let k = 0; k < 1 + Math.floor(pick() * 40); k++) {
          const r = pick();
          const some = live[Math.floor(pick() * live.length)];
          if (r < 0.3 && next < c.rows.length) batch.push(c.rows[next++]!);
          else if (r < 0.55 && some)
            batch.push({ ...some, version: Number(some.version) + 1, updatedAt: step });
          else if (r < 0.75 && some) batch.push(c.move(some, pick));
          else if (r < 0.85 && some) batch.push({ ...some, deleted: true }, { ...some, updatedBy: 'twice' });
          else if (some) gone.push(String(some.id));
        }
        await db.transaction('rw', [db.table(c.blocks), db.table(c.reference)], async () => {
          if (gone.length === 1 && batch.length === 0) {
            await packed().delete(gone[0]!);
            await reference().delete(gone[0]!);
          } else {
            await packed().bulkPut(batch);
            await reference().bulkPut(batch);
            for (const id of gone) await packed().delete(id);
            await reference().bulkDelete(gone);
          }
        });
        live = await reference().toArray();
      }
      expect(await rowsInBlocks(db.table(c.blocks), c.def)).toEqual(byId(await reference().toArray()));
      db.close();
      db = await open();
      const want = byId(await reference().toArray());
      expect(await rowsInBlocks(db.table(c.blocks), c.def)).toEqual(want);
      const ids = [
        ...want.slice(0, 30).map((r) => String(r.id)),
        'no-such-id',
        ...c.rows.slice(-5).map((r) => String(r.id)),
      ];
      expect(await packed().bulkGet(ids)).toEqual(await reference().bulkGet(ids));
      expect(await packed().get(String(want[3]!.id))).toEqual(want[3]);
      expect(await packed().get('no-such-id')).toBeUndefined();
      await packed().clear();
      expect(await db.table(c.blocks).count()).toBe(0);
    }
    db.close();
  });

  it('leaves every block as it was when the write’s transaction aborts', async () => {
    const { db, c, table, packed } = await freshHouseholdStore();
    await db.transaction('rw', table, () => packed.bulkPut(c.rows));
    const before = await table.toArray();
    const moved = c.rows.slice(0, 50).map((row) => c.move(row, random(3)));
    await expect(
      db.transaction('rw', table, async () => {
        await packed.bulkPut(moved);
        await packed.delete(String(c.rows[60]!.id));
        throw new Error('the caller failed after the writes');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await table.toArray()).toEqual(before);
    db.close();
  });

  it('fails a read or write that meets a block that does not unpack, and leaves that block', async () => {
    const { db, c, table, packed } = await freshHouseholdStore();
    const row = c.rows[0]!;
    await db.transaction('rw', table, () => packed.put(row));
    const [record] = (await table.toArray()) as BlockRecord[];
    const broken = {
      ...record!,
      body: { ...record!.body, columns: { ...record!.body.columns, version: ['1'] } },
    };
    await table.put(broken);
    await expect(packed.get(String(row.id))).rejects.toThrow(PackedBlockError);
    await expect(
      db.transaction('rw', table, () => packed.put({ ...row, registeredResidents: 9 })),
    ).rejects.toThrow(PackedBlockError);
    expect(await table.toArray()).toEqual([broken]);
    db.close();
  });

  it('stores the address keys the per-row middleware stores, and refuses a strict duplicate alike', async () => {
    await Dexie.delete(REFERENCE);
    const { db, c, table, packed } = await freshHouseholdStore();
    const reference = new GridroomDb(REFERENCE);
    await reference.open();
    const grids = [...new Set(c.rows.map((r) => String(r.gridId)))];
    const addresses = ['同安区祥平街道 1 号', '同安区祥平街道 2 号', '同安区祥平街道 3 号', '大同街道 9 号'];
    const pick = random(7);
    const of = <T>(list: readonly T[]) => list[Math.floor(pick() * list.length)] as T;
    const pool: SyncRow[] = c.rows
      .slice(0, 40)
      .map((r) => ({ ...r, address: of(addresses), building: '', unit: '', room: '' }));
    const stored = new Map<string, SyncRow>();
    for (let step = 0; step < 40; step++) {
      const batch: SyncRow[] = [];
      for (let k = 0; k < 1 + Math.floor(pick() * 6); k++) {
        const base = stored.get(String(of(pool).id)) ?? of(pool);
        const r = pick();
        batch.push(
          r < 0.5
            ? { ...base, address: of(addresses) }
            : r < 0.7
              ? { ...base, gridId: of(grids) }
              : r < 0.85
                ? { ...base, deleted: !base.deleted }
                : { ...base, room: of(['', '101']) },
        );
      }
      await db.transaction('rw', table, () => packed.bulkPut(batch));
      await reference.households.bulkPut(batch as never[]);
      for (const row of batch) stored.set(String(row.id), row);
      expect(await packedAddressKeys(table), `step ${step}`).toEqual(await storedAddressKeys(REFERENCE));
    }
    // a strict write of a taken address by a row that did not share it: both refuse, neither changes
    const keysBefore = await packedAddressKeys(table);
    const holder = [...stored.values()].find((r) => !r.deleted && keysBefore[String(r.id)] !== null)!;
    const taken = String(keysBefore[String(holder.id)]);
    const other = [...stored.values()].find(
      (r) => r.id !== holder.id && keysBefore[String(r.id)] !== `${taken}${DUPLICATE_SEP}${String(r.id)}`,
    )!;
    const intruder = {
      ...other,
      address: holder.address,
      building: holder.building,
      unit: holder.unit,
      room: holder.room,
      deleted: false,
    };
    const strictly = (dbOf: Dexie, on: Table, write: () => Promise<unknown>) =>
      dbOf
        .transaction('rw', on, async () => {
          claimUniqueKeys();
          await write();
        })
        .then(
          () => 'written',
          (e: unknown) => (isUniqueKeyError(e) ? 'refused' : `failed: ${String(e)}`),
        );
    expect(await strictly(db, table, () => packed.put(intruder))).toBe('refused');
    expect(
      await strictly(reference, reference.households, () => reference.households.put(intruder as never)),
    ).toBe('refused');
    expect(await packedAddressKeys(table)).toEqual(keysBefore);
    expect(await storedAddressKeys(REFERENCE)).toEqual(keysBefore);
    reference.close();
    db.close();
  });
});
