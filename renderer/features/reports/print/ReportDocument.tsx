/**
 * The daily report as one A4 document: masthead, then nine numbered sections. A section with
 * nothing to show says so in a sentence (ReportSection); on a date with no data every flow
 * section does, and the masthead says why.
 */
import { memo } from 'react';
import type { DailyReport } from '../dailyReportModel';
import { useReportText } from '../useReportText';
import { ReportCharts } from './ReportCharts';
import { ReportGridTable } from './ReportGridTable';
import { ReportHeader } from './ReportHeader';
import { ReportIncidentTable } from './ReportIncidentTable';
import { ReportKpiGroups } from './ReportKpis';
import { ReportFusionLine } from './ReportFusionLine';
import { ReportMap, type ReportMapData } from './ReportMap';
import { ReportCheckpoints } from './ReportCheckpoints';
import { ReportSiteTable, ReportTeamTable } from './ReportPostTables';
import { ReportSection } from './ReportSection';
import { ReportVisits } from './ReportVisits';
import { formatStamp } from './reportFormat';

/** Memoised: the page around it re-renders as readiness changes; a district's document is dozens of pages. */
export const ReportDocument = memo(function ReportDocument(props: {
  report: DailyReport;
  map: ReportMapData | null;
  /** The title's heading level: 2 where the page around it has its own h1 (the preview). */
  titleLevel?: 1 | 2;
}) {
  const { report } = props;
  const text = useReportText();
  const { t } = text;
  const deployed = report.volunteerTeams.filter((team) => team.deployed > 0);
  return (
    <article className="report-doc" data-testid="report-doc" data-has-data={report.hasData ? '1' : '0'}>
      <ReportHeader report={report} titleLevel={props.titleLevel} />
      <ReportSection id="kpis" title={t('report.section.kpis')} empty={false} emptyText="">
        <ReportKpiGroups kpis={report.kpis} text={text} />
        <ReportFusionLine fusion={report.fusion ?? null} text={text} />
      </ReportSection>
      <ReportSection id="map" title={t('report.section.map')} empty={false} emptyText="" className="keep">
        <ReportMap
          map={props.map}
          caption={t('report.map.caption', { time: formatStamp(report.header.asOf) })}
        />
      </ReportSection>
      <ReportSection id="charts" title={t('report.section.charts')} empty={false} emptyText="">
        <ReportCharts report={report} text={text} />
      </ReportSection>
      <ReportSection
        id="grids"
        title={t('report.section.grids')}
        empty={!report.hasData}
        emptyText={t('report.empty.grids')}
      >
        <ReportGridTable rows={report.grids} text={text} />
      </ReportSection>
      <ReportSection
        id="incidents"
        title={t('report.section.incidents')}
        empty={report.incidents.length === 0}
        emptyText={t('report.empty.incidents')}
      >
        <ReportIncidentTable rows={report.incidents} text={text} />
      </ReportSection>
      <ReportSection
        id="visits"
        title={t('report.section.visits')}
        empty={report.visitTeams.length === 0}
        emptyText={t('report.empty.visits')}
      >
        <ReportVisits rows={report.visits} teams={report.visitTeams} text={text} />
      </ReportSection>
      <ReportSection
        id="checkpoints"
        title={t('report.section.checkpoints')}
        empty={report.kpis.checkpointsStaffed === 0}
        emptyText={t('report.empty.checkpoints')}
      >
        <ReportCheckpoints rows={report.checkpoints} dayEnd={report.header.dayEnd} text={text} />
      </ReportSection>
      <ReportSection
        id="sites"
        title={t('report.section.sites')}
        empty={report.testingSites.length === 0}
        emptyText={t('report.empty.sites')}
      >
        <ReportSiteTable rows={report.testingSites} text={text} />
      </ReportSection>
      <ReportSection
        id="teams"
        title={t('report.section.teams')}
        empty={deployed.length === 0}
        emptyText={t('report.empty.teams')}
      >
        <ReportTeamTable rows={deployed} text={text} />
      </ReportSection>
    </article>
  );
});
