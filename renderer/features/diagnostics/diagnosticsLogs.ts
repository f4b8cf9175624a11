/**
 * The log files that go into the diagnostics zip: in the desktop app, main's rotating files
 * (which hold the renderer's lines too) over `log-read`; in a plain browser, this window's
 * in-memory ring buffer as one file.
 */
import type { GridroomApi } from '#common/ipc/contract';
import { formatLogLine } from '#common/log';
import { recentLogRecords } from '#renderer/log/rendererLogging';
import type { DiagnosticsLogFile } from './diagnosticsZip';

export async function readDiagnosticsLogs(api: GridroomApi | undefined): Promise<DiagnosticsLogFile[]> {
  if (api) return (await api.logRead()).files;
  const text = recentLogRecords().map(formatLogLine).join('\n');
  return [{ name: 'renderer-memory.log', text: text ? `${text}\n` : '' }];
}
