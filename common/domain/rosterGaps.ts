/**
 * Roster gaps for a 24-hour post (24小时值守): which parts of a window no duty shift covers,
 * and which clock hours that leaves unstaffed. Pass the shifts of one post.
 *
 * Invariants: a shift covers [start, end); tombstoned and empty (end <= start) shifts cover
 * nothing; intervals returned are clipped to the window, sorted, disjoint and non-adjacent
 * (touching pieces are merged), and the covered and uncovered intervals together tile the
 * window exactly. Clock hours are whole hours of station time (UTC+8 is a whole-hour offset,
 * so they start on UTC hour boundaries).
 */
import type { DutyShift } from '../schemas';
import { HOUR_MS, startOfHour } from './time';

export type ShiftSpan = Pick<DutyShift, 'start' | 'end' | 'deleted'>;

export interface Interval {
  /** Inclusive. */
  start: number;
  /** Exclusive. */
  end: number;
}

function liveSpans(shifts: readonly ShiftSpan[]): Interval[] {
  return shifts.filter((s) => !s.deleted && s.end > s.start).map((s) => ({ start: s.start, end: s.end }));
}

/** The parts of [from, to) covered by at least one shift, merged. */
export function coveredIntervals(shifts: readonly ShiftSpan[], from: number, to: number): Interval[] {
  const clipped = liveSpans(shifts)
    .map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The parts of [from, to) no shift covers, merged; empty when the window is empty. */
export function rosterGaps(shifts: readonly ShiftSpan[], from: number, to: number): Interval[] {
  if (!(to > from)) return [];
  const gaps: Interval[] = [];
  let cursor = from;
  for (const covered of coveredIntervals(shifts, from, to)) {
    if (covered.start > cursor) gaps.push({ start: cursor, end: covered.start });
    cursor = covered.end;
  }
  if (cursor < to) gaps.push({ start: cursor, end: to });
  return gaps;
}

/** Whether any live shift covers `instant`. */
export function isStaffedAt(shifts: readonly ShiftSpan[], instant: number): boolean {
  return shifts.some((s) => !s.deleted && s.start <= instant && instant < s.end);
}

/** Start instants of the clock hours that overlap [from, to) and a gap, in order. */
function hoursTouching(gaps: readonly Interval[]): number[] {
  const hours: number[] = [];
  for (const gap of gaps) {
    for (let h = startOfHour(gap.start); h < gap.end; h += HOUR_MS) {
      if (hours[hours.length - 1] !== h) hours.push(h);
    }
  }
  return hours;
}

/**
 * Clock hours (start instants) with any uncovered moment in [from, to): the hours to flag on a
 * 24-hour post, where even a ten-minute hand-over gap leaves the gate unmanned.
 */
export function hoursWithGaps(shifts: readonly ShiftSpan[], from: number, to: number): number[] {
  return hoursTouching(rosterGaps(shifts, from, to));
}

/**
 * Clock hours (start instants) nobody covers at all: the part of the hour inside [from, to)
 * is entirely uncovered. Always a subset of `hoursWithGaps`.
 */
export function wholeUncoveredHours(shifts: readonly ShiftSpan[], from: number, to: number): number[] {
  const gaps = rosterGaps(shifts, from, to);
  return hoursTouching(gaps).filter((hour) => {
    const start = Math.max(hour, from);
    const end = Math.min(hour + HOUR_MS, to);
    // Gaps are merged, so a wholly uncovered hour lies inside a single gap.
    return gaps.some((g) => g.start <= start && end <= g.end);
  });
}
