/**
 * Sweep progress against plan for the briefing: the plan spreads the households in scope evenly
 * over the campaign's days (a linear plan, as a station sets a daily quota); "yesterday against
 * plan" compares the households first covered yesterday with that quota, and the rate still
 * needed says how many a day finish the campaign on time. Pure; fed by the board's burn-up.
 */
import { addDays, daysBetween } from '#common/domain/time';

export interface BurnUpDayLike {
  day: string;
  /** Households covered by the end of `day` (cumulative). */
  visited: number;
  total: number;
}

export interface SweepPlanFigures {
  /** Households first covered yesterday. */
  coveredYesterday: number;
  /** Yesterday's quota in the linear plan; 0 when yesterday was outside the campaign. */
  planYesterday: number;
  /** coveredYesterday ÷ planYesterday, null without a quota. */
  ratioYesterday: number | null;
  /** Covered so far (today included). */
  coveredToDate: number;
  total: number;
  /** Where the linear plan expects the count to be by the end of yesterday. */
  plannedByYesterday: number;
  /** Households a day from today to the last day to finish on time; null when the campaign is over. */
  requiredPerDay: number | null;
  daysLeft: number;
}

/** Households a day in the linear plan (rounded up, so the plan finishes on the last day). */
export function dailyQuota(total: number, firstDay: string, lastDay: string): number {
  const days = daysBetween(firstDay, lastDay).length;
  return days > 0 && total > 0 ? Math.ceil(total / days) : 0;
}

export function sweepPlanFigures(
  series: readonly BurnUpDayLike[],
  campaign: { firstDay: string; lastDay: string; total: number },
  today: string,
): SweepPlanFigures {
  const yesterday = addDays(today, -1);
  const byDay = new Map(series.map((p) => [p.day, p.visited]));
  // Cumulative counts are carried forward over days missing from the series.
  const cumulativeAt = (day: string): number => {
    let best = 0;
    for (const p of series) if (p.day <= day) best = Math.max(best, p.visited);
    return best;
  };
  const { firstDay, lastDay, total } = campaign;
  const quota = dailyQuota(total, firstDay, lastDay);
  const inCampaign = (day: string) => day >= firstDay && day <= lastDay;
  const coveredYesterday = byDay.has(yesterday)
    ? cumulativeAt(yesterday) - cumulativeAt(addDays(yesterday, -1))
    : 0;
  const planYesterday = inCampaign(yesterday) ? Math.min(quota, total) : 0;
  const daysSoFar =
    yesterday < firstDay ? 0 : daysBetween(firstDay, yesterday < lastDay ? yesterday : lastDay).length;
  const coveredToDate = series.length > 0 ? Math.max(...series.map((p) => p.visited)) : 0;
  const daysLeft = today > lastDay ? 0 : daysBetween(today < firstDay ? firstDay : today, lastDay).length;
  const remaining = Math.max(0, total - coveredToDate);
  return {
    coveredYesterday,
    planYesterday,
    ratioYesterday: planYesterday > 0 ? coveredYesterday / planYesterday : null,
    coveredToDate,
    total,
    plannedByYesterday: Math.min(total, quota * daysSoFar),
    requiredPerDay: daysLeft > 0 ? Math.ceil(remaining / daysLeft) : null,
    daysLeft,
  };
}
