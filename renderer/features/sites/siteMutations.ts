/**
 * Testing-site and volunteer-team changes made at this workstation, each checked (siteRules.ts,
 * teamRules.ts, the zod schemas) and then written by `writeLocalChange` (row + outbox + audit in
 * one transaction). A refused change throws and writes nothing.
 */
import { testingSiteSchema, volunteerTeamSchema, type TestingSite } from '#common/schemas';
import { actorOf, type Session } from '#renderer/shared/session';
import type { GridroomDb } from '#renderer/db/database';
import { writeLocalChange } from '#renderer/sync/localWrite';
import { nextSiteStatus } from './siteRules';
import { assignmentErrors, toAssignment, type AssignmentDraft, type AssignmentErrors } from './teamRules';

export class SiteRuleError extends Error {
  constructor(readonly code: 'move') {
    super(code);
    this.name = 'SiteRuleError';
  }
}

export class AssignmentRuleError extends Error {
  constructor(readonly errors: AssignmentErrors) {
    super('assignment refused');
    this.name = 'AssignmentRuleError';
  }
}

export type SitePatch = Partial<Pick<TestingSite, 'zonesReady' | 'queueLength' | 'staff' | 'status'>>;

export async function editSite(
  db: GridroomDb,
  session: Session,
  id: string,
  patch: SitePatch,
): Promise<void> {
  const current = testingSiteSchema.parse(await db.testingSites.get(id));
  if (
    patch.status !== undefined &&
    patch.status !== current.status &&
    patch.status !== nextSiteStatus(current.status)
  )
    throw new SiteRuleError('move');
  testingSiteSchema.parse({ ...current, ...patch });
  await writeLocalChange(db, { entity: 'testingSites', id, patch, ...actorOf(session) });
}

export async function assignTeam(
  db: GridroomDb,
  session: Session,
  teamId: string,
  draft: AssignmentDraft,
): Promise<void> {
  const team = volunteerTeamSchema.parse(await db.volunteerTeams.get(teamId));
  const errors = assignmentErrors(team, draft);
  const assignment = toAssignment(draft);
  if (Object.keys(errors).length > 0 || assignment === null) throw new AssignmentRuleError(errors);
  await writeLocalChange(db, {
    entity: 'volunteerTeams',
    id: teamId,
    patch: { assignments: [...team.assignments, assignment] },
    ...actorOf(session),
  });
}

export async function withdrawAssignment(
  db: GridroomDb,
  session: Session,
  teamId: string,
  index: number,
): Promise<void> {
  const team = volunteerTeamSchema.parse(await db.volunteerTeams.get(teamId));
  await writeLocalChange(db, {
    entity: 'volunteerTeams',
    id: teamId,
    patch: { assignments: team.assignments.filter((_, i) => i !== index) },
    ...actorOf(session),
  });
}
