/**
 * Keeps an array's identity while its rows hold the same data: a live query that re-runs
 * because a table it reads changed (an incident saved re-reads the station picture) often
 * answers with equal rows in new objects. Handing a memoised chart, or the map's setData, the
 * previous array lets it skip a render or a re-tiling. Rows are plain data (what IndexedDB
 * gives back: objects, arrays, primitives), compared structurally — own keys, primitives by
 * Object.is — in time linear in their size.
 */
import { useState } from 'react';

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Equal rows in the same order, compared structurally. */
export function sameRows<T>(a: readonly T[], b: readonly T[]): boolean {
  return sameValue(a, b);
}

/**
 * `rows`, or the array this hook returned last time when `rows` holds the same data. The
 * comparison runs once per new input array, not on every render that hands the same one again.
 */
export function useStableRows<R extends readonly unknown[]>(rows: R): R {
  const [seen, see] = useState({ input: rows, output: rows });
  if (seen.input === rows) return seen.output;
  const output = sameRows(seen.output, rows) ? seen.output : rows;
  // React's "adjust state while rendering": re-rendered at once, before anything commits
  see({ input: rows, output });
  return output;
}
