/**
 * The Electron side of the PDF exports: prints an A4 layout (the daily report of a date, a
 * handover sheet) in a
 * hidden window (same secure webPreferences as every window; painting and timers kept running
 * while hidden, so the map and charts draw), waits for the layout's `body[data-report-ready]`
 * marker, then `webContents.printToPDF` with A4 and backgrounds, honouring the page's own
 * `@page` rules (margins, running header, page numbers). The window is destroyed either way.
 */
import { BrowserWindow } from 'electron';
import { pollUntil } from './reportPdf';
import { secureWebPreferences } from './security';

export interface ReportPdfWindowOptions {
  preloadPath: string;
  /** URL of the renderer's index.html (app://gridroom/index.html, or the dev server). */
  entryUrl: string;
  timeoutMs?: number;
}

/**
 * Any A4 print layout of the app by its route (`report-print?date=…`, `handover-print?id=…`):
 * every one sets `body[data-report-ready]` once drawn. Routes are built here from values the
 * contract checked (a date, a UUID), never taken from the renderer whole.
 */
export function createPrintRouteRenderer(
  options: ReportPdfWindowOptions,
): (route: string) => Promise<Uint8Array> {
  return async (route) => {
    const window = new BrowserWindow({
      show: false,
      paintWhenInitiallyHidden: true,
      width: 1000,
      height: 1400,
      webPreferences: { ...secureWebPreferences(options.preloadPath), backgroundThrottling: false },
    });
    try {
      await window.loadURL(`${options.entryUrl}#/${route}`);
      await pollUntil(
        async () =>
          (await window.webContents.executeJavaScript('document.body.dataset.reportReady === "1"')) === true,
        { intervalMs: 100, timeoutMs: options.timeoutMs ?? 120_000 },
      );
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
    }
  };
}
