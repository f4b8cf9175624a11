/**
 * The report's masthead: station and title, the day with its weekday, and who prepared it,
 * when it was generated, what the data and the state figures are as of. A date with no data
 * gets a notice here, before any section.
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import type { DailyReport } from '../dailyReportModel';
import { formatLongDay, formatStamp } from './reportFormat';

/** `titleLevel` 2 inside the 报告 screen's preview, whose page already has its h1. */
export function ReportHeader({ report, titleLevel = 1 }: { report: DailyReport; titleLevel?: 1 | 2 }) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  const { t, language } = useI18n();
  const h = report.header;
  const meta: Array<[string, string, string]> = [
    [
      'district',
      t('report.district'),
      [h.district, h.subBureau].filter(Boolean).join(' · ') || t('report.unknown'),
    ],
    ['date', t('report.screen.date'), h.date],
    ['prepared-by', t('report.preparedBy'), h.preparedBy],
    ['generated-at', t('report.generatedAt'), formatStamp(h.generatedAt)],
    ['data-as-of', t('report.dataAsOf'), h.dataAsOf !== null ? formatStamp(h.dataAsOf) : t('report.unknown')],
    ['as-of', t('report.asOf'), formatStamp(h.asOf)],
  ];
  return (
    <header className="report-header">
      <Title data-testid="report-title">{t('report.title', { station: h.stationName })}</Title>
      <p className="report-day" data-testid="report-day">
        {formatLongDay(h.date, language)}
      </p>
      <dl className="report-meta">
        {meta.map(([key, label, value]) => (
          <div key={key} data-meta={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {!report.hasData ? (
        <p className="report-notice" role="note" data-testid="report-no-data">
          {t('report.noData', { date: h.date })}
        </p>
      ) : null}
      {report.problems > 0 ? (
        <p className="report-notice">{t('report.problems', { n: report.problems })}</p>
      ) : null}
    </header>
  );
}
