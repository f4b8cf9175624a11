/**
 * Which of a day's incidents the printed report lists row by row, pure. A station's day fits
 * whole; a district's (1,500 a day) would run to forty pages nobody reads, so the list keeps
 * what the chief acts on first — higher severity, then still unresolved, then the earliest —
 * up to `INCIDENTS_PRINTED`, shown in order of time. The section's summary table counts every
 * incident of the day, and the XLSX export lists them all; the report says how many are left out.
 */
import { severities } from '#common/schemas';
import type { ReportIncidentRow } from './dailyReportModel';

export const INCIDENTS_PRINTED = 300;

export function printedIncidents(
  rows: readonly ReportIncidentRow[],
  limit: number = INCIDENTS_PRINTED,
): ReportIncidentRow[] {
  if (rows.length <= limit) return [...rows];
  const rank = (row: ReportIncidentRow) =>
    severities.indexOf(row.severity) * 2 + (row.status === 'resolved' ? 1 : 0);
  return [...rows]
    .sort((a, b) => rank(a) - rank(b) || a.reportedAt - b.reportedAt)
    .slice(0, limit)
    .sort((a, b) => a.reportedAt - b.reportedAt);
}
