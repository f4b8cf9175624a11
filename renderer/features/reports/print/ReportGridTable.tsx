/**
 * Section 4: one row per grid, grouped by community (社区) under a heading row with the
 * community's totals — responsible officer, control level as of the report's instant (the
 * cell tinted in the level's map colour), households, sweep coverage by the end of the day,
 * the day's visits and findings, incidents still open. Grids without an officer are marked.
 */
import type { CSSProperties } from 'react';
import { controlLevels } from '#common/schemas';
import { levelColours } from '#renderer/theme/palette';
import type { ReportGridRow } from '../dailyReportModel';
import type { ReportText } from '../useReportText';
import { groupByCommunity } from './gridGroups';

const COLUMNS = 11;

/** The level colours as custom properties for the level cells' classes (reportPrint.css). */
const levelColourVars = Object.fromEntries(
  controlLevels.map((level) => [`--lv-${level}`, levelColours[level]]),
) as CSSProperties;

export function ReportGridTable({ rows, text }: { rows: readonly ReportGridRow[]; text: ReportText }) {
  const { t, n, pct } = text;
  return (
    <table className="report-table" data-table="grids" style={levelColourVars}>
      <thead>
        <tr>
          <th>{t('report.col.code')}</th>
          <th>{t('report.col.grid')}</th>
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
      {groupByCommunity(rows).map((group) => (
        <tbody key={group.community} data-community={group.community}>
          <tr className="group">
            <th colSpan={COLUMNS} scope="rowgroup">
              {t('report.grids.group', {
                community: group.community,
                grids: n(group.rows.length),
                households: n(group.households),
              })}
              {group.inCampaign
                ? t('report.grids.groupCoverage', { coverage: pct(group.inCampaign.coverage) })
                : ''}
            </th>
          </tr>
          {group.rows.map((g) => (
            <tr key={g.id} data-grid={g.code}>
              <td className="code">{g.code}</td>
              <td>{g.name}</td>
              <td className={g.officerName ? undefined : 'warn'}>
                {g.officerName ?? t('report.unassigned')}
              </td>
              <td className={`level lv-${g.level}`}>{text.level(g.level)}</td>
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
      ))}
    </table>
  );
}
