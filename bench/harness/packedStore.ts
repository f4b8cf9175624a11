/**
 * Bench page part for issue 16: the packed store itself (renderer/db/packedRowTable.ts, with
 * the id index and the households' unique address-key index of packedTables.ts) on the path an
 * initial sync takes — the district's rows in pulled pages of 5,000, each page applied in its
 * own transaction as one read-modify-write per touched block — against the cache's own per-row
 * table (GridroomDb: its indexes and unique address key) written in the same pages the same
 * way. The per-row baseline runs first and last. Every row is read back from the blocks after
 * a reopen and checked equal; one row by id and one block are read for a sample.
 */
import { Dexie } from 'dexie';
import { generateDemoData } from '#common/demo';
import type { SyncRow } from '#common/sync/rebase';
import { unpackColumns } from '#renderer/db/packedColumns';
import { packedRowTable, type BlockRecord, type PackedTableDef } from '#renderer/db/packedRowTable';
import { householdBlocks, packedStores, visitBlocks } from '#renderer/db/packedTables';
import { assertSameRows, freshDb, now, openCache, reopen, sampleKeys, type Row } from './packedBlocks';

/** The pull page size of the sync protocol. */
const PAGE = 5000;

export interface StoreFigure {
  table: 'households' | 'visits';
  layout: 'rows' | 'store';
  rows: number;
  records: number;
  writeMs: number;
  readAllMs: number;
  readByIdMs: number;
}

async function openStore(name: string): Promise<Dexie> {
  const db = new Dexie(name);
  db.version(1).stores(packedStores);
  await db.open();
  return db;
}

const pagesOf = (rows: readonly Row[]) => {
  const pages: Row[][] = [];
  for (let i = 0; i < rows.length; i += PAGE) pages.push(rows.slice(i, i + PAGE));
  return pages;
};

async function perRow(
  table: StoreFigure['table'],
  rows: readonly Row[],
  ids: readonly string[],
): Promise<StoreFigure> {
  let db = await freshDb(`bench-store-${table}-rows`, openCache);
  let t = now();
  for (const page of pagesOf(rows))
    await db.transaction('rw', db.table(table), () => db.table(table).bulkPut(page));
  const writeMs = now() - t;
  db = await reopen(db, openCache);
  t = now();
  const all = (await db.table(table).toArray()) as Row[];
  const readAllMs = now() - t;
  assertSameRows(rows, all, `${table} rows`);
  t = now();
  for (const id of ids) await db.table(table).get(id);
  const readByIdMs = (now() - t) / ids.length;
  db.close();
  await Dexie.delete(db.name);
  return { table, layout: 'rows', rows: rows.length, records: rows.length, writeMs, readAllMs, readByIdMs };
}

async function store(
  table: StoreFigure['table'],
  def: PackedTableDef,
  rows: readonly Row[],
  ids: readonly string[],
): Promise<StoreFigure> {
  const blocks = table === 'households' ? 'householdBlocks' : 'visitBlocks';
  let db = await freshDb(`bench-store-${table}-blocks`, openStore);
  let t = now();
  for (const page of pagesOf(rows)) {
    const packed = packedRowTable(def, db.table(blocks));
    await db.transaction('rw', db.table(blocks), () => packed.bulkPut(page as SyncRow[]));
  }
  const writeMs = now() - t;
  db = await reopen(db, openStore);
  t = now();
  const records = (await db.table(blocks).toArray()) as BlockRecord[];
  const all = records.flatMap((r) => unpackColumns(def.spec, r.body));
  const readAllMs = now() - t;
  assertSameRows(rows, all, `${table} store`);
  const packed = packedRowTable(def, db.table(blocks));
  t = now();
  for (const id of ids) if (!(await packed.get(id))) throw new Error(`${table} store: ${id} missing`);
  const readByIdMs = (now() - t) / ids.length;
  db.close();
  await Dexie.delete(db.name);
  return {
    table,
    layout: 'store',
    rows: rows.length,
    records: records.length,
    writeMs,
    readAllMs,
    readByIdMs,
  };
}

/** Both tables: per-row, the packed store, per-row again. */
export async function packedStoreBench(nowMs: number): Promise<StoreFigure[]> {
  const data = await generateDemoData({ size: 'district', now: nowMs });
  const figures: StoreFigure[] = [];
  for (const [table, def, rows] of [
    ['households', householdBlocks, data.households],
    ['visits', visitBlocks, data.visits],
  ] as const) {
    const list = rows as unknown as Row[];
    const ids = sampleKeys(
      list.map((r) => String(r.id)),
      100,
    );
    figures.push(await perRow(table, list, ids));
    figures.push(await store(table, def, list, ids));
    figures.push(await perRow(table, list, ids));
  }
  return figures;
}
