/**
 * The printed per-grid table's grouping: grids by community (社区), in the order the first grid
 * of each community comes in the code-sorted list, grids kept in that order within, and each
 * group's totals — households, covered and coverage over its grids in the campaign — for the
 * group's heading row. Pure.
 */
import { coverageRatio } from '#common/domain/coverage';
import type { ReportGridRow } from '../dailyReportModel';

export interface GridGroup {
  community: string;
  rows: ReportGridRow[];
  households: number;
  /** Households and covered over the group's grids in the campaign (coverage's basis). */
  inCampaign: { households: number; covered: number; coverage: number } | null;
}

export function groupByCommunity(rows: readonly ReportGridRow[]): GridGroup[] {
  const groups = new Map<string, ReportGridRow[]>();
  for (const row of rows) {
    const list = groups.get(row.community);
    if (list) list.push(row);
    else groups.set(row.community, [row]);
  }
  return [...groups].map(([community, members]) => {
    const swept = members.filter((g) => g.inCampaign);
    const households = swept.reduce((n, g) => n + g.households, 0);
    const covered = swept.reduce((n, g) => n + g.covered, 0);
    return {
      community,
      rows: members,
      households: members.reduce((n, g) => n + g.households, 0),
      inCampaign:
        swept.length > 0 ? { households, covered, coverage: coverageRatio(covered, households) } : null,
    };
  });
}
