/**
 * The officer signed in at this workstation, as the rest of the renderer sees it: who (id,
 * name, badge), what they may do (`access`, from their record — never chosen here), and the
 * officer session token for the centre's officer routes (`x-gridroom-officer`). The token is
 * null when the officer signed in offline (checked against the cached verifier) or in demo
 * mode; officer routes are then unavailable. Provided by the sign-in gate; null outside it
 * (and on a display device, where nobody signs in).
 */
import { createContext, useContext } from 'react';
import type { OfficerAccess } from '#common/schemas/station';

export interface OfficerSession {
  officerId: string;
  name: string;
  badgeNo: string;
  access: OfficerAccess;
  /** `<sessionId>.<secret>` for x-gridroom-officer; null when signed in offline or in demo mode. */
  token: string | null;
  /** When the centre's session ends (epoch ms); null when there is no centre session. */
  expiresAt: number | null;
}

export const OfficerSessionContext = createContext<OfficerSession | null>(null);

/** The signed-in officer, or null (not signed in, or a display device). */
export function useOfficerSession(): OfficerSession | null {
  return useContext(OfficerSessionContext);
}
