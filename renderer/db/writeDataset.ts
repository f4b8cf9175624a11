/**
 * Writes a whole dataset (demo data now; a sync snapshot later) into the cache, in chunks, so
 * progress can be shown and no transaction grows unbounded. Marks the cache `loading` first
 * and `ready` last: a load interrupted by a crash or a closed window is detected on the next
 * start and redone from scratch rather than shown half-written.
 */
import type { EntityName, EntityRow } from '#common/schemas/entities';
import type { SyncRow } from '#common/sync/rebase';
import type { GridroomDb } from './database';
import { gridStatsFromHouseholds, sweepStatsFromVisits } from './aggregates';
import { rowTable } from './rowTables';
import { CURRENT_SCHEMA } from './schema';

export type Dataset = { [E in EntityName]: EntityRow<E>[] };

export interface WriteProgress {
  table: EntityName | 'aggregates';
  /** Rows written so far across all tables. */
  done: number;
  total: number;
}

export interface WriteOptions {
  source: string;
  /** The instant the data describes (shown as "data as of"). */
  dataAsOf: number;
  chunkSize?: number;
  /** How many tables are written at once (IndexedDB runs disjoint transactions in parallel). */
  concurrency?: number;
  onProgress?: (p: WriteProgress) => void;
}

const DEFAULT_CHUNK = 4000;

export async function clearCache(db: GridroomDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}

export async function writeDataset(db: GridroomDb, data: Dataset, options: WriteOptions): Promise<void> {
  const chunk = options.chunkSize ?? DEFAULT_CHUNK;
  await clearCache(db);
  await db.meta.bulkPut([
    { key: 'schema', value: { version: CURRENT_SCHEMA.version } },
    { key: 'cacheState', value: { status: 'loading', source: options.source, startedAt: Date.now() } },
  ]);

  const entities = (Object.keys(data) as EntityName[]).sort((a, b) => data[a].length - data[b].length);
  const total = entities.reduce((n, e) => n + data[e].length, 0);
  let done = 0;
  const queue = [...entities];
  const writeNextTable = async (): Promise<void> => {
    for (let entity = queue.shift(); entity !== undefined; entity = queue.shift()) {
      const rows = data[entity];
      const table = rowTable(db, entity);
      for (let i = 0; i < rows.length; i += chunk) {
        const part = rows.slice(i, i + chunk) as SyncRow[];
        await table.bulkPut(part);
        done += part.length;
        options.onProgress?.({ table: entity, done, total });
      }
    }
  };
  const lanes = Math.max(1, options.concurrency ?? 1);
  await Promise.all(Array.from({ length: lanes }, writeNextTable));

  await db.transaction('rw', [db.gridStats, db.sweepStats], async () => {
    await db.gridStats.bulkPut(gridStatsFromHouseholds(data.households));
    await db.sweepStats.bulkPut(sweepStatsFromVisits(data.visits));
  });
  options.onProgress?.({ table: 'aggregates', done: total, total });
  await db.meta.put({
    key: 'cacheState',
    value: { status: 'ready', source: options.source, readyAt: Date.now(), dataAsOf: options.dataAsOf },
  });
}
