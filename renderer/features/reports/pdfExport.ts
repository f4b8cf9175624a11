/**
 * Exporting the daily report as PDF, two ways. Desktop app: `report-export-pdf` — main prints
 * the report's A4 layout with printToPDF and saves it where the user chooses (atomically); the
 * export is recorded in the audit log only after main says it was saved. Browser: the print
 * layout opens in a new window that opens the browser's print dialog once ready; the export is
 * recorded when that dialog closes (`afterprint`), marked as a browser print — the browser
 * does not tell the page whether a file was saved.
 */
import type { GridroomApi, ReportExportPdfReply, ReportPdfFailure } from '#common/ipc/contract';
import type { GridroomDb } from '#renderer/db/database';
import { reportFileName } from '#renderer/export/exportFileName';
import { recordReportExport } from './exportAudit';
import { reportPrintHash } from './reportRoute';

export interface ExportActor {
  madeBy: string;
  workstation: string;
}

export type PdfOutcome =
  | { status: 'saved'; fileName: string; bytes: number }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: ReportPdfFailure; message: string }
  | { status: 'print-opened' }
  | { status: 'popup-blocked' };

const baseName = (filePath: string): string => filePath.split(/[\\/]/).pop() ?? filePath;

export async function exportPdfDesktop(
  api: Pick<GridroomApi, 'reportExportPdf'>,
  db: GridroomDb,
  actor: ExportActor,
  date: string,
  stationName: string,
): Promise<PdfOutcome> {
  let reply: ReportExportPdfReply;
  try {
    reply = await api.reportExportPdf({ date, suggestedName: reportFileName(stationName, date, 'pdf') });
  } catch (error) {
    // main refused the request (it validates every one) or the channel broke
    return {
      status: 'failed',
      reason: 'render-failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  if (reply.status !== 'saved') return reply;
  const fileName = baseName(reply.filePath);
  await recordReportExport(db, actor, { date, format: 'pdf', fileName, bytes: reply.bytes, via: 'desktop' });
  return { status: 'saved', fileName, bytes: reply.bytes };
}

/** The print layout's URL in this app (same cache: same path and query), with `print=1`. */
export function browserPrintUrl(
  date: string,
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
): string {
  return `${location.origin}${location.pathname}${location.search}${reportPrintHash(date)}&print=1`;
}

export function openBrowserPrint(date: string): PdfOutcome {
  const opened = window.open(browserPrintUrl(date, window.location), '_blank');
  return opened ? { status: 'print-opened' } : { status: 'popup-blocked' };
}

/** Records a browser print of the report once its dialog closed. */
export async function recordBrowserPrint(
  db: GridroomDb,
  actor: ExportActor,
  date: string,
  stationName: string,
): Promise<void> {
  await recordReportExport(db, actor, {
    date,
    format: 'pdf',
    fileName: reportFileName(stationName, date, 'pdf'),
    via: 'browser-print',
  });
}
