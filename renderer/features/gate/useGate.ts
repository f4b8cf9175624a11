/** Live hooks of the gate check (the only way its components read the cache). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '#renderer/shared/DbContext';
import { trustedPassKey } from '#renderer/sync/passKey';
import { queryGateCheckpoints, queryGateDayCounts, queryRecentChecks } from './gateQueries';

export function useGateCheckpoints(now: number) {
  const db = useDb();
  return useLiveQuery(() => queryGateCheckpoints(db, now), [db, now]);
}

export function useGateDayCounts(checkpointIds: readonly string[], dayStart: number) {
  const db = useDb();
  // Keyed by the ids' text, so a new array of the same ids does not re-run the query.
  const key = checkpointIds.join(',');
  return useLiveQuery(
    () => queryGateDayCounts(db, key === '' ? [] : key.split(','), dayStart),
    [db, key, dayStart],
  );
}

export function useRecentChecks(checkpointId: string | null, limit = 8) {
  const db = useDb();
  return useLiveQuery(
    async () => (checkpointId ? queryRecentChecks(db, checkpointId, limit) : []),
    [db, checkpointId, limit],
  );
}

/** Which key the gate trusts (the centre's, the demo key, or none yet); re-read when meta changes. */
export function useTrustedPassKey() {
  const db = useDb();
  return useLiveQuery(() => trustedPassKey(db), [db]);
}
