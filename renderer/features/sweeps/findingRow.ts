/**
 * A person found on a visit, as typed, and the finding row it becomes. The resident ID number
 * is checked (shape, birth date, check digit) and then kept ONLY as its irreversible mask and,
 * when the centre's key is known, an envelope sealed to that key (only the centre opens it);
 * the name only masked. The raw number never leaves this function, and nothing derived from
 * it that a guess could be tested against is written.
 */
import { z } from 'zod';
import {
  checkResidentId,
  maskPersonName,
  maskResidentId,
  type ResidentIdProblem,
} from '#common/domain/residentId';
import type { IdentityKey } from '#common/identity/envelopeFormat';
import { sealResidentId } from '#common/identity/sealResidentId';
import { findingKindSchema, type FindingKind, type PersonFinding } from '#common/schemas';

export type FindingField = 'visit' | 'kind' | 'name' | 'residentId';
export type FindingProblem =
  'visit-missing' | 'kind-invalid' | 'name-missing' | 'name-long' | ResidentIdProblem;

export interface FindingDraft {
  visit: { id: string; gridId: string } | null;
  kind: FindingKind;
  name: string;
  residentId: string;
}

export type FindingPatch = Omit<
  PersonFinding,
  'id' | 'stationId' | 'version' | 'updatedAt' | 'updatedBy' | 'idSeen'
>;

export type FindingCheck =
  { ok: true; patch: FindingPatch } | { ok: false; errors: Partial<Record<FindingField, FindingProblem>> };

const nameSchema = z.string().trim().min(1).max(30);

/**
 * `findingId` is the id the row will have (the envelope is bound to it); `centreKey` null
 * (never synced, demo only) saves the mask alone.
 */
export async function buildFinding(
  draft: FindingDraft,
  findingId: string,
  centreKey: IdentityKey | null,
): Promise<FindingCheck> {
  const errors: Partial<Record<FindingField, FindingProblem>> = {};
  if (draft.visit === null) errors.visit = 'visit-missing';
  if (!findingKindSchema.safeParse(draft.kind).success) errors.kind = 'kind-invalid';
  const name = nameSchema.safeParse(draft.name);
  if (!name.success) errors.name = draft.name.trim() === '' ? 'name-missing' : 'name-long';
  const id = checkResidentId(draft.residentId);
  if (!id.ok) errors.residentId = id.problem;
  if (!id.ok || !name.success || draft.visit === null || Object.keys(errors).length > 0)
    return { ok: false, errors };
  return {
    ok: true,
    patch: {
      visitId: draft.visit.id,
      gridId: draft.visit.gridId,
      kind: draft.kind,
      maskedName: maskPersonName(name.data),
      idMasked: maskResidentId(id.id),
      idEnvelope: centreKey ? await sealResidentId(id.id, findingId, centreKey) : null,
      followUp: 'open',
      deleted: false,
    },
  };
}
