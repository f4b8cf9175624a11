/**
 * Section 5: the day's incidents — every one counted by type and severity (with how many are
 * resolved), then the list in order of time with their current status; a district's long day
 * lists the most pressing ones (printedIncidents.ts) and says how many more the XLSX holds.
 */
import { useMemo } from 'react';
import { incidentTypes, severities, type IncidentType, type Severity } from '#common/schemas';
import type { ReportIncidentRow } from '../dailyReportModel';
import { printedIncidents } from '../printedIncidents';
import type { ReportText } from '../useReportText';
import { formatClock } from './reportFormat';

interface TypeCount {
  type: IncidentType;
  bySeverity: Record<Severity, number>;
  total: number;
  resolved: number;
}

export function countByType(rows: readonly ReportIncidentRow[]): TypeCount[] {
  const byType = new Map<IncidentType, TypeCount>();
  for (const row of rows) {
    const cell = byType.get(row.type) ?? {
      type: row.type,
      bySeverity: { high: 0, medium: 0, low: 0 },
      total: 0,
      resolved: 0,
    };
    cell.bySeverity[row.severity] += 1;
    cell.total += 1;
    if (row.status === 'resolved') cell.resolved += 1;
    byType.set(row.type, cell);
  }
  return incidentTypes.flatMap((type) => byType.get(type) ?? []);
}

function IncidentSummary({ rows, text }: { rows: readonly ReportIncidentRow[]; text: ReportText }) {
  const { t, n } = text;
  const counts = useMemo(() => countByType(rows), [rows]);
  return (
    <table className="report-table" data-table="incident-types">
      <thead>
        <tr>
          <th>{t('report.col.type')}</th>
          {severities.map((s) => (
            <th key={s} className="num">
              {text.severity(s)}
            </th>
          ))}
          <th className="num">{t('report.col.total')}</th>
          <th className="num">{t('report.col.resolvedNow')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.type}>
            <td>{text.incidentType(c.type)}</td>
            {severities.map((s) => (
              <td key={s} className="num">
                {n(c.bySeverity[s])}
              </td>
            ))}
            <td className="num">{n(c.total)}</td>
            <td className="num">{n(c.resolved)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportIncidentTable({
  rows,
  text,
}: {
  rows: readonly ReportIncidentRow[];
  text: ReportText;
}) {
  const { t, n } = text;
  const shown = useMemo(() => printedIncidents(rows), [rows]);
  return (
    <>
      <h3>{t('report.incidents.byType')}</h3>
      <IncidentSummary rows={rows} text={text} />
      <h3>{t('report.incidents.list')}</h3>
      {shown.length < rows.length ? (
        <p className="report-note" data-testid="report-incidents-cut">
          {t('report.incidents.cut', { total: n(rows.length), shown: n(shown.length) })}
        </p>
      ) : null}
      <table className="report-table rows-keep" data-table="incidents">
        <thead>
          <tr>
            <th>{t('report.col.time')}</th>
            <th>{t('report.col.type')}</th>
            <th>{t('report.col.severity')}</th>
            <th>{t('report.col.grid')}</th>
            <th className="wide">{t('report.col.description')}</th>
            <th>{t('report.col.status')}</th>
            <th>{t('report.col.assignee')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((i) => (
            <tr key={i.id} className={i.severity === 'high' ? 'high' : undefined}>
              <td className="code">{formatClock(i.reportedAt)}</td>
              <td>{text.incidentType(i.type)}</td>
              <td>{text.severity(i.severity)}</td>
              <td className="code">{i.gridCode}</td>
              <td>{i.description}</td>
              <td>{text.incidentStatus(i.status)}</td>
              <td>{i.assigneeName ?? t('report.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
