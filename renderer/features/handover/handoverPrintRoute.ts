/**
 * The handover sheet's print layout address, `#/handover-print?id=<sheet id>`, and printing it:
 * the same window goes to the layout with `print=1`, which opens the print dialog (where the
 * desktop app's and the browser's "Save as PDF" are) once the page is ready, and comes back to
 * 交接班记录 when the dialog closes. The same window, because the desktop app refuses new
 * windows (main/security.ts), and this keeps one path for both. Pure but for `openHandoverPrint`.
 */
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
