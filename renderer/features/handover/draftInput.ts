/**
 * Reads what a handover draft is computed from (common/domain/handoverDraft.ts), straight from
 * the cache through its indexes, and drafts the sheet: open incidents (by `status`) and those
 * resolved in the shift (by `resolvedAt`), control-level records, checkpoints and the shifts
 * still running at hand-over (by `end`), pending registrations (by `[status+submittedAt]`),
 * findings with an open follow-up, and the sync's troubles (outbox, the last known open
 * conflicts, refused changes). Also where the outgoing officer's shift began: their session's
 * sign-in time (`officerSession.signedInAt` in meta).
 */
import Dexie from 'dexie';
import { draftHandover, type GridLabel, type HandoverDraftInput } from '#common/domain/handoverDraft';
import type { HandoverSections } from '#common/schemas/pass';
import type { GridroomDb } from '#renderer/db/database';
import { syncSnapshotSchema } from '#renderer/db/localRows';
import { officerSessionRowSchema } from '#renderer/db/officerRows';
import { REFUSED_PREFIX, refusedChangeSchema } from '#renderer/db/refusedChange';
import { handoverWords } from './handoverWords';

/** The signed-in officer and when their shift (session) began; null when nobody is signed in. */
export async function currentShift(
  db: GridroomDb,
): Promise<{ officerId: string; name: string; shiftStart: number } | null> {
  const parsed = officerSessionRowSchema.safeParse((await db.meta.get('officerSession'))?.value);
  if (!parsed.success) return null;
  return {
    officerId: parsed.data.officer.id,
    name: parsed.data.officer.name,
    shiftStart: parsed.data.signedInAt,
  };
}

export async function readDraftInput(
  db: GridroomDb,
  shiftStart: number,
  handedAt: number,
): Promise<HandoverDraftInput> {
  const [grids, open, resolved, controlLevels, checkpoints, shifts, pending, findings] = await Promise.all([
    db.grids.toArray(),
    db.incidents.where('status').anyOf(['new', 'assigned', 'in-progress']).toArray(),
    db.incidents.where('resolvedAt').between(shiftStart, handedAt, true, true).toArray(),
    db.controlLevels.toArray(),
    db.checkpoints.toArray(),
    db.shifts.where('end').above(handedAt).toArray(),
    db.passRegistrations
      .where('[status+submittedAt]')
      .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
      .toArray(),
    db.findings.filter((f) => f.followUp !== 'closed').toArray(),
  ]);
  const [outboxCount, oldest, status, refusedRows, config] = await Promise.all([
    db.outbox.count(),
    db.outbox.orderBy(':id').first(),
    db.meta.get('syncStatus'),
    db.meta.where('key').startsWith(REFUSED_PREFIX).toArray(),
    db.meta.get('syncConfig'),
  ]);
  const snapshot = syncSnapshotSchema.safeParse(status?.value);
  const labels = new Map<string, GridLabel>(grids.map((g) => [g.id, { code: g.code, name: g.name }]));
  return {
    shiftStart,
    handedAt,
    grids: labels,
    incidents: [...open, ...resolved],
    controlLevels: controlLevels,
    checkpoints: checkpoints,
    shifts: shifts,
    passRegistrations: pending,
    findings: findings,
    outbox: { count: outboxCount, oldestAt: oldest?.madeAt ?? null },
    openConflicts: config && snapshot.success ? snapshot.data.conflicts : null,
    refused: refusedRows.flatMap((row) => {
      const parsed = refusedChangeSchema.safeParse(row.value);
      return parsed.success
        ? [
            {
              key: row.key,
              entity: parsed.data.entity,
              madeAt: parsed.data.madeAt,
              refusal: parsed.data.refusal ?? null,
            },
          ]
        : [];
    }),
  };
}

/** The sheet's sections for the shift [shiftStart, handedAt], in the sheet's words. */
export async function draftSections(
  db: GridroomDb,
  shiftStart: number,
  handedAt: number,
): Promise<HandoverSections> {
  return draftHandover(await readDraftInput(db, shiftStart, handedAt), handoverWords);
}
