/**
 * File names of exported daily reports: `<station>_<title>_<YYYY-MM-DD>[_<part>].<ext>`, e.g.
 * `禾山派出所_日报_2026-11-27.xlsx` or `禾山派出所_日报_2026-11-27_警情.csv`. Used for XLSX, CSV
 * and PDF alike. Every segment is made safe on Windows, macOS and Linux: characters illegal in
 * a file name (/ \ : * ? " < > |), control and invisible format characters (incl. the
 * right-to-left override that can disguise an extension) become `_`, runs of spaces collapse,
 * leading dots and spaces and trailing dots and spaces go, and the station segment is cut so
 * the whole name stays within 200 bytes of UTF-8 (file systems allow 255).
 */
import { reportExportZh } from '#renderer/i18n/features/reportExport';

export const reportDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const maxFileNameBytes = 200;

const unsafe = /[/\\:*?"<>|\p{Cc}\p{Cf}]/gu;

/** One segment of a file name, safe on every desktop OS (may come back empty). */
export function safeFileNamePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(unsafe, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+/u, '')
    .replace(/[\s.]+$/u, '');
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** Cuts `text` (by whole code points) until it fits `maxBytes` of UTF-8. */
function cutToBytes(text: string, maxBytes: number): string {
  const chars = [...text];
  while (chars.length > 0 && utf8Bytes(chars.join('')) > maxBytes) chars.pop();
  return chars.join('').replace(/[\s.]+$/u, '');
}

export interface ReportFileNameOptions {
  /** The report's title word; `日报` unless the caller passes a translated one. */
  title?: string;
  /** Which part of the report, for a CSV of one table (`警情`). */
  part?: string;
}

export function reportFileName(
  stationName: string,
  date: string,
  ext: 'pdf' | 'xlsx' | 'csv',
  options: ReportFileNameOptions = {},
): string {
  if (!reportDatePattern.test(date)) throw new Error(`not a report date (YYYY-MM-DD): ${date}`);
  const title =
    cutToBytes(safeFileNamePart(options.title ?? reportExportZh['reportExport.fileTitle']), 60) || 'report';
  const part = options.part === undefined ? '' : cutToBytes(safeFileNamePart(options.part), 60);
  const tail = [title, date, ...(part ? [part] : [])].join('_') + `.${ext}`;
  // The station's name is the only long, free-text segment: it gives way first.
  const station = cutToBytes(safeFileNamePart(stationName), maxFileNameBytes - utf8Bytes(tail) - 1);
  return station ? `${station}_${tail}` : tail;
}
