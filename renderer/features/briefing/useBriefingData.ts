/**
 * Live hooks of the briefing deck (the only way its slides read the cache): each slide's data
 * as a Dexie live query at the deck's `now`, so the wall follows syncs by itself.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '#renderer/shared/DbContext';
import { queryCheckpointsToday } from './checkpointsTodayQuery';
import { queryDeckFacts } from './deckFactsQuery';
import { queryKeyTasks } from './keyTasksQuery';
import { queryOvernight } from './overnightQuery';
import { querySitesToday } from './sitesTodayQuery';
import { queryStationMap } from './stationMapQuery';
import { querySweepProgress } from './sweepProgressQuery';

export function useDeckFacts() {
  const db = useDb();
  return useLiveQuery(() => queryDeckFacts(db), [db]);
}

export function useOvernight(now: number) {
  const db = useDb();
  return useLiveQuery(() => queryOvernight(db, now), [db, now]);
}

export function useSweepProgress(now: number) {
  const db = useDb();
  return useLiveQuery(() => querySweepProgress(db, now), [db, now]);
}

export function useStationMap(now: number) {
  const db = useDb();
  return useLiveQuery(() => queryStationMap(db, now), [db, now]);
}

export function useCheckpointsToday(now: number) {
  const db = useDb();
  return useLiveQuery(() => queryCheckpointsToday(db, now), [db, now]);
}

export function useSitesToday(now: number) {
  const db = useDb();
  return useLiveQuery(() => querySitesToday(db, now), [db, now]);
}

export function useKeyTasks() {
  const db = useDb();
  return useLiveQuery(() => queryKeyTasks(db), [db]);
}
