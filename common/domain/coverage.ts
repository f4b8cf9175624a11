/**
 * Sweep progress 摸排进度: distinct households covered ÷ households in scope, per grid, per
 * team and per day (with a cumulative burn-up series).
 *
 * What "covered" means: a visit covers its household only if its outcome establishes the
 * head-count (摸清人员底数) that 一标三实 asks for — `all-registered` or `found-unregistered`.
 * A `not-home` or `refused` visit does not: the door must be knocked on again, so it adds
 * nothing to progress.
 *
 * Invariants: tombstoned visits and households are ignored; a household counts once however
 * often it was visited; results do not depend on the order of the visits; a ratio is 0 when
 * the total is 0 and never leaves [0, 1]. Each covered household is credited to the earliest
 * covering visit (ties broken by team name), so team and day counts add up to the grid counts.
 *
 * Scope: either the households themselves (a visit counts for its household's grid, and visits
 * to households outside the list are ignored) or household counts per grid (a visit counts for
 * its own `gridId`, visits to grids not in the map are ignored; if the counts are stale and
 * more households were covered than counted, `covered` reports the truth and `ratio` caps at 1).
 */
import type { Household, SweepVisit, VisitOutcome } from '../schemas';
import { dayOf } from './time';

export type CoverageHousehold = Pick<Household, 'id' | 'gridId' | 'deleted'>;
export type CoverageVisit = Pick<
  SweepVisit,
  'campaignId' | 'householdId' | 'gridId' | 'visitedAt' | 'team' | 'outcome' | 'deleted'
>;
/** The households in scope, or household counts keyed by grid id. */
export type HouseholdScope = readonly CoverageHousehold[] | ReadonlyMap<string, number>;

export interface CoverageOptions {
  /** Count only visits of this campaign; all campaigns when absent. */
  campaignId?: string;
}

export interface Coverage {
  covered: number;
  total: number;
  /** covered ÷ total, 0 when total is 0, capped at 1. */
  ratio: number;
}

export interface BurnUpPoint extends Coverage {
  day: string;
  /** Households first covered on this day. */
  newlyCovered: number;
}

/** The first visit that covered a household: the one credited with it. */
export interface FirstCover {
  householdId: string;
  gridId: string;
  team: string;
  visitedAt: number;
}

const COVERING_OUTCOMES: ReadonlySet<VisitOutcome> = new Set<VisitOutcome>([
  'all-registered',
  'found-unregistered',
]);

/** Whether a visit with this outcome establishes the household's head-count. */
export function isCoveringOutcome(outcome: VisitOutcome): boolean {
  return COVERING_OUTCOMES.has(outcome);
}

export function coverageRatio(covered: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(1, Math.max(0, covered / total));
}

function coverageOf(covered: number, total: number): Coverage {
  return { covered, total, ratio: coverageRatio(covered, total) };
}

interface ResolvedScope {
  totalByGrid: Map<string, number>;
  /** The grid a visit counts for, or undefined when the visit is out of scope. */
  gridOf(visit: CoverageVisit): string | undefined;
}

function resolveScope(scope: HouseholdScope): ResolvedScope {
  if (!Array.isArray(scope)) {
    const counts = scope as ReadonlyMap<string, number>;
    return {
      totalByGrid: new Map(counts),
      gridOf: (visit) => (counts.has(visit.gridId) ? visit.gridId : undefined),
    };
  }
  const households = scope as readonly CoverageHousehold[];
  const gridOfHousehold = new Map<string, string>();
  const totalByGrid = new Map<string, number>();
  for (const h of households) {
    if (h.deleted || gridOfHousehold.has(h.id)) continue;
    gridOfHousehold.set(h.id, h.gridId);
    totalByGrid.set(h.gridId, (totalByGrid.get(h.gridId) ?? 0) + 1);
  }
  return { totalByGrid, gridOf: (visit) => gridOfHousehold.get(visit.householdId) };
}

function creditedBefore(a: FirstCover, b: FirstCover): boolean {
  return a.visitedAt < b.visitedAt || (a.visitedAt === b.visitedAt && a.team < b.team);
}

/** For each covered household in scope, the earliest covering visit. */
export function firstCovers(
  scope: HouseholdScope,
  visits: readonly CoverageVisit[],
  options: CoverageOptions = {},
): Map<string, FirstCover> {
  return firstCoversIn(resolveScope(scope), visits, options);
}

function firstCoversIn(
  { gridOf }: ResolvedScope,
  visits: readonly CoverageVisit[],
  options: CoverageOptions,
): Map<string, FirstCover> {
  const firsts = new Map<string, FirstCover>();
  for (const visit of visits) {
    if (visit.deleted || !isCoveringOutcome(visit.outcome)) continue;
    if (options.campaignId !== undefined && visit.campaignId !== options.campaignId) continue;
    const gridId = gridOf(visit);
    if (gridId === undefined) continue;
    const candidate: FirstCover = {
      householdId: visit.householdId,
      gridId,
      team: visit.team,
      visitedAt: visit.visitedAt,
    };
    const current = firsts.get(visit.householdId);
    if (!current || creditedBefore(candidate, current)) firsts.set(visit.householdId, candidate);
  }
  return firsts;
}

/** Coverage of every grid in scope (grids with no visit included, at 0). */
export function coverageByGrid(
  scope: HouseholdScope,
  visits: readonly CoverageVisit[],
  options: CoverageOptions = {},
): Map<string, Coverage> {
  const resolved = resolveScope(scope);
  const coveredByGrid = new Map<string, number>();
  for (const first of firstCoversIn(resolved, visits, options).values()) {
    coveredByGrid.set(first.gridId, (coveredByGrid.get(first.gridId) ?? 0) + 1);
  }
  const result = new Map<string, Coverage>();
  for (const [gridId, total] of resolved.totalByGrid)
    result.set(gridId, coverageOf(coveredByGrid.get(gridId) ?? 0, total));
  return result;
}

/** Coverage over the whole scope. */
export function totalCoverage(
  scope: HouseholdScope,
  visits: readonly CoverageVisit[],
  options: CoverageOptions = {},
): Coverage {
  const resolved = resolveScope(scope);
  return coverageOf(firstCoversIn(resolved, visits, options).size, sumValues(resolved.totalByGrid));
}

/**
 * Households credited to each team (earliest covering visit wins), as a share of the whole
 * scope. Teams' `covered` add up to the total covered.
 */
export function coverageByTeam(
  scope: HouseholdScope,
  visits: readonly CoverageVisit[],
  options: CoverageOptions = {},
): Map<string, Coverage> {
  const resolved = resolveScope(scope);
  const total = sumValues(resolved.totalByGrid);
  const coveredByTeam = new Map<string, number>();
  for (const first of firstCoversIn(resolved, visits, options).values()) {
    coveredByTeam.set(first.team, (coveredByTeam.get(first.team) ?? 0) + 1);
  }
  const result = new Map<string, Coverage>();
  for (const [team, covered] of coveredByTeam) result.set(team, coverageOf(covered, total));
  return result;
}

/** Households first covered on each station-local day (days with none are absent). */
export function newlyCoveredByDay(
  scope: HouseholdScope,
  visits: readonly CoverageVisit[],
  options: CoverageOptions = {},
): Map<string, number> {
  return countByDay(firstCovers(scope, visits, options));
}

function countByDay(firsts: ReadonlyMap<string, FirstCover>): Map<string, number> {
  const byDay = new Map<string, number>();
  for (const first of firsts.values()) {
    const day = dayOf(first.visitedAt);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  return byDay;
}

/**
 * Burn-up series over `days` (sorted ascending, duplicates dropped): for each day, households
 * newly covered that day and covered by the end of it (including days before the first one),
 * against the scope's total.
 */
export function burnUp(
  scope: HouseholdScope,
  visits: readonly CoverageVisit[],
  days: readonly string[],
  options: CoverageOptions = {},
): BurnUpPoint[] {
  const resolved = resolveScope(scope);
  const total = sumValues(resolved.totalByGrid);
  const byDay = countByDay(firstCoversIn(resolved, visits, options));
  const series = [...new Set(days)].sort();
  const first = series[0];
  let cumulative = 0;
  if (first !== undefined) {
    for (const [day, n] of byDay) if (day < first) cumulative += n;
  }
  return series.map((day) => {
    const newlyCovered = byDay.get(day) ?? 0;
    cumulative += newlyCovered;
    return { day, newlyCovered, ...coverageOf(cumulative, total) };
  });
}

function sumValues(map: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const n of map.values()) sum += n;
  return sum;
}

/** The `limit` least covered, worst first: what the coverage charts (board, briefing, report) show. */
export function leastCovered<T extends { coverage: number }>(items: readonly T[], limit: number): T[] {
  return [...items].sort((a, b) => a.coverage - b.coverage).slice(0, limit);
}
