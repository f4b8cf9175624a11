/**
 * Tells whoever waits for the print layout that it is complete (data in, map models and
 * district outlines loaded): the test bridge's `report-ready` signal for tests and benches, and
 * `<body data-report-ready="1">` for Electron's main process, which polls the DOM of its
 * hidden window before printToPDF.
 */
import { signal } from '#renderer/shared/testBridge';

export function markReportReady(): void {
  document.body.dataset['reportReady'] = '1';
  performance.mark('report:ready');
  signal('report-ready');
}

export function clearReportReady(): void {
  delete document.body.dataset['reportReady'];
}
