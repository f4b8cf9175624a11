/**
 * A RowTable (rowTables.ts) over packed blocks (issue 16): the rows of one entity grouped into
 * one IndexedDB record per block — households per grid, sweep visits per grid-day — each in the
 * column layout of packedColumns.ts. A row's block follows from the row itself (its key fields);
 * a multiEntry IndexedDB index over every block's id column (`ID_INDEX`) finds the block that
 * holds an id, in any context and inside any transaction, so by-id reads work and a row whose
 * key fields changed (a household moved to another grid, a visit's day corrected) leaves its old
 * block when it enters the new one. `npm run bench -- pack` measures the index's cost (layout
 * `indexed`).
 *
 * A write takes the same few round trips however many rows it carries: the index is asked
 * where the written ids (and, for households, their addresses) are, one key-only request each,
 * all in flight together beside the read of the blocks the rows go to; the blocks found are read
 * in one request; everything is changed in memory and put back together (a block left empty is
 * deleted). Callers run it inside their own
 * transaction over `table`, so the blocks, the outbox and the cursor commit together; a block is
 * replaced whole, so an aborted transaction leaves every block as it was.
 *
 * A table with a unique derived key (households: the standard address) keeps each row's stored
 * key in the block beside its rows (`keys.<field>`, null where a row holds none), under a unique
 * multiEntry index; the write decides the keys by the cache's duplicate rule
 * (packedUniqueKeys.ts), reading the stored holders of the keys it asks for in its one read.
 *
 * A block that does not unpack (PackedBlockError) fails the read or write that met it; it is
 * never skipped or overwritten with a partial block.
 */
import type { IndexableType, Table } from 'dexie';
import type { EntityName } from '#common/schemas/entities';
import type { SyncRow } from '#common/sync/rebase';
import {
  PackedBlockError,
  packColumns,
  unpackColumns,
  type ColumnSpec,
  type PackedColumns,
} from './packedColumns';
import { assignUniqueKeys } from './packedUniqueKeys';
import type { RowTable } from './rowTables';
import { isClaimingUniqueKeys, type UniqueKeySpec } from './uniqueKeys';

/** The key path of the multiEntry index over each block's id column. */
export const ID_INDEX = 'body.columns.id';

export interface PackedTableDef {
  entity: EntityName;
  spec: ColumnSpec<SyncRow>;
  /** The row fields that name a row's block, in the blocks table's primary key order. */
  keyFields: readonly string[];
  /** A unique derived key, stored at `keys.<field>` (index `&*keys.<field>`). */
  uniqueKey?: UniqueKeySpec;
}

/** A stored block: its key fields, the packed rows and, for a keyed table, each row's stored key. */
export type BlockRecord = Record<string, unknown> & {
  body: PackedColumns;
  keys?: Record<string, (string | null)[]>;
};

/** The key path of a table's unique key index. */
export const uniqueKeyPath = (spec: UniqueKeySpec) => `keys.${spec.field}`;

interface LoadedBlock {
  key: IndexableType;
  fields: Record<string, unknown>;
  rows: Map<string, SyncRow>;
  /** Each row's stored unique key (keyed tables only). */
  keys: Map<string, string | null>;
  /** Whether the block is in the table (false: made by this write). */
  stored: boolean;
}

export function packedRowTable(def: PackedTableDef, table: Table): RowTable {
  const keyOf = (fields: Record<string, unknown>): IndexableType => {
    const values = def.keyFields.map((f) => fields[f]);
    for (const v of values)
      if (typeof v !== 'string' || v === '')
        throw new TypeError(`${def.entity}: a row without its block key (${def.keyFields.join(', ')})`);
    return (values.length === 1 ? values[0] : values) as IndexableType;
  };
  const idOf = (row: SyncRow): string => {
    if (typeof row.id !== 'string') throw new TypeError(`${def.entity}: a row without an id`);
    return row.id;
  };
  const mapKey = (key: IndexableType) => JSON.stringify(key);

  const fieldsOf = (record: Record<string, unknown>): Record<string, unknown> => {
    const fields: Record<string, unknown> = {};
    for (const f of def.keyFields) fields[f] = record[f];
    return fields;
  };

  const unique = def.uniqueKey;

  /** A keyed block's stored keys, one per row; a PackedBlockError if they are not that. */
  const storedKeys = (record: BlockRecord, n: number): readonly (string | null)[] => {
    if (!unique) return [];
    const keys: unknown =
      record.keys && Object.hasOwn(record.keys, unique.field) ? record.keys[unique.field] : null;
    if (!Array.isArray(keys) || keys.length !== n || !keys.every((k) => k === null || typeof k === 'string'))
      throw new PackedBlockError(`${def.entity}: the block's ${unique.field} column is not one key per row`);
    return keys as (string | null)[];
  };

  const load = (record: BlockRecord): LoadedBlock => {
    const fields = fieldsOf(record);
    const rows = new Map<string, SyncRow>();
    const keys = new Map<string, string | null>();
    const unpacked = unpackColumns(def.spec, record.body);
    const stored = storedKeys(record, unpacked.length);
    unpacked.forEach((row, i) => {
      const id = idOf(row);
      rows.set(id, row);
      if (unique) keys.set(id, stored[i] ?? null);
    });
    return { key: keyOf(fields), fields, rows, keys, stored: true };
  };

  /** Plain key → the id holding it plain, among the stored blocks, for the keys asked. */
  async function holdersOf(keys: readonly string[]): Promise<Map<string, string>> {
    const holders = new Map<string, string>();
    if (!unique || keys.length === 0) return holders;
    const wanted = new Set(keys);
    const records = await recordsIndexing(uniqueKeyPath(unique), [...wanted]);
    for (const record of records) {
      const ids = (record.body.columns as { id?: unknown }).id;
      if (!Array.isArray(ids)) throw new PackedBlockError(`${def.entity}: a block without its id column`);
      storedKeys(record, ids.length).forEach((k, i) => {
        if (k !== null && wanted.has(k)) holders.set(k, String(ids[i]));
      });
    }
    return holders;
  }

  /**
   * The blocks whose `index` lists any of `values`, each once. One key-only request per value,
   * all in flight together, then one read of the blocks found: Dexie's `anyOf` on a multiEntry
   * index took 2.6–3.9 s for 5,000 ids here once the index held 5,000–10,000 entries, the
   * per-value requests 0.4 s (bench `pack.store`, docs/architecture.md §4).
   */
  async function recordsIndexing(index: string, values: readonly string[]): Promise<BlockRecord[]> {
    if (values.length === 0) return [];
    const found = await Promise.all(values.map((v) => table.where(index).equals(v).primaryKeys()));
    const keys = new Map<string, IndexableType>();
    for (const list of found) for (const key of list) keys.set(mapKey(key), key);
    if (keys.size === 0) return [];
    return (await table.bulkGet([...keys.values()])).filter((r): r is BlockRecord => r !== undefined);
  }

  /** The blocks holding any of `ids`, each unpacked once. */
  async function blocksHolding(ids: readonly string[]): Promise<LoadedBlock[]> {
    const blocks = new Map<string, LoadedBlock>();
    for (const record of await recordsIndexing(ID_INDEX, [...new Set(ids)])) {
      const block = load(record);
      blocks.set(mapKey(block.key), block);
    }
    return [...blocks.values()];
  }

  async function bulkGet(ids: readonly string[]): Promise<(SyncRow | undefined)[]> {
    const found = new Map<string, SyncRow>();
    for (const block of await blocksHolding(ids))
      for (const id of ids) {
        const row = block.rows.get(id);
        if (row) found.set(id, row);
      }
    return ids.map((id) => found.get(id));
  }

  /** Rows put (last one of an id wins) and ids deleted, in one read and one write. */
  async function change(puts: readonly SyncRow[], deletes: readonly string[]): Promise<void> {
    const latest = new Map<string, SyncRow>();
    for (const row of puts) latest.set(idOf(row), row);
    const targets = new Map<string, { key: IndexableType; fields: Record<string, unknown> }>();
    for (const row of latest.values()) {
      const fields = fieldsOf(row);
      const key = keyOf(fields);
      targets.set(mapKey(key), { key, fields });
    }
    const strict = unique !== undefined && isClaimingUniqueKeys();
    const asked = new Map<string, string | null>();
    if (unique)
      for (const [id, row] of latest) asked.set(id, row.deleted === true ? null : unique.keyOf(row));
    const [holding, targetRecords, holders] = await Promise.all([
      blocksHolding([...latest.keys(), ...deletes]),
      targets.size > 0 ? table.bulkGet([...targets.values()].map((t) => t.key)) : [],
      holdersOf([...asked.values()].filter((k): k is string => k !== null)),
    ]);
    const blocks = new Map<string, LoadedBlock>();
    for (const block of holding) blocks.set(mapKey(block.key), block);
    [...targets.values()].forEach((target, i) => {
      const k = mapKey(target.key);
      if (blocks.has(k)) return;
      const record = targetRecords[i] as BlockRecord | undefined;
      blocks.set(
        k,
        record
          ? load(record)
          : { key: target.key, fields: target.fields, rows: new Map(), keys: new Map(), stored: false },
      );
    });
    const gone = new Set([...latest.keys(), ...deletes]);
    const before = new Map<string, string | null>();
    for (const block of blocks.values())
      for (const id of gone) {
        if (block.keys.has(id)) before.set(id, block.keys.get(id) ?? null);
        block.rows.delete(id);
        block.keys.delete(id);
      }
    // a row deleted by this write holds no key any more
    for (const id of deletes) before.set(id, null);
    const deleted = new Set(deletes);
    for (const [key, id] of holders) if (deleted.has(id)) holders.delete(key);
    const keyed = unique
      ? assignUniqueKeys({
          field: unique.field,
          holders,
          before,
          written: [...asked].map(([id, key]) => ({ id, key })),
          strict,
        })
      : null;
    for (const [id, row] of latest) {
      const block = blocks.get(mapKey(keyOf(row)))!;
      block.rows.set(id, row);
      if (keyed) block.keys.set(id, keyed.get(id) ?? null);
    }
    const keep: BlockRecord[] = [];
    const drop: IndexableType[] = [];
    for (const block of blocks.values()) {
      if (block.rows.size === 0) drop.push(block.key);
      else keep.push(recordOf(block));
    }
    if (unique) {
      // IndexedDB checks a unique index at each put, not at commit: a key moving from one block
      // to another would meet its old entry. Every touched block is removed first (requests run
      // in order, in this transaction), so the puts meet only the untouched blocks' keys.
      const touched = [...blocks.values()].filter((b) => b.stored).map((b) => b.key);
      await Promise.all([
        touched.length > 0 ? table.bulkDelete(touched) : null,
        keep.length > 0 ? table.bulkPut(keep) : null,
      ]);
      return;
    }
    await Promise.all([
      keep.length > 0 ? table.bulkPut(keep) : null,
      drop.length > 0 ? table.bulkDelete(drop) : null,
    ]);
  }

  function recordOf(block: LoadedBlock): BlockRecord {
    const rows = [...block.rows.values()];
    const record: BlockRecord = { ...block.fields, body: packColumns(def.spec, rows) };
    if (unique) record.keys = { [unique.field]: rows.map((r) => block.keys.get(idOf(r)) ?? null) };
    return record;
  }

  return {
    entity: def.entity,
    stores: [table],
    get: async (id) => (await bulkGet([id]))[0],
    bulkGet,
    put: (row) => change([row], []),
    bulkPut: (rows) => change(rows, []),
    delete: (id) => change([], [id]),
    clear: () => table.clear(),
  };
}
