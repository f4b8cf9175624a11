/**
 * A reviewer's decision on a registration as the patch it writes (docs/architecture.md §9): who
 * decided and when, the status, the reason from the list (with an optional note, required for
 * 其他), and on approval the validity window (DEFAULT_PASS_DAYS from now unless chosen). Pure.
 *
 * Invariants: only a pending registration is approved or rejected, only an approved one is
 * revoked; a rejection or revocation always names a reason; an approval clears any reason; the
 * evidence's code-zone block refuses approval here too (the centre refuses it again).
 */
import { DEFAULT_PASS_DAYS } from '#common/domain/passRules';
import { PASS_NOTE_MAX, type PassReason, type PassRegistration, type PassStatus } from '#common/schemas';

const DAY_MS = 86_400_000;

export type Decision =
  | { kind: 'approve'; days?: number }
  | { kind: 'reject'; reason: PassReason; note: string }
  | { kind: 'revoke'; reason: PassReason; note: string };

export type DecisionProblem =
  'not-pending' | 'not-approved' | 'note-required' | 'note-too-long' | 'code-zone' | 'days';

export type DecisionCheck =
  | { ok: true; patch: Partial<PassRegistration>; status: PassStatus }
  | { ok: false; problem: DecisionProblem };

export function buildDecision(
  reg: Pick<PassRegistration, 'status'>,
  decision: Decision,
  ctx: { officerId: string; now: number; blocked: boolean },
): DecisionCheck {
  const { officerId, now } = ctx;
  if (decision.kind === 'approve') {
    if (reg.status !== 'pending') return { ok: false, problem: 'not-pending' };
    if (ctx.blocked) return { ok: false, problem: 'code-zone' };
    const days = decision.days ?? DEFAULT_PASS_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > 90) return { ok: false, problem: 'days' };
    return {
      ok: true,
      status: 'approved',
      patch: {
        status: 'approved',
        reviewedBy: officerId,
        reviewedAt: now,
        reason: null,
        reasonNote: '',
        validFrom: now,
        validUntil: now + days * DAY_MS,
      },
    };
  }
  if (decision.kind === 'reject' && reg.status !== 'pending') return { ok: false, problem: 'not-pending' };
  if (decision.kind === 'revoke' && reg.status !== 'approved') return { ok: false, problem: 'not-approved' };
  const note = decision.note.trim();
  if (note.length > PASS_NOTE_MAX) return { ok: false, problem: 'note-too-long' };
  if (decision.reason === 'other' && note === '') return { ok: false, problem: 'note-required' };
  const status = decision.kind === 'reject' ? 'rejected' : 'revoked';
  return {
    ok: true,
    status,
    patch: { status, reviewedBy: officerId, reviewedAt: now, reason: decision.reason, reasonNote: note },
  };
}
