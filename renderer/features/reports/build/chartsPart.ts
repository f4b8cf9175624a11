/**
 * The report's two chart series, pure: the day's 24 clock hours with the incidents reported in
 * each per type, and the active campaign's burn-up (households covered in its scope, day by day)
 * up to `asOf`; no campaign, no burn-up.
 */
import { burnUpFrom } from '#renderer/station/sweepQuery';
import type { DailyReport } from '../dailyReportModel';
import { incidentsByHourOfDay } from '../reportIncidents';
import type { DailyReportData } from './dailyReportData';
import type { DayFacts } from './dayFacts';

export function buildCharts(
  data: DailyReportData,
  facts: DayFacts,
  /** The campaign's households in scope (the KPI), the burn-up's ceiling. */
  householdsInScope: number,
): DailyReport['charts'] {
  const { picture, day } = data;
  return {
    incidentsByHour: incidentsByHourOfDay(facts.incidents.reported, day.dayStart),
    burnUp: picture.campaign
      ? burnUpFrom(picture.campaignStats, picture.campaign, facts.inScope, householdsInScope, day.asOf)
      : [],
  };
}
