/**
 * The daily report's headline figures computed a second time, straight from raw cache rows and
 * the domain's definitions (not the app's code or its aggregate tables): for a station-local
 * day D = [dayStart, dayEnd) and the report's instant `asOf` (end of D for a past day).
 *   grids by level at asOf; visits on D and what they found; households covered by the active
 *   campaign by the end of D (first covering visit per household) and in scope; incidents
 *   reported / resolved on D and open at asOf; checkpoints with a shift on D; testing sites of D.
 */
import { activeCampaignOf, dayInShanghai, levelOf, type RawCache } from './independentFigures';

type Row = Record<string, unknown>;
const live = (r: Row) => r.deleted !== true;
const num = (v: unknown) => Number(v);

export interface ReportCache extends RawCache {
  testingSites: Row[];
}

export const reportCacheTables = [
  'grids',
  'officers',
  'controlLevels',
  'households',
  'campaigns',
  'visits',
  'incidents',
  'checkpoints',
  'shifts',
  'stations',
  'testingSites',
] as const;

export function dayBounds(day: string): { dayStart: number; dayEnd: number } {
  const dayStart = Date.parse(`${day}T00:00:00+08:00`);
  return { dayStart, dayEnd: dayStart + 24 * 3_600_000 };
}

export interface ReportFigures {
  stationName: string;
  gridsTotal: number;
  gridsByLevel: Record<'sealed' | 'controlled' | 'precaution' | 'normal', number>;
  householdsInScope: number;
  householdsCovered: number;
  visits: number;
  unregisteredFound: number;
  overdueFound: number;
  incidentsNew: number;
  incidentsResolved: number;
  incidentsOpen: number;
  checkpointsTotal: number;
  checkpointsStaffed: number;
  testingSites: number;
  hasData: boolean;
}

export function reportFigures(cache: ReportCache, day: string, asOf: number): ReportFigures {
  const { dayStart, dayEnd } = dayBounds(day);
  const grids = cache.grids.filter(live);
  const gridsByLevel = { sealed: 0, controlled: 0, precaution: 0, normal: 0 };
  for (const g of grids) gridsByLevel[levelOf(cache, String(g.id), asOf) as keyof typeof gridsByLevel] += 1;

  const campaign = activeCampaignOf(cache, asOf);
  const targets = (campaign?.targetGridIds as string[] | undefined) ?? [];
  const scope = new Set(targets.length > 0 ? targets : grids.map((g) => String(g.id)));
  const households = cache.households.filter(live);
  const householdGrid = new Map(households.map((h) => [String(h.id), String(h.gridId)]));
  const covered = new Set<string>();
  for (const v of cache.visits.filter(live)) {
    if (!campaign || v.campaignId !== campaign.id || num(v.visitedAt) >= dayEnd) continue;
    if (v.outcome !== 'all-registered' && v.outcome !== 'found-unregistered') continue;
    const grid = householdGrid.get(String(v.householdId));
    if (grid !== undefined && scope.has(grid)) covered.add(String(v.householdId));
  }

  const visits = cache.visits.filter(live).filter((v) => dayInShanghai(num(v.visitedAt)) === day);
  const incidents = cache.incidents.filter(live);
  const resolvedBy = (i: Row, at: number) =>
    i.resolvedAt !== null && i.resolvedAt !== undefined ? num(i.resolvedAt) <= at : i.status === 'resolved';
  const inDay = (ms: number) => ms >= dayStart && ms < dayEnd;
  const shiftsOfDay = cache.shifts
    .filter(live)
    .filter((s) => s.checkpointId !== null && num(s.start) < dayEnd && num(s.end) > dayStart);
  const checkpoints = cache.checkpoints.filter(live);
  const staffed = checkpoints.filter((c) => shiftsOfDay.some((s) => s.checkpointId === c.id)).length;
  const sites = cache.testingSites.filter(live).filter((s) => s.day === day);
  const incidentsNew = incidents.filter((i) => inDay(num(i.reportedAt))).length;
  const incidentsResolved = incidents.filter((i) => i.resolvedAt !== null && inDay(num(i.resolvedAt))).length;

  return {
    stationName: String(cache.stations.filter(live)[0]?.name ?? ''),
    gridsTotal: grids.length,
    gridsByLevel,
    householdsInScope: households.filter((h) => scope.has(String(h.gridId))).length,
    householdsCovered: covered.size,
    visits: visits.length,
    unregisteredFound: visits.reduce((n, v) => n + num(v.unregisteredFound), 0),
    overdueFound: visits.reduce((n, v) => n + num(v.overdueTestsFound), 0),
    incidentsNew,
    incidentsResolved,
    incidentsOpen: incidents.filter((i) => num(i.reportedAt) <= asOf && !resolvedBy(i, asOf)).length,
    checkpointsTotal: checkpoints.length,
    checkpointsStaffed: staffed,
    testingSites: sites.length,
    hasData:
      visits.length > 0 ||
      incidentsNew > 0 ||
      incidentsResolved > 0 ||
      shiftsOfDay.length > 0 ||
      sites.length > 0,
  };
}
