/**
 * The printed report's visits, asked of the worker when the print route's code starts loading
 * (routes.tsx: at boot in Electron's hidden export window or the browser's print tab). The
 * worker then loads, opens the cache and reads the day's ~13,000 visits (a district) while the
 * page opens its own connection and reads everything else, instead of after: the visits were
 * the report's last read to arrive. Taken once, by the first build of the same day from the
 * same cache; when the cache was not ready for the worker (a first-run load would follow), or
 * nothing was started, the build reads for itself.
 */
import type { GridroomDb } from '#renderer/db/database';
import { reportDateFromHash, REPORT_PRINT_ROUTE } from './reportRoute';
import type { VisitsOfDay } from './visitsOfDay';
import { askVisitsWorker, readVisitsOfDayOffThread } from './visitsOfDayOffThread';

interface Prefetch {
  dbName: string;
  date: string;
  /** null when the cache was not ready for the worker. */
  visits: Promise<VisitsOfDay | null>;
}

let pending: Prefetch | null = null;

/** Starts the read for the day a print route's hash asks for; any other hash starts nothing. */
export function prefetchPrintedVisits(hash: string, dbName: string): void {
  const onPrintRoute = hash.replace(/^#\/?/, '').split('?')[0] === REPORT_PRINT_ROUTE;
  if (!onPrintRoute || typeof Worker === 'undefined') return;
  const asked = reportDateFromHash(hash, Date.now());
  if (!asked.valid) return;
  const visits = askVisitsWorker({ dbName, date: asked.date, listed: 'notable', onlyWhenReady: true }).catch(
    () => null,
  );
  pending = { dbName, date: asked.date, visits };
}

/** The read started early for this cache and day, once; null when there is none. */
export function takePrefetchedVisits(dbName: string, date: string): Promise<VisitsOfDay | null> | null {
  const taken = pending;
  pending = null;
  return taken && taken.dbName === dbName && taken.date === date ? taken.visits : null;
}

/** The printed report's visits of a day: the early read when it answered, else a read now. */
export async function readPrintedVisits(db: GridroomDb, date: string): Promise<VisitsOfDay> {
  const early = await takePrefetchedVisits(db.name, date);
  return early ?? readVisitsOfDayOffThread(db, date, 'notable');
}
