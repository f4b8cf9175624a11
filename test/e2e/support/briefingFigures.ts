/**
 * The briefing's figures computed a second time straight from raw cache rows, from the domain's
 * definitions (docs/architecture.md, Words; the issues) rather than from the app's code: the overnight window is
 * 18:00 Shanghai time on the day before today up to now; level counts use "latest start wins".
 */
import { dayInShanghai, levelOf, type RawCache } from './independentFigures';

type Row = Record<string, unknown>;
const live = (r: Row) => r.deleted !== true;
const num = (v: unknown) => Number(v);

export interface BriefingCache {
  grids: Row[];
  controlLevels: Row[];
  incidents: Row[];
  visits: Row[];
  checkpoints: Row[];
  shifts: Row[];
  testingSites: Row[];
  meta: Row[];
}

/** 18:00 on the previous Shanghai calendar day, as an instant. */
export function overnightStart(now: number): number {
  const today = dayInShanghai(now);
  const previous = new Date(Date.parse(`${today}T12:00:00Z`) - 24 * 3600_000).toISOString().slice(0, 10);
  return Date.parse(`${previous}T18:00:00+08:00`);
}

export function overnightFigures(cache: BriefingCache, now: number) {
  const from = overnightStart(now);
  const within = (t: unknown) => typeof t === 'number' && t >= from && t <= now;
  const incidents = cache.incidents.filter(live);
  const visits = cache.visits.filter(live).filter((v) => within(v.visitedAt));
  return {
    from,
    'new-incidents': incidents.filter((i) => within(i.reportedAt)).length,
    'resolved-incidents': incidents.filter((i) => i.status === 'resolved' && within(i.resolvedAt)).length,
    'level-changes': cache.controlLevels.filter(live).filter((c) => within(c.from)).length,
    unregistered: visits.reduce((n, v) => n + num(v.unregisteredFound), 0),
    overdue: visits.reduce((n, v) => n + num(v.overdueTestsFound), 0),
  };
}

export function mapLevelCounts(cache: BriefingCache, now: number): Record<string, number> {
  const counts: Record<string, number> = { sealed: 0, controlled: 0, precaution: 0, normal: 0 };
  const asRaw = cache as unknown as RawCache;
  for (const g of cache.grids.filter(live)) {
    const level = levelOf(asRaw, String(g.id), now);
    counts[level] = (counts[level] ?? 0) + 1;
  }
  return counts;
}

export function checkpointFigures(cache: BriefingCache, now: number) {
  const checkpoints = cache.checkpoints.filter(live);
  const shifts = cache.shifts.filter(live);
  const staffed = checkpoints.filter((c) =>
    shifts.some((s) => s.checkpointId === c.id && num(s.start) <= now && now < num(s.end)),
  );
  return { total: checkpoints.length, staffedNow: staffed.length };
}

export function siteFigures(cache: BriefingCache, now: number) {
  const today = dayInShanghai(now);
  const sites = cache.testingSites.filter(live).filter((s) => s.day === today);
  const staff = (k: string) => sites.reduce((n, s) => n + num((s.staff as Record<string, unknown>)[k]), 0);
  return {
    sites: sites.length,
    staff: `${staff('police')}/${staff('medical')}/${staff('volunteers')}`,
    queue: sites.reduce((n, s) => n + num(s.queueLength), 0),
  };
}

export function openHighIncidents(cache: BriefingCache): number {
  return cache.incidents.filter(live).filter((i) => i.severity === 'high' && i.status !== 'resolved').length;
}

/** The cache-state meta row with `dataAsOf` moved to `dataAsOf` (to age the data). */
export function withDataAsOf(cache: BriefingCache, dataAsOf: number): Row {
  const row = cache.meta.find((m) => m.key === 'cacheState');
  if (!row) throw new Error('no cacheState in the cache');
  return { ...row, value: { ...(row.value as Row), dataAsOf } };
}
