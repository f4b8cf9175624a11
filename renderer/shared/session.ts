/**
 * Who sits at the workstation: the officer signed in (by renderer/features/signin/, published through
 * the contexts in officerSession.ts and signInContext.ts). `actor` is
 * the officer's id — recorded as `madeBy` / `updatedBy` and as the audit entry's `who` — and
 * `role` is the officer's `access` from their record, never chosen here. On a display device
 * (and, defensively, with nobody signed in) the role is `briefing`, which may change nothing.
 * Components read it through `useSession()` and pass `session.role` to writeLocalChange,
 * which enforces the role policy.
 */
import type { Role } from '#common/domain/rolePolicy';
import { useOfficerSession } from './officerSession';
import { useIsDisplayDevice } from './signInContext';
import { useSettings } from './useSettings';

export type { Role } from '#common/domain/rolePolicy';

export interface Session {
  /** The officer's id: recorded as `madeBy` / `updatedBy` and as the audit entry's `who`. */
  actor: string;
  /** The officer's name, for display. */
  name: string;
  workstation: string;
  role: Role;
}

export function useSession(): Session {
  const settings = useSettings();
  const officer = useOfficerSession();
  const display = useIsDisplayDevice();
  const workstation = settings?.workstation ?? '值班台-1';
  if (officer && !display)
    return { actor: officer.officerId, name: officer.name, workstation, role: officer.access };
  return { actor: workstation, name: workstation, workstation, role: 'briefing' };
}

/**
 * Who a cache write is made by — attribution and role together, so every feature's writes
 * carry the role and `writeLocalChange` enforces the role policy on all of them alike.
 */
export function actorOf(session: Session): { madeBy: string; workstation: string; role: Role } {
  return { madeBy: session.actor, workstation: session.workstation, role: session.role };
}
