/**
 * Redaction of personal data and secrets, applied by the logger to every message and every
 * field before any sink sees it — callers never have to remember. Two nets:
 * - by field name: residents' names, contacts and addresses, ID numbers, PINs, credentials, tokens,
 *   enrolment codes (the whole value goes, whatever its shape);
 * - by pattern, in every string (messages, error texts, field values): 18- and 15-digit PRC
 *   resident ID numbers (X check digit included) and their masked forms (3502**********123X),
 *   masked names (张*明), mobile numbers, enrolment codes (XXXX-XXXX-XXXX-XXXX), bearer tokens
 *   and long base64url secrets such as device credentials.
 * The result is JSON-safe and bounded (depth, keys, array items, string length).
 */
import type { JsonValue } from './jsonValue';

export const REDACTED = '[redacted]';

/** Field names whose value is always removed (compared lower-cased, without `_` and `-`). */
const secretKeys = new Set([
  // people
  'name',
  'residentname',
  'fullname',
  'maskedname',
  'personname',
  'contact',
  'contactname',
  'contactphone',
  'phone',
  'mobile',
  'tel',
  'telephone',
  'officername',
  // where a resident lives
  'address',
  'room',
  // ID numbers
  'idnumber',
  'idcard',
  'idno',
  'residentid',
  'idmasked',
  'idenvelope',
  'citizenid',
  // secrets
  'pin',
  'newpin',
  'oldpin',
  'currentpin',
  'pinhash',
  'password',
  'passcode',
  'credential',
  'credentials',
  'token',
  'accesstoken',
  'refreshtoken',
  'sessiontoken',
  'authorization',
  'cookie',
  'secret',
  'apikey',
  'code',
  'enrolmentcode',
  'enrollmentcode',
  'displaycode',
  'sealed',
  'plaintext',
  'privatekey',
]);

export const isSecretKey = (key: string): boolean => secretKeys.has(key.toLowerCase().replace(/[_-]/g, ''));

/** [pattern, replacement] in order: the specific ones before the broad ones. */
const textRules: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  // full resident ID numbers: 18 digits (last may be X) or the old 15-digit form
  [/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, '[id]'],
  [/(?<![\dA-Za-z])\d{15}(?![\dA-Za-z])/g, '[id]'],
  // masked ID numbers: digits, a run of stars, digits (3502**********123X)
  [/\d{0,6}\*{4,}\d{0,4}[\dXx]?/g, '[id]'],
  // mainland mobile numbers
  [/(?<!\d)1[3-9]\d{9}(?!\d)/g, '[phone]'],
  // masked names: 张*明, 欧阳**
  [/[\u3400-\u9fff]{1,2}\*+[\u3400-\u9fff]{0,2}/g, '[name]'],
  // enrolment codes: 4×4 Crockford base32
  [/\b[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}\b/gi, '[code]'],
  // long opaque secrets (device credentials are 43 base64url characters)
  // (not UUIDs, which name rows and are no secret)
  [
    /(?<![A-Za-z0-9_-])(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-]))[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/gi,
    REDACTED,
  ],
  // key=value and "key": "value" pairs naming a secret, as found in URLs and error texts
  [/\b(pin|password|token|credential|code|authorization)=([^&\s"']+)/gi, '$1=[redacted]'],
];

export const maxRedactedStringLength = 1000;

export function redactText(text: string, max = maxRedactedStringLength): string {
  let out = text.length > max * 4 ? text.slice(0, max * 4) : text;
  for (const [pattern, replacement] of textRules) out = out.replace(pattern, replacement);
  return out.length > max ? `${out.slice(0, max)}…` : out;
}

const maxDepth = 5;
const maxKeys = 40;
const maxItems = 30;

function errorFields(error: Error): Record<string, JsonValue> {
  const fields: Record<string, JsonValue> = { name: error.name, message: redactText(error.message) };
  if (error.stack) fields.stack = redactText(error.stack, 4000);
  const { kind, reason, status } = error as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries({ kind, reason, status }))
    if (typeof v === 'string' || typeof v === 'number') fields[k] = typeof v === 'string' ? redactText(v) : v;
  return fields;
}

/** Any value made JSON-safe with secret fields and personal patterns removed. */
export function redactValue(value: unknown, depth = 0): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return redactText(value.toString());
  if (typeof value === 'function' || typeof value === 'symbol') return `[${typeof value}]`;
  // Errors keep their message and stack (redacted): the `name` field of an Error is its class.
  if (value instanceof Error) return errorFields(value);
  if (depth >= maxDepth) return '[…]';
  if (Array.isArray(value)) {
    const items = value.slice(0, maxItems).map((v) => redactValue(v, depth + 1));
    if (value.length > maxItems) items.push(`[+${value.length - maxItems}]`);
    return items;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  const out: Record<string, JsonValue> = {};
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [key, v] of entries.slice(0, maxKeys))
    out[key] = isSecretKey(key) && v !== null && v !== undefined ? REDACTED : redactValue(v, depth + 1);
  if (entries.length > maxKeys) out['…'] = `+${entries.length - maxKeys} keys`;
  return out;
}

/** The `data` of a log record: an Error becomes `{ err }`, anything else an object of fields. */
export function redactData(data: unknown): Record<string, JsonValue> | undefined {
  if (data === undefined) return undefined;
  if (data instanceof Error) return { err: redactValue(data) };
  const value = redactValue(data);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : { value };
}
