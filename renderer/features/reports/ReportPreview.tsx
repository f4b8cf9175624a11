/**
 * A scaled-down preview of the report as it prints: the same document component as the print
 * layout, fed by the live report of the chosen day, on a paper-coloured ground at a fraction of
 * its size, scrollable. (An iframe of the print route is not possible: the app's CSP forbids
 * framing it, frame-ancestors 'none'.)
 */
import { Spin } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { ReportDocument } from './print/ReportDocument';
import { ReportMapStage } from './print/ReportMapStage';
import type { ReportMapModels } from './print/reportMapQuery';
import { useReportMap } from './print/useReportMap';
import { reportDay } from './reportDay';
import { useDailyReport } from './useDailyReport';
import './print/reportPrint.css';

const SCALE = 0.56;
const PAPER_WIDTH = 800;

export function ReportPreview({ date, height }: { date: string; height: number }) {
  const { t } = useI18n();
  const report = useDailyReport(date);
  const [opened] = useState(() => Date.now());
  const day = useMemo(() => (report ? reportDay(report.header.date, opened) : null), [report, opened]);
  const map = useReportMap(day);
  const [image, setImage] = useState<{ for: ReportMapModels; url: string } | null>(null);
  const onSnapshot = useCallback((url: string) => map && setImage({ for: map, url }), [map]);
  return (
    <div
      className="report-preview"
      style={{ width: PAPER_WIDTH * SCALE + 16, height }}
      data-testid="report-preview"
      data-date={report?.header.date ?? ''}
    >
      {/* drawn outside the zoomed page, at the printed size */}
      {map ? <ReportMapStage models={map} onSnapshot={onSnapshot} /> : null}
      {report ? (
        <div className="report-page report-preview-page" style={{ zoom: SCALE, width: PAPER_WIDTH }}>
          <ReportDocument report={report} mapImage={image && image.for === map ? image.url : null} />
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
