/**
 * The fusion bench's data set (bench/fusionBench.ts): the district demo (≈200,000 households,
 * its sweep visits, campaigns and control-level history) plus ≈150,000 synthetic pass
 * registrations in the proportions intake produces — most match a household (mostly
 * approved, some pending, rejected or revoked; some expired), some claim addresses outside
 * the standard base, a few hold red or yellow codes. Deterministic (seeded), so every run
 * measures the same rows. Only the fields the fusion rules read are built.
 */
import type { FusionInput, FusionPass } from '#common/domain/passFusion';
import { generateDemoData } from '#common/demo';
import { createRng } from '#common/demo/prng';
import { activeCampaign } from '#renderer/station/gridStateQuery';

export const FUSION_REGISTRATIONS = 150_000;
const DAY = 86_400_000;

export async function fusionBenchInput(now: number): Promise<FusionInput> {
  const data = await generateDemoData({ size: 'district', now });
  const rng = createRng(15_2026);
  const { households } = data;
  const registrations: FusionPass[] = [];
  for (let i = 0; i < FUSION_REGISTRATIONS; i += 1) {
    const matched = rng.chance(0.95) ? households[rng.int(0, households.length - 1)] : undefined;
    const roll = rng.next();
    const status = roll < 0.8 ? 'approved' : roll < 0.9 ? 'pending' : roll < 0.96 ? 'rejected' : 'revoked';
    const validFrom = now - rng.int(0, 10) * DAY;
    const colour = rng.next();
    registrations.push({
      id: rng.uuid(),
      householdId: matched?.id ?? null,
      gridId: matched?.gridId ?? null,
      status,
      validFrom,
      validUntil: validFrom + 7 * DAY,
      healthCode: colour < 0.9 ? 'green' : colour < 0.97 ? 'yellow' : 'red',
      flags: matched ? (rng.chance(0.02) ? ['address-malformed'] : []) : ['address-unknown'],
      claimedAddress: matched
        ? { address: matched.address, building: matched.building, unit: matched.unit, room: matched.room }
        : {
            address: `未知路${rng.int(1, 3000)}号`,
            building: '',
            unit: '',
            room: String(rng.int(101, 2504)),
          },
      deleted: false,
    });
  }
  const campaign = activeCampaign(data.campaigns, now);
  return {
    households: data.households,
    visits: campaign ? data.visits.filter((v) => v.campaignId === campaign.id) : [],
    registrations,
    levelChanges: data.controlLevels,
    campaign,
    at: now,
  };
}
