/**
 * Progress of each campaign from the cache's aggregates (never by scanning visits): households
 * covered (sweepStats, first covers per campaign/grid/day) over households in its target grids
 * (gridStats). Pure.
 */
import { coverageRatio } from '#common/domain/coverage';
import type { SweepCampaign } from '#common/schemas';

export interface CampaignProgress {
  campaign: SweepCampaign;
  covered: number;
  inScope: number;
  ratio: number;
}

export function campaignProgress(
  campaigns: readonly SweepCampaign[],
  householdsByGrid: ReadonlyMap<string, number>,
  stats: readonly { campaignId: string; gridId: string; covered: number }[],
): CampaignProgress[] {
  const coveredByCampaign = new Map<string, number>();
  const targets = new Map(campaigns.map((c) => [c.id, new Set(c.targetGridIds)]));
  for (const s of stats) {
    if (!targets.get(s.campaignId)?.has(s.gridId)) continue;
    coveredByCampaign.set(s.campaignId, (coveredByCampaign.get(s.campaignId) ?? 0) + s.covered);
  }
  return campaigns
    .map((campaign) => {
      let inScope = 0;
      for (const g of new Set(campaign.targetGridIds)) inScope += householdsByGrid.get(g) ?? 0;
      const covered = coveredByCampaign.get(campaign.id) ?? 0;
      return { campaign, covered, inScope, ratio: coverageRatio(covered, inScope) };
    })
    .sort((a, b) => b.campaign.start - a.campaign.start);
}
