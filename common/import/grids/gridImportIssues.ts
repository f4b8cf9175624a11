/**
 * What a grid import can find wrong, as data: a code the interface translates, the feature it
 * concerns (1-based, in file order; null for the whole file) and the facts for the message.
 * The English `detail` is for logs and the downloadable report.
 */
export const gridImportIssueCodes = [
  'file-empty',
  'file-too-large',
  'file-unreadable',
  'json-invalid',
  'json-truncated',
  'xml-doctype',
  'xml-unclosed',
  'xml-mismatch',
  'xml-invalid',
  'no-geometry',
  'too-deep',
  'not-feature-collection',
  'too-many-features',
  'no-features',
  'not-polygon',
  'invalid-ring',
  'ring-open',
  'ring-too-short',
  'coordinate-not-number',
  'coordinate-out-of-range',
  'zero-area',
  'too-many-vertices',
  'self-intersection',
  'swapped-lnglat',
  'looks-gcj02',
  'missing-field',
  'bad-field',
  'duplicate-code',
  'overlap',
  'outside-extent',
  'outside-district',
  'looks-shifted',
] as const;
export type GridImportIssueCode = (typeof gridImportIssueCodes)[number];

export interface GridImportIssue {
  /** 1-based feature number in the file; null when the issue is about the whole file. */
  feature: number | null;
  code: GridImportIssueCode;
  /** Values for the message: field names, the other feature's code, a position… */
  params: Record<string, string | number>;
  detail: string;
}

export function issue(
  feature: number | null,
  code: GridImportIssueCode,
  detail: string,
  params: Record<string, string | number> = {},
): GridImportIssue {
  return { feature, code, params, detail };
}

/** What the reader changed in a file without refusing it: said once, for the whole file. */
export const gridImportNoticeCodes = [
  'altitude-dropped',
  'measure-dropped',
  'repeated-positions-dropped',
] as const;
export type GridImportNoticeCode = (typeof gridImportNoticeCodes)[number];

export interface GridImportNotice {
  code: GridImportNoticeCode;
  params: Record<string, string | number>;
  detail: string;
}

export function notice(
  code: GridImportNoticeCode,
  detail: string,
  params: Record<string, string | number> = {},
): GridImportNotice {
  return { code, params, detail };
}
