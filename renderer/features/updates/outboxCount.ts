/** How many local changes wait in the outbox (live): an update never installs over them. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '#renderer/shared/DbContext';

/** undefined while the first count loads. */
export function useOutboxCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(() => db.outbox.count(), [db]);
}
