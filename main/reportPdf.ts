/**
 * Main side of `report-export-pdf`: the daily report of a date as a PDF, saved where the user
 * chooses. Order: the save dialog (on the suggested name), then the render (printToPDF of the
 * print layout in a hidden window), then the atomic write (fileSave.ts) — so a cancel renders
 * nothing, and a failed render or write leaves no file, half-written or otherwise. Every failure
 * comes back as a typed reason the renderer shows in words. One export at a time: a second
 * request while one runs is refused as `busy`. Pure of Electron: dialog, renderer and writer
 * are deps (reportPdfWindow.ts has the Electron renderer).
 */
import type { ReportExportPdfReply, ReportExportPdfRequest } from '#common/ipc/contract';
import { FileSaveError, type SavedFile } from './fileSave';

/** What a PDF export needs, for a request naming what to print (a report's date, a handover's id). */
export interface PdfExportDeps<R> {
  /** The save dialog on the suggested name; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** The PDF bytes of the print layout the request names. */
  renderPdf(request: R): Promise<Uint8Array>;
  /** Writes the whole file or nothing (saveFileAtomically). */
  saveFileAtomically(filePath: string, bytes: Uint8Array): Promise<SavedFile>;
}

export interface ReportPdfDeps extends Omit<PdfExportDeps<ReportExportPdfRequest>, 'renderPdf'> {
  /** The PDF bytes of the print layout of `date`. */
  renderPdf(date: string): Promise<Uint8Array>;
}

export const reportPdfFilters = [{ name: 'PDF', extensions: ['pdf'] }];

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A PDF starts with `%PDF-`; anything else is a failed render, not a file to save. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return bytes.byteLength > 5 && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
}

/** The daily report's export: the generic one, rendering the layout of the request's date. */
export function createReportPdfHandler(deps: ReportPdfDeps) {
  return createPdfExportHandler<ReportExportPdfRequest>({
    ...deps,
    renderPdf: (request) => deps.renderPdf(request.date),
  });
}

/** Dialog, render, check, atomic write — one export at a time per handler. */
export function createPdfExportHandler<R extends { suggestedName: string }>(deps: PdfExportDeps<R>) {
  let running = false;
  return async (request: R): Promise<ReportExportPdfReply> => {
    if (running) return { status: 'failed', reason: 'busy', message: 'a PDF export is already running' };
    running = true;
    try {
      const filePath = await deps.chooseSavePath(request.suggestedName);
      if (filePath === null) return { status: 'cancelled' };
      let bytes: Uint8Array;
      try {
        bytes = await deps.renderPdf(request);
      } catch (error) {
        return { status: 'failed', reason: 'render-failed', message: messageOf(error) };
      }
      if (!looksLikePdf(bytes))
        return { status: 'failed', reason: 'render-failed', message: 'the renderer returned no PDF' };
      try {
        const saved = await deps.saveFileAtomically(filePath, bytes);
        return { status: 'saved', filePath: saved.filePath, bytes: saved.bytes };
      } catch (error) {
        return {
          status: 'failed',
          reason: error instanceof FileSaveError ? error.reason : 'write-failed',
          message: messageOf(error),
        };
      }
    } finally {
      running = false;
    }
  };
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * Resolves once `check` answers true (asked every `intervalMs`); rejects after `timeoutMs`, or
 * at once if `check` throws (the page is gone). Used to wait for the print layout's
 * `body[data-report-ready]` marker before printToPDF.
 */
export async function pollUntil(check: () => Promise<boolean>, options: PollOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutMs;
  for (;;) {
    if (await check()) return;
    if (now() >= deadline) throw new Error(`the report layout was not ready within ${options.timeoutMs} ms`);
    await sleep(options.intervalMs);
  }
}
