/**
 * The printed report's visits, asked of the worker at boot when the app starts on the print
 * route (Electron's hidden export window, the browser's print tab). The worker then loads,
 * opens the cache and reads the day's ~13,000 visits (a district) while the page opens its own
 * connection and reads everything else, instead of after: the visits were the report's last
 * read to arrive. Taken once, by the first build of the same day from the same cache; never
 * used when the cache was not ready when the worker read it (a first-run load would follow).
 */
import { reportDateFromHash, REPORT_PRINT_ROUTE } from './reportRoute';
import type { VisitsOfDay } from './visitsOfDay';
import { askVisitsWorker } from './visitsOfDayOffThread';

interface Prefetch {
  dbName: string;
  date: string;
  /** null when the cache was not ready for the worker: the page reads for itself. */
  visits: Promise<VisitsOfDay | null>;
}

let pending: Prefetch | null = null;

/** Starts the read when the window opens on the print route; does nothing elsewhere. */
export function prefetchPrintedVisits(route: string, hash: string, dbName: string): void {
  if (route !== REPORT_PRINT_ROUTE || typeof Worker === 'undefined') return;
  const asked = reportDateFromHash(hash, Date.now());
  if (!asked.valid) return;
  const visits = askVisitsWorker({ dbName, date: asked.date, listed: 'notable', onlyWhenReady: true }).catch(
    () => null,
  );
  pending = { dbName, date: asked.date, visits };
}

/** The read started at boot for this cache and day, once; null when there is none. */
export function takePrefetchedVisits(dbName: string, date: string): Promise<VisitsOfDay | null> | null {
  const taken = pending;
  pending = null;
  return taken && taken.dbName === dbName && taken.date === date ? taken.visits : null;
}
