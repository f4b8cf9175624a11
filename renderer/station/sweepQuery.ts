/**
 * Sweep figures from the aggregate table: what today's visits found (all campaigns), and the
 * burn-up of the active campaign — cumulative households covered per day against the total.
 */
import { Dexie } from 'dexie';
import { daysBetween, dayOf } from '#common/domain/time';
import type { SweepCampaign } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import type { SweepStats } from '#renderer/db/localRows';

export interface TodayFindings {
  visits: number;
  unregistered: number;
  overdue: number;
}

export interface BurnUpDay {
  day: string;
  visited: number;
  total: number;
}

export async function queryTodayFindings(db: GridroomDb, now: number): Promise<TodayFindings> {
  return sumFindings(await db.sweepStats.where('day').equals(dayOf(now)).toArray());
}

/** What a day's aggregate rows (all campaigns) add up to. */
export function sumFindings(rows: readonly SweepStats[]): TodayFindings {
  return rows.reduce(
    (sum, r) => ({
      visits: sum.visits + r.visits,
      unregistered: sum.unregistered + r.unregistered,
      overdue: sum.overdue + r.overdue,
    }),
    { visits: 0, unregistered: 0, overdue: 0 },
  );
}

/** `gridIds`: the grids in scope; `total`: their households. */
export async function queryBurnUp(
  db: GridroomDb,
  campaign: SweepCampaign | null,
  gridIds: ReadonlySet<string>,
  total: number,
  now: number,
): Promise<BurnUpDay[]> {
  if (!campaign) return [];
  return burnUpFrom(await queryCampaignStats(db, campaign.id), campaign, gridIds, total, now);
}

/** Every aggregate row of one campaign (all grids, all days), by the compound key's prefix. */
export function queryCampaignStats(db: GridroomDb, campaignId: string): Promise<SweepStats[]> {
  return db.sweepStats
    .where('[campaignId+gridId+day]')
    .between([campaignId, Dexie.minKey, Dexie.minKey], [campaignId, Dexie.maxKey, Dexie.maxKey])
    .toArray();
}

/** The burn-up from a campaign's aggregate rows (queryCampaignStats), pure. */
export function burnUpFrom(
  rows: readonly SweepStats[],
  campaign: SweepCampaign,
  gridIds: ReadonlySet<string>,
  total: number,
  now: number,
): BurnUpDay[] {
  const perDay = new Map<string, number>();
  for (const r of rows) if (gridIds.has(r.gridId)) perDay.set(r.day, (perDay.get(r.day) ?? 0) + r.covered);
  const last = dayOf(Math.min(now, campaign.end));
  let visited = 0;
  return daysBetween(dayOf(campaign.start), last).map((day) => {
    visited += perDay.get(day) ?? 0;
    return { day, visited, total };
  });
}
