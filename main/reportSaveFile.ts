/**
 * Main side of `report-save-file`: asks where to save (the OS save dialog, injected), then
 * writes the bytes atomically (main/fileSave.ts: temp file, fsync, rename), so a failed save —
 * disk full, no permission, folder gone — leaves nothing half-written and comes back as a
 * typed reason the renderer shows. Pure of Electron: the dialog and the writer are deps.
 * The request was already parsed against the contract (bare file name, base64, ≤ 50 MB).
 */
import type { ReportFileKind, ReportSaveFileReply, ReportSaveFileRequest } from '#common/ipc/contract';
import { FileSaveError, type SavedFile } from './fileSave';

export interface ReportSaveDeps {
  /** The save dialog, opened on the suggested name; null when the user cancels. */
  chooseSavePath(suggestedName: string, kind: ReportFileKind): Promise<string | null>;
  /** Writes the whole file or nothing (saveFileAtomically). */
  saveFileAtomically(filePath: string, bytes: Uint8Array): Promise<SavedFile>;
}

export async function handleReportSaveFile(
  request: ReportSaveFileRequest,
  deps: ReportSaveDeps,
): Promise<ReportSaveFileReply> {
  const bytes = new Uint8Array(Buffer.from(request.bytesBase64, 'base64'));
  const filePath = await deps.chooseSavePath(request.suggestedName, request.kind);
  if (filePath === null) return { status: 'cancelled' };
  try {
    const saved = await deps.saveFileAtomically(filePath, bytes);
    return { status: 'saved', filePath: saved.filePath, bytes: saved.bytes };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      reason: error instanceof FileSaveError ? error.reason : 'write-failed',
      message,
    };
  }
}

/** Save-dialog filters per kind (names shown by the OS dialog next to the extension). */
export const reportSaveFilters: Record<ReportFileKind, { name: string; extensions: string[] }[]> = {
  xlsx: [{ name: 'Excel (XLSX)', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV (UTF-8)', extensions: ['csv'] }],
};
