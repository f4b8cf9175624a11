/**
 * The printed per-grid table's grouping (print/gridGroups.ts): every grid appears exactly once,
 * under its own community; communities come in the order of their first grid in the code-sorted
 * list (also when a community's grids are not contiguous), grids keep their order within; each
 * group's households and campaign coverage equal sums made here straight from its grids, and a
 * community with no grid in the campaign has no coverage.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '#common/demo/prng';
import type { ReportGridRow } from '#renderer/features/reports/dailyReportModel';
import { groupByCommunity } from '#renderer/features/reports/print/gridGroups';

const communities = ['梧侣社区', '新民社区', '西塘社区', '五缘社区'];

function grids(count: number, seed: number): ReportGridRow[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => {
    const households = rng.int(0, 400);
    const inCampaign = rng.pick([true, true, false]);
    // 五缘社区 is never swept
    const community = rng.pick(communities);
    const swept = inCampaign && community !== '五缘社区';
    const covered = swept ? rng.int(0, households) : 0;
    return {
      id: `grid-${i}`,
      code: `TA-${String(i + 1).padStart(3, '0')}`,
      name: `${community}第${i + 1}网格`,
      community,
      street: '新民街道',
      officerName: rng.pick(['林斌', null]),
      level: rng.pick(['sealed', 'controlled', 'precaution', 'normal'] as const),
      inCampaign: swept,
      households,
      covered,
      coverage: households > 0 ? covered / households : 0,
      visits: rng.int(0, 30),
      unregisteredFound: rng.int(0, 3),
      overdueFound: rng.int(0, 3),
      incidentsNew: rng.int(0, 2),
      openIncidents: rng.int(0, 4),
    };
  });
}

describe('groupByCommunity', () => {
  const rows = grids(300, 7);
  const groups = groupByCommunity(rows);

  it('puts every grid once, under its community, keeping the list order', () => {
    expect(groups.flatMap((g) => g.rows.map((r) => r.id)).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const group of groups) {
      expect(group.rows.every((r) => r.community === group.community)).toBe(true);
      expect(group.rows).toEqual(rows.filter((r) => r.community === group.community));
    }
  });

  it('orders communities by their first grid', () => {
    const firstSeen = [...new Set(rows.map((r) => r.community))];
    expect(groups.map((g) => g.community)).toEqual(firstSeen);
  });

  it('totals households over all its grids and coverage over those in the campaign', () => {
    for (const group of groups) {
      const mine = rows.filter((r) => r.community === group.community);
      expect(group.households).toBe(mine.reduce((n, r) => n + r.households, 0));
      const swept = mine.filter((r) => r.inCampaign);
      if (swept.length === 0) {
        expect(group.inCampaign).toBeNull();
        continue;
      }
      const households = swept.reduce((n, r) => n + r.households, 0);
      const covered = swept.reduce((n, r) => n + r.covered, 0);
      expect(group.inCampaign).toEqual({
        households,
        covered,
        coverage: households ? covered / households : 0,
      });
    }
    expect(groups.find((g) => g.community === '五缘社区')?.inCampaign).toBeNull();
  });

  it('gives no groups for no grids', () => {
    expect(groupByCommunity([])).toEqual([]);
  });
});
