/**
 * The report's visits section, pure: the listed visits (all of the day's, or only the notable
 * ones for print — whichever the read listed) in order of time, each with its grid's code, its
 * household's address and its campaign's name; and the per-team summary over every visit.
 */
import type { ReportVisitRow, ReportVisitTeam } from '../dailyReportModel';
import type { DailyReportData } from './dailyReportData';
import type { DayFacts } from './dayFacts';

export interface VisitsPart {
  visits: ReportVisitRow[];
  visitTeams: ReportVisitTeam[];
}

export function buildVisitsPart(data: DailyReportData, facts: DayFacts): VisitsPart {
  const { gridLabel, campaignName } = facts.labels;
  const addressOf = new Map(data.visits.addresses);
  return {
    visits: data.visits.listed.map((v) => ({
      id: v.id,
      visitedAt: v.visitedAt,
      gridCode: gridLabel.get(v.gridId)?.code ?? '',
      address: addressOf.get(v.householdId) ?? '',
      outcome: v.outcome,
      unregisteredFound: v.unregisteredFound,
      overdueTestsFound: v.overdueTestsFound,
      team: v.team,
      campaignName: campaignName.get(v.campaignId) ?? '',
    })),
    visitTeams: data.visits.teams,
  };
}
