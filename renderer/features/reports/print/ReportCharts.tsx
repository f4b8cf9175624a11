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

/** Chart widths on paper (186 mm of text width, two columns 6 mm apart) in CSS px. */
const MM = 96 / 25.4;
const WIDE = Math.floor(186 * MM);
const HALF = Math.floor(((186 - 6) / 2) * MM);

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
          <PaperBurnUp
            data={report.charts.burnUp}
            labels={{ visited: t('chart.burnup.visited'), total: t('chart.burnup.total') }}
            formatDay={(d) => formatDay(d, language)}
            formatNumber={text.n}
            width={HALF}
            height={180}
          />
        </div>
      ) : null}
      {charts.includes('incidents-by-hour') ? (
        <div className="report-chart" data-chart="incidents-by-hour">
          <h3>{t('report.chart.incidents')}</h3>
          <PaperIncidentsByHour
            hours={report.charts.incidentsByHour}
            typeNames={typeNames}
            formatHour={formatClock}
            formatNumber={text.n}
            width={HALF}
            height={180}
          />
        </div>
      ) : null}
      {charts.includes('coverage') ? (
        <div className="report-chart wide" data-chart="coverage">
          <h3>{t('report.chart.coverage')}</h3>
          <PaperCoverageBars bars={bars} formatPercent={text.pct} limit={15} width={WIDE} rowHeight={15} />
        </div>
      ) : null}
      {charts.length === 0 ? <p className="report-empty">{t('report.empty.charts')}</p> : null}
    </div>
  );
}
