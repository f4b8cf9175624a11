/**
 * The workstation's current role until officer sign-in (badge + PIN) sets it: kept in the
 * validated settings record in the cache (an absent or unknown value reads as the duty
 * officer). Not a credential: the cache layer enforces the role policy on every write.
 */
import type { GridroomDb } from '../../db/database';
import { saveSettings, useSettings } from '../settings/useSettings';
import type { Role } from '../../../common/domain/rolePolicy';

export const defaultRole: Role = 'duty-officer';

export async function saveRole(db: GridroomDb, role: Role): Promise<void> {
  await saveSettings(db, { role });
}

export function useRole(): Role {
  return useSettings()?.role ?? defaultRole;
}
