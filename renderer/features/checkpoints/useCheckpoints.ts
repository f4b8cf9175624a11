/** Live hooks of the checkpoints feature (the only way its components read the cache). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { queryGridsPicture } from '#renderer/station/gridStateQuery';
import { toMapGrids } from '#renderer/station/toMapModels';
import { queryCheckpointOverview, queryCheckpointShifts, queryRosterNames } from './checkpointQueries';

/** The current instant, refreshed every minute so "staffed now" and the window move on. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function useCheckpointOverview(now: number) {
  const db = useDb();
  return useLiveQuery(() => queryCheckpointOverview(db, now), [db, now]);
}

export function useCheckpointShifts(checkpointId: string | null, from: number, to: number) {
  const db = useDb();
  return useLiveQuery(
    async () => (checkpointId ? queryCheckpointShifts(db, checkpointId, from, to) : []),
    [db, checkpointId, from, to],
  );
}

export function useRosterNames() {
  const db = useDb();
  return useLiveQuery(() => queryRosterNames(db), [db]);
}

/** The grids of the station as map models (level, coverage), for the small checkpoint map. */
export function useMapGrids(now: number) {
  const db = useDb();
  // the grids half only: the small map has no incidents, so an incident edit re-reads nothing
  return useLiveQuery(async () => toMapGrids(await queryGridsPicture(db, now)), [db, now]);
}
