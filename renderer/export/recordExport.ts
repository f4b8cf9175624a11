/**
 * Writes the audit entry of an export (daily reports, data exports): who, when, from which
 * workstation, what was exported under which file name. Called only after the file was saved,
 * so a failed save leaves no entry.
 */
import type { GridroomDb } from '#renderer/db/database';

export async function recordExportEntry(
  db: GridroomDb,
  actor: { madeBy: string; workstation: string },
  entry: { entity: string; entityId: string; after: unknown },
  now = Date.now(),
): Promise<void> {
  const station = await db.stations.toCollection().first();
  await db.audit.add({
    id: crypto.randomUUID(),
    stationId: station?.id ?? '00000000-0000-4000-8000-000000000000',
    at: now,
    who: actor.madeBy,
    workstation: actor.workstation,
    action: 'export',
    entity: entry.entity,
    entityId: entry.entityId,
    before: null,
    after: entry.after,
  });
}
