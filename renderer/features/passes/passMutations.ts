/**
 * Review decisions written at this workstation, each through `writeLocalChange` (the row, its
 * outbox mutation and an audit entry in one transaction, then synced): approve, reject and
 * revoke one registration, or approve a batch one registration at a time (each audited on its
 * own). The patch comes from reviewDecision.ts; a refused decision writes nothing. Approval is
 * bracketed by the `epass:approve` mark the queue's `epass:review:next` measure starts from.
 */
import type { PassRegistration } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { actorOf, type Session } from '#renderer/shared/session';
import { writeLocalChange } from '#renderer/sync/localWrite';
import { buildDecision, type Decision, type DecisionCheck } from './reviewDecision';

export type DecideResult = Extract<DecisionCheck, { ok: false }> | { ok: true };

export async function decide(
  db: GridroomDb,
  session: Session,
  reg: PassRegistration,
  decision: Decision,
  blocked: boolean,
): Promise<DecideResult> {
  const now = Date.now();
  const check = buildDecision(reg, decision, { officerId: session.actor, now, blocked });
  if (!check.ok) return check;
  await writeLocalChange(db, {
    entity: 'passRegistrations',
    id: reg.id,
    patch: check.patch,
    now,
    ...actorOf(session),
  });
  return { ok: true };
}

/**
 * Approves each registration in turn and resolves to the ids written; a write that throws
 * stops the batch (the rest stay pending) and is handed to `onError`.
 */
export async function approveBatch(
  db: GridroomDb,
  session: Session,
  regs: readonly PassRegistration[],
  onError: (error: unknown) => void,
): Promise<string[]> {
  const done: string[] = [];
  try {
    for (const reg of regs) {
      const result = await decide(db, session, reg, { kind: 'approve' }, false);
      if (result.ok) done.push(reg.id);
    }
  } catch (error) {
    onError(error);
  }
  return done;
}
