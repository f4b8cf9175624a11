/**
 * Section 6, door-to-door visits: a summary per visiting team (over every visit), then the
 * visits that found someone unregistered or overdue for testing, or were refused — what the
 * chief acts on. The full list of the day's visits (thousands in a district) is the XLSX export's job; when the
 * notable list is cut, the report says how many more there are.
 */
import { useMemo } from 'react';
import type { ReportVisitRow, ReportVisitTeam } from '../dailyReportModel';
import type { ReportText } from '../useReportText';
import { formatClock } from './reportFormat';
import { isNotableVisit } from '../reportVisits';

export const NOTABLE_VISITS_PRINTED = 200;

export function ReportVisits(props: {
  rows: readonly ReportVisitRow[];
  teams: readonly ReportVisitTeam[];
  text: ReportText;
}) {
  const { rows, teams, text } = props;
  const { t, n } = text;
  const notable = useMemo(() => rows.filter(isNotableVisit), [rows]);
  const shown = notable.slice(0, NOTABLE_VISITS_PRINTED);
  return (
    <>
      <h3>{t('report.visits.byTeam')}</h3>
      <table className="report-table" data-table="visit-teams">
        <thead>
          <tr>
            <th>{t('report.col.team')}</th>
            <th className="num">{t('report.col.visits')}</th>
            <th className="num">{t('report.col.unregistered')}</th>
            <th className="num">{t('report.col.overdue')}</th>
            <th className="num">{t('sweeps.outcome.not-home')}</th>
            <th className="num">{t('sweeps.outcome.refused')}</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((s) => (
            <tr key={s.team}>
              <td>{s.team}</td>
              <td className="num">{n(s.visits)}</td>
              <td className="num">{n(s.unregistered)}</td>
              <td className="num">{n(s.overdue)}</td>
              <td className="num">{n(s.notHome)}</td>
              <td className="num">{n(s.refused)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('report.visits.notable')}</h3>
      {shown.length === 0 ? (
        <p className="report-empty">{t('report.visits.noneNotable')}</p>
      ) : (
        <table className="report-table rows-keep" data-table="visits">
          <thead>
            <tr>
              <th>{t('report.col.time')}</th>
              <th>{t('report.col.grid')}</th>
              <th className="wide">{t('report.col.address')}</th>
              <th>{t('report.col.outcome')}</th>
              <th className="num">{t('report.col.unregistered')}</th>
              <th className="num">{t('report.col.overdue')}</th>
              <th>{t('report.col.team')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v) => (
              <tr key={v.id}>
                <td className="code">{formatClock(v.visitedAt)}</td>
                <td className="code">{v.gridCode}</td>
                <td>{v.address}</td>
                <td>{text.outcome(v.outcome)}</td>
                <td className="num">{n(v.unregisteredFound)}</td>
                <td className="num">{n(v.overdueTestsFound)}</td>
                <td>{v.team}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notable.length > shown.length ? (
        <p className="report-note">{t('report.visits.more', { n: notable.length - shown.length })}</p>
      ) : null}
    </>
  );
}
