/**
 * The upgrade that turns a per-row cache into a packed one (issue 16): every household and
 * sweep visit, stored one IndexedDB record per row, is written into the block stores
 * (packedTables.ts) through the packed store itself, so each block gets its rows, the id index
 * and the households' address keys exactly as a later write would give them (of rows sharing
 * an address, the first moved keeps it plain: the first by id within a step, else the first
 * step's, in grid order). A row the column spec refuses (PackedBlockError) fails the upgrade,
 * which the cache gate reports with its offer to rebuild. Rows are moved a few grids at a time
 * (about 5,000 rows), in grid order, with progress after each step; it runs inside the schema
 * upgrade's one transaction, so a crash or a closed window leaves the per-row cache as it was
 * and the next start runs it again. The per-row stores are dropped by a later schema version.
 */
import type { Transaction } from 'dexie';
import type { SyncRow } from '#common/sync/rebase';
import { packedRowTable } from './packedRowTable';
import { householdBlocks, visitBlocks } from './packedTables';

export interface PackProgress {
  table: 'households' | 'visits';
  /** Rows of that table moved so far. */
  done: number;
  total: number;
}

/** About how many rows one step moves, by default. */
const STEP_ROWS = 5000;

const byId = (a: SyncRow, b: SyncRow) =>
  String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;

/** Moves both tables into their block stores, about `stepRows` rows a step; `onProgress` after each. */
export async function packRows(
  tx: Transaction,
  onProgress?: (p: PackProgress) => void,
  stepRows = STEP_ROWS,
): Promise<void> {
  await packTable(tx, 'households', stepRows, onProgress);
  await packTable(tx, 'visits', stepRows, onProgress);
}

async function packTable(
  tx: Transaction,
  table: 'households' | 'visits',
  stepRows: number,
  onProgress?: (p: PackProgress) => void,
): Promise<void> {
  const rows = tx.table(table);
  const [def, blocks, gridIndex] =
    table === 'households'
      ? [householdBlocks, 'householdBlocks', 'gridId']
      : [visitBlocks, 'visitBlocks', '[gridId+day]'];
  const store = packedRowTable(def, tx.table(blocks));
  const total = await rows.count();
  // one key per grid (households) or grid-day (visits), each with its row count, in index order
  const keys = (await rows.orderBy(gridIndex).keys()) as unknown[];
  const counts = new Map<string, { key: unknown; n: number }>();
  for (const key of keys) {
    const k = JSON.stringify(key);
    const entry = counts.get(k);
    if (entry) entry.n += 1;
    else counts.set(k, { key, n: 1 });
  }
  let done = 0;
  let step: unknown[] = [];
  let inStep = 0;
  const flush = async () => {
    if (step.length === 0) return;
    const moved = (await rows
      .where(gridIndex)
      .anyOf(step as never[])
      .toArray()) as SyncRow[];
    // in id order: of rows of one step sharing an address, the first by id keeps it plain
    await store.bulkPut(moved.sort(byId));
    done += moved.length;
    onProgress?.({ table, done, total });
    step = [];
    inStep = 0;
  };
  for (const { key, n } of counts.values()) {
    step.push(key);
    inStep += n;
    if (inStep >= stepRows) await flush();
  }
  await flush();
  // rows without a grid (or day) are in no index and cannot be placed in a block: say so
  if (done !== total) throw new Error(`${table}: ${total - done} rows have no block key and were not packed`);
}
