/**
 * The names the report's rows carry instead of ids, pure: officers, grids (code and name) and
 * campaigns. An id with no label becomes '' (or null for a person) in the rows, never the id.
 */
import type { SweepCampaign } from '#common/schemas';
import type { StationPicture } from '#renderer/station/gridStateQuery';
import type { GridLabel } from '../reportPosts';

export interface ReportLabels {
  officerName: Map<string, string>;
  gridLabel: Map<string, GridLabel>;
  campaignName: Map<string, string>;
}

export function reportLabels(picture: StationPicture, campaigns: readonly SweepCampaign[]): ReportLabels {
  return {
    officerName: new Map(picture.officers.map((o) => [o.id, o.name])),
    gridLabel: new Map(picture.grids.map((g) => [g.grid.id, { code: g.grid.code, name: g.grid.name }])),
    campaignName: new Map(campaigns.map((c) => [c.id, c.name])),
  };
}

/** An officer's name, null when the id is null or names nobody known. */
export function officerNameOf(labels: ReportLabels, officerId: string | null): string | null {
  return officerId ? (labels.officerName.get(officerId) ?? null) : null;
}
