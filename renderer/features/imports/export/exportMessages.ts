/** What the page asks the export worker for, and what it answers. */
import type { Language } from '#renderer/i18n/translate';
import type { ExportKind } from '../importKinds';
import type { BuiltExport } from './exportData';

export interface ExportRequest {
  dbName: string;
  kind: ExportKind;
  language: Language;
  now: number;
}

export type ExportReply = { type: 'built'; built: BuiltExport } | { type: 'failed'; message: string };
