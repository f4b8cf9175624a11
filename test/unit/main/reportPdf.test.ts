/**
 * `report-export-pdf` in main, with fake dialog and renderer and the real atomic saver on a
 * temp folder: cancel renders and writes nothing; a save writes the rendered PDF whole; a full
 * disk or a failed render tells why and leaves no file; a second export while one runs is
 * refused; requests that are not a date and a bare `.pdf` name never reach the handler; and
 * the wait for the print layout's ready marker gives up after its time.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract, ipcChannels } from '#common/ipc/contract';
import { FileSaveError, saveFileAtomically, type SavedFile } from '#main/fileSave';
import {
  createPdfExportHandler,
  createReportPdfHandler,
  looksLikePdf,
  pollUntil,
  type ReportPdfDeps,
} from '#main/reportPdf';
import { handoverPdfName } from '#renderer/features/handover/handoverPrintRoute';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-reportpdf-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n% a stand-in for printToPDF output\n%%EOF\n');
const request = { date: '2026-11-27', suggestedName: '禾山派出所_日报_2026-11-27.pdf' };

function deps(overrides: Partial<ReportPdfDeps> = {}): ReportPdfDeps & {
  chooseSavePath: ReturnType<typeof vi.fn>;
  renderPdf: ReturnType<typeof vi.fn>;
  saveFileAtomically: ReturnType<typeof vi.fn>;
} {
  return {
    chooseSavePath: vi.fn(async (name: string) => path.join(dir, name)),
    renderPdf: vi.fn(async () => pdfBytes),
    saveFileAtomically: vi.fn((filePath: string, bytes: Uint8Array) => saveFileAtomically(filePath, bytes)),
    ...overrides,
  } as never;
}

describe('report-export-pdf handler', () => {
  it('cancelled at the dialog: nothing rendered, nothing written', async () => {
    const d = deps({ chooseSavePath: vi.fn(async () => null) });
    expect(await createReportPdfHandler(d)(request)).toEqual({ status: 'cancelled' });
    expect(d.renderPdf).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('saved: the dialog is offered the station-and-date name, the rendered PDF is written whole', async () => {
    const d = deps();
    const reply = await createReportPdfHandler(d)(request);
    const target = path.join(dir, request.suggestedName);
    expect(reply).toEqual({ status: 'saved', filePath: target, bytes: pdfBytes.byteLength });
    expect(d.chooseSavePath).toHaveBeenCalledWith(request.suggestedName);
    expect(d.renderPdf).toHaveBeenCalledWith('2026-11-27');
    expect(new Uint8Array(await readFile(target))).toEqual(pdfBytes);
    expect(await readdir(dir)).toEqual([request.suggestedName]);
  });

  it('disk full: the user is told so and no file is left', async () => {
    const d = deps({
      saveFileAtomically: vi.fn(async (): Promise<SavedFile> => {
        throw new FileSaveError('disk-full', 'ENOSPC', 'ENOSPC: no space left on device');
      }),
    });
    const reply = await createReportPdfHandler(d)(request);
    expect(reply).toMatchObject({ status: 'failed', reason: 'disk-full' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a failed render: render-failed, no write attempted', async () => {
    const d = deps({
      renderPdf: vi.fn(async () => Promise.reject(new Error('the report layout was not ready'))),
    });
    const reply = await createReportPdfHandler(d)(request);
    expect(reply).toEqual({
      status: 'failed',
      reason: 'render-failed',
      message: 'the report layout was not ready',
    });
    expect(d.saveFileAtomically).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('bytes that are not a PDF are not saved', async () => {
    const d = deps({ renderPdf: vi.fn(async () => new TextEncoder().encode('<html>oops</html>')) });
    expect(await createReportPdfHandler(d)(request)).toMatchObject({
      status: 'failed',
      reason: 'render-failed',
    });
    expect(d.saveFileAtomically).not.toHaveBeenCalled();
  });

  it('one export at a time: a second request while one runs is refused as busy, then allowed again', async () => {
    let release: () => void = () => undefined;
    const d = deps();
    d.renderPdf.mockImplementationOnce(
      () =>
        new Promise<Uint8Array>((resolve) => {
          release = () => resolve(pdfBytes);
        }),
    );
    const handle = createReportPdfHandler(d);
    const first = handle(request);
    await vi.waitFor(() => expect(d.renderPdf).toHaveBeenCalled());
    expect(await handle(request)).toMatchObject({ status: 'failed', reason: 'busy' });
    release();
    expect(await first).toMatchObject({ status: 'saved' });
    expect(await handle({ ...request, suggestedName: 'again.pdf' })).toMatchObject({ status: 'saved' });
  });

  it('the contract refuses a bad date, a path for a name and a name that is not .pdf', () => {
    const schema = ipcContract[ipcChannels.reportExportPdf].request;
    expect(schema.safeParse(request).success).toBe(true);
    for (const bad of [
      { ...request, date: '2026-13-01' },
      { ...request, date: '2026-11-27T00:00' },
      { ...request, suggestedName: '../../etc/passwd.pdf' },
      { ...request, suggestedName: 'C:\\report.pdf' },
      { ...request, suggestedName: 'report.xlsx' },
      { ...request, extra: 1 },
      { date: request.date },
    ])
      expect(schema.safeParse(bad).success).toBe(false);
  });

  it('looksLikePdf checks the header', () => {
    expect(looksLikePdf(pdfBytes)).toBe(true);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
    expect(looksLikePdf(new TextEncoder().encode('PDF-1.7'))).toBe(false);
  });
});

describe('handover-export-pdf handler', () => {
  const sheetId = '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b99';
  const handover = { id: sheetId, suggestedName: handoverPdfName(sheetId, '2026-12-06') };

  it('renders the sheet the request names and saves it whole where the officer chose', async () => {
    const render = vi.fn(async (r: typeof handover) => (r.id === sheetId ? pdfBytes : new Uint8Array()));
    const handle = createPdfExportHandler({
      chooseSavePath: async (name: string) => path.join(dir, name),
      renderPdf: render,
      saveFileAtomically: (filePath: string, bytes: Uint8Array) => saveFileAtomically(filePath, bytes),
    });
    const reply = await handle(handover);
    expect(reply).toEqual({
      status: 'saved',
      filePath: path.join(dir, '交接班记录-2026-12-06-0b5e2c1a.pdf'),
      bytes: pdfBytes.byteLength,
    });
    expect(render).toHaveBeenCalledWith(handover);
  });

  it('the contract takes only a sheet id (a UUID, never a route) and a bare .pdf name', () => {
    const schema = ipcContract[ipcChannels.handoverExportPdf].request;
    expect(schema.safeParse(handover).success).toBe(true);
    for (const bad of [
      { ...handover, id: 'x&print=1' },
      { ...handover, id: `${sheetId}#/admin` },
      { ...handover, suggestedName: '../sheet.pdf' },
      { ...handover, suggestedName: 'sheet.html' },
      { ...handover, route: 'report-print' },
      { id: sheetId },
    ])
      expect(schema.safeParse(bad).success).toBe(false);
  });
});

describe('pollUntil (waiting for the print layout to be ready)', () => {
  it('resolves when the check answers true', async () => {
    let calls = 0;
    await pollUntil(async () => ++calls >= 3, { intervalMs: 1, timeoutMs: 1000 });
    expect(calls).toBe(3);
  });

  it('gives up after the timeout', async () => {
    let clock = 0;
    await expect(
      pollUntil(async () => false, {
        intervalMs: 100,
        timeoutMs: 500,
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
        },
      }),
    ).rejects.toThrow(/not ready within 500 ms/);
  });

  it('fails at once when the page is gone', async () => {
    await expect(
      pollUntil(async () => Promise.reject(new Error('Object has been destroyed')), {
        intervalMs: 1,
        timeoutMs: 1000,
      }),
    ).rejects.toThrow('destroyed');
  });
});
