/**
 * Hooks of the pass review screen: live reads through passQueries.ts. The queue's window and
 * its evidence are one live query, so a decision here or a row synced in re-reads both at once;
 * the pending count is another (an index count). The control levels are judged "now", as of the
 * read: a level change is a write, and the re-read follows it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PassStatus } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { countPending, queryDecided, queryQueueWindow, queryRegistration } from './passQueries';

export function useQueueWindow(offset: number) {
  const db = useDb();
  return useLiveQuery(() => queryQueueWindow(db, offset, Date.now()), [db, offset]);
}

export function usePendingCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(() => countPending(db), [db]);
}

export function useDecided(status: PassStatus, search = '') {
  const db = useDb();
  return useLiveQuery(() => queryDecided(db, status, search), [db, status, search]);
}

export function useRegistration(id: string | null) {
  const db = useDb();
  return useLiveQuery(async () => (id ? queryRegistration(db, id, Date.now()) : null), [db, id]);
}
