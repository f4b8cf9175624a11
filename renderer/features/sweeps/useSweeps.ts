/**
 * Hooks of the sweeps screen. Live reads (campaigns, uncovered households, findings) follow
 * the cache; the address index is loaded ONCE per campaign (not live) and kept in memory, so
 * a keystroke only filters an array.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { SweepCampaign } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { buildAddressIndex, type AddressIndex } from './addressIndex';
import { queryCampaigns, queryFindings, queryGrids, queryHouseholds, queryUncovered } from './sweepQueries';

export function useCampaigns() {
  const db = useDb();
  return useLiveQuery(() => queryCampaigns(db), [db]);
}

export function useGrids() {
  const db = useDb();
  return useLiveQuery(() => queryGrids(db), [db]);
}

export function useUncovered(campaign: SweepCampaign | null, gridId: string | null) {
  const db = useDb();
  return useLiveQuery(
    async () => (campaign ? queryUncovered(db, campaign, gridId) : []),
    [db, campaign, gridId],
  );
}

export function useFindings(gridIds: readonly string[] | null) {
  const db = useDb();
  return useLiveQuery(async () => (gridIds ? queryFindings(db, gridIds) : []), [db, gridIds]);
}

/** The campaign's address index, or null while it loads. */
export function useAddressIndex(campaign: SweepCampaign | null): AddressIndex | null {
  const db = useDb();
  const [loaded, setLoaded] = useState<{ campaignId: string; index: AddressIndex } | null>(null);
  const campaignId = campaign?.id ?? null;
  // Keyed by value: the live campaign row is a new object after every save.
  const targetKey = campaign?.targetGridIds.join(',') ?? null;
  useEffect(() => {
    if (campaignId === null || targetKey === null) return;
    let live = true;
    void queryHouseholds(db, targetKey === '' ? [] : targetKey.split(',')).then((households) => {
      if (live) setLoaded({ campaignId, index: buildAddressIndex(households) });
    });
    return () => {
      live = false;
    };
  }, [db, campaignId, targetKey]);
  return loaded && loaded.campaignId === campaignId ? loaded.index : null;
}
