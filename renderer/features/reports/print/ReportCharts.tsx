/**
 * Section 3's charts, drawn by the app's recharts components with animation off (they never
 * animate), at fixed heights: the campaign's burn-up up to the day, the day's incidents per
 * hour by type, and the grids with the lowest coverage. Each chart box carries `data-chart`,
 * so readiness can check every chart has drawn its SVG before printing.
 */
import { useMemo } from 'react';
import { incidentTypes, type IncidentType } from '../../../../common/schemas';
import { BurnUpChart } from '../../../charts/BurnUpChart';
import { CoverageByGridChart } from '../../../charts/CoverageByGridChart';
import { IncidentsByHourChart } from '../../../charts/IncidentsByHourChart';
import { useI18n } from '../../../i18n/I18nContext';
import { formatDay } from '../../../i18n/translate';
import type { DailyReport } from '../dailyReportModel';
import type { ReportText } from '../useReportText';
import { formatClock } from './reportFormat';

const noop = (): void => undefined;

/** Chart widths on paper (186 mm of text width, two columns 6 mm apart) in CSS px. */
const MM = 96 / 25.4;
const WIDE = Math.floor(186 * MM);
const HALF = Math.floor(((186 - 6) / 2) * MM);

/** Names of the charts a report draws (what readiness waits for). */
export function chartsOf(report: DailyReport): string[] {
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
  const buckets = useMemo(
    () => report.charts.incidentsByHour.map((h) => ({ hourStart: h.hourStart, ...h.byType })),
    [report],
  );
  const typeNames = useMemo(
    () =>
      Object.fromEntries(incidentTypes.map((k) => [k, text.incidentType(k)])) as Record<IncidentType, string>,
    [text],
  );
  const bars = useMemo(
    () =>
      report.grids
        .filter((g) => g.inCampaign)
        .map((g) => ({ id: g.id, label: g.code, name: g.name, coverage: g.coverage })),
    [report],
  );
  return (
    <div className="report-charts">
      {charts.includes('burn-up') ? (
        <div className="report-chart" data-chart="burn-up">
          <h3>{t('report.chart.burnUp')}</h3>
          <BurnUpChart
            data={report.charts.burnUp}
            labels={{ visited: t('chart.burnup.visited'), total: t('chart.burnup.total') }}
            formatDay={(d) => formatDay(d, language)}
            formatNumber={text.n}
            height={190}
            width={HALF}
          />
        </div>
      ) : null}
      {charts.includes('incidents-by-hour') ? (
        <div className="report-chart" data-chart="incidents-by-hour">
          <h3>{t('report.chart.incidents')}</h3>
          <IncidentsByHourChart
            buckets={buckets}
            typeNames={typeNames}
            formatHour={formatClock}
            height={190}
            width={HALF}
          />
        </div>
      ) : null}
      {charts.includes('coverage') ? (
        <div className="report-chart wide" data-chart="coverage">
          <h3>{t('report.chart.coverage')}</h3>
          <CoverageByGridChart
            bars={bars}
            selectedId={null}
            onSelect={noop}
            formatPercent={text.pct}
            limit={15}
            height={260}
            width={WIDE}
          />
        </div>
      ) : null}
      {charts.length === 0 ? <p className="report-empty">{t('report.empty.charts')}</p> : null}
    </div>
  );
}
