/**
 * The signed-in officer in the cache's `meta` (`officerSession`), and the local audit entries
 * of sign-in, sign-out, lock and handover (entity `officers`, entityId the officer, `who` the
 * officer acting). The token is stored sealed by the OS keychain where the desktop app can
 * (credentialVault) and opened again on reload; a token that can't be opened reads as none
 * (the officer is then signed in as offline: officer routes need a fresh online sign-in).
 */
import type { SignedInOfficer } from '#common/auth/protocol';
import type { AuditAction } from '#common/schemas/audit';
import type { GridroomDb } from '#renderer/db/database';
import { officerSessionRowSchema, type OfficerSessionRow } from '#renderer/db/officerRows';
import { credentialForStorage, credentialFromStorage } from '#renderer/sync/credentialVault';
import { readSettings } from '#renderer/shared/useSettings';
import { readSyncConfig } from '#renderer/shared/useSyncConfig';
import type { OfficerSession } from '#renderer/shared/officerSession';

export interface LiveSession {
  row: OfficerSessionRow;
  session: OfficerSession;
}

function toSession(row: OfficerSessionRow, token: string | null): OfficerSession {
  return {
    officerId: row.officer.id,
    name: row.officer.name,
    badgeNo: row.officer.badgeNo,
    access: row.officer.access,
    token,
    expiresAt: row.expiresAt,
  };
}

export async function readOfficerSession(db: GridroomDb): Promise<LiveSession | null> {
  const stored = await db.meta.get('officerSession');
  const parsed = officerSessionRowSchema.safeParse(stored?.value);
  if (!parsed.success) return null;
  const row = parsed.data;
  let token: string | null = null;
  if (row.storedToken && (row.expiresAt === null || row.expiresAt > Date.now())) {
    token = await credentialFromStorage(row.storedToken).catch(() => null);
  }
  return { row, session: toSession(row, token) };
}

export async function saveOfficerSession(
  db: GridroomDb,
  row: Omit<OfficerSessionRow, 'storedToken'>,
  token: string | null,
): Promise<LiveSession> {
  const full: OfficerSessionRow = { ...row, storedToken: token ? await credentialForStorage(token) : null };
  await db.meta.put({ key: 'officerSession', value: full });
  return { row: full, session: toSession(full, token) };
}

export async function setLocked(db: GridroomDb, locked: boolean): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const parsed = officerSessionRowSchema.safeParse((await db.meta.get('officerSession'))?.value);
    if (parsed.success) await db.meta.put({ key: 'officerSession', value: { ...parsed.data, locked } });
  });
}

export async function clearOfficerSession(db: GridroomDb): Promise<void> {
  await db.meta.delete('officerSession');
}

/** One local audit entry about an officer's sign-in state. */
export async function auditSignIn(
  db: GridroomDb,
  action: Extract<AuditAction, 'sign-in' | 'sign-out' | 'lock' | 'handover'>,
  officer: SignedInOfficer,
  detail: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  const [config, settings, station] = await Promise.all([
    readSyncConfig(db),
    readSettings(db),
    db.stations.toCollection().first(),
  ]);
  await db.audit.add({
    id: crypto.randomUUID(),
    stationId: config?.stationId ?? station?.id ?? '00000000-0000-4000-8000-000000000000',
    at: Date.now(),
    who: officer.id,
    workstation: settings.workstation,
    action,
    entity: 'officers',
    entityId: officer.id,
    before: detail.before ?? null,
    after: detail.after ?? { name: officer.name, badgeNo: officer.badgeNo, access: officer.access },
  });
}
