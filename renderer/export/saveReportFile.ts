/**
 * Where an exported report file goes. In Electron: the main process's save dialog and atomic
 * write over `report-save-file` (so a disk-full or no-permission failure comes back typed and
 * leaves nothing half-written). In a plain browser: a download through a Blob and an
 * `<a download>` (the browser owns the file from there, so the outcome is always "saved").
 * Both return the same outcome type; tests inject their own saver.
 */
import type { ReportFileKind, ReportSaveFailure, GridroomApi } from '#common/ipc/contract';

export interface ReportFile {
  name: string;
  kind: ReportFileKind;
  mimeType: string;
  bytes: Uint8Array;
}

export type SaveOutcome =
  | { status: 'saved'; filePath: string | null; bytes: number }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: ReportSaveFailure; message: string };

export type SaveReportFile = (file: ReportFile) => Promise<SaveOutcome>;

/** Base64 of bytes, in chunks (String.fromCharCode over 50 MB at once would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function electronSaver(api: Pick<GridroomApi, 'reportSaveFile'>): SaveReportFile {
  return async (file) => {
    try {
      const reply = await api.reportSaveFile({
        suggestedName: file.name,
        bytesBase64: toBase64(file.bytes),
        kind: file.kind,
      });
      return reply.status === 'saved'
        ? { status: 'saved', filePath: reply.filePath, bytes: reply.bytes }
        : reply;
    } catch (error) {
      // main refused the request (it validates every one) or the channel broke
      return {
        status: 'failed',
        reason: 'write-failed',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  };
}

export const browserDownload: SaveReportFile = async (file) => {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'saved', filePath: null, bytes: file.bytes.byteLength };
};

/** The save dialog in Electron, a download in a browser. */
export function defaultSaver(): SaveReportFile {
  // Typed here rather than through preload/api.d.ts so the module also compiles where that
  // declaration isn't included (the tests' project).
  const api = typeof window === 'undefined' ? undefined : (window as { gridroom?: GridroomApi }).gridroom;
  return api ? electronSaver(api) : browserDownload;
}
