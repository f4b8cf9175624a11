/**
 * The standard-address key (common/domain/addressKey.ts `householdKey`) as a PostgreSQL
 * expression over a household record's jsonb `data`, so the centre finds a claimed address's
 * household with an index (migration 007) instead of reading every household.
 *
 * `householdKey` removes what JavaScript's `\s` matches; PostgreSQL's `\s` depends on the
 * database's locale, so the expression names the same characters explicitly, as literal
 * characters in the pattern (no escape parsing involved). test/unit/server/passIntake.test.ts
 * checks that the two agree on every one of them.
 */

/** Every BMP character JavaScript's `\s` matches (there are none above the BMP). */
export const JS_WHITE_SPACE = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
] as const;

const pattern = `[${JS_WHITE_SPACE.join('')}]+`;

/** `part` with every white-space character removed (`part` is an SQL text expression). */
const bare = (part: string): string => `regexp_replace(${part}, '${pattern}', '', 'g')`;

/** The key of the household whose row is `data` (jsonb). Must equal householdKey(data). */
export const householdKeySql = (data: string): string =>
  [
    bare(`(${data}->>'address')`),
    bare(`coalesce(${data}->>'building', '')`),
    bare(`coalesce(${data}->>'unit', '')`),
    bare(`coalesce(${data}->>'room', '')`),
  ].join(` || '|' || `);
