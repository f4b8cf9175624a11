/**
 * Whether the day has data and how many cache rows the report skipped, pure. A day has data when
 * anything happened in it — a visit, an incident reported or resolved, a duty shift, a testing
 * site; otherwise the layouts say so instead of printing empty tables. Problems count every
 * malformed row the read dropped (campaigns excepted: they only name visits).
 */
import type { DailyReportData } from './dailyReportData';
import type { DayFacts } from './dayFacts';

export function reportHasData(data: DailyReportData, facts: DayFacts): boolean {
  return (
    data.visits.teams.length > 0 ||
    facts.incidents.reported.length > 0 ||
    facts.incidents.resolvedCount > 0 ||
    facts.byPost.size > 0 ||
    data.sites.rows.length > 0
  );
}

export function countProblems(data: DailyReportData): number {
  return (
    data.picture.problems.length +
    data.incidents.problems.length +
    data.checkpoints.problems.length +
    data.shifts.problems.length +
    data.sites.problems.length +
    data.teams.problems.length +
    data.visits.problems
  );
}
