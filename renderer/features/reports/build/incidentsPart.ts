/**
 * The report's incident list, pure: every incident reported within the day, in order of report
 * time, with its grid's code and name and its assignee's name in place of ids.
 */
import type { ReportIncidentRow } from '../dailyReportModel';
import type { DayFacts } from './dayFacts';
import { officerNameOf } from './reportLabels';

export function buildIncidentRows(facts: DayFacts): ReportIncidentRow[] {
  const { gridLabel } = facts.labels;
  return facts.incidents.reported.map((i) => ({
    id: i.id,
    reportedAt: i.reportedAt,
    type: i.type,
    severity: i.severity,
    status: i.status,
    resolvedAt: i.resolvedAt,
    gridCode: gridLabel.get(i.gridId)?.code ?? '',
    gridName: gridLabel.get(i.gridId)?.name ?? '',
    assigneeName: officerNameOf(facts.labels, i.assigneeId),
    description: i.description,
  }));
}
