/**
 * The reads of a packed table (issue 16), in the shapes householdsAndVisits.ts serves: a block
 * by its key, several blocks, a range of block keys (one grid's days of visits), every row at
 * once or a few blocks per request, and the row count. Rows come back unpacked, in block order
 * and, within a block, in the order the block holds them; a block that does not unpack fails
 * the read (PackedBlockError), it is never skipped. By-id reads are the RowTable's
 * (packedRowTable.ts), through the id index.
 *
 * Every function awaits only IndexedDB, so inside a caller's transaction its requests join it.
 */
import type { IndexableType, Table } from 'dexie';
import type { SyncRow } from '#common/sync/rebase';
import { unpackColumns } from './packedColumns';
import { ID_INDEX, type BlockRecord, type PackedTableDef } from './packedRowTable';

/** Blocks per request when reading a whole table in parts (households: ~275 rows a block). */
export const BLOCKS_PER_READ = 20;

export interface PackedReads {
  /** The rows of one block (none if it is not stored). */
  ofBlock(key: IndexableType): Promise<SyncRow[]>;
  /** The rows of the given blocks, all requested together. */
  ofBlocks(keys: readonly IndexableType[]): Promise<SyncRow[]>;
  /** The rows of the blocks whose keys lie between `lower` and `upper`, both included. */
  inRange(lower: IndexableType, upper: IndexableType): Promise<SyncRow[]>;
  /** Every row, in one request. */
  all(): Promise<SyncRow[]>;
  /** Every row, `BLOCKS_PER_READ` blocks a request, so other requests are served between. */
  allInParts(): Promise<SyncRow[]>;
  /** How many rows are stored (tombstones included): the id index's entries, no block read. */
  count(): Promise<number>;
}

export function packedReads(def: PackedTableDef, table: Table): PackedReads {
  const rowsOf = (records: readonly (BlockRecord | undefined)[]): SyncRow[] => {
    const rows: SyncRow[] = [];
    for (const record of records)
      if (record) for (const row of unpackColumns(def.spec, record.body)) rows.push(row);
    return rows;
  };
  const primaryKeyOf = (record: BlockRecord): IndexableType => {
    const values = def.keyFields.map((f) => record[f]);
    return (values.length === 1 ? values[0] : values) as IndexableType;
  };

  return {
    async ofBlock(key) {
      return rowsOf([(await table.get(key)) as BlockRecord | undefined]);
    },
    async ofBlocks(keys) {
      if (keys.length === 0) return [];
      return rowsOf((await table.bulkGet([...keys])) as (BlockRecord | undefined)[]);
    },
    async inRange(lower, upper) {
      return rowsOf((await table.where(':id').between(lower, upper, true, true).toArray()) as BlockRecord[]);
    },
    async all() {
      return rowsOf((await table.toArray()) as BlockRecord[]);
    },
    async allInParts() {
      const rows: SyncRow[] = [];
      let after: IndexableType | null = null;
      for (;;) {
        const part = (await (after === null ? table.toCollection() : table.where(':id').above(after))
          .limit(BLOCKS_PER_READ)
          .toArray()) as BlockRecord[];
        for (const row of rowsOf(part)) rows.push(row);
        if (part.length < BLOCKS_PER_READ) return rows;
        after = primaryKeyOf(part[part.length - 1]!);
      }
    },
    async count() {
      return table.orderBy(ID_INDEX).count();
    },
  };
}
