/**
 * Who sits at the workstation. Until officer sign-in (badge + PIN) lands, the workstation
 * itself is the actor: every change and audit entry is attributed to its name, with the duty
 * officer's role. Components read it through `useSession()`.
 */
import { useSettings } from '../features/settings/useSettings';

export type Role = 'duty-officer' | 'station-chief' | 'briefing';

export interface Session {
  /** Recorded as `madeBy` / `updatedBy` and as the audit entry's `who`. */
  actor: string;
  workstation: string;
  role: Role;
}

export function useSession(): Session {
  const settings = useSettings();
  const workstation = settings?.workstation ?? '值班台-1';
  return { actor: workstation, workstation, role: 'duty-officer' };
}
