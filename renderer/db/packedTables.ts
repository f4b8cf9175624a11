/**
 * The two packed tables of issue 16 — households one block per grid, sweep visits one block per
 * grid-day — as the store (packedRowTable.ts) and the schema need them: each table's column
 * spec, block key fields and unique key, and the IndexedDB store declaration that goes with it
 * (primary key, the id index, the households' unique address-key index).
 */
import type { SyncRow } from '#common/sync/rebase';
import type { ColumnSpec } from './packedColumns';
import { householdColumns, visitColumns } from './packedColumnSpecs';
import { ID_INDEX, uniqueKeyPath, type PackedTableDef } from './packedRowTable';
import { keyed } from './uniqueKeys';

export const householdBlocks: PackedTableDef = {
  entity: 'households',
  spec: householdColumns as unknown as ColumnSpec<SyncRow>,
  keyFields: ['gridId'],
  uniqueKey: keyed.households,
};

export const visitBlocks: PackedTableDef = {
  entity: 'visits',
  spec: visitColumns as unknown as ColumnSpec<SyncRow>,
  keyFields: ['gridId', 'day'],
};

/** The block stores' declarations (Dexie schema syntax). */
export const packedStores = {
  householdBlocks: `gridId, *${ID_INDEX}, &*${uniqueKeyPath(keyed.households)}`,
  visitBlocks: `[gridId+day], *${ID_INDEX}`,
} as const;
