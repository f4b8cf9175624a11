/**
 * Fields that only ever grow (an incident's timeline of notes and status changes). Whatever a
 * mutation's base version, order, duplication or batching, the merged value is the union of
 * the server's entries and the patch's, each entry once, in time order: an entry the server
 * holds is never dropped, so a note acknowledged to any workstation stays on all of them.
 *
 * Linear: entries are keyed in a Set (one pass over each side, then a sort by `at`), never
 * compared pairwise. Timeline entries have no id; their identity is the whole entry. An entry
 * of the timeline's shape — exactly {at: number, by, kind, text: strings} — is keyed by those
 * four fields written unambiguously (`at:len(kind):kind len(by):by text`, lengths make the
 * encoding injective), anything else by its canonical JSON; either way two entries get one key
 * exactly when they are jsonEqual. That is enough: two entries equal in every field — same
 * officer, same millisecond, same kind, same words — are the same note as far as anyone
 * reading the timeline can tell, and keeping one loses nothing; entries differing in any field
 * are both kept. (An id would cost a cache migration of every stored timeline for no
 * reader-visible gain.)
 */
import { canonicalJson } from './jsonEqual';

const appendOnly: Readonly<Record<string, readonly string[]>> = { incidents: ['timeline'] };

export function isAppendOnly(entity: string, field: string): boolean {
  return Object.hasOwn(appendOnly, entity) ? (appendOnly[entity]?.includes(field) ?? false) : false;
}

const timelineKeys = ['at', 'by', 'kind', 'text'];

/** The entry's identity as a string: one key per jsonEqual class of entries. */
export function entryKey(e: unknown): string {
  if (typeof e === 'object' && e !== null && !Array.isArray(e)) {
    const o = e as Record<string, unknown>;
    const { at, by, kind, text } = o;
    const keys = Object.keys(o);
    if (
      typeof at === 'number' &&
      Number.isFinite(at) &&
      typeof by === 'string' &&
      typeof kind === 'string' &&
      typeof text === 'string' &&
      keys.length === timelineKeys.length &&
      keys.every((k) => timelineKeys.includes(k))
    )
      return `${at}:${kind.length}:${kind}${by.length}:${by}${text}`;
  }
  // `~`: never the first character of the form above, which starts with a finite number.
  return `~${canonicalJson(e)}`;
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
    const key = entryKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push({ e, at: atOf(e), i: merged.length });
  }
  return merged.sort((a, b) => a.at - b.at || a.i - b.i).map(({ e }) => e);
}
