/**
 * The grid table: one row per grid in the picture's order, with its officer's name (none for a
 * grid without one), its level and coverage at the end of the day, and the day's flows — visits
 * and findings over every campaign, incidents reported that day.
 */
import { describe, expect, it } from 'vitest';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { buildGridRows, dayFlowsByGrid } from '#renderer/features/reports/build/gridsPart';
import { GRID_1, GRID_3, smallStationDay } from './smallStationDay';

describe('buildGridRows', () => {
  const data = smallStationDay();
  const rows = buildGridRows(data, dayFacts(data));

  it('keeps the picture’s grids and order, with names in place of officer ids', () => {
    expect(rows.map((r) => [r.code, r.name, r.officerName, r.level, r.inCampaign])).toEqual([
      ['HS-001', '一号网格', '张萱兰', 'sealed', true],
      ['HS-002', '二号网格', '李福', 'normal', true],
      ['HS-003', '三号网格', null, 'controlled', false],
    ]);
  });

  it('states coverage and open incidents as of the end of the day', () => {
    expect(rows.map((r) => [r.households, r.covered, r.coverage, r.openIncidents])).toEqual([
      [100, 15, 0.15, 2],
      [50, 3, 0.06, 1],
      [80, 0, 0, 0],
    ]);
  });

  it('counts the day’s visits and findings over every campaign and the incidents reported that day', () => {
    expect(rows.map((r) => [r.visits, r.unregisteredFound, r.overdueFound, r.incidentsNew])).toEqual([
      [8, 2, 1, 1],
      [4, 0, 1, 1],
      [2, 1, 0, 0],
    ]);
    expect(rows.reduce((n, r) => n + r.visits, 0)).toBe(14);
  });

  it('sums several aggregate rows of one grid', () => {
    const flows = dayFlowsByGrid([
      ...data.dayStats,
      { ...data.dayStats[0]!, visits: 3, unregistered: 1, overdue: 0 },
    ]);
    expect(flows.get(GRID_1)).toEqual({ visits: 11, unregistered: 3, overdue: 1 });
    expect(flows.get(GRID_3)).toEqual({ visits: 2, unregistered: 1, overdue: 0 });
  });
});
