/**
 * Rules a duty shift must keep before it is saved, as pure functions: end after start, times in
 * sensible bounds (no more than a day back, a week ahead, 16 hours long), at least one person,
 * and nobody on two overlapping shifts (at any post). Errors are per field so the form can
 * show each next to its input.
 */
import { DAY_MS, HOUR_MS } from '#common/domain/time';
import type { DutyShift, StaffMember } from '#common/schemas';

export const MAX_SHIFT_MS = 16 * HOUR_MS;
export const MAX_PAST_MS = DAY_MS;
export const MAX_AHEAD_MS = 7 * DAY_MS;

export type ShiftErrorCode =
  'end-before-start' | 'too-long' | 'too-early' | 'too-late' | 'no-staff' | 'overlap';

export interface ShiftDraft {
  start: number;
  end: number;
  staff: readonly StaffMember[];
}

export interface ShiftErrors {
  start?: ShiftErrorCode;
  end?: ShiftErrorCode;
  staff?: ShiftErrorCode;
  /** Names of the people already on another shift in that time. */
  overlapping?: string[];
}

export type OtherShift = Pick<DutyShift, 'id' | 'start' | 'end' | 'staff' | 'deleted'>;

/** One person across shifts: the officer if known, else kind + trimmed name (+ team). */
export function personKey(m: StaffMember): string {
  if (m.officerId !== null) return `officer:${m.officerId}`;
  return `${m.kind}:${m.teamId ?? ''}:${m.name.trim()}`;
}

/** Whether [a.start, a.end) and [b.start, b.end) share a moment (touching is fine: hand-over). */
export function spansOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Names of the draft's people who are on another live shift overlapping it. `selfId` is the
 * shift being edited, which never clashes with itself.
 */
export function overlappingPeople(
  draft: ShiftDraft,
  others: readonly OtherShift[],
  selfId: string | null,
): string[] {
  const wanted = new Map(draft.staff.map((m) => [personKey(m), m.name] as const));
  const clashes = new Set<string>();
  for (const other of others) {
    if (other.deleted || other.id === selfId || !spansOverlap(draft, other)) continue;
    for (const m of other.staff) {
      const name = wanted.get(personKey(m));
      if (name !== undefined) clashes.add(name);
    }
  }
  return [...clashes];
}

/** Duplicate people inside one draft (the same officer picked twice). */
function hasDuplicates(staff: readonly StaffMember[]): boolean {
  return new Set(staff.map(personKey)).size !== staff.length;
}

/** Every broken rule of a draft, by field; empty when it may be saved. */
export function shiftErrors(
  draft: ShiftDraft,
  others: readonly OtherShift[],
  selfId: string | null,
  now: number,
): ShiftErrors {
  const errors: ShiftErrors = {};
  if (draft.start < now - MAX_PAST_MS) errors.start = 'too-early';
  else if (draft.start > now + MAX_AHEAD_MS) errors.start = 'too-late';
  if (!(draft.end > draft.start)) errors.end = 'end-before-start';
  else if (draft.end - draft.start > MAX_SHIFT_MS) errors.end = 'too-long';
  if (draft.staff.length === 0 || draft.staff.some((m) => m.name.trim() === '')) errors.staff = 'no-staff';
  else if (errors.end === undefined) {
    const clashes = overlappingPeople(draft, others, selfId);
    if (clashes.length > 0 || hasDuplicates(draft.staff)) {
      errors.staff = 'overlap';
      errors.overlapping = clashes;
    }
  }
  return errors;
}

export function hasErrors(errors: ShiftErrors): boolean {
  return errors.start !== undefined || errors.end !== undefined || errors.staff !== undefined;
}
