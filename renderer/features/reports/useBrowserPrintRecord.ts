/**
 * In the print layout opened for a browser-mode PDF export (`&print=1`): records the export in
 * the audit log once the browser's print dialog closes (`afterprint`), at most once per page.
 */
import { useEffect, useRef } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { actorOf, useSession } from '#renderer/shared/session';
import type { DailyReport } from './dailyReportModel';
import { recordBrowserPrint } from './pdfExport';

export function useBrowserPrintRecord(report: DailyReport | null, enabled: boolean): void {
  const db = useDb();
  const session = useSession();
  const recorded = useRef(false);
  useEffect(() => {
    if (!enabled || !report) return;
    const onAfterPrint = (): void => {
      if (recorded.current) return;
      recorded.current = true;
      void recordBrowserPrint(db, actorOf(session), report.header.date, report.header.stationName);
    };
    window.addEventListener('afterprint', onAfterPrint);
    return () => window.removeEventListener('afterprint', onAfterPrint);
  }, [db, session, report, enabled]);
}
