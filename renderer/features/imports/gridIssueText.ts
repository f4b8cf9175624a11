/**
 * The grid importer's own words, for issueText: the message of each geometry issue added for
 * real-world files, the file-level notices, and the facts that are enum values — a geometry
 * type (`none`, `LineString`, `GeometryCollection`…) and a coordinate system — turned into
 * words, so no raw English value reaches the Chinese interface.
 */
import type { GridImportNoticeCode } from '#common/import/grids/gridImportIssues';
import { keyIn } from '#renderer/i18n/domainWords';
import type { MessageKey } from '#renderer/i18n/zh';
import type { Translate } from '#renderer/i18n/translate';
import type { ImportIssue } from './importMessages';

export const gridIssueMessages = {
  'json-invalid': 'importsGeo.issue.json-invalid',
  'json-truncated': 'importsGeo.issue.json-truncated',
  'xml-doctype': 'importsGeo.issue.xml-doctype',
  'xml-unclosed': 'importsGeo.issue.xml-unclosed',
  'xml-mismatch': 'importsGeo.issue.xml-mismatch',
  'xml-invalid': 'importsGeo.issue.xml-invalid',
  'no-geometry': 'importsGeo.issue.no-geometry',
  'not-polygon': 'importsGeo.issue.not-polygon',
  'ring-open': 'importsGeo.issue.ring-open',
  'ring-too-short': 'importsGeo.issue.ring-too-short',
  'coordinate-not-number': 'importsGeo.issue.coordinate-not-number',
  'coordinate-out-of-range': 'importsGeo.issue.coordinate-out-of-range',
  'zero-area': 'importsGeo.issue.zero-area',
  'too-many-vertices': 'importsGeo.issue.too-many-vertices',
  'self-intersection': 'importsGeo.issue.self-intersection',
  'outside-district': 'importsGeo.issue.outside-district',
  'looks-shifted': 'importsGeo.issue.looks-shifted',
} as const satisfies Record<string, MessageKey>;

const noticeMessages: Record<GridImportNoticeCode, MessageKey> = {
  'altitude-dropped': 'importsGeo.notice.altitude-dropped',
  'measure-dropped': 'importsGeo.notice.measure-dropped',
  'repeated-positions-dropped': 'importsGeo.notice.repeated-positions-dropped',
};

const geometryTypes: Record<string, MessageKey> = {
  none: 'importsGeo.geometry.none',
  Point: 'importsGeo.geometry.Point',
  MultiPoint: 'importsGeo.geometry.MultiPoint',
  LineString: 'importsGeo.geometry.LineString',
  MultiLineString: 'importsGeo.geometry.MultiLineString',
  Polygon: 'importsGeo.geometry.Polygon',
  MultiPolygon: 'importsGeo.geometry.MultiPolygon',
  GeometryCollection: 'importsGeo.geometry.GeometryCollection',
};

const crsWords: Record<string, MessageKey> = {
  wgs84: 'importsGeo.crs.name.wgs84',
  gcj02: 'importsGeo.crs.name.gcj02',
  bd09: 'importsGeo.crs.name.bd09',
};

export function geometryTypeLabel(t: Translate, type: string): string {
  return t(geometryTypes[type] ?? 'importsGeo.geometry.unknown');
}

export function crsLabel(t: Translate, crs: string): string {
  const key = crsWords[crs];
  return key ? t(key) : crs;
}

/** The issue's facts with enum values in words (a geometry type, a coordinate system). */
export function wordedGridParams(t: Translate, params: ImportIssue['params']): ImportIssue['params'] {
  const out = { ...params };
  if (typeof out.type === 'string') out.type = geometryTypeLabel(t, out.type);
  if (typeof out.crs === 'string') out.crs = crsLabel(t, out.crs);
  return out;
}

/** A read notice in words; null for a code this module does not know. */
export function noticeText(t: Translate, notice: ImportIssue): string | null {
  const key = keyIn(noticeMessages, notice.code);
  return key ? t(key, notice.params) : null;
}
