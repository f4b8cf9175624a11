/** The deck's freshness (see freshness.ts) from this window's sync status and the cache's facts. */
import { useMemo } from 'react';
import { useSync } from '#renderer/features/sync';
import { freshness, type Freshness } from './freshness';
import { useDeckFacts } from './useBriefingData';

export function useFreshness(
  now: number,
  staleAfterMs: number,
): { stationName: string; freshness: Freshness } | undefined {
  const { snapshot, enrolled } = useSync();
  const facts = useDeckFacts();
  return useMemo(() => {
    if (!facts) return undefined;
    return {
      stationName: facts.stationName,
      freshness: freshness({
        now,
        staleAfterMs,
        enrolled,
        liveLastSyncedAt: snapshot.lastSyncedAt,
        persistedLastSyncedAt: facts.persistedLastSyncedAt,
        dataAsOf: facts.dataAsOf,
        syncOffline: snapshot.mode === 'offline' || snapshot.lastError !== null,
      }),
    };
  }, [facts, now, staleAfterMs, enrolled, snapshot.lastSyncedAt, snapshot.mode, snapshot.lastError]);
}
