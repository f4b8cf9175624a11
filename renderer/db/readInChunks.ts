/**
 * Whole-table reads in chunks, for the reads that take a district's whole table (the fusion
 * findings: 200,000 households, 150,000 registrations). IndexedDB serves one request at a time
 * per origin, so one getAll of such a table holds every other read and write of the workstation
 * (a pulled page, a visit's save, the board's queries) for its whole length — seconds. Read in
 * chunks of at most `chunk` rows, one request after the other, the others are served between
 * them. Inside a transaction the chunks join it, so the read is still one snapshot.
 */
import { Dexie, type Table } from 'dexie';

export const READ_CHUNK = 5000;

/** Every row of a table with a single-column primary key, in key order, `chunk` at a time. */
export async function readTableInChunks<T, I>(table: Table<T, string, I>, chunk = READ_CHUNK): Promise<T[]> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`${table.name}: a single-column primary key is needed`);
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const part: T[] = await (after === null ? table.toCollection() : table.where(':id').above(after))
      .limit(chunk)
      .toArray();
    for (const row of part) rows.push(row);
    if (part.length < chunk) return rows;
    after = String(Dexie.getByKeyPath(part[part.length - 1] as object, keyPath));
  }
}

/**
 * The rows of a compound index `[first+second]` whose first part is `first`, in chunks split
 * at the given sorted `cuts` of the second part (e.g. every 5,000th household id): each range
 * `[first, cut_i]`–`[first, cut_i+1]` is one request, and together they cover exactly
 * `[first, '']`–`[first, '\uffff']`.
 */
export async function readIndexRangeInChunks<T, I>(
  table: Table<T, string, I>,
  index: string,
  first: string,
  cuts: readonly string[],
): Promise<T[]> {
  const bounds = [''];
  for (const cut of cuts) if (cut > (bounds[bounds.length - 1] as string) && cut < '\uffff') bounds.push(cut);
  bounds.push('\uffff');
  const rows: T[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const part = await table
      .where(index)
      .between([first, bounds[i]], [first, bounds[i + 1]], true, false)
      .toArray();
    for (const row of part) rows.push(row);
  }
  return rows;
}

/** Every `chunk`-th value of a sorted list: the cuts that split it into chunks of that size. */
export function chunkCuts(sorted: readonly string[], chunk = READ_CHUNK): string[] {
  const cuts: string[] = [];
  for (let i = chunk; i < sorted.length; i += chunk) cuts.push(sorted[i] as string);
  return cuts;
}
