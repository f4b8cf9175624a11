/**
 * The report's grid table, pure: one row per grid in the station picture's order — its officer,
 * control level and campaign coverage at the end of the day, and the day's flows (visits and
 * findings over every campaign from the day's aggregates, incidents reported that day).
 */
import type { ReportGridRow } from '../dailyReportModel';
import type { DailyReportData } from './dailyReportData';
import type { DayFacts } from './dayFacts';
import { countByGrid } from './dayIncidents';
import { officerNameOf } from './reportLabels';

interface DayFlows {
  visits: number;
  unregistered: number;
  overdue: number;
}

/** The day's visits and findings per grid, summed over the aggregate rows of every campaign. */
export function dayFlowsByGrid(dayStats: DailyReportData['dayStats']): Map<string, DayFlows> {
  const byGrid = new Map<string, DayFlows>();
  for (const row of dayStats) {
    const cell = byGrid.get(row.gridId) ?? { visits: 0, unregistered: 0, overdue: 0 };
    cell.visits += row.visits;
    cell.unregistered += row.unregistered;
    cell.overdue += row.overdue;
    byGrid.set(row.gridId, cell);
  }
  return byGrid;
}

export function buildGridRows(data: DailyReportData, facts: DayFacts): ReportGridRow[] {
  const flows = dayFlowsByGrid(data.dayStats);
  const newByGrid = countByGrid(facts.incidents.reported);
  return facts.states.map((g) => {
    const day = flows.get(g.grid.id);
    return {
      id: g.grid.id,
      code: g.grid.code,
      name: g.grid.name,
      community: g.grid.community,
      street: g.grid.street,
      officerName: officerNameOf(facts.labels, g.grid.officerId),
      level: g.level,
      inCampaign: g.inCampaign,
      households: g.households,
      covered: g.covered,
      coverage: g.coverage,
      visits: day?.visits ?? 0,
      unregisteredFound: day?.unregistered ?? 0,
      overdueFound: day?.overdue ?? 0,
      incidentsNew: newByGrid.get(g.grid.id) ?? 0,
      openIncidents: g.openIncidents,
    };
  });
}
