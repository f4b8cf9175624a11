/**
 * Why a file could not be read, in words: the `reason` of a `file-unreadable` issue is the
 * parser's own English message (V8's JSON.parse, xmldom) or a marker (`DOCTYPE`, `XML`); this
 * turns it into a message that names the place and the fault — "第 3 行第 7 列附近，缺少逗号",
 * "XML 标签 <Placemark> 未闭合", "文件含 DOCTYPE 声明…". An explicit `line`/`column` in the
 * issue's facts wins over what the message says. The raw text is only ever a parameter the
 * English wording shows; the Chinese wordings never include it.
 */
import type { Translate } from '#renderer/i18n/translate';
import type { MessageKey } from '#renderer/i18n/zh';

type Params = Record<string, string | number>;

/** V8's JSON.parse messages (Chromium, Node), most specific first. */
const jsonFaults: Array<[RegExp, MessageKey]> = [
  [/Expected ',' or '}'/, 'imports.unreadable.what.commaOrBrace'],
  [/Expected ',' or ']'/, 'imports.unreadable.what.commaOrBracket'],
  [/Expected double-quoted property name/, 'imports.unreadable.what.propertyName'],
  [/Expected ':'/, 'imports.unreadable.what.colon'],
  [/non-whitespace character after JSON/, 'imports.unreadable.what.trailing'],
  [
    /Unterminated string|Bad control character|Bad escaped character|Bad Unicode escape/,
    'imports.unreadable.what.string',
  ],
  [/number|minus sign|Exponent part|fractional/i, 'imports.unreadable.what.number'],
];

function jsonText(t: Translate, reason: string, params: Params): string | null {
  const what = jsonFaults.find(([re]) => re.test(reason));
  const whatText = what ? t(what[1]) : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(reason);
  const line = params.line ?? lineColumn?.[1];
  const column = params.column ?? lineColumn?.[2];
  if (line !== undefined && column !== undefined)
    return t('imports.unreadable.json.at', {
      line: Number(line),
      column: Number(column),
      what: whatText,
      reason,
    });
  const position = /at position (\d+)/.exec(reason);
  if (position)
    return t('imports.unreadable.json.position', {
      position: Number(position[1]) + 1,
      what: whatText,
      reason,
    });
  if (/Unexpected end of JSON input/.test(reason)) return t('imports.unreadable.json.end', { reason });
  const token = /Unexpected token '?(.)'?/.exec(reason);
  if (token) return t('imports.unreadable.json.token', { token: token[1]!, reason });
  if (/JSON/.test(reason)) return t('imports.unreadable.json.other', { reason });
  return null;
}

function xmlText(t: Translate, reason: string): string | null {
  const mismatch = /tag mismatch: "([^"]{1,60})" != "([^"]{0,60})"/.exec(reason);
  if (mismatch)
    return t('imports.unreadable.xml.mismatch', { tag: mismatch[1]!, other: mismatch[2]!, reason });
  const unclosed = /unclosed xml tag\(s\): (.{1,400})/i.exec(reason);
  if (unclosed) {
    // the innermost open tag is the one the officer has to close first
    const tags = unclosed[1]!.split(',').map((s) => s.trim());
    return t('imports.unreadable.xml.unclosed', { tag: tags[tags.length - 1]!.slice(0, 60), reason });
  }
  if (reason === 'XML' || /xml|tag|element|attribute/i.test(reason))
    return t('imports.unreadable.xml.other', { reason });
  return null;
}

/** The words for a `file-unreadable` issue. */
export function fileRefusalText(t: Translate, params: Params): string {
  const reason = String(params.reason ?? '').slice(0, 300);
  if (reason === '') return t('imports.unreadable.binary');
  if (/DOCTYPE|ENTITY/.test(reason)) return t('imports.unreadable.doctype');
  return jsonText(t, reason, params) ?? xmlText(t, reason) ?? t('imports.unreadable.other', { reason });
}
