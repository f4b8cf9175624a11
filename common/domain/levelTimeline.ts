/**
 * Control levels across many grids and across time, for the map's 30-day time slider and the
 * briefing: levels of every grid at one instant from a prebuilt index, and one grid's history
 * cut into constant-level segments over a window.
 *
 * Invariants: built on `controlLevelAt` semantics (latest `from` wins, tombstones ignored,
 * 'normal' by default); segments are sorted, contiguous, cover [from, to) exactly, and two
 * neighbours never share the same deciding change.
 */
import type { ControlLevel } from '../schemas';
import {
  compareByPrecedence,
  levelFromSortedHistory,
  type LevelAt,
  type LevelChangeRef,
  type LevelHistoryIndex,
} from './controlLevelAt';

export interface LevelSegment<C extends LevelChangeRef> {
  start: number;
  end: number;
  level: ControlLevel;
  change: C | null;
}

/** The level of each of `gridIds` at `instant` (grids without history are 'normal'). */
export function levelsAt<C extends LevelChangeRef>(
  index: LevelHistoryIndex<C>,
  gridIds: Iterable<string>,
  instant: number,
): Map<string, LevelAt<C>> {
  const levels = new Map<string, LevelAt<C>>();
  for (const gridId of gridIds) levels.set(gridId, levelFromSortedHistory(index.get(gridId) ?? [], instant));
  return levels;
}

/** Level counts at `instant` over `gridIds`, every level present (for legends and the briefing). */
export function countLevelsAt<C extends LevelChangeRef>(
  index: LevelHistoryIndex<C>,
  gridIds: Iterable<string>,
  instant: number,
): Record<ControlLevel, number> {
  const counts: Record<ControlLevel, number> = { sealed: 0, controlled: 0, precaution: 0, normal: 0 };
  for (const { level } of levelsAt(index, gridIds, instant).values()) counts[level] += 1;
  return counts;
}

/**
 * One grid's level over [from, to) as constant segments; empty when the window is empty.
 * `history` holds that grid's changes (e.g. `index.get(gridId)`); tombstones are skipped.
 */
export function levelSegments<C extends LevelChangeRef>(
  history: readonly C[],
  from: number,
  to: number,
): LevelSegment<C>[] {
  if (!(to > from)) return [];
  const sorted = history.filter((c) => !c.deleted).sort(compareByPrecedence);
  // The level can only change where some change starts or ends.
  const cuts = new Set<number>([from]);
  for (const change of sorted) {
    if (change.from > from && change.from < to) cuts.add(change.from);
    if (change.to !== null && change.to > from && change.to < to) cuts.add(change.to);
  }
  const starts = [...cuts].sort((a, b) => a - b);
  const segments: LevelSegment<C>[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? to;
    const { level, change } = levelFromSortedHistory(sorted, start);
    const previous = segments[segments.length - 1];
    if (previous && previous.change === change) previous.end = end;
    else segments.push({ start, end, level, change });
  });
  return segments;
}
