/**
 * The review queue's cursor over its window, with decisions still being written taken out at
 * once (optimistically), so the next registration shows the moment the officer decides rather
 * than after the write and the window's re-read. Pure.
 *
 * Invariants: a registration decided here is hidden until the live window no longer holds it
 * as pending (then its write is in, and its `in flight` entry may go); while hidden, an
 * approval in flight counts against its household in the evidence of the others there, so the
 * "already approved" figure never lags the officer's own decisions.
 */
import type { RegistrationEvidence } from './evidenceQuery';
import type { PassRegistration } from '#common/schemas';

export interface InFlight {
  approve: boolean;
  householdId: string | null;
  /** The write has finished (either way). */
  settled: boolean;
}

export function visibleRows(
  rows: readonly PassRegistration[],
  inFlight: ReadonlyMap<string, InFlight>,
): PassRegistration[] {
  return inFlight.size === 0 ? [...rows] : rows.filter((r) => !inFlight.has(r.id));
}

/** The row under the cursor: the chosen one, else the one now at the last position, else the first. */
export function currentRow(
  visible: readonly PassRegistration[],
  cursorId: string | null,
  lastIndex: number,
): PassRegistration | null {
  if (visible.length === 0) return null;
  const chosen = cursorId === null ? undefined : visible.find((r) => r.id === cursorId);
  return chosen ?? visible[Math.min(Math.max(lastIndex, 0), visible.length - 1)] ?? null;
}

/** Where the cursor goes after `current` is decided (or skipped): the next row, else the previous. */
export function afterDecision(
  visible: readonly PassRegistration[],
  current: PassRegistration,
  step: 1 | -1 = 1,
): PassRegistration | null {
  const i = visible.findIndex((r) => r.id === current.id);
  if (i < 0) return visible[0] ?? null;
  return visible[i + step] ?? (step === 1 ? (visible[i - 1] ?? null) : null);
}

/** In-flight entries whose write is in and whose row has left the live window: safe to forget. */
export function settledAndGone(
  rows: readonly PassRegistration[],
  inFlight: ReadonlyMap<string, InFlight>,
): string[] {
  if (inFlight.size === 0) return [];
  const present = new Set(rows.map((r) => r.id));
  return [...inFlight].filter(([id, f]) => f.settled && !present.has(id)).map(([id]) => id);
}

/** Evidence with approvals still in flight counted at their households. */
export function withInFlightApprovals(
  evidence: RegistrationEvidence | undefined,
  rows: readonly PassRegistration[],
  inFlight: ReadonlyMap<string, InFlight>,
): RegistrationEvidence | undefined {
  if (!evidence || evidence.address.kind !== 'matched' || evidence.household === null) return evidence;
  const householdId = evidence.address.householdId;
  const present = new Set(rows.map((r) => r.id));
  let extra = 0;
  for (const [id, f] of inFlight)
    if (f.approve && f.householdId === householdId && present.has(id)) extra += 1;
  if (extra === 0) return evidence;
  const approved = evidence.household.approved + extra;
  return {
    ...evidence,
    household: { ...evidence.household, approved, wouldExceed: approved + 1 > evidence.household.size },
  };
}
