/**
 * The daily report's A4 print layout at `#/report-print?date=YYYY-MM-DD` (yesterday when no
 * date is given), outside the shell's chrome: what printToPDF (Electron), the browser's print
 * and the tests' page.pdf() render. Light theme for paper; the `@page` rules carry the running
 * header (station, date) and "page n of m". When the data and the map's models and outlines are
 * in (the charts are SVG drawn with the document), it signals `report-ready` (test bridge)
 * and sets `body[data-report-ready]` (Electron).
 * With `&print=1` it opens the browser's print dialog once ready (browser-mode PDF export) and
 * records the export when that dialog closes. `earlyVisits` is the day's visits as the route
 * started reading them with the layout's code (printedVisitsPrefetch.ts), passed to the build.
 */
import { Alert, ConfigProvider, Spin, theme } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { useSettings } from '#renderer/shared/useSettings';
import { ReportDocument } from './print/ReportDocument';
import { pageMarginCss } from './print/pageMarginCss';
import { clearReportReady, markReportReady } from './print/reportReady';
import { expose } from '#renderer/shared/testBridge';
import { useReportMap } from './print/useReportMap';
import { useReportSnapshot } from './print/useReportSnapshot';
import { useBrowserPrintRecord } from './useBrowserPrintRecord';
import { reportDateFromHash } from './reportRoute';
import { reportFileName } from '#renderer/export/exportFileName';
import type { EarlyPrintedVisits } from './printedVisitsPrefetch';
import './print/reportPrint.css';

const paperTheme = {
  algorithm: theme.defaultAlgorithm,
  token: { colorBgBase: '#ffffff', colorText: '#1a1a1a' },
};

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Paper colours for the whole page while the layout is shown. */
function usePaperPage(): void {
  useEffect(() => {
    document.documentElement.classList.add('report-paper');
    return () => document.documentElement.classList.remove('report-paper');
  }, []);
}

export function ReportPrintPage({ earlyVisits = null }: { earlyVisits?: EarlyPrintedVisits | null }) {
  const { t } = useI18n();
  usePaperPage();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const [opened] = useState(() => Date.now());
  const route = useMemo(() => reportDateFromHash(hash, opened), [hash, opened]);
  const wantsPrint = useMemo(
    () => new URLSearchParams(hash.split('?')[1] ?? '').get('print') === '1',
    [hash],
  );
  const settings = useSettings();
  const session = useSession();
  // the map is read while the report is built (both for the same instant)
  const snapshot = useReportSnapshot(
    route.valid ? route.date : null,
    settings ? session.name : null,
    opened,
    earlyVisits,
  );
  const report = snapshot.status === 'ready' ? snapshot.report : null;
  const map = useReportMap(snapshot.status === 'ready' ? snapshot.map : null);
  // the charts are plain SVG drawn with the document: nothing more to wait for
  const ready = report !== null && map !== null;
  useBrowserPrintRecord(report, wantsPrint);

  useEffect(() => {
    if (!ready) clearReportReady();
  }, [ready]);
  // stages of the layout, for the bench's breakdown
  useEffect(() => {
    if (!report) return;
    performance.mark('report:data');
    expose('report', report);
  }, [report]);
  useEffect(() => {
    if (map) performance.mark('report:map-models');
  }, [map]);

  useEffect(() => {
    if (!report) return;
    const previous = document.title;
    // the browser's "Save as PDF" offers the document title as the file name
    document.title = reportFileName(report.header.stationName, report.header.date, 'pdf').replace(
      /\.pdf$/,
      '',
    );
    return () => {
      document.title = previous;
    };
  }, [report]);

  // Ready as soon as the document is committed: printing lays the document out, decodes its
  // pictures (all data: URLs) and paints it itself, so no frame on screen needs to come first.
  useLayoutEffect(() => {
    if (ready) markReportReady();
  }, [ready]);
  // The browser's print dialog once the page is on screen (browser-mode PDF export).
  useEffect(() => {
    if (ready && wantsPrint) window.print();
  }, [ready, wantsPrint]);

  const pageCss = report
    ? pageMarginCss(
        {
          left: t('report.title', { station: report.header.stationName }),
          right: report.header.date,
        },
        t('report.footer.pages'),
      )
    : '';

  return (
    <ConfigProvider theme={paperTheme}>
      <div className="report-page" data-testid="report-print" data-ready={ready ? '1' : '0'}>
        {pageCss ? <style>{pageCss}</style> : null}
        {!route.valid ? (
          <Alert
            type="error"
            showIcon
            data-testid="report-invalid-date"
            message={t('report.invalidDate', { date: route.raw })}
          />
        ) : snapshot.status === 'failed' ? (
          <Alert type="error" showIcon message={snapshot.message} />
        ) : report ? (
          <ReportDocument report={report} map={map} />
        ) : (
          <div className="report-loading">
            <Spin />
            <p>{t('report.loading')}</p>
          </div>
        )}
      </div>
    </ConfigProvider>
  );
}
