/**
 * The fusion findings counted a second time from raw cache rows (rawCache.ts), written from the
 * definitions in docs/architecture.md §9 rather than from the app's code: plain loops over the
 * rows, no index, no shared helper. A test compares these with the tile, the sweeps tab, the
 * map layer and the report line.
 */
type Row = Record<string, unknown>;
const live = (r: Row) => r.deleted !== true;
const num = (v: unknown) => Number(v);

export interface FusionRaw {
  households: Row[];
  visits: Row[];
  passRegistrations: Row[];
  controlLevels: Row[];
  campaigns: Row[];
}

export interface FusionCount {
  suspected: number;
  unswept: number;
  irregular: number;
  codeInZone: number;
  /** Suspected-unregistered households per grid. */
  suspectedByGrid: Map<string, number>;
}

/** The campaign the board and the report pick at `at`: in force, latest start; else the last ended. */
export function campaignAt(campaigns: Row[], at: number): Row | undefined {
  const rows = campaigns.filter(live);
  const running = rows
    .filter((c) => num(c.start) <= at && at <= num(c.end))
    .sort((a, b) => num(b.start) - num(a.start));
  if (running[0]) return running[0];
  return rows.filter((c) => num(c.start) <= at).sort((a, b) => num(b.end) - num(a.end))[0];
}

function levelAt(changes: Row[], gridId: string, at: number): string {
  let best: Row | null = null;
  for (const c of changes) {
    if (!live(c) || c.gridId !== gridId) continue;
    if (num(c.from) > at || (c.to !== null && num(c.to) <= at)) continue;
    const wins =
      !best ||
      num(c.from) > num(best.from) ||
      (num(c.from) === num(best.from) &&
        (num(c.updatedAt) > num(best.updatedAt) ||
          (num(c.updatedAt) === num(best.updatedAt) && String(c.id) > String(best.id))));
    if (wins) best = c;
  }
  return best ? String(best.level) : 'normal';
}

const isPass = (r: Row, at: number) =>
  live(r) && r.status === 'approved' && num(r.validFrom) <= at && at < num(r.validUntil);

export function fusionCounts(raw: FusionRaw, at: number, campaignId?: string): FusionCount {
  const campaign = campaignId
    ? raw.campaigns.find((c) => c.id === campaignId)
    : campaignAt(raw.campaigns, at);
  const households = new Map(raw.households.filter(live).map((h) => [String(h.id), h]));
  const targets = (campaign?.targetGridIds as string[] | undefined) ?? [];
  const inScope = (h: Row) =>
    campaign !== undefined && (targets.length === 0 || targets.includes(String(h.gridId)));

  const latest = new Map<string, Row>();
  for (const v of raw.visits) {
    if (!live(v) || !campaign || v.campaignId !== campaign.id) continue;
    if (v.outcome !== 'all-registered' && v.outcome !== 'found-unregistered') continue;
    const h = households.get(String(v.householdId));
    if (!h || !inScope(h)) continue;
    const held = latest.get(String(v.householdId));
    if (
      !held ||
      num(v.visitedAt) > num(held.visitedAt) ||
      (num(v.visitedAt) === num(held.visitedAt) && String(v.id) > String(held.id))
    )
      latest.set(String(v.householdId), v);
  }
  const passes = new Map<string, number>();
  let codeInZone = 0;
  const irregular = new Set<string>();
  const badFlags = ['address-unknown', 'address-malformed', 'grid-unknown'];
  for (const r of raw.passRegistrations) {
    const pass = isPass(r, at);
    const standing = pass || (live(r) && r.status === 'pending');
    if (!standing) continue;
    const h = r.householdId === null ? undefined : households.get(String(r.householdId));
    if (pass && h) passes.set(String(h.id), (passes.get(String(h.id)) ?? 0) + 1);
    if (!h || (r.flags as string[]).some((f) => badFlags.includes(f))) {
      const a = r.claimedAddress as Record<string, string>;
      const address = [a.address, a.building, a.unit, a.room]
        .map((p) => String(p).replace(/\s+/g, ''))
        .join(' ')
        .trim();
      irregular.add(`${String(r.gridId)}|${address}`);
    }
    if (pass && r.gridId !== null && r.healthCode !== 'green') {
      const level = levelAt(raw.controlLevels, String(r.gridId), at);
      if (level === 'sealed' || level === 'controlled') codeInZone += 1;
    }
  }
  let suspected = 0;
  const suspectedByGrid = new Map<string, number>();
  for (const [id, v] of latest) {
    const h = households.get(id) as Row;
    if (num(h.registeredResidents) + num(v.unregisteredFound) > (passes.get(id) ?? 0)) {
      suspected += 1;
      suspectedByGrid.set(String(h.gridId), (suspectedByGrid.get(String(h.gridId)) ?? 0) + 1);
    }
  }
  let unswept = 0;
  if (campaign)
    for (const id of passes.keys()) {
      const h = households.get(id) as Row;
      if (inScope(h) && !latest.has(id)) unswept += 1;
    }
  return { suspected, unswept, irregular: irregular.size, codeInZone, suspectedByGrid };
}
