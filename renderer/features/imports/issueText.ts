/**
 * Puts an import issue into words: where (line, feature or whole file), which column, and the
 * reason, translated from the issue's code and facts. Every code the importers can report has
 * a message (the maps below are typed over the code lists, so a new code fails to compile
 * until it is worded). Field keys in the facts become the field's label.
 */
import type { GridImportIssueCode } from '#common/import/grids/gridImportIssues';
import type { RowIssueCode } from '#common/import/tables/rowIssues';
import type { MessageKey } from '#renderer/i18n/zh';
import { keyIn } from '#renderer/i18n/domainWords';
import { importsFieldKey } from '#renderer/i18n/keyTables';
import type { Translate } from '#renderer/i18n/translate';
import type { ImportIssue } from './importMessages';
import type { ImportKind } from './importKinds';
import { fileRefusalText } from './fileRefusalText';
import { gridIssueMessages, wordedGridParams } from './gridIssueText';
import { tableIssueMessages, tableReadIssueCodes } from './tableIssueText';

export const tableFileIssueCodes = [
  'wrong-type',
  'xlsx-unreadable',
  'no-rows',
  'too-many-rows',
  'too-many-columns',
  ...tableReadIssueCodes,
] as const;
type TableFileIssueCode = (typeof tableFileIssueCodes)[number];
type IssueCode = GridImportIssueCode | RowIssueCode | TableFileIssueCode;

const messages: Record<IssueCode, MessageKey> = {
  'file-empty': 'imports.issue.file-empty',
  'file-too-large': 'imports.issue.file-too-large',
  'file-unreadable': 'imports.issue.file-unreadable',
  'too-deep': 'imports.issue.too-deep',
  'not-feature-collection': 'imports.issue.not-feature-collection',
  'too-many-features': 'imports.issue.too-many-features',
  'no-features': 'imports.issue.no-features',
  'wrong-type': 'imports.issue.wrong-type',
  'xlsx-unreadable': 'imports.issue.xlsx-unreadable',
  'no-rows': 'imports.issue.no-rows',
  'too-many-rows': 'imports.issue.too-many-rows',
  'too-many-columns': 'imports.issue.too-many-columns',
  'invalid-ring': 'imports.issue.invalid-ring',
  'swapped-lnglat': 'imports.issue.swapped-lnglat',
  'looks-gcj02': 'imports.issue.looks-gcj02',
  'missing-field': 'imports.issue.missing-field',
  'bad-field': 'imports.issue.bad-field',
  'duplicate-code': 'imports.issue.duplicate-code',
  overlap: 'imports.issue.overlap',
  'outside-extent': 'imports.issue.outside-extent',
  ...gridIssueMessages,
  missing: 'imports.issue.missing',
  'too-long': 'imports.issue.too-long',
  'not-a-number': 'imports.issue.not-a-number',
  'out-of-range': 'imports.issue.out-of-range',
  'not-allowed': 'imports.issue.not-allowed',
  duplicate: 'imports.issue.duplicate',
  'grid-not-found': 'imports.issue.grid-not-found',
  'no-grid-at-point': 'imports.issue.no-grid-at-point',
  'point-outside-grid': 'imports.issue.point-outside-grid',
  'point-invalid': 'imports.issue.point-invalid',
  invalid: 'imports.issue.invalid',
  replayed: 'imports.issue.replayed',
  ...tableIssueMessages,
};

/** More precise wordings, chosen by a fact of the issue. */
const bySubject: Partial<Record<string, MessageKey>> = {
  'missing:lnglat': 'imports.issue.missing.lnglat',
  'missing:grid-or-point': 'imports.issue.missing.gridOrPoint',
  'bad-field:code': 'imports.issue.bad-field.code',
  'invalid:id': 'imports.issue.invalid.id',
  'invalid:badgeNo': 'imports.issue.invalid.badgeNo',
  'invalid:phone': 'imports.issue.invalid.phone',
  'invalid:name': 'imports.issue.invalid.name',
  'invalid:roles': 'imports.issue.invalid.roles',
  'invalid:personName': 'imports.issue.invalid.personName',
  'invalid:idNumber': 'imports.issue.invalid.idNumber',
  'invalid:idNumberText': 'imports.issue.invalid.idNumberText',
  'invalid:role': 'imports.issue.invalid.role',
  'invalid:healthCode': 'imports.issue.invalid.healthCode',
  'invalid:submittedAt': 'imports.issue.invalid.time',
  'invalid:healthCodeAt': 'imports.issue.invalid.time',
  'invalid:externalRef': 'imports.issue.invalid.externalRef',
  'invalid:formula': 'imports.issue.invalid.formula',
};

const isKnown = (code: string): code is IssueCode => code in messages;

/** The label of a field of a kind (`code` → 网格编码); an unknown field stays as it is. */
export function fieldLabel(t: Translate, kind: ImportKind, field: string): string {
  const key = keyIn(importsFieldKey, `${kind}.${field}`);
  return key ? t(key) : field;
}

export function issueReason(t: Translate, kind: ImportKind, issue: ImportIssue): string {
  if (!isKnown(issue.code)) return issue.code;
  // the parser's own (English) message is turned into words, never shown as it is
  if (issue.code === 'file-unreadable') return fileRefusalText(t, issue.params);
  const subject = String(issue.params.need ?? issue.params.field ?? '');
  const key = bySubject[`${issue.code}:${subject}`] ?? messages[issue.code];
  const params: Record<string, string | number> = wordedGridParams(t, issue.params);
  if (typeof params.field === 'string') params.field = fieldLabel(t, kind, params.field);
  return t(key, params);
}

export function issuePlace(t: Translate, issue: ImportIssue): string {
  if (issue.at === null) return t('imports.at.file');
  return t(issue.scope === 'feature' ? 'imports.at.feature' : 'imports.at.row', { n: issue.at });
}
