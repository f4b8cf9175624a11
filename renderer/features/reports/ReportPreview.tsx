/**
 * A scaled-down preview of the report as it prints: the same document component as the print
 * layout, fed by the live report of the chosen day, on a paper-coloured ground at a fraction of
 * its size, scrollable. (An iframe of the print route is not possible: the app's CSP forbids
 * framing it, frame-ancestors 'none'.)
 */
import { Spin } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { ReportDocument } from './print/ReportDocument';
import { useReportMap } from './print/useReportMap';
import { useDailyReport } from './useDailyReport';
import './print/reportPrint.css';

const SCALE = 0.56;
const PAPER_WIDTH = 800;

export function ReportPreview({ date, height }: { date: string; height: number }) {
  const { t } = useI18n();
  const parts = useDailyReport(date);
  const report = parts ? parts.report : parts;
  const map = useReportMap(parts?.map);
  return (
    <div
      className="report-preview"
      style={{ width: PAPER_WIDTH * SCALE + 16, height }}
      data-testid="report-preview"
      tabIndex={0}
      role="region"
      aria-label={t('report.screen.preview')}
      data-scroll-region
      data-date={report?.header.date ?? ''}
    >
      {report ? (
        <div className="report-page report-preview-page" style={{ zoom: SCALE, width: PAPER_WIDTH }}>
          <ReportDocument report={report} map={map} titleLevel={2} />
        </div>
      ) : report === null ? (
        <p>{t('report.invalidDate', { date })}</p>
      ) : (
        <div className="report-loading">
          <Spin />
          <p>{t('report.loading')}</p>
        </div>
      )}
    </div>
  );
}
