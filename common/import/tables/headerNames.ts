/**
 * Header names as the importer compares them: case, spaces, brackets and colons ignored, so
 * `户籍人数（人）` finds the field that goes by `户籍人数`. A name used twice in one header is told
 * apart by its column number, so neither column hides behind the other.
 */
import type { FieldSpec } from './tableShape';

export const normaliseHeader = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s（）()*＊:：]/g, '');

/** The field a header name stands for, or null. */
export function headerField<K extends string>(header: string, fields: readonly FieldSpec<K>[]): K | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  return fields.find((f) => f.synonyms.some((s) => normaliseHeader(s) === h))?.key ?? null;
}

/** Header names, with a repeated name told apart by its 1-based column number (`地址 #2`). */
export function distinctHeader(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const n of names) if (n !== '') seen.set(normaliseHeader(n), (seen.get(normaliseHeader(n)) ?? 0) + 1);
  return names.map((n, i) => (n !== '' && (seen.get(normaliseHeader(n)) ?? 0) > 1 ? `${n} #${i + 1}` : n));
}
