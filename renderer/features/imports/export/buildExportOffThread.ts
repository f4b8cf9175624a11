/** Page side of the export worker: one worker per export, ended when it has answered. */
import type { Language } from '../../../i18n/translate';
import type { ImportKind } from '../importKinds';
import type { BuiltExport } from './exportData';
import type { ExportReply, ExportRequest } from './exportMessages';

export function buildExportOffThread(
  dbName: string,
  kind: ImportKind,
  language: Language,
): Promise<BuiltExport> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gridroom-export',
  });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ExportReply>) => {
      worker.terminate();
      if (event.data.type === 'built') resolve(event.data.built);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the export worker failed'));
    };
    worker.postMessage({ dbName, kind, language, now: Date.now() } satisfies ExportRequest);
  });
}
