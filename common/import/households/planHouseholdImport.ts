/**
 * Household candidates → the changes an import makes. An address the station already has
 * (same address, building, unit and room) is updated in place — its id, and so its visits and
 * findings, stay attached — and only when something differs; new addresses are created.
 * A row naming a record id the station has updates that record (its address text included);
 * an id the station does not know falls back to the address, and a new record gets a new id
 * (an id from elsewhere is never adopted).
 */
import type { Household } from '../../schemas/household';
import { householdKey, type HouseholdCandidate } from './householdRows';

type HouseholdFields = Pick<
  Household,
  'gridId' | 'address' | 'building' | 'unit' | 'room' | 'point' | 'registeredResidents'
>;

export interface HouseholdImportPlan {
  creates: Array<{ line: number; fields: HouseholdFields }>;
  updates: Array<{ line: number; id: string; patch: Partial<HouseholdFields> }>;
  unchanged: number;
}

export function planHouseholdImport(
  candidates: readonly HouseholdCandidate[],
  existing: ReadonlyArray<Pick<Household, 'id' | keyof HouseholdFields>>,
): HouseholdImportPlan {
  const byKey = new Map(existing.map((h) => [householdKey(h), h]));
  const byId = new Map(existing.map((h) => [h.id, h]));
  const plan: HouseholdImportPlan = { creates: [], updates: [], unchanged: 0 };
  for (const c of candidates) {
    const fields: HouseholdFields = {
      gridId: c.gridId,
      address: c.address,
      building: c.building,
      unit: c.unit,
      room: c.room,
      point: c.point,
      registeredResidents: c.registeredResidents,
    };
    const storedById = c.id === null ? undefined : byId.get(c.id);
    const stored = storedById ?? byKey.get(householdKey(c));
    if (!stored) {
      plan.creates.push({ line: c.line, fields });
      continue;
    }
    const patch: Partial<HouseholdFields> = {};
    if (storedById)
      for (const k of ['address', 'building', 'unit', 'room'] as const)
        if (stored[k] !== c[k]) patch[k] = c[k];
    if (stored.gridId !== c.gridId) patch.gridId = c.gridId;
    // a file without positions keeps the stored, better position
    if (!c.approximatePoint && (stored.point[0] !== c.point[0] || stored.point[1] !== c.point[1]))
      patch.point = c.point;
    if (stored.registeredResidents !== c.registeredResidents)
      patch.registeredResidents = c.registeredResidents;
    if (Object.keys(patch).length === 0) plan.unchanged += 1;
    else plan.updates.push({ line: c.line, id: stored.id, patch });
  }
  return plan;
}
