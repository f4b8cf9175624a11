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
 * A write is one read and one write round trip however many rows it carries: the blocks now
 * holding the written ids and the blocks the rows go to are read together, changed in memory,
 * and put back together (a block left empty is deleted). Callers run it inside their own
 * transaction over `table`, so the blocks, the outbox and the cursor commit together; a block is
 * replaced whole, so an aborted transaction leaves every block as it was.
 *
 * A block that does not unpack (PackedBlockError) fails the read or write that met it; it is
 * never skipped or overwritten with a partial block.
 */
import type { IndexableType, Table } from 'dexie';
import type { EntityName } from '#common/schemas/entities';
import type { SyncRow } from '#common/sync/rebase';
import { packColumns, unpackColumns, type ColumnSpec, type PackedColumns } from './packedColumns';
import type { RowTable } from './rowTables';

/** The key path of the multiEntry index over each block's id column. */
export const ID_INDEX = 'body.columns.id';

export interface PackedTableDef {
  entity: EntityName;
  spec: ColumnSpec<SyncRow>;
  /** The row fields that name a row's block, in the blocks table's primary key order. */
  keyFields: readonly string[];
}

/** A stored block: its key fields and the packed rows. */
export type BlockRecord = Record<string, unknown> & { body: PackedColumns };

interface LoadedBlock {
  key: IndexableType;
  fields: Record<string, unknown>;
  rows: Map<string, SyncRow>;
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

  const load = (record: BlockRecord): LoadedBlock => {
    const fields = fieldsOf(record);
    const rows = new Map<string, SyncRow>();
    for (const row of unpackColumns(def.spec, record.body)) rows.set(idOf(row), row);
    return { key: keyOf(fields), fields, rows };
  };

  /** The blocks holding any of `ids`, each unpacked once (the index may list a block per id). */
  async function blocksHolding(ids: readonly string[]): Promise<LoadedBlock[]> {
    if (ids.length === 0) return [];
    const records = (await table
      .where(ID_INDEX)
      .anyOf([...new Set(ids)])
      .toArray()) as BlockRecord[];
    const seen = new Map<string, LoadedBlock>();
    for (const record of records) {
      const key = mapKey(keyOf(fieldsOf(record)));
      if (!seen.has(key)) seen.set(key, load(record));
    }
    return [...seen.values()];
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
    const [holding, targetRecords] = await Promise.all([
      blocksHolding([...latest.keys(), ...deletes]),
      targets.size > 0 ? table.bulkGet([...targets.values()].map((t) => t.key)) : [],
    ]);
    const blocks = new Map<string, LoadedBlock>();
    for (const block of holding) blocks.set(mapKey(block.key), block);
    [...targets.values()].forEach((target, i) => {
      const k = mapKey(target.key);
      if (blocks.has(k)) return;
      const record = targetRecords[i] as BlockRecord | undefined;
      blocks.set(k, record ? load(record) : { key: target.key, fields: target.fields, rows: new Map() });
    });
    const gone = new Set([...latest.keys(), ...deletes]);
    for (const block of blocks.values()) for (const id of gone) block.rows.delete(id);
    for (const [id, row] of latest) blocks.get(mapKey(keyOf(row)))!.rows.set(id, row);
    const keep: BlockRecord[] = [];
    const drop: IndexableType[] = [];
    for (const block of blocks.values()) {
      if (block.rows.size === 0) drop.push(block.key);
      else keep.push({ ...block.fields, body: packColumns(def.spec, [...block.rows.values()]) });
    }
    await Promise.all([
      keep.length > 0 ? table.bulkPut(keep) : null,
      drop.length > 0 ? table.bulkDelete(drop) : null,
    ]);
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
