/**
 * The reports screen's export actions — PDF (desktop: main's printToPDF and save dialog;
 * browser: the print dialog), XLSX and CSV (the export/ module) — with the outcome of the last
 * one in words for the screen, and which one is running. Each action records its export in the
 * audit log only once the file was saved (or, for a browser print, once the dialog closed).
 */
import { useCallback, useState } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { actorOf, useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { MessageKey } from '#renderer/i18n/zh';
import type { ReportSheetKey } from './export/dailyReportSheets';
import {
  exportDailyReportCsv,
  exportDailyReportXlsx,
  type ReportExportOutcome,
} from './export/exportDailyReport';
import type { ReportFormat } from './exportAudit';
import { exportPdfDesktop, openBrowserPrint, type PdfOutcome } from './pdfExport';
import { useStationName } from './useReportArchive';
import { reportExportFailedKey, reportScreenPdfFailedKey } from '#renderer/i18n/keyTables';

export interface ExportNotice {
  kind: 'success' | 'info' | 'error';
  text: string;
  detail?: string;
}

/** True in the desktop app (the preload's bridge is there). */
export function desktopApp(): boolean {
  return typeof window !== 'undefined' && window.gridroom !== undefined;
}

export function useReportExports() {
  const db = useDb();
  const session = useSession();
  const stationName = useStationName() ?? '';
  const { t } = useI18n();
  const [running, setRunning] = useState<ReportFormat | null>(null);
  const [notice, setNotice] = useState<ExportNotice | null>(null);

  const pdfNotice = useCallback(
    (outcome: PdfOutcome): ExportNotice => {
      switch (outcome.status) {
        case 'saved':
          return { kind: 'success', text: t('report.screen.pdfSaved', { file: outcome.fileName }) };
        case 'cancelled':
          return { kind: 'info', text: t('report.screen.pdfCancelled') };
        case 'print-opened':
          return { kind: 'info', text: t('report.screen.printOpened') };
        case 'popup-blocked':
          return { kind: 'error', text: t('report.screen.popupBlocked') };
        case 'failed':
          return {
            kind: 'error',
            text: t(reportScreenPdfFailedKey[outcome.reason]),
            detail: t('report.screen.pdfFailed.detail', { message: outcome.message }),
          };
      }
    },
    [t],
  );

  const fileNotice = useCallback(
    (outcome: ReportExportOutcome): ExportNotice => {
      if (outcome.status === 'saved')
        return { kind: 'success', text: t('reportExport.saved', { fileName: outcome.fileName }) };
      if (outcome.status === 'cancelled') return { kind: 'info', text: t('reportExport.cancelled') };
      const fallback: Partial<Record<typeof outcome.reason, MessageKey>> = {
        'not-found': 'report.screen.pdfFailed.not-found',
        'invalid-date': 'report.invalidDate',
      };
      return {
        kind: 'error',
        text: t(fallback[outcome.reason] ?? reportExportFailedKey[outcome.reason], { date: '' }),
        detail: t('report.screen.pdfFailed.detail', { message: outcome.message }),
      };
    },
    [t],
  );

  const run = useCallback(
    async (format: ReportFormat, date: string, table: ReportSheetKey = 'grids') => {
      if (running) return;
      setRunning(format);
      setNotice(null);
      const actor = actorOf(session);
      try {
        if (format === 'pdf') {
          const api = window.gridroom;
          const outcome = api
            ? await exportPdfDesktop(api, db, actor, date, stationName)
            : openBrowserPrint(date);
          setNotice(pdfNotice(outcome));
        } else {
          const options = { t };
          const outcome =
            format === 'xlsx'
              ? await exportDailyReportXlsx(db, actor, date, options)
              : await exportDailyReportCsv(db, actor, date, table, options);
          setNotice(fileNotice(outcome));
        }
      } finally {
        setRunning(null);
      }
    },
    [running, session, db, stationName, pdfNotice, fileNotice, t],
  );

  return { run, running, notice };
}
