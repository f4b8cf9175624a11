/**
 * Rules of a control-level decision, pure: what a change must satisfy (a reason, an effective
 * time not before the grid's latest decision and at most `MAX_AHEAD_MS` ahead) and which rows
 * it writes — the open rows of the grid closed at the new start, and one new open row.
 * Invariants: a valid plan never produces a row whose `to` is not after its `from`; nothing is
 * planned when any check fails.
 */
import type { ControlLevel, ControlLevelChange } from '#common/schemas';

/** A decision may be dated at most one day ahead (scheduled lifts), never further. */
export const MAX_AHEAD_MS = 24 * 3_600_000;

export interface LevelChangeInput {
  gridId: string;
  level: ControlLevel;
  from: number;
  reason: string;
  decidedBy: string;
}

export type LevelChangeProblem = 'reason-missing' | 'too-far-ahead' | 'before-current' | 'same-level';

export interface LevelChangePlan {
  close: { id: string; patch: { to: number } }[];
  create: Omit<ControlLevelChange, 'id' | 'stationId' | 'version' | 'updatedAt' | 'updatedBy'>;
}

type HistoryRow = Pick<ControlLevelChange, 'id' | 'gridId' | 'level' | 'from' | 'to' | 'deleted'>;

/** The grid's live row with the latest start (the current or scheduled decision), if any. */
export function latestDecision<R extends HistoryRow>(history: readonly R[], gridId: string): R | null {
  let latest: R | null = null;
  for (const row of history) {
    if (row.deleted || row.gridId !== gridId) continue;
    if (latest === null || row.from > latest.from) latest = row;
  }
  return latest;
}

export function checkLevelChange(
  history: readonly HistoryRow[],
  input: LevelChangeInput,
  now: number,
): LevelChangeProblem | null {
  if (input.reason.trim() === '') return 'reason-missing';
  if (input.from > now + MAX_AHEAD_MS) return 'too-far-ahead';
  const latest = latestDecision(history, input.gridId);
  if (latest !== null && input.from <= latest.from) return 'before-current';
  if (latest !== null && latest.to === null && latest.level === input.level) return 'same-level';
  if (latest === null && input.level === 'normal') return 'same-level';
  return null;
}

/** The rows to write, or the first problem. */
export function planLevelChange(
  history: readonly HistoryRow[],
  input: LevelChangeInput,
  now: number,
): { ok: true; plan: LevelChangePlan } | { ok: false; problem: LevelChangeProblem } {
  const problem = checkLevelChange(history, input, now);
  if (problem !== null) return { ok: false, problem };
  const close = history
    .filter((r) => !r.deleted && r.gridId === input.gridId && (r.to === null || r.to > input.from))
    .map((r) => ({ id: r.id, patch: { to: input.from } }));
  return {
    ok: true,
    plan: {
      close,
      create: {
        gridId: input.gridId,
        level: input.level,
        from: input.from,
        to: null,
        decidedBy: input.decidedBy,
        reason: input.reason.trim(),
        deleted: false,
      },
    },
  };
}
