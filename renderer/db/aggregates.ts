/**
 * Derives the cache's aggregate rows (households per grid; sweep results per campaign, grid
 * and day) from synced rows, with the coverage rule of common/domain/coverage.ts: a household
 * is credited once, to the day of its first covering visit. Pure; the caller writes the rows
 * in the same transaction as (or right after) the rows they summarise.
 */
import { firstCovers, type CoverageVisit } from '#common/domain/coverage';
import { dayOf } from '#common/domain/time';
import type { Household, SweepVisit } from '#common/schemas';
import type { GridStats, SweepStats } from './localRows';

export function gridStatsFromHouseholds(
  households: readonly Pick<Household, 'gridId' | 'deleted'>[],
): GridStats[] {
  const counts = new Map<string, number>();
  for (const h of households) {
    if (!h.deleted) counts.set(h.gridId, (counts.get(h.gridId) ?? 0) + 1);
  }
  return Array.from(counts, ([gridId, households]) => ({ gridId, households }));
}

type StatsVisit = CoverageVisit & Pick<SweepVisit, 'day' | 'unregisteredFound' | 'overdueTestsFound'>;

export function sweepStatsFromVisits(visits: readonly StatsVisit[]): SweepStats[] {
  const stats = new Map<string, SweepStats>();
  const cell = (campaignId: string, gridId: string, day: string): SweepStats => {
    const key = `${campaignId}|${gridId}|${day}`;
    let row = stats.get(key);
    if (!row) {
      row = { campaignId, gridId, day, visits: 0, covered: 0, unregistered: 0, overdue: 0 };
      stats.set(key, row);
    }
    return row;
  };
  const byCampaign = new Map<string, StatsVisit[]>();
  for (const v of visits) {
    if (v.deleted) continue;
    const row = cell(v.campaignId, v.gridId, v.day);
    row.visits += 1;
    row.unregistered += v.unregisteredFound;
    row.overdue += v.overdueTestsFound;
    const list = byCampaign.get(v.campaignId) ?? [];
    list.push(v);
    byCampaign.set(v.campaignId, list);
  }
  for (const [campaignId, campaignVisits] of byCampaign) {
    // Scope by each visit's own grid: every visited grid is in scope with an open count.
    const scope = new Map<string, number>();
    for (const v of campaignVisits) scope.set(v.gridId, Number.MAX_SAFE_INTEGER);
    for (const first of firstCovers(scope, campaignVisits, { campaignId }).values()) {
      cell(campaignId, first.gridId, dayOf(first.visitedAt)).covered += 1;
    }
  }
  return Array.from(stats.values());
}
