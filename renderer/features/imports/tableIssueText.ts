/**
 * The words for what the table importer can refuse or report about a file's own structure:
 * zip-bomb and damaged-XLSX refusals, a CSV that is really something else, an unclosed quote,
 * and per line: ragged rows, bad quotes, undecodable bytes, a line in another encoding.
 * issueText.ts spreads these into its map, so every code has Chinese words.
 */
import type { MessageKey } from '#renderer/i18n/zh';

export const tableReadIssueCodes = [
  'zip-not-zip',
  'zip-too-many-entries',
  'zip-too-large',
  'zip-ratio',
  'zip-inconsistent',
  'csv-is-xlsx',
  'csv-is-xls',
  'binary-file',
  'unclosed-quote',
  'line-too-long',
  'file-not-readable',
] as const;

type TableCode =
  | (typeof tableReadIssueCodes)[number]
  | 'too-few-fields'
  | 'too-many-fields'
  | 'bad-quote'
  | 'undecodable'
  | 'mixed-encoding';

export const tableIssueMessages: Record<TableCode, MessageKey> = {
  'zip-not-zip': 'importsTables.issue.zip-not-zip',
  'zip-too-many-entries': 'importsTables.issue.zip-too-many-entries',
  'zip-too-large': 'importsTables.issue.zip-too-large',
  'zip-ratio': 'importsTables.issue.zip-ratio',
  'zip-inconsistent': 'importsTables.issue.zip-inconsistent',
  'csv-is-xlsx': 'importsTables.issue.csv-is-xlsx',
  'csv-is-xls': 'importsTables.issue.csv-is-xls',
  'binary-file': 'importsTables.issue.binary-file',
  'unclosed-quote': 'importsTables.issue.unclosed-quote',
  'line-too-long': 'importsTables.issue.line-too-long',
  'file-not-readable': 'importsTables.issue.file-not-readable',
  'too-few-fields': 'importsTables.issue.too-few-fields',
  'too-many-fields': 'importsTables.issue.too-many-fields',
  'bad-quote': 'importsTables.issue.bad-quote',
  undecodable: 'importsTables.issue.undecodable',
  'mixed-encoding': 'importsTables.issue.mixed-encoding',
};
