/**
 * The centre's rule for duty handover sheets 交接班 (docs/architecture.md §9), asked for every
 * pushed change to a `handovers` record after it is merged (sync/applyPush) and for a conflict
 * resolved in the client's favour (sync/resolveConflict). Pure. A change is refused when:
 * - the sheet is already `signed`: a signed sheet is read-only, for everyone, forever (a
 *   delete or a change that only clashes counts as a change; one that changes nothing does not);
 * - it signs the sheet in the name of an officer other than the change's `madeBy`: each officer
 *   signs for themselves, with their own PIN at their own session;
 * - it signs the sheet by the officer who handed it over: hand-over and receipt are two people;
 * - an officer other than the outgoing one changes what the outgoing officer handed over (the
 *   sections, notes, shift start, hand-over time or the outgoing officer): the sheet is frozen
 *   at hand-over time; the incoming officer only signs.
 */
import type { Mutation } from '#common/sync/mutation';
import { jsonEqual } from './jsonEqual';
import type { StoredRecord } from './storedRecord';

/** What the outgoing officer hands over: nobody else changes it once the sheet exists. */
const HANDED_OVER_FIELDS = ['outgoingOfficerId', 'shiftStart', 'handedAt', 'sections', 'notes'] as const;

/**
 * Why the change to a handover sheet is refused, or null when it may apply (and for any other
 * entity). `next` is the record after the merge (null when nothing changed); `clashed` says
 * whether the merge opened conflicts.
 */
export function handoverRefusal(
  m: Pick<Mutation, 'entity' | 'madeBy'>,
  before: StoredRecord | null,
  next: StoredRecord | null,
  clashed: boolean,
): string | null {
  if (m.entity !== 'handovers') return null;
  const was = before?.data ?? null;
  if (was && was['status'] === 'signed' && (next !== null || clashed))
    return '交接班记录已签字，不可修改 / A signed handover sheet cannot be changed.';
  if (next === null) return null;
  const now = next.data;
  if (now['status'] === 'signed' && !next.deleted) {
    if (now['incomingOfficerId'] !== m.madeBy)
      return '接班签字须由接班民警本人作出 / Only the incoming officer signs, in their own name.';
    if (now['incomingOfficerId'] === now['outgoingOfficerId'])
      return '交班与接班不能是同一民警 / The officer who handed over cannot also sign as incoming.';
  }
  if (was && m.madeBy !== was['outgoingOfficerId'])
    for (const field of HANDED_OVER_FIELDS)
      if (!jsonEqual(was[field], now[field]))
        return `只有交班民警可修改交班内容（${field}）/ Only the outgoing officer may change what was handed over (${field}).`;
  return null;
}
