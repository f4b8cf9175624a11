/**
 * Builds the diagnostics zip of this workstation and hands it to `save` (a download by
 * default, downloadFile.ts); returns the file's name and size.
 */
import type { GridroomApi } from '#common/ipc/contract';
import { createLogger } from '#common/log';
import type { GridroomDb } from '#renderer/db/database';
import { downloadFile } from './downloadFile';
import { readDiagnosticsLogs } from './diagnosticsLogs';
import { readDiagnosticsSummary } from './diagnosticsSummary';
import { buildDiagnosticsZip, diagnosticsFileName } from './diagnosticsZip';

const log = createLogger('diagnostics');

export async function exportDiagnostics(
  db: GridroomDb,
  api: GridroomApi | undefined,
  language: string,
  save: (name: string, bytes: Uint8Array, mimeType: string) => void = downloadFile,
): Promise<{ name: string; bytes: number }> {
  const appInfo = api ? await api.appGetInfo() : null;
  const summary = await readDiagnosticsSummary(db, appInfo, language);
  // this line goes into the zip too: IT sees when and where it was exported
  log.info('diagnostics exported', { outbox: summary.sync.outbox, enrolled: summary.sync.enrolled });
  const logs = await readDiagnosticsLogs(api);
  const bytes = buildDiagnosticsZip(summary, logs);
  const name = diagnosticsFileName(summary.generatedAt);
  save(name, bytes, 'application/zip');
  return { name, bytes: bytes.byteLength };
}
