/**
 * The daily report of a day with its map's models as the printed layout shows it (the notable
 * visits only, read in a worker), live from the cache — rebuilt when the cache changes; a new
 * visit changes the sweep aggregates the build reads here, so it counts too — prepared by the
 * session's actor. `undefined` while loading, `null` when `date` is not a calendar day.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { reportDateSchema } from './dailyReportModel';
import { buildDailyReportParts, type DailyReportParts } from './dailyReportQuery';

export function useDailyReport(date: string | null): DailyReportParts | null | undefined {
  const db = useDb();
  const { name: preparedBy } = useSession();
  const valid = date !== null && reportDateSchema.safeParse(date).success;
  return useLiveQuery(
    async () =>
      valid && date !== null ? buildDailyReportParts(db, date, { preparedBy, visits: 'notable' }) : null,
    [db, date, valid, preparedBy],
  );
}
