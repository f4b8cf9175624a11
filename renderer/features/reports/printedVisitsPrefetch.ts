/**
 * The printed report's visits, read early. The print route starts the read when the layout's code
 * starts loading (app/reportPrintRoute.tsx: at boot in Electron's hidden export window or the
 * browser's print tab) and hands it to the page as a prop; the worker then loads, opens the cache
 * and reads the day's ~13,000 visits (a district) while the page opens its own connection, instead
 * of after: the visits were the report's last read to arrive. The page's first build of the same
 * day from the same cache takes it, once; when the cache was not ready for the worker (a first-run
 * load would follow), or nothing was started, the build reads for itself.
 */
import type { GridroomDb } from '#renderer/db/database';
import { reportDateFromHash, REPORT_PRINT_ROUTE } from './reportRoute';
import type { VisitsOfDay } from './visitsOfDay';
import { askVisitsWorker, readVisitsOfDayOffThread } from './visitsOfDayOffThread';

/** A read of a day's notable visits started early, for one cache and day. */
export interface EarlyPrintedVisits {
  dbName: string;
  date: string;
  /** The read the first time (null inside when the cache was not ready); null ever after. */
  take(): Promise<VisitsOfDay | null> | null;
}

/** Starts the read for the day a print route's hash asks for; any other hash starts nothing. */
export function startPrintedVisits(hash: string, dbName: string): EarlyPrintedVisits | null {
  const onPrintRoute = hash.replace(/^#\/?/, '').split('?')[0] === REPORT_PRINT_ROUTE;
  if (!onPrintRoute || typeof Worker === 'undefined') return null;
  const asked = reportDateFromHash(hash, Date.now());
  if (!asked.valid) return null;
  let visits: Promise<VisitsOfDay | null> | null = askVisitsWorker({
    dbName,
    date: asked.date,
    listed: 'notable',
    onlyWhenReady: true,
  }).catch(() => null);
  return {
    dbName,
    date: asked.date,
    take: () => {
      const taken = visits;
      visits = null;
      return taken;
    },
  };
}

/** The printed report's visits of a day: the early read when it is for this cache and day and answered, else a read now. */
export async function readPrintedVisits(
  db: GridroomDb,
  date: string,
  early: EarlyPrintedVisits | null,
): Promise<VisitsOfDay> {
  const mine = early && early.dbName === db.name && early.date === date ? await early.take() : null;
  return mine ?? readVisitsOfDayOffThread(db, date, 'notable');
}
