/**
 * A phoned-in visit as the officer types it, validated, and the visit row it becomes. Pure.
 * Rules beyond the row schema: a `found-unregistered` visit found at least one person, an
 * `all-registered` one found none unregistered; counts are whole numbers 0–50. Errors are keyed
 * by form field so the screen shows each next to its field, and nothing is saved.
 */
import { z } from 'zod';
import { dayOf } from '#common/domain/time';
import { visitOutcomeSchema, visitOutcomes, type SweepVisit, type VisitOutcome } from '#common/schemas';

export type VisitField =
  'household' | 'outcome' | 'unregisteredFound' | 'overdueTestsFound' | 'team' | 'note';
export type VisitProblem =
  | 'household-missing'
  | 'count-invalid'
  | 'team-missing'
  | 'team-long'
  | 'note-long'
  | 'unregistered-needs-count'
  | 'registered-has-unregistered';

/** What the form holds: counts as typed (text), so a bad entry can be reported. */
export interface VisitDraft {
  household: { id: string; gridId: string } | null;
  outcome: VisitOutcome;
  unregisteredFound: string;
  overdueTestsFound: string;
  team: string;
  note: string;
}

export type VisitPatch = Omit<SweepVisit, 'id' | 'stationId' | 'version' | 'updatedAt' | 'updatedBy'>;

export type VisitCheck =
  { ok: true; patch: VisitPatch } | { ok: false; errors: Partial<Record<VisitField, VisitProblem>> };

/** `1`–`4` pick an outcome, in the order the form shows them. */
export function outcomeForKey(key: string): VisitOutcome | null {
  const i = Number(key) - 1;
  return Number.isInteger(i) && i >= 0 && i < visitOutcomes.length ? (visitOutcomes[i] ?? null) : null;
}

const countSchema = z
  .string()
  .trim()
  .transform((s) => (s === '' ? '0' : s))
  .pipe(z.string().regex(/^\d{1,2}$/))
  .transform(Number)
  .pipe(z.number().int().min(0).max(50));

export function parseCount(text: string): number | null {
  const r = countSchema.safeParse(text);
  return r.success ? r.data : null;
}

export function buildVisit(draft: VisitDraft, campaignId: string, now: number): VisitCheck {
  const errors: Partial<Record<VisitField, VisitProblem>> = {};
  const unregistered = parseCount(draft.unregisteredFound);
  const overdue = parseCount(draft.overdueTestsFound);
  const team = draft.team.trim();
  if (draft.household === null) errors.household = 'household-missing';
  if (unregistered === null) errors.unregisteredFound = 'count-invalid';
  else if (draft.outcome === 'found-unregistered' && unregistered === 0)
    errors.unregisteredFound = 'unregistered-needs-count';
  else if (draft.outcome === 'all-registered' && unregistered > 0)
    errors.unregisteredFound = 'registered-has-unregistered';
  if (overdue === null) errors.overdueTestsFound = 'count-invalid';
  if (team === '') errors.team = 'team-missing';
  else if (team.length > 60) errors.team = 'team-long';
  if (draft.note.length > 500) errors.note = 'note-long';
  if (!visitOutcomeSchema.safeParse(draft.outcome).success) errors.outcome = 'count-invalid';
  if (Object.keys(errors).length > 0 || draft.household === null || unregistered === null || overdue === null)
    return { ok: false, errors };
  return {
    ok: true,
    patch: {
      campaignId,
      householdId: draft.household.id,
      gridId: draft.household.gridId,
      visitedAt: now,
      day: dayOf(now),
      team,
      outcome: draft.outcome,
      unregisteredFound: unregistered,
      overdueTestsFound: overdue,
      note: draft.note.trim(),
      deleted: false,
    },
  };
}
