/**
 * Section 1, the overview: the day's KPIs in four labelled groups (grids, sweep, incidents,
 * posts). Each value cell carries `data-kpi` and its raw value, and label and value sit on one
 * line so the PDF's text reads "label value".
 */
import { controlLevels } from '#common/schemas';
import type { ReportKpis } from '../dailyReportModel';
import type { ReportText } from '../useReportText';
import { levelColours } from '#renderer/theme/palette';
import type { ReactNode } from 'react';

interface Kpi {
  name: string;
  label: ReactNode;
  value: string;
  raw: number | string;
}

function Group({ title, kpis }: { title: string; kpis: Kpi[] }) {
  return (
    <table className="report-kpis">
      <caption>{title}</caption>
      <tbody>
        {kpis.map((k) => (
          <tr key={k.name}>
            <th scope="row">{k.label}</th>
            <td data-kpi={k.name} data-value={k.raw}>
              {k.value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportKpiGroups({ kpis, text }: { kpis: ReportKpis; text: ReportText }) {
  const { t, n, pct } = text;
  const sev = (r: Record<'high' | 'medium' | 'low', number>) =>
    t('report.kpi.bySeverity', { high: r.high, medium: r.medium, low: r.low });
  const count = (name: string, label: ReactNode, value: number): Kpi => ({
    name,
    label,
    value: n(value),
    raw: value,
  });
  const grids: Kpi[] = [
    count('grids-total', t('report.kpi.gridsTotal'), kpis.gridsTotal),
    ...controlLevels.map((level) =>
      count(
        `grids-${level}`,
        <>
          <i className="swatch" style={{ background: levelColours[level] }} />
          {t('report.kpi.gridsAtLevel', { level: text.level(level) })}
        </>,
        kpis.gridsByLevel[level],
      ),
    ),
    count('grids-without-officer', t('report.kpi.gridsWithoutOfficer'), kpis.gridsWithoutOfficer),
    count('overloaded-officers', t('report.kpi.overloadedOfficers'), kpis.overloadedOfficers),
  ];
  const sweep: Kpi[] = [
    {
      name: 'campaign',
      label: t('report.kpi.campaign'),
      value: kpis.campaignName ?? t('report.none'),
      raw: kpis.campaignName ?? '',
    },
    count('households-in-scope', t('report.kpi.householdsInScope'), kpis.householdsInScope),
    count('households-covered', t('report.kpi.householdsCovered'), kpis.householdsCovered),
    { name: 'coverage', label: t('report.kpi.coverage'), value: pct(kpis.coverage), raw: kpis.coverage },
    count('visits', t('report.kpi.visits'), kpis.visits),
    count('newly-covered', t('report.kpi.newlyCovered'), kpis.newlyCovered),
    count('unregistered-found', t('report.kpi.unregisteredFound'), kpis.unregisteredFound),
    count('overdue-found', t('report.kpi.overdueFound'), kpis.overdueFound),
  ];
  const incidents: Kpi[] = [
    count('incidents-new', t('report.kpi.incidentsNew'), kpis.incidentsNew),
    { name: 'incidents-new-by-severity', label: '', value: sev(kpis.incidentsNewBySeverity), raw: '' },
    count('incidents-resolved', t('report.kpi.incidentsResolved'), kpis.incidentsResolved),
    count('incidents-open', t('report.kpi.incidentsOpen'), kpis.incidentsOpen),
    { name: 'incidents-open-by-severity', label: '', value: sev(kpis.openBySeverity), raw: '' },
  ];
  const posts: Kpi[] = [
    count('checkpoints-total', t('report.kpi.checkpointsTotal'), kpis.checkpointsTotal),
    count('checkpoints-staffed', t('report.kpi.checkpointsStaffed'), kpis.checkpointsStaffed),
    count('checkpoints-with-gaps', t('report.kpi.checkpointsWithGaps'), kpis.checkpointsWithGaps),
    count('uncovered-hours', t('report.kpi.uncoveredHours'), kpis.uncoveredHours),
    count('testing-sites', t('report.kpi.testingSites'), kpis.testingSites),
    count('testing-site-queue', t('report.kpi.testingSiteQueue'), kpis.testingSiteQueue),
    count('volunteer-teams', t('report.kpi.volunteerTeamsDeployed'), kpis.volunteerTeamsDeployed),
    count('volunteers', t('report.kpi.volunteersDeployed'), kpis.volunteersDeployed),
  ];
  return (
    <div className="report-kpi-groups">
      <Group title={t('report.kpi.group.grids')} kpis={grids} />
      <Group title={t('report.kpi.group.sweep')} kpis={sweep} />
      <Group title={t('report.kpi.group.incidents')} kpis={incidents} />
      <Group title={t('report.kpi.group.posts')} kpis={posts} />
    </div>
  );
}
