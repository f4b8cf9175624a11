/**
 * Chooses the next push batch from the outbox (pure). The server compares each mutation's
 * baseVersion with the versions at which its fields last changed, and cannot tell our own
 * earlier change from another workstation's: an edit made while an earlier edit of the same
 * record was still pending would conflict with ourselves. So a batch is the longest seq-order
 * prefix that touches each record once, and each mutation goes out against the newest server
 * version the client knows of its record (its `syncBase`, advanced by confirmations and
 * pulls), never older than the version it was made against — which also turns an edit made
 * to a still-pending create (base 0) into an edit of the created version. Seqs stay consecutive.
 */
import type { Mutation } from './mutation';
import { recordKey } from './rebase';

/** `baseVersionOf` answers the known server version of a record, or null when the server has none yet. */
export function nextBatch(pending: readonly Mutation[], limit: number, baseVersionOf: (entity: string, id: string) => number | null): Mutation[] {
  const batch: Mutation[] = [];
  const seen = new Set<string>();
  for (const m of pending) {
    const key = recordKey(m.entity, m.id);
    if (batch.length >= limit || seen.has(key)) break;
    seen.add(key);
    const known = baseVersionOf(m.entity, m.id);
    batch.push(known !== null && known > m.baseVersion ? { ...m, baseVersion: known } : m);
  }
  return batch;
}
