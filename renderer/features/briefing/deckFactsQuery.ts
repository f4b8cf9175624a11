/**
 * What every slide's frame states: the station's name, and the cache's own freshness facts —
 * `dataAsOf` of the cache state and the last sync the runner persisted (it may run in another
 * window). Validated; anything malformed reads as unknown.
 */
import { stationSchema } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { cacheStateSchema, syncSnapshotSchema } from '#renderer/db/localRows';

export interface DeckFacts {
  stationName: string;
  dataAsOf: number | null;
  persistedLastSyncedAt: number | null;
}

export async function queryDeckFacts(db: GridroomDb): Promise<DeckFacts> {
  const [stations, state, status] = await Promise.all([
    db.stations.toArray(),
    db.meta.get('cacheState'),
    db.meta.get('syncStatus'),
  ]);
  const station = stations.map((s) => stationSchema.safeParse(s)).find((r) => r.success)?.data ?? null;
  const cache = cacheStateSchema.safeParse(state?.value);
  const sync = syncSnapshotSchema.safeParse(status?.value);
  return {
    stationName: station?.name ?? '',
    dataAsOf: cache.success && cache.data.status === 'ready' ? cache.data.dataAsOf : null,
    persistedLastSyncedAt: sync.success ? sync.data.lastSyncedAt : null,
  };
}
