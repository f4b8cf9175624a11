/**
 * The print layout's address: `#/report-print?date=YYYY-MM-DD`. Reads the date from the hash
 * (yesterday, station time, when absent) and builds the hash for a date. Pure.
 */
import { addDays, dayOf } from '#common/domain/time';
import { reportDateSchema } from './dailyReportModel';

export const REPORT_PRINT_ROUTE = 'report-print';

/** The station-local day before the one `now` falls in. */
export function yesterdayOf(now: number): string {
  return addDays(dayOf(now), -1);
}

export type RouteDate = { valid: true; date: string } | { valid: false; raw: string };

/** The report date asked for in a location hash such as `#/report-print?date=2026-11-27`. */
export function reportDateFromHash(hash: string, now: number): RouteDate {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const raw = new URLSearchParams(query).get('date');
  if (raw === null || raw === '') return { valid: true, date: yesterdayOf(now) };
  return reportDateSchema.safeParse(raw).success ? { valid: true, date: raw } : { valid: false, raw };
}

export function reportPrintHash(date: string): string {
  return `#/${REPORT_PRINT_ROUTE}?date=${date}`;
}
