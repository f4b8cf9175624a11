/**
 * "Create follow-up" 创建跟进 for a fusion finding. A person finding's follow-up
 * (`findings.followUp`) needs a person found on a visit — a masked name and ID mask — and a
 * fusion finding names an address, not a person (three of the four kinds have no visit or
 * nobody identified), so it cannot be one. The closest mechanism that can carry it is the
 * incident 警情 with its follow-up lifecycle (new → assigned → in progress → resolved),
 * assignee, timeline, map marker and place in the handover sheet: the follow-up is an incident
 * at the household's point, created through the incidents feature's own write path
 * (row + outbox + audit). Its id is derived from the campaign and the finding's key, so the
 * same finding is followed up once, on every workstation: a second click finds it.
 */
import type { FusionKind } from '#common/domain/passFusion';
import type { IncidentType, LngLat, Severity } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { createIncident } from '#renderer/features/incidents';
import type { Session } from '#renderer/shared/session';

/** What a fusion finding becomes as an incident. */
export const followUpIncident: Record<FusionKind, { type: IncidentType; severity: Severity }> = {
  'suspected-unregistered': { type: 'unregistered-person', severity: 'medium' },
  unswept: { type: 'unregistered-person', severity: 'low' },
  'address-irregular': { type: 'other', severity: 'low' },
  'code-in-zone': { type: 'other', severity: 'medium' },
};

/** 32-bit FNV-1a of `text` from `seed`. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The follow-up incident's id: a UUID (version 8, RFC 9562's custom layout) made of four
 * differently seeded FNV-1a hashes of `campaign|key`. Not a secret, only stable and unique
 * enough that two findings never share a follow-up.
 */
export function followUpIncidentId(campaignId: string | null, key: string): string {
  const text = `fusion|${campaignId ?? '-'}|${key}`;
  const hex = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x5bd1e995]
    .map((seed) => fnv1a(text, seed).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface FollowUpDraft {
  kind: FusionKind;
  key: string;
  campaignId: string | null;
  point: LngLat;
  description: string;
  reportedText: string;
}

/**
 * Creates the follow-up incident unless it exists; resolves to its id and whether it was new.
 * Throws what createIncident throws (a point outside every grid, a role that may not write).
 */
export async function createFusionFollowUp(
  db: GridroomDb,
  session: Session,
  draft: FollowUpDraft,
  now = Date.now(),
): Promise<{ id: string; created: boolean }> {
  const id = followUpIncidentId(draft.campaignId, draft.key);
  if (await db.incidents.get(id)) return { id, created: false };
  const { type, severity } = followUpIncident[draft.kind];
  await createIncident(
    db,
    session,
    {
      type,
      severity,
      description: draft.description.slice(0, 1000),
      source: 'grid-worker',
      point: draft.point,
      assigneeId: null,
      reportedAt: now,
    },
    () => ({ reported: draft.reportedText, assigned: '' }),
    now,
    id,
  );
  return { id, created: true };
}
