/**
 * The cache's rule for a unique derived key (uniqueKeys.ts), decided for a write to packed
 * blocks (packedRowTable.ts), where no per-row unique index can decide it row by row:
 *
 * - a live row with a key takes the plain key when no other live row holds it plain after this
 *   write's other changes (a row of the write that moves off a key frees it for the rest);
 * - a stored holder that keeps its key keeps it; rows of one write claim in their order;
 * - otherwise the row is kept under `key + DUPLICATE_SEP + id` — unless the transaction claims
 *   its keys (an import's apply), where only a row already stored under that suffixed key may
 *   keep it, and any other is refused with a ConstraintError naming the field, which
 *   isUniqueKeyError recognises;
 * - a deleted row, or one without a key, holds none.
 *
 * Pure: the caller reads the stored holders and the written rows' previous keys, and stores
 * what this returns. The blocks' unique multiEntry index over the stored keys stays as the
 * store's own guard against a writer that got this wrong.
 */
import { DUPLICATE_SEP } from './uniqueKeys';

export interface UniqueKeyWrite {
  field: string;
  /** Plain key → id of the stored row holding it plain, for every key the write asks about. */
  holders: ReadonlyMap<string, string>;
  /** Each written id's stored key before this write (plain, suffixed), or null. */
  before: ReadonlyMap<string, string | null>;
  /** The written rows in write order, one per id, with the plain key each asks for (null: none). */
  written: readonly { id: string; key: string | null }[];
  strict: boolean;
}

const suffixed = (key: string, id: string) => `${key}${DUPLICATE_SEP}${id}`;

/** Each written id → the key it is stored under (null: none). Throws a ConstraintError when strict. */
export function assignUniqueKeys(w: UniqueKeyWrite): Map<string, string | null> {
  const holders = new Map(w.holders);
  // a written row that no longer asks for the key it held plain lets go of it first
  for (const { id, key } of w.written) {
    const was = w.before.get(id) ?? null;
    if (was !== null && was !== key && holders.get(was) === id) holders.delete(was);
  }
  const stored = new Map<string, string | null>();
  for (const { id, key } of w.written) {
    if (key === null) {
      stored.set(id, null);
      continue;
    }
    const holder = holders.get(key);
    if (holder === undefined || holder === id) {
      holders.set(key, id);
      stored.set(id, key);
    } else if (!w.strict || w.before.get(id) === suffixed(key, id)) {
      stored.set(id, suffixed(key, id));
    } else {
      throw new DOMException(`${w.field}: the key of ${id} is held by another row`, 'ConstraintError');
    }
  }
  return stored;
}
