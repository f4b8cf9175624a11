/**
 * RFC 4180 CSV text from rows of strings: comma-separated, CRLF between records (and after the
 * last), a field quoted when it holds a comma, a double quote, CR or LF, or leading/trailing
 * space, with inner quotes doubled. Writing this is a dozen lines, so no library is bundled for
 * it; the tests read the output back with papaparse, an independent parser.
 */

const needsQuotes = /[",\r\n]|^\s|\s$/;

export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(records: readonly (readonly string[])[]): string {
  return records.map((fields) => fields.map(csvField).join(',') + '\r\n').join('');
}
