/**
 * Sweep progress for the briefing (摸排进度): the active campaign's burn-up and its figures
 * against the linear plan, what yesterday's visits found, and the worst-covered grids. Built on
 * the board's queries (station picture, burn-up, day findings) so the wall and the board agree.
 */
import { addDays, dayOf, startOfDay } from '#common/domain/time';
import type { SweepCampaign } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import type { RowProblem } from '#renderer/db/validRows';
import { queryStationPicture } from '#renderer/station/gridStateQuery';
import {
  queryBurnUp,
  queryTodayFindings,
  type BurnUpDay,
  type TodayFindings,
} from '#renderer/station/sweepQuery';
import { sweepPlanFigures, type SweepPlanFigures } from './sweepPlan';

export interface GridCoverageBar {
  id: string;
  label: string;
  name: string;
  coverage: number;
  covered: number;
  households: number;
}

export interface SweepProgress {
  campaign: SweepCampaign | null;
  burnUp: BurnUpDay[];
  plan: SweepPlanFigures | null;
  yesterday: string;
  yesterdayFindings: TodayFindings;
  /** Grids in scope, worst covered first. */
  grids: GridCoverageBar[];
  problems: RowProblem[];
}

export async function querySweepProgress(db: GridroomDb, now: number): Promise<SweepProgress> {
  const today = dayOf(now);
  const yesterday = addDays(today, -1);
  const picture = await queryStationPicture(db, now);
  const inScope = picture.grids.filter((g) => g.inCampaign);
  const total = inScope.reduce((n, g) => n + g.households, 0);
  const [burnUp, yesterdayFindings] = await Promise.all([
    queryBurnUp(db, picture.campaign, new Set(inScope.map((g) => g.grid.id)), total, now),
    queryTodayFindings(db, startOfDay(yesterday)),
  ]);
  const campaign = picture.campaign;
  return {
    campaign,
    burnUp,
    plan: campaign
      ? sweepPlanFigures(
          burnUp,
          { firstDay: dayOf(campaign.start), lastDay: dayOf(campaign.end), total },
          today,
        )
      : null,
    yesterday,
    yesterdayFindings,
    grids: inScope
      .map((g) => ({
        id: g.grid.id,
        label: g.grid.code,
        name: g.grid.name,
        coverage: g.coverage,
        covered: Math.min(g.covered, g.households),
        households: g.households,
      }))
      .sort((a, b) => a.coverage - b.coverage || a.label.localeCompare(b.label)),
    problems: picture.problems,
  };
}
