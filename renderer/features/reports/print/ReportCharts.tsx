/**
 * Section 3's charts, drawn as plain SVG at their size on paper (`paperCharts/`): the
 * campaign's burn-up up to the day, the day's incidents per hour by type, and the grids with
 * the lowest coverage. They are in the document from its first render, so printing never waits
 * for a chart to measure itself. Each chart box carries `data-chart` for tests.
 */
import { useMemo } from 'react';
import { incidentTypes, type IncidentType } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDay } from '#renderer/i18n/translate';
import type { DailyReport } from '../dailyReportModel';
import type { ReportText } from '../useReportText';
import { PaperBurnUp } from './paperCharts/PaperBurnUp';
import { PaperCoverageBars } from './paperCharts/PaperCoverageBars';
import { PaperIncidentsByHour } from './paperCharts/PaperIncidentsByHour';
import { formatClock } from './reportFormat';
import { ChartFigure } from '#renderer/charts/ChartFigure';
import { burnUpSummary, coverageSummary, incidentsByHourSummary } from '#renderer/charts/chartSummaries';

/** Chart widths on paper (186 mm of text width, two columns 6 mm apart) in CSS px. */
const MM = 96 / 25.4;
const WIDE = Math.floor(186 * MM);
/** Grids the coverage chart lists. */
const COVERAGE_LIMIT = 15;
const HALF = Math.floor(((186 - 6) / 2) * MM);

/** Incidents per hour over all types (the chart's stacks), for its text summary. */
function hourTotals(report: DailyReport): Array<{ hourStart: number; count: number }> {
  return report.charts.incidentsByHour.map((h) => ({
    hourStart: h.hourStart,
    count: Object.values(h.byType).reduce<number>((n, c) => n + (c ?? 0), 0),
  }));
}

/** Names of the charts a report draws. */
function chartsOf(report: DailyReport): string[] {
  const charts: string[] = [];
  if (report.charts.burnUp.length > 0) charts.push('burn-up');
  if (report.kpis.incidentsNew > 0) charts.push('incidents-by-hour');
  if (report.hasData && report.grids.some((g) => g.inCampaign)) charts.push('coverage');
  return charts;
}

export function ReportCharts({ report, text }: { report: DailyReport; text: ReportText }) {
  const { t } = text;
  const { language } = useI18n();
  const charts = chartsOf(report);
  const typeNames = useMemo(
    () =>
      Object.fromEntries(incidentTypes.map((k) => [k, text.incidentType(k)])) as Record<IncidentType, string>,
    [text],
  );
  const bars = useMemo(
    () =>
      report.grids
        .filter((g) => g.inCampaign)
        .map((g) => ({ id: g.id, code: g.code, name: g.name, coverage: g.coverage })),
    [report],
  );
  return (
    <div className="report-charts">
      {charts.includes('burn-up') ? (
        <div className="report-chart" data-chart="burn-up">
          <h3>{t('report.chart.burnUp')}</h3>
          <ChartFigure
            title={t('report.chart.burnUp')}
            summary={burnUpSummary(t, report.charts.burnUp, (d) => formatDay(d, language), text.n)}
          >
            <PaperBurnUp
              title={t('report.chart.burnUp')}
              data={report.charts.burnUp}
              labels={{ visited: t('chart.burnup.visited'), total: t('chart.burnup.total') }}
              formatDay={(d) => formatDay(d, language)}
              formatNumber={text.n}
              width={HALF}
              height={180}
            />
          </ChartFigure>
        </div>
      ) : null}
      {charts.includes('incidents-by-hour') ? (
        <div className="report-chart" data-chart="incidents-by-hour">
          <h3>{t('report.chart.incidents')}</h3>
          <ChartFigure
            title={t('report.chart.incidents')}
            summary={incidentsByHourSummary(t, hourTotals(report), formatClock, text.n)}
          >
            <PaperIncidentsByHour
              title={t('report.chart.incidents')}
              hours={report.charts.incidentsByHour}
              typeNames={typeNames}
              formatHour={formatClock}
              formatNumber={text.n}
              width={HALF}
              height={180}
            />
          </ChartFigure>
        </div>
      ) : null}
      {charts.includes('coverage') ? (
        <div className="report-chart wide" data-chart="coverage">
          <h3>{t('report.chart.coverage')}</h3>
          <ChartFigure
            title={t('report.chart.coverage')}
            summary={coverageSummary(
              t,
              bars.map((b) => ({ ...b, label: b.code })),
              COVERAGE_LIMIT,
              text.pct,
            )}
          >
            <PaperCoverageBars
              title={t('report.chart.coverage')}
              bars={bars}
              formatPercent={text.pct}
              limit={COVERAGE_LIMIT}
              width={WIDE}
              rowHeight={15}
            />
          </ChartFigure>
        </div>
      ) : null}
      {charts.length === 0 ? <p className="report-empty">{t('report.empty.charts')}</p> : null}
    </div>
  );
}
