/**
 * The downloadable error report of a check: one row per issue — where (line or feature), the
 * column as the file names it, and the reason in the interface language — as CSV in UTF-8
 * with a BOM (so Excel on a Chinese Windows opens it right). Every cell goes through the
 * reports' formula-injection guard: a hostile file's column names and values come back in
 * this report and must not run when it is opened.
 */
import { csvText } from '#renderer/export/csvText';
import { safeCell } from '#renderer/export/safeCell';
import { utf8Bom } from '#renderer/export/toCsv';
import type { Translate } from '#renderer/i18n/translate';
import type { ImportIssue } from './importMessages';
import type { ImportKind } from './importKinds';
import { issuePlace, issueReason } from './issueText';

export function errorReportText(t: Translate, kind: ImportKind, issues: readonly ImportIssue[]): string {
  const header = [t('imports.report.col.at'), t('imports.report.col.column'), t('imports.report.col.reason')];
  const rows = issues.map((issue) => [issuePlace(t, issue), issue.column ?? '', issueReason(t, kind, issue)]);
  return csvText([header, ...rows].map((row) => row.map(safeCell)));
}

export function errorReportBytes(t: Translate, kind: ImportKind, issues: readonly ImportIssue[]): Uint8Array {
  return new TextEncoder().encode(utf8Bom + errorReportText(t, kind, issues));
}
