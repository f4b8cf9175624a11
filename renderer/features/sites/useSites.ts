/** Live hooks of the sites feature (testing sites and volunteer teams). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '#renderer/shared/DbContext';
import { queryGridOptions, querySiteDays, querySites, queryTeams } from './siteQueries';

export function useSiteDays() {
  const db = useDb();
  return useLiveQuery(() => querySiteDays(db), [db]);
}

export function useSites(day: string | null, gridId: string | null) {
  const db = useDb();
  return useLiveQuery(async () => (day ? querySites(db, day, gridId) : []), [db, day, gridId]);
}

export function useGridOptions() {
  const db = useDb();
  return useLiveQuery(() => queryGridOptions(db), [db]);
}

export function useTeams(day: string | null) {
  const db = useDb();
  return useLiveQuery(() => queryTeams(db, day), [db, day]);
}
