/**
 * When an answer computed "as of now" may next change: the earliest instant after `now` among
 * the boundaries it depends on (a control level starting or ending, a duty shift's start or
 * end, a campaign's start or end, the next station-local day). The board re-reads a query at
 * that instant, or when a table it reads changes — not on every minute tick, which on a
 * district cache re-read 100k rows a minute and stalled the window for seconds.
 */
import { addDays, dayOf, startOfDay } from './time';

/** The earliest of `boundaries` strictly after `now`; Infinity when none is. */
export function nextBoundary(now: number, boundaries: Iterable<number | null>): number {
  let next = Infinity;
  for (const t of boundaries) if (t !== null && t > now && t < next) next = t;
  return next;
}

/** The instant the station-local day after `now`'s starts. */
export function nextDayStart(now: number): number {
  return startOfDay(addDays(dayOf(now), 1));
}
