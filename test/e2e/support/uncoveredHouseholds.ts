/**
 * The running sweep campaign and its households nobody has covered yet, read from the page's
 * own cache: the e2e specs that enter visits pick their doors here, so they never pick one the
 * demo data (or an earlier test) already covered, nor an address two households share.
 */
import type { Page } from '@playwright/test';
import { readTable } from './rawCache';

export interface CampaignRow {
  id: string;
  start: number;
  end: number;
  targetGridIds: string[];
}
export interface HouseholdRow {
  id: string;
  gridId: string;
  address: string;
  deleted: boolean;
}
export interface VisitRow {
  id: string;
  campaignId: string;
  householdId: string;
  outcome: string;
}

/**
 * The newest campaign running now, and its target grids' live households that no visit of it
 * covers (`covers` decides which visits count; default: every visit) and whose address is unique.
 */
export async function uncoveredHouseholds(
  page: Page,
  covers: (visit: VisitRow) => boolean = () => true,
): Promise<{ campaign: CampaignRow; households: HouseholdRow[] }> {
  const now = Date.now();
  const campaign = (await readTable<CampaignRow>(page, 'campaigns'))
    .filter((c) => c.start <= now && now <= c.end)
    .sort((a, b) => b.start - a.start)[0];
  if (!campaign) throw new Error('no running campaign in the cache');
  const targets = new Set(campaign.targetGridIds);
  const visits = await readTable<VisitRow>(page, 'visits');
  const covered = new Set(
    visits.filter((v) => v.campaignId === campaign.id && covers(v)).map((v) => v.householdId),
  );
  const households = (await readTable<HouseholdRow>(page, 'households')).filter(
    (h) => !h.deleted && targets.has(h.gridId) && !covered.has(h.id),
  );
  const perAddress = new Map<string, number>();
  for (const h of households) perAddress.set(h.address, (perAddress.get(h.address) ?? 0) + 1);
  return { campaign, households: households.filter((h) => perAddress.get(h.address) === 1) };
}
