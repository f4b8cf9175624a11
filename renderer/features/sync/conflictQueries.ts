/**
 * Fetches the station's open conflicts from the central API and names each conflicting record
 * from the cache (code, name or description) so the review shows what was edited.
 */
import { OFFICER_SESSION_HEADER } from '#common/auth/protocol';
import { httpTransport } from '#common/sync/httpTransport';
import type { Conflict } from '#common/sync/protocol';
import { toSyncError, type SyncErrorKind } from '#common/sync/syncErrors';
import type { GridroomDb } from '#renderer/db/database';
import { rowTable } from '#renderer/db/rowTables';
import type { SyncConfig } from '#renderer/db/localRows';
import { credentialFromStorage } from '#renderer/sync/credentialVault';

export type OpenConflicts =
  { ok: true; conflicts: Conflict[]; labels: Map<string, string> } | { ok: false; error: SyncErrorKind };

/** The transport for conflicts; a resolution carries the signed-in officer's session (the resolver). */
export async function conflictTransport(config: SyncConfig, officerToken: string | null = null) {
  const credential = await credentialFromStorage(config.credential);
  return httpTransport(config.apiUrl, credential, (input, init) => fetch(input, init), {
    officerHeaders: (): Record<string, string> =>
      officerToken ? { [OFFICER_SESSION_HEADER]: officerToken } : {},
  });
}

export async function fetchOpenConflicts(db: GridroomDb, config: SyncConfig): Promise<OpenConflicts> {
  try {
    const reply = await (await conflictTransport(config)).conflicts();
    const conflicts = reply.conflicts.filter((c) => c.resolvedAt === null);
    const labels = new Map<string, string>();
    for (const c of conflicts) {
      const row = await rowTable(db, c.entity).get(c.recordId);
      const label = [row?.code, row?.name, row?.description].find((v): v is string => typeof v === 'string');
      labels.set(c.recordId, label ?? c.recordId);
    }
    return { ok: true, conflicts, labels };
  } catch (e) {
    return { ok: false, error: toSyncError(e).kind };
  }
}
