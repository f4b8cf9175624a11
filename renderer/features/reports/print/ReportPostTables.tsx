/**
 * Sections 7–9: checkpoint staffing with each 24-hour post's uncovered hours (gap rows first,
 * marked), the day's testing sites with layout, queue and staff, and the volunteer teams with
 * where their members were deployed.
 */
import { siteZones } from '#common/schemas';
import type { ReportCheckpointRow, ReportSiteRow, ReportTeamRow } from '../dailyReportModel';
import type { ReportText } from '../useReportText';
import { formatRun } from './reportFormat';

export function ReportCheckpointTable(props: {
  rows: readonly ReportCheckpointRow[];
  dayEnd: number;
  text: ReportText;
}) {
  const { t, n } = props.text;
  return (
    <table className="report-table" data-table="checkpoints">
      <thead>
        <tr>
          <th className="wide">{t('report.col.checkpoint')}</th>
          <th>{t('report.col.grid')}</th>
          <th>{t('report.col.mode')}</th>
          <th>{t('report.col.postType')}</th>
          <th>{t('report.col.staffed24h')}</th>
          <th className="num">{t('report.col.shifts')}</th>
          <th className="num">{t('report.col.staff')}</th>
          <th className="num">{t('report.col.uncovered')}</th>
          <th>{t('report.col.gaps')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((c) => (
          <tr key={c.id} className={c.uncoveredHours > 0 ? 'gap' : undefined}>
            <td>{c.name}</td>
            <td className="code">{c.gridCode}</td>
            <td>{props.text.mode(c.mode)}</td>
            <td>{props.text.postType(c.postType)}</td>
            <td>{c.staffed24h ? t('report.yes') : t('report.no')}</td>
            <td className="num">{n(c.shifts)}</td>
            <td className="num">{n(c.staff)}</td>
            <td className="num">{n(c.uncoveredHours)}</td>
            <td>
              {c.gaps.length > 0
                ? c.gaps.map((g) => formatRun(g.start, g.end, props.dayEnd)).join(t('report.listSeparator'))
                : t('report.none')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportSiteTable({ rows, text }: { rows: readonly ReportSiteRow[]; text: ReportText }) {
  const { t, n } = text;
  return (
    <table className="report-table" data-table="sites">
      <thead>
        <tr>
          <th className="wide">{t('report.col.site')}</th>
          <th>{t('report.col.grid')}</th>
          <th>{t('report.col.status')}</th>
          <th className="num">{t('report.col.zones')}</th>
          <th className="num">{t('report.col.queue')}</th>
          <th className="num">{t('report.col.sitesStaff')}</th>
          <th>{t('report.col.teams')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <td>{s.name}</td>
            <td className="code">{s.gridCode}</td>
            <td>{text.siteStatus(s.status)}</td>
            <td className="num">
              {s.zonesReady.length}/{siteZones.length}
            </td>
            <td className="num">{n(s.queueLength)}</td>
            <td className="num">
              {n(s.police)}/{n(s.medical)}/{n(s.volunteers)}
            </td>
            <td>{s.teams.length > 0 ? s.teams.join(t('report.listSeparator')) : t('report.none')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportTeamTable({ rows, text }: { rows: readonly ReportTeamRow[]; text: ReportText }) {
  const { t, n } = text;
  return (
    <table className="report-table rows-keep" data-table="teams">
      <thead>
        <tr>
          <th>{t('report.col.teamName')}</th>
          <th>{t('report.col.leader')}</th>
          <th className="num">{t('report.col.members')}</th>
          <th className="num">{t('report.col.deployed')}</th>
          <th className="wide">{t('report.col.posts')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((team) => (
          <tr key={team.id}>
            <td>{team.name}</td>
            <td>{team.leader}</td>
            <td className="num">{n(team.members)}</td>
            <td className="num">{n(team.deployed)}</td>
            <td>
              {team.posts.length > 0
                ? team.posts
                    .map((p) =>
                      t('report.post', { name: p.name, role: text.role(p.role), members: p.members }),
                    )
                    .join(t('report.listSeparator'))
                : t('report.none')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
