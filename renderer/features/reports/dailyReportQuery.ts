/**
 * Builds the daily report of one station-local day, and its map's models, from the cache: one
 * read (build/readDailyReportData.ts) and then one pure builder per section
 * (build/assembleDailyReport.ts). The station picture comes from the board's query at the
 * report's `asOf`, the KPIs from the board's `computeKpis` fed with history-aware parts: coverage
 * up to the end of the day and the incidents open at `asOf` by their lifecycle times. Malformed
 * rows are skipped and counted.
 */
import type { GridroomDb } from '#renderer/db/database';
import { assembleDailyReport, type DailyReportParts } from './build/assembleDailyReport';
import { readDailyReportData } from './build/readDailyReportData';
import type { DailyReport } from './dailyReportModel';
import type { ListedVisits, VisitsOfDay } from './visitsOfDay';
import { readVisitsOfDayOffThread } from './visitsOfDayOffThread';
import { askFusion } from '#renderer/station/askFusion';
import { reportDay } from './reportDay';

export type { DailyReportParts } from './build/assembleDailyReport';

export interface BuildReportOptions {
  /** Who prepares the report (recorded in its header). */
  preparedBy: string;
  /** The moment of generation; defaults to Date.now(). */
  now?: number;
  /**
   * Which of the day's visits the report lists: `all` (default; the XLSX/CSV exports), or only
   * the `notable` ones the printed report lists (reportVisits.ts) — read in a worker, so a
   * district's 13,000 visits never pass through the page (visitsOfDay.ts). Or the notable
   * visits themselves, already being read by the caller (the print layout's early read). The
   * per-team summary counts every visit either way.
   */
  visits?: ListedVisits | Promise<VisitsOfDay>;
}

export async function buildDailyReport(
  db: GridroomDb,
  date: string,
  opts: BuildReportOptions,
): Promise<DailyReport> {
  return (await buildDailyReportParts(db, date, opts)).report;
}

export async function buildDailyReportParts(
  db: GridroomDb,
  date: string,
  opts: BuildReportOptions,
): Promise<DailyReportParts> {
  const visits = opts.visits ?? 'all';
  const now = opts.now ?? Date.now();
  // the fusion findings at the report's asOf, in their worker, alongside the read
  // (`report:fusion` and `report:read` marks: which of the two the report waited for)
  const fusion = askFusion(db, { at: reportDay(date, now).asOf, campaignId: null, rows: false }).then(
    (summary) => {
      performance.mark('report:fusion');
      return summary;
    },
    () => null,
  );
  const data = await readDailyReportData(db, date, {
    now,
    // the printed report's visits are read off the main thread, alongside everything else
    visits: visits === 'notable' ? readVisitsOfDayOffThread(db, date, 'notable') : visits,
  });
  performance.mark('report:read');
  return assembleDailyReport({ ...data, fusion: await fusion }, opts.preparedBy);
}
