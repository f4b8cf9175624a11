/**
 * The control level of a grid at an instant (封控 / 管控 / 防范 / normal), derived from its
 * ControlLevelChange history so the map and the briefing can show the picture "as of 08:00".
 *
 * Invariants: a change applies on [from, to) (to null = still in force); tombstoned changes
 * never apply; when several changes apply, the one with the latest `from` wins, ties going to
 * the later server `updatedAt`, then the larger id, so the answer never depends on input order;
 * with nothing applying the level is 'normal' with `since: null` and `change: null`.
 */
import type { ControlLevel, ControlLevelChange } from '../schemas';

export type LevelChangeRef = Pick<
  ControlLevelChange,
  'id' | 'gridId' | 'level' | 'from' | 'to' | 'updatedAt' | 'deleted'
>;

export interface LevelAt<C extends LevelChangeRef> {
  level: ControlLevel;
  /** When the deciding change took effect; null when no change applies. */
  since: number | null;
  change: C | null;
}

/** Live changes of each grid, strongest claim first (see `precedes`). Build once, query often. */
export type LevelHistoryIndex<C extends LevelChangeRef> = ReadonlyMap<string, readonly C[]>;

/** Whether `a` wins over `b` when both apply. */
export function precedes(a: LevelChangeRef, b: LevelChangeRef): boolean {
  if (a.from !== b.from) return a.from > b.from;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.id > b.id;
}

export function appliesAt(change: LevelChangeRef, instant: number): boolean {
  return change.from <= instant && (change.to === null || instant < change.to);
}

/** Sort comparator: strongest claim first. */
export function compareByPrecedence(a: LevelChangeRef, b: LevelChangeRef): number {
  if (precedes(a, b)) return -1;
  if (precedes(b, a)) return 1;
  return 0;
}

/** Groups live changes by grid, each group sorted strongest first. */
export function indexLevelHistory<C extends LevelChangeRef>(changes: readonly C[]): Map<string, C[]> {
  const index = new Map<string, C[]>();
  for (const change of changes) {
    if (change.deleted) continue;
    const group = index.get(change.gridId);
    if (group) group.push(change);
    else index.set(change.gridId, [change]);
  }
  for (const group of index.values()) group.sort(compareByPrecedence);
  return index;
}

const NO_CHANGE = { level: 'normal', since: null, change: null } as const;

/** The level from one grid's history as produced by `indexLevelHistory` (sorted strongest first). */
export function levelFromSortedHistory<C extends LevelChangeRef>(
  history: readonly C[],
  instant: number,
): LevelAt<C> {
  for (const change of history) {
    if (appliesAt(change, instant)) return { level: change.level, since: change.from, change };
  }
  return NO_CHANGE;
}

/** The level of `gridId` at `instant`, from any list of changes (other grids' rows are skipped). */
export function controlLevelAt<C extends LevelChangeRef>(
  changes: readonly C[],
  gridId: string,
  instant: number,
): LevelAt<C> {
  let best: C | null = null;
  for (const change of changes) {
    if (change.deleted || change.gridId !== gridId || !appliesAt(change, instant)) continue;
    if (best === null || precedes(change, best)) best = change;
  }
  return best === null ? NO_CHANGE : { level: best.level, since: best.from, change: best };
}
