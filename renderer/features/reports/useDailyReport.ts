/**
 * The daily report of a day, live from the cache (rebuilt when the cache changes), prepared by
 * the session's actor. `undefined` while loading, `null` when `date` is not a calendar day.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useSession } from '../../app/session';
import { reportDateSchema, type DailyReport } from './dailyReportModel';
import { buildDailyReport } from './dailyReportQuery';

export function useDailyReport(date: string | null): DailyReport | null | undefined {
  const db = useDb();
  const { actor } = useSession();
  const valid = date !== null && reportDateSchema.safeParse(date).success;
  return useLiveQuery(
    async () => (valid && date !== null ? buildDailyReport(db, date, { preparedBy: actor }) : null),
    [db, date, valid, actor],
  );
}
