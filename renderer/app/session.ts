/**
 * Who sits at the workstation. Until officer sign-in (badge + PIN) lands, the workstation
 * itself is the actor: every change and audit entry is attributed to its name, with the role
 * chosen on the role switch (renderer/features/roles/). Components read it through
 * `useSession()` and pass `session.role` to writeLocalChange, which enforces the role policy.
 */
import type { Role } from '../../common/domain/rolePolicy';
import { useRole } from '../features/roles/roleStore';
import { useSettings } from '../features/settings/useSettings';

export type { Role } from '../../common/domain/rolePolicy';

export interface Session {
  /** Recorded as `madeBy` / `updatedBy` and as the audit entry's `who`. */
  actor: string;
  workstation: string;
  role: Role;
}

export function useSession(): Session {
  const settings = useSettings();
  const role = useRole();
  const workstation = settings?.workstation ?? '值班台-1';
  return { actor: workstation, workstation, role };
}

/**
 * Who a cache write is made by — attribution and role together, so every feature's writes
 * carry the role and `writeLocalChange` enforces the role policy on all of them alike.
 */
export function actorOf(session: Session): { madeBy: string; workstation: string; role: Role } {
  return { madeBy: session.actor, workstation: session.workstation, role: session.role };
}
