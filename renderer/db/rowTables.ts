/**
 * The one way the renderer reaches a synced entity's rows when it names the entity at run
 * time: the sync store (a pulled page, a confirmation, a resync), the local writes (one change,
 * an import's batch), the first load and the labels of conflicts and refused changes. Each asks
 * `rowTable(db, entity)` for the six operations those paths use — get, bulkGet, put, bulkPut,
 * delete, clear — and for the stores a transaction over those rows must name.
 *
 * Today every entity is one IndexedDB record per row, so a RowTable is its Dexie table. Issue
 * 16 stores households and visits as packed blocks (per grid, per grid-day): only this module
 * and householdsAndVisits.ts (the readers' side of the same two tables) change then, and every
 * caller keeps its code. The lint rule `gridroom/households-visits` refuses `db.table(entity)`
 * anywhere else in the renderer.
 *
 * Every method returns Dexie's own promise (no `async` wrapper), so a call made inside a
 * caller's transaction stays in that transaction's zone.
 */
import type { Table } from 'dexie';
import type { EntityName } from '#common/schemas/entities';
import type { SyncRow } from '#common/sync/rebase';
import type { GridroomDb } from './database';
import { householdTables, visitTables } from './householdsAndVisits';

export interface RowTable {
  readonly entity: EntityName;
  /** The IndexedDB stores behind these rows: what a transaction that reads or writes them names. */
  readonly stores: readonly Table[];
  get(id: string): Promise<SyncRow | undefined>;
  /** Rows in the order of `ids`; undefined where a row is not stored. */
  bulkGet(ids: readonly string[]): Promise<(SyncRow | undefined)[]>;
  put(row: SyncRow): Promise<unknown>;
  bulkPut(rows: readonly SyncRow[]): Promise<unknown>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
}

function storesOf(db: GridroomDb, entity: EntityName): Table[] {
  if (entity === 'households') return householdTables(db);
  if (entity === 'visits') return visitTables(db);
  return [db.table(entity)];
}

/** The rows of `entity`, as the cache stores them. */
export function rowTable(db: GridroomDb, entity: EntityName): RowTable {
  const table = db.table<SyncRow, string>(entity);
  return {
    entity,
    stores: storesOf(db, entity),
    get: (id) => table.get(id),
    bulkGet: (ids) => table.bulkGet([...ids]),
    put: (row) => table.put(row),
    bulkPut: (rows) => table.bulkPut([...rows]),
    delete: (id) => table.delete(id),
    clear: () => table.clear(),
  };
}

/** The stores behind the rows of every entity named (each once): a transaction's scope. */
export function rowStores(db: GridroomDb, entities: Iterable<EntityName>): Table[] {
  return [...new Set([...new Set(entities)].flatMap((e) => storesOf(db, e)))];
}
