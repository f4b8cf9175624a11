/** Page side of the export worker: one worker per export, ended when it has answered. */
import { askWorker } from '#renderer/shared/askWorker';
import type { Language } from '#renderer/i18n/translate';
import type { ExportKind } from '../importKinds';
import type { BuiltExport } from './exportData';
import type { ExportReply, ExportRequest } from './exportMessages';

export async function buildExportOffThread(
  dbName: string,
  kind: ExportKind,
  language: Language,
): Promise<BuiltExport> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gridroom-export',
  });
  const request: ExportRequest = { dbName, kind, language, now: Date.now() };
  const reply = await askWorker<ExportRequest, Extract<ExportReply, { type: 'built' }>>(worker, request);
  return reply.built;
}
