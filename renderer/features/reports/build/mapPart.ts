/**
 * The report's map, pure: the map's view models (print/reportMapModels.ts) from the same read as
 * the tables — grids by their level at `asOf`, checkpoints staffed that day, the incidents
 * reported that day and the day's testing sites.
 */
import { reportMapModels, type ReportMapModels } from '../print/reportMapModels';
import type { DailyReportData } from './dailyReportData';
import type { DayFacts } from './dayFacts';

export function buildMap(data: DailyReportData, facts: DayFacts): ReportMapModels {
  return reportMapModels({
    grids: data.picture.grids,
    checkpoints: data.checkpoints.rows,
    staffed: facts.byPost,
    reported: facts.incidents.reported,
    sites: data.sites.rows,
  });
}
