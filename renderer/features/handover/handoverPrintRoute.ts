/**
 * The handover sheet's print layout address, `#/handover-print?id=<sheet id>`, and printing it:
 * the same window goes to the layout with `print=1`, which opens the print dialog (where the
 * desktop app's and the browser's "Save as PDF" are) once the page is ready, and comes back to
 * 交接班记录 when the dialog closes. The same window, because the desktop app refuses new
 * windows (main/security.ts). In the desktop app, 打印 / PDF saves a one-page PDF instead: main
 * prints the same layout in a hidden window (`handover-export-pdf`, as the daily report's PDF).
 * Pure but for `openHandoverPrint` and `printHandover`.
 */
import type { ReportExportPdfReply } from '#common/ipc/contract';
import { navigate } from '#renderer/shared/useHashRoute';

export const HANDOVER_PRINT_ROUTE = 'handover-print';

export function handoverPrintPath(id: string, print = false): string {
  return `${HANDOVER_PRINT_ROUTE}?id=${encodeURIComponent(id)}${print ? '&print=1' : ''}`;
}

/** The sheet id and whether to print, from a location hash. */
export function handoverPrintFromHash(hash: string): { id: string | null; print: boolean } {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const id = params.get('id');
  return { id: id && /^[0-9a-f-]{36}$/i.test(id) ? id : null, print: params.get('print') === '1' };
}

export function openHandoverPrint(id: string): void {
  navigate(handoverPrintPath(id, true));
}

/** The PDF's suggested name: 交接班记录-<day>-<first 8 of the id>.pdf (a bare file name). */
export function handoverPdfName(id: string, day: string): string {
  return `交接班记录-${day}-${id.slice(0, 8)}.pdf`;
}

/**
 * Desktop app: main saves the sheet as a one-page PDF where the officer chooses (its reply);
 * in a browser, the print dialog on the layout (`print-dialog`).
 */
export async function printHandover(id: string, day: string): Promise<ReportExportPdfReply | 'print-dialog'> {
  const api = typeof window !== 'undefined' ? window.gridroom : undefined;
  if (!api) {
    openHandoverPrint(id);
    return 'print-dialog';
  }
  return api.handoverExportPdf({ id, suggestedName: handoverPdfName(id, day) });
}
