/**
 * A KML file's XML error → a grid-import issue with the facts for a Chinese message: which
 * tags are left open, which end tag does not match its start, on which line and column. Reads
 * the parser's error as thrown by @xmldom/xmldom (a ParseError with `locator`); any other
 * error gives the plain "not well-formed" issue. The English message stays in `detail`.
 */
import { issue, type GridImportIssue } from './gridImportIssues';

interface LocatedError {
  message?: unknown;
  locator?: { lineNumber?: unknown; columnNumber?: unknown };
}

const tagList = (names: string) =>
  names
    .split(',')
    .map((t) => `<${t.trim().slice(0, 40)}>`)
    .slice(0, 5)
    .join('、');

export function xmlRefusal(error: unknown): GridImportIssue {
  const e = (error !== null && typeof error === 'object' ? error : {}) as LocatedError;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const line = Number(e.locator?.lineNumber);
  const column = Number(e.locator?.columnNumber);
  const at = Number.isInteger(line) && Number.isInteger(column) ? { line, column } : { line: 0, column: 0 };
  const detail = `not readable as KML: ${message.slice(0, 200)}`;
  const unclosed = /unclosed xml tag\(s\):\s*(.+)$/i.exec(message);
  if (unclosed) return issue(null, 'xml-unclosed', detail, { ...at, tags: tagList(unclosed[1]!) });
  const mismatch = /tag mismatch:\s*"([^"]{1,40})"\s*!=\s*"([^"]{1,40})"/i.exec(message);
  if (mismatch)
    return issue(null, 'xml-mismatch', detail, { ...at, open: mismatch[1]!, close: mismatch[2]! });
  return issue(null, 'xml-invalid', detail, at);
}
