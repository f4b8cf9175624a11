/** Section 5: the incidents reported that day, in order of time, with their current status. */
import type { ReportIncidentRow } from '../dailyReportModel';
import type { ReportText } from '../useReportText';
import { formatClock } from './reportFormat';

export function ReportIncidentTable({
  rows,
  text,
}: {
  rows: readonly ReportIncidentRow[];
  text: ReportText;
}) {
  const { t } = text;
  return (
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
        {rows.map((i) => (
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
  );
}
