/**
 * What a push reply confirms, and what each confirmation tells us about the server's copy of
 * the record. Pure. A reply may confirm fewer mutations than were sent (the rest are resent);
 * a result for a seq that was not sent, or two results for one seq, is a protocol violation and
 * throws InvalidReplyError before anything is confirmed.
 */
import { serverOwnedFields, type Mutation } from './mutation';
import type { MutationResult, PushReply } from './protocol';
import { rebase, type SyncRow } from './rebase';
import { InvalidReplyError } from './syncErrors';

export interface ConfirmedMutation {
  mutation: Mutation;
  result: MutationResult;
}

/** The sent mutations the reply confirms, in seq order. */
export function confirmedMutations(sent: readonly Mutation[], reply: PushReply): ConfirmedMutation[] {
  const bySeq = new Map(sent.map((m) => [m.seq, m]));
  const seen = new Set<number>();
  const confirmed: ConfirmedMutation[] = [];
  reply.results.forEach((result, i) => {
    const mutation = bySeq.get(result.seq);
    if (!mutation)
      throw new InvalidReplyError(
        `results[${i}].seq ${result.seq} was not in the pushed batch`,
        `results.${i}.seq`,
      );
    if (seen.has(result.seq))
      throw new InvalidReplyError(`results[${i}].seq ${result.seq} is answered twice`, `results.${i}.seq`);
    seen.add(result.seq);
    confirmed.push({ mutation, result });
  });
  return confirmed.sort((a, b) => a.mutation.seq - b.mutation.seq);
}

/**
 * The server's copy of a record after a confirmed mutation, as far as the client can know it
 * (the next pull brings the exact row): rejected ⇒ unchanged; conflict ⇒ the patch without the
 * conflicting fields; applied or merged ⇒ the patch. `local` supplies the fields of a create.
 */
export function advanceBase(
  base: SyncRow | null,
  local: SyncRow | null,
  c: ConfirmedMutation,
): SyncRow | null {
  const { mutation, result } = c;
  if (result.status === 'rejected') return base;
  const clash = new Set(result.status === 'conflict' ? result.conflictFields : []);
  const patch = Object.fromEntries(Object.entries(mutation.patch).filter(([k]) => !clash.has(k)));
  const created =
    mutation.baseVersion === 0 && local !== null
      ? Object.fromEntries(serverOwnedFields.map((k) => [k, local[k]]))
      : null;
  const start = base ?? created;
  if (start === null) return null;
  return { ...start, ...patch, version: result.version, updatedBy: mutation.madeBy };
}

export interface SettledRecord {
  /** The row the cache should now hold; null: remove it (a create the server refused). */
  row: SyncRow | null;
  /** The server copy to keep while mutations remain pending; null when none remain. */
  base: SyncRow | null;
}

/**
 * One record after some of its pending mutations were confirmed: the base advanced through
 * them, and the row = base with the still-pending patches re-applied. `local` is the row the
 * cache holds now (used for a create's server fields, and kept as it is while the server has
 * no copy of the record yet).
 */
export function settleRecord(
  base: SyncRow | null,
  local: SyncRow | null,
  confirmed: readonly ConfirmedMutation[],
  remaining: readonly Pick<Mutation, 'patch'>[],
): SettledRecord {
  let next = base;
  for (const c of confirmed) next = advanceBase(next, local, c);
  if (remaining.length === 0) return { row: next, base: null };
  return { row: next === null ? local : rebase(next, remaining), base: next };
}
