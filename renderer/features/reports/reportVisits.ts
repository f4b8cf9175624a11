/**
 * A day's visits for the report, pure: which ones the printed report lists by name and address
 * (those that found someone unregistered or overdue for testing, or were refused — what the
 * chief acts on) and the summary per visiting team over all of them.
 */
import type { ReportVisitRow, ReportVisitTeam } from './dailyReportModel';

type VisitFigures = Pick<ReportVisitRow, 'unregisteredFound' | 'overdueTestsFound' | 'outcome' | 'team'>;

export function isNotableVisit(v: Omit<VisitFigures, 'team'>): boolean {
  return v.unregisteredFound > 0 || v.overdueTestsFound > 0 || v.outcome === 'refused';
}

/** Per team: visits, people found, not at home, refused; most visits first. */
export function summariseVisits(rows: readonly VisitFigures[]): ReportVisitTeam[] {
  const byTeam = new Map<string, ReportVisitTeam>();
  for (const v of rows) {
    const s = byTeam.get(v.team) ?? {
      team: v.team,
      visits: 0,
      unregistered: 0,
      overdue: 0,
      notHome: 0,
      refused: 0,
    };
    s.visits += 1;
    s.unregistered += v.unregisteredFound;
    s.overdue += v.overdueTestsFound;
    if (v.outcome === 'not-home') s.notHome += 1;
    if (v.outcome === 'refused') s.refused += 1;
    byTeam.set(v.team, s);
  }
  return [...byTeam.values()].sort((a, b) => b.visits - a.visits || a.team.localeCompare(b.team));
}
