/**
 * The create-campaign form, validated: a name (1–60 characters), a kind, at least one target
 * grid, and a start before the end. Pure; errors are keyed by field for display next to it.
 */
import { campaignKindSchema, type CampaignKind, type SweepCampaign } from '#common/schemas';

export type CampaignField = 'name' | 'kind' | 'targetGridIds' | 'start' | 'end';
export type CampaignProblem =
  'name-missing' | 'name-long' | 'kind-invalid' | 'grids-missing' | 'date-missing' | 'end-before-start';

export interface CampaignDraft {
  name: string;
  kind: CampaignKind | null;
  targetGridIds: string[];
  start: number | null;
  end: number | null;
}

export type CampaignPatch = Omit<SweepCampaign, 'id' | 'stationId' | 'version' | 'updatedAt' | 'updatedBy'>;

export type CampaignCheck =
  { ok: true; patch: CampaignPatch } | { ok: false; errors: Partial<Record<CampaignField, CampaignProblem>> };

export function buildCampaign(draft: CampaignDraft): CampaignCheck {
  const errors: Partial<Record<CampaignField, CampaignProblem>> = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'name-missing';
  else if (name.length > 60) errors.name = 'name-long';
  const kind = campaignKindSchema.safeParse(draft.kind);
  if (!kind.success) errors.kind = 'kind-invalid';
  const grids = [...new Set(draft.targetGridIds)];
  if (grids.length === 0) errors.targetGridIds = 'grids-missing';
  if (draft.start === null) errors.start = 'date-missing';
  if (draft.end === null) errors.end = 'date-missing';
  else if (draft.start !== null && draft.end <= draft.start) errors.end = 'end-before-start';
  if (!kind.success || draft.start === null || draft.end === null || Object.keys(errors).length > 0)
    return { ok: false, errors };
  return {
    ok: true,
    patch: {
      name,
      kind: kind.data,
      targetGridIds: grids,
      start: draft.start,
      end: draft.end,
      deleted: false,
    },
  };
}
