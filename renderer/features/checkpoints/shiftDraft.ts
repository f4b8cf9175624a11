/**
 * The shift form's values and how they become the staff of a shift: officers picked from the
 * station's list (police or auxiliary by their role), guards and volunteers by name, volunteers
 * tagged with their team. Also the half-hour time slots the form offers. Pure.
 */
import { HOUR_MS } from '#common/domain/time';
import type { DutyShift, Officer, StaffMember } from '#common/schemas';

export interface ShiftFormValues {
  start: number | null;
  end: number | null;
  officerIds: string[];
  guards: string[];
  teamId: string | null;
  volunteers: string[];
}

export function emptyValues(start: number | null, end: number | null): ShiftFormValues {
  return { start, end, officerIds: [], guards: [], teamId: null, volunteers: [] };
}

export function valuesOf(shift: DutyShift): ShiftFormValues {
  const volunteers = shift.staff.filter((m) => m.kind === 'volunteer');
  return {
    start: shift.start,
    end: shift.end,
    officerIds: shift.staff.flatMap((m) => (m.officerId !== null ? [m.officerId] : [])),
    guards: shift.staff.filter((m) => m.kind === 'guard').map((m) => m.name),
    teamId: volunteers.find((m) => m.teamId !== null)?.teamId ?? null,
    volunteers: volunteers.map((m) => m.name),
  };
}

export function staffOf(values: ShiftFormValues, officers: readonly Officer[]): StaffMember[] {
  const byId = new Map(officers.map((o) => [o.id, o]));
  const staff: StaffMember[] = [];
  for (const id of values.officerIds) {
    const o = byId.get(id);
    if (o)
      staff.push({
        kind: o.role === 'auxiliary' ? 'auxiliary' : 'police',
        name: o.name,
        officerId: o.id,
        teamId: null,
      });
  }
  for (const name of values.guards) {
    if (name.trim()) staff.push({ kind: 'guard', name: name.trim(), officerId: null, teamId: null });
  }
  for (const name of values.volunteers) {
    if (name.trim())
      staff.push({ kind: 'volunteer', name: name.trim(), officerId: null, teamId: values.teamId });
  }
  return staff;
}

/** Half-hour instants from 12 h before `from` to 36 h after, plus any `extra` times. */
export function timeSlots(from: number, extra: readonly (number | null)[]): number[] {
  const slots = new Set<number>();
  for (let t = from - 12 * HOUR_MS; t <= from + 36 * HOUR_MS; t += HOUR_MS / 2) slots.add(t);
  for (const t of extra) if (t !== null) slots.add(t);
  return [...slots].sort((a, b) => a - b);
}
