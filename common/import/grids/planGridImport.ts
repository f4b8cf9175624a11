/**
 * Turns checked grid candidates into the changes an import makes: new grids for new codes, and
 * for codes the station already has, a patch of only the fields that differ — the grid keeps
 * its id, so its control-level history, officer and households stay attached. Grids the file
 * does not mention are left alone (an import never deletes).
 */
import type { Grid } from '../../schemas/grid';
import type { GridCandidate } from './checkGridFeatures';

export interface GridCreate {
  feature: number;
  fields: Omit<GridCandidate, 'feature'>;
}

export interface GridUpdate {
  feature: number;
  id: string;
  code: string;
  patch: Partial<Pick<Grid, 'name' | 'community' | 'street' | 'gridLeader' | 'geometry'>>;
}

export interface GridImportPlan {
  creates: GridCreate[];
  updates: GridUpdate[];
  unchanged: number;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function planGridImport(
  candidates: readonly GridCandidate[],
  existing: readonly Grid[],
): GridImportPlan {
  const byCode = new Map(existing.map((g) => [g.code, g]));
  const plan: GridImportPlan = { creates: [], updates: [], unchanged: 0 };
  for (const { feature, ...fields } of candidates) {
    const stored = byCode.get(fields.code);
    if (!stored) {
      plan.creates.push({ feature, fields });
      continue;
    }
    const patch: GridUpdate['patch'] = {};
    if (stored.name !== fields.name) patch.name = fields.name;
    if (stored.community !== fields.community) patch.community = fields.community;
    if (fields.street !== null && stored.street !== fields.street) patch.street = fields.street;
    if (fields.gridLeader !== '' && stored.gridLeader !== fields.gridLeader)
      patch.gridLeader = fields.gridLeader;
    if (!sameJson(stored.geometry, fields.geometry)) patch.geometry = fields.geometry;
    if (Object.keys(patch).length === 0) plan.unchanged += 1;
    else plan.updates.push({ feature, id: stored.id, code: stored.code, patch });
  }
  return plan;
}
