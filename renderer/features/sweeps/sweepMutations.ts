/**
 * Sweep changes made at this workstation, each through `writeLocalChange` (row + outbox +
 * audit + grid aggregates in one transaction). Drafts are validated first (visitRow,
 * findingRow, campaignForm); a refused draft writes nothing. A visit's save is bracketed by
 * performance marks (`visit:save` measure) so the bench can read the save's own cost.
 */
import type { FollowUpStatus } from '#common/schemas';
import { actorOf, type Session } from '#renderer/shared/session';
import type { GridroomDb } from '#renderer/db/database';
import { cachedIdentityKey } from '#renderer/sync/identityKey';
import { writeLocalChange } from '#renderer/sync/localWrite';
import { buildCampaign, type CampaignCheck, type CampaignDraft } from './campaignForm';
import { buildFinding, type FindingCheck, type FindingDraft } from './findingRow';
import { buildVisit, type VisitCheck, type VisitDraft } from './visitRow';

export const VISIT_SAVE_MEASURE = 'visit:save';

type Saved<C> = (C & { ok: false }) | { ok: true; id: string };

export async function createCampaign(
  db: GridroomDb,
  session: Session,
  draft: CampaignDraft,
): Promise<Saved<CampaignCheck>> {
  const check = buildCampaign(draft);
  if (!check.ok) return check;
  const id = crypto.randomUUID();
  await writeLocalChange(db, {
    entity: 'campaigns',
    id,
    patch: check.patch,
    ...actorOf(session),
  });
  return { ok: true, id };
}

export async function saveVisit(
  db: GridroomDb,
  session: Session,
  draft: VisitDraft,
  campaignId: string,
): Promise<Saved<VisitCheck>> {
  const check = buildVisit(draft, campaignId, Date.now());
  if (!check.ok) return check;
  const id = crypto.randomUUID();
  const start = performance.mark(`${VISIT_SAVE_MEASURE}:start`);
  await writeLocalChange(db, {
    entity: 'visits',
    id,
    patch: check.patch,
    ...actorOf(session),
  });
  performance.measure(VISIT_SAVE_MEASURE, { start: start.startTime });
  return { ok: true, id };
}

export async function saveFinding(
  db: GridroomDb,
  session: Session,
  draft: FindingDraft,
): Promise<Saved<FindingCheck>> {
  const id = crypto.randomUUID();
  const check = await buildFinding(draft, id, await cachedIdentityKey(db));
  if (!check.ok) return check;
  await writeLocalChange(db, {
    entity: 'findings',
    id,
    patch: check.patch,
    ...actorOf(session),
  });
  return { ok: true, id };
}

export async function setFollowUp(
  db: GridroomDb,
  session: Session,
  findingId: string,
  followUp: FollowUpStatus,
): Promise<void> {
  await writeLocalChange(db, {
    entity: 'findings',
    id: findingId,
    patch: { followUp },
    ...actorOf(session),
  });
}
