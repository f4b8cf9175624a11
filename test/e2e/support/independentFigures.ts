/**
 * The board's KPI figures computed a second time, straight from raw cache rows and written
 * from the domain's definitions rather than from the app's code, so a test that compares the
 * two catches a wrong aggregate, query or rule.
 */
type Row = Record<string, unknown>;
const live = (r: Row) => r.deleted !== true;
const num = (v: unknown) => Number(v);

export interface RawCache {
  grids: Row[];
  officers: Row[];
  controlLevels: Row[];
  households: Row[];
  campaigns: Row[];
  visits: Row[];
  incidents: Row[];
  checkpoints: Row[];
  shifts: Row[];
  stations: Row[];
}

export function dayInShanghai(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

export function levelOf(cache: RawCache, gridId: string, now: number): string {
  let best: Row | null = null;
  for (const c of cache.controlLevels.filter(live)) {
    if (c.gridId !== gridId || num(c.from) > now || (c.to !== null && num(c.to) <= now)) continue;
    if (!best || num(c.from) > num(best.from) || (num(c.from) === num(best.from) && num(c.updatedAt) > num(best.updatedAt)))
      best = c;
  }
  return best ? String(best.level) : 'normal';
}

export function activeCampaignOf(cache: RawCache, now: number): Row | undefined {
  return cache.campaigns
    .filter(live)
    .filter((c) => num(c.start) <= now && now <= num(c.end))
    .sort((a, b) => num(b.start) - num(a.start))[0];
}

export function coveredHouseholds(cache: RawCache, campaignId: string, gridIds: Set<string>): Map<string, number> {
  const householdGrid = new Map(cache.households.filter(live).map((h) => [String(h.id), String(h.gridId)]));
  const seen = new Set<string>();
  const perGrid = new Map<string, number>();
  for (const v of cache.visits.filter(live)) {
    if (v.campaignId !== campaignId) continue;
    if (v.outcome !== 'all-registered' && v.outcome !== 'found-unregistered') continue;
    const grid = householdGrid.get(String(v.householdId));
    if (!grid || !gridIds.has(grid) || seen.has(String(v.householdId))) continue;
    seen.add(String(v.householdId));
    perGrid.set(grid, (perGrid.get(grid) ?? 0) + 1);
  }
  return perGrid;
}

export function independentKpis(cache: RawCache, now: number) {
  const grids = cache.grids.filter(live);
  const levels = { sealed: 0, controlled: 0, precaution: 0, normal: 0 } as Record<string, number>;
  for (const g of grids) levels[levelOf(cache, String(g.id), now)] = (levels[levelOf(cache, String(g.id), now)] ?? 0) + 1;

  const campaign = activeCampaignOf(cache, now);
  const targets = (campaign?.targetGridIds as string[] | undefined) ?? [];
  const scope = new Set(targets.length > 0 ? targets : grids.map((g) => String(g.id)));
  const inScope = cache.households.filter(live).filter((h) => scope.has(String(h.gridId))).length;
  const covered = campaign
    ? [...coveredHouseholds(cache, String(campaign.id), scope).values()].reduce((a, b) => a + b, 0)
    : 0;

  const today = dayInShanghai(now);
  const todays = cache.visits.filter(live).filter((v) => v.day === today);
  const open = cache.incidents.filter(live).filter((i) => i.status !== 'resolved');
  const bySeverity = (s: string) => open.filter((i) => i.severity === s).length;

  const checkpoints = cache.checkpoints.filter(live);
  const staffed = checkpoints.filter((c) =>
    cache.shifts.filter(live).some((s) => s.checkpointId === c.id && num(s.start) <= now && now < num(s.end)),
  ).length;

  const officerIds = new Set(cache.officers.filter(live).map((o) => String(o.id)));
  const withoutOfficer = grids.filter((g) => g.officerId === null || !officerIds.has(String(g.officerId))).length;

  return {
    'grids-by-level': `${levels.sealed}/${levels.controlled}/${levels.precaution}/${levels.normal}`,
    'sweep-coverage': `${covered}/${inScope}`,
    'findings-today': `${todays.reduce((n, v) => n + num(v.unregisteredFound), 0)}/${todays.reduce((n, v) => n + num(v.overdueTestsFound), 0)}`,
    'open-incidents': `${bySeverity('high')}/${bySeverity('medium')}/${bySeverity('low')}`,
    'checkpoints-staffed': `${staffed}/${checkpoints.length}`,
    'grids-without-officer': String(withoutOfficer),
  };
}
