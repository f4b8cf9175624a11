/**
 * Section 4: one row per grid — responsible officer, control level as of the report's
 * instant, households, sweep coverage by the end of the day, the day's visits and findings,
 * incidents still open. Grids without an officer are marked.
 */
import { levelColours } from '../../../theme/palette';
import type { ReportGridRow } from '../dailyReportModel';
import type { ReportText } from '../useReportText';

export function ReportGridTable({ rows, text }: { rows: readonly ReportGridRow[]; text: ReportText }) {
  const { t, n, pct } = text;
  return (
    <table className="report-table" data-table="grids">
      <thead>
        <tr>
          <th>{t('report.col.code')}</th>
          <th>{t('report.col.grid')}</th>
          <th>{t('report.col.community')}</th>
          <th>{t('report.col.officer')}</th>
          <th>{t('report.col.level')}</th>
          <th className="num">{t('report.col.households')}</th>
          <th className="num">{t('report.col.covered')}</th>
          <th className="num">{t('report.col.coverage')}</th>
          <th className="num">{t('report.col.visits')}</th>
          <th className="num">{t('report.col.unregistered')}</th>
          <th className="num">{t('report.col.overdue')}</th>
          <th className="num">{t('report.col.openIncidents')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((g) => (
          <tr key={g.id} data-grid={g.code}>
            <td className="code">{g.code}</td>
            <td>{g.name}</td>
            <td>{g.community}</td>
            <td className={g.officerName ? undefined : 'warn'}>{g.officerName ?? t('report.unassigned')}</td>
            <td>
              <i className="swatch" style={{ background: levelColours[g.level] }} />
              {text.level(g.level)}
            </td>
            <td className="num">{n(g.households)}</td>
            <td className="num">{g.inCampaign ? n(g.covered) : t('report.none')}</td>
            <td className="num">{g.inCampaign ? pct(g.coverage) : t('report.none')}</td>
            <td className="num">{n(g.visits)}</td>
            <td className="num">{n(g.unregisteredFound)}</td>
            <td className="num">{n(g.overdueFound)}</td>
            <td className="num">{n(g.openIncidents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
