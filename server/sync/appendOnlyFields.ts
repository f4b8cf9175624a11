/**
 * Fields that only ever grow (an incident's timeline of notes and status changes). Whatever a
 * mutation's base version, order, duplication or batching, the merged value is the union of
 * the server's entries and the patch's, each entry once, in time order: an entry the server
 * holds is never dropped, so a note acknowledged to any workstation stays on all of them.
 *
 * Linear: entries are keyed by their canonical JSON in a Set (one pass over each side, then a
 * sort by `at`), never compared pairwise. Timeline entries have no id; the canonical text of
 * the whole entry ({at, by, kind, text} today) is its identity, and that is enough: two entries
 * equal in every field — same officer, same millisecond, same kind, same words — are the same
 * note as far as anyone reading the timeline can tell, and keeping one loses nothing. Entries
 * that differ in any field are both kept. (An id would cost a cache migration of every stored
 * timeline for no reader-visible gain.)
 */
import { canonicalJson } from './jsonEqual';

const appendOnly: Readonly<Record<string, readonly string[]>> = { incidents: ['timeline'] };

export function isAppendOnly(entity: string, field: string): boolean {
  return Object.hasOwn(appendOnly, entity) ? (appendOnly[entity]?.includes(field) ?? false) : false;
}

const atOf = (e: unknown): number =>
  typeof e === 'object' && e !== null && typeof (e as { at?: unknown }).at === 'number'
    ? (e as { at: number }).at
    : 0;

/**
 * Union of two entry lists (server's first), each entry once, ordered by `at` when present
 * (ties keep server entries first, then the patch's, each in its own order). O(n log n).
 */
export function mergeAppendOnly(serverValue: unknown, clientValue: unknown): unknown[] {
  const server = Array.isArray(serverValue) ? (serverValue as unknown[]) : [];
  const client = Array.isArray(clientValue) ? (clientValue as unknown[]) : [];
  const seen = new Set<string>();
  const merged: { e: unknown; at: number; i: number }[] = [];
  for (const e of [...server, ...client]) {
    const key = canonicalJson(e);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push({ e, at: atOf(e), i: merged.length });
  }
  return merged.sort((a, b) => a.at - b.at || a.i - b.i).map(({ e }) => e);
}
