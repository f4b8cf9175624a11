/**
 * Chooses the next push batch from the outbox (pure): the oldest pending mutations in seq
 * order, each sent exactly as made — in particular against the version the user saw when
 * editing (`baseVersion`). The server detects a clash only with another client's change made
 * since that version (it knows which client last changed each field), so a workstation's own
 * earlier edits never conflict with its later ones, and a change someone else made meanwhile
 * is never silently overwritten because this client pulled it before pushing.
 */
import type { Mutation } from './mutation';

export function nextBatch(pending: readonly Mutation[], limit: number): Mutation[] {
  return pending.slice(0, limit);
}
