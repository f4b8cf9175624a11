/**
 * The duty officer's roster window: the next 24 hours from the current clock hour. For each
 * checkpoint, which clock hours in that window have an uncovered moment (only 24-hour posts are
 * flagged) and whether anyone is on duty now. Pure; built on common/domain/rosterGaps.ts.
 */
import { hoursWithGaps, isStaffedAt, type ShiftSpan } from '#common/domain/rosterGaps';
import { HOUR_MS, startOfHour } from '#common/domain/time';

export const WINDOW_HOURS = 24;

export interface RosterWindow {
  from: number;
  to: number;
}

/** [start of the current hour, +24 h): the hours a duty officer can still fix. */
export function rosterWindow(now: number): RosterWindow {
  const from = startOfHour(now);
  return { from, to: from + WINDOW_HOURS * HOUR_MS };
}

export interface PostRef {
  id: string;
  staffed24h: boolean;
}

export interface PostRoster {
  /** Clock hours (start instants) in the window with any uncovered moment; empty unless 24-hour. */
  gapHours: number[];
  staffedNow: boolean;
}

/**
 * Per checkpoint: gap hours in the window (24-hour posts only) and whether it is staffed now.
 * `shiftsByPost` holds each checkpoint's shifts; posts without an entry have none.
 */
export function rosterByPost(
  posts: readonly PostRef[],
  shiftsByPost: ReadonlyMap<string, readonly ShiftSpan[]>,
  now: number,
): Map<string, PostRoster> {
  const { from, to } = rosterWindow(now);
  const result = new Map<string, PostRoster>();
  for (const post of posts) {
    const shifts = shiftsByPost.get(post.id) ?? [];
    result.set(post.id, {
      gapHours: post.staffed24h ? hoursWithGaps(shifts, from, to) : [],
      staffedNow: isStaffedAt(shifts, now),
    });
  }
  return result;
}

/** How many 24-hour posts have at least one gap hour in the window. */
export function postsWithGaps(rosters: ReadonlyMap<string, PostRoster>): number {
  let n = 0;
  for (const r of rosters.values()) if (r.gapHours.length > 0) n++;
  return n;
}

/** Consecutive gap hours joined into [start, end) runs, for the gaps list ("14:00–16:00"). */
export function gapRuns(gapHours: readonly number[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (const h of gapHours) {
    const last = runs[runs.length - 1];
    if (last && last.end === h) last.end = h + HOUR_MS;
    else runs.push({ start: h, end: h + HOUR_MS });
  }
  return runs;
}
