/**
 * Rules of a volunteer team's assignment, pure: exactly one post; a role the team holds and that
 * fits the post (守门员 and 监督员 at checkpoints, testing-site order at sites); 1 to the team's
 * free members; not the same role at the same post twice.
 */
import type { TeamAssignment, VolunteerRole, VolunteerTeam } from '#common/schemas';

export type AssignmentError =
  'no-post' | 'no-role' | 'role-not-held' | 'role-post' | 'too-many' | 'duplicate';

export interface AssignmentDraft {
  post: { kind: 'checkpoint' | 'site'; id: string } | null;
  role: VolunteerRole | null;
  members: number | null;
}

export interface AssignmentErrors {
  post?: AssignmentError;
  role?: AssignmentError;
  members?: AssignmentError;
}

const postKindOf: Record<VolunteerRole, 'checkpoint' | 'site'> = {
  'gate-keeper': 'checkpoint',
  'patrol-supervisor': 'checkpoint',
  'testing-order': 'site',
};

/** Members of the team not yet assigned anywhere. */
export function freeMembers(team: Pick<VolunteerTeam, 'members' | 'assignments'>): number {
  return team.members - team.assignments.reduce((sum, a) => sum + a.members, 0);
}

export function assignmentErrors(
  team: Pick<VolunteerTeam, 'members' | 'roles' | 'assignments'>,
  draft: AssignmentDraft,
): AssignmentErrors {
  const errors: AssignmentErrors = {};
  if (draft.post === null) errors.post = 'no-post';
  if (draft.role === null) errors.role = 'no-role';
  else if (!team.roles.includes(draft.role)) errors.role = 'role-not-held';
  else if (draft.post !== null && postKindOf[draft.role] !== draft.post.kind) errors.role = 'role-post';
  const free = freeMembers(team);
  if (draft.members === null || !Number.isInteger(draft.members) || draft.members < 1 || draft.members > free)
    errors.members = 'too-many';
  if (draft.post !== null && draft.role !== null) {
    const { post, role } = draft;
    const dup = team.assignments.some(
      (a) => a.role === role && (post.kind === 'checkpoint' ? a.checkpointId : a.siteId) === post.id,
    );
    if (dup) errors.post = 'duplicate';
  }
  return errors;
}

/** The assignment a valid draft becomes. */
export function toAssignment(draft: AssignmentDraft): TeamAssignment | null {
  if (draft.post === null || draft.role === null || draft.members === null) return null;
  return {
    checkpointId: draft.post.kind === 'checkpoint' ? draft.post.id : null,
    siteId: draft.post.kind === 'site' ? draft.post.id : null,
    role: draft.role,
    members: draft.members,
  };
}
