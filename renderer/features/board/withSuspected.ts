/**
 * The map's grids with their suspected-unregistered counts from the fusion summary (the map
 * layer "疑似未登记"): grids without a finding get 0; before the summary arrives, the grids
 * are returned as they are (every count 0). Pure.
 */
import type { MapGrid } from '#renderer/map';
import type { FusionSummary } from '#renderer/station/fusionRead';

export function withSuspected(grids: readonly MapGrid[], summary: FusionSummary | undefined): MapGrid[] {
  if (!summary) return [...grids];
  const counts = new Map<string, number>();
  for (const row of summary.byGrid)
    if (row.gridId !== null) counts.set(row.gridId, row.counts['suspected-unregistered']);
  return grids.map((g) => ({ ...g, suspected: counts.get(g.id) ?? 0 }));
}
